import { compileSafeRegex, MAX_INPUT_LENGTH, testCapped, unsafeRegexReason } from '../../src/cite/safe-regex.js';
import { loadKb } from '../../src/kb/check.js';
import { defaultOptions } from '../../src/config.js';
import { nodeDeps } from '../../src/deps.js';

describe('unsafeRegexReason', () => {
  it.each([
    ['(a+)+$', 'nested quantifiers'],
    ['(a|aa)*b', 'nested quantifiers'],
    ['(?:x\\d*)+y', 'nested quantifiers'],
    ['(\\w+\\s?){2,500}z', 'nested quantifiers'],
    ['(a)\\1', 'backreferences'],
    ['(?<q>a)\\k<q>', 'backreferences'],
    ['x.*a.*b.*c', 'repeated wildcards'],
    ['x\\S+a[^"]*b.+c', 'repeated wildcards'],
    ['a'.repeat(301), 'longer than'],
    ['(abc', 'unbalanced'],
  ])('rejects %s', (pattern, reason) => {
    expect(unsafeRegexReason(pattern)).toContain(reason);
  });

  it.each([
    'connect\\(\\) failed \\(111: Connection refused\\) while connecting to upstream',
    '\\[emerg\\] \\d+#\\d+: .* in \\S+:\\d+$',
    '\\((101: Network is unreachable|113: No route to host)\\) while connecting to upstream',
    '.*no live upstreams.*',
    '(?:GET|POST) /api',
    'a{2,5}b',
  ])('accepts %s', (pattern) => {
    expect(unsafeRegexReason(pattern)).toBeUndefined();
  });

  it('reports a syntax error as a reason instead of throwing', () => {
    const compiled = compileSafeRegex('[unclosed');
    expect(compiled.ok).toBe(false);
  });
});

describe('testCapped', () => {
  it('matches within the cap on any of the first lines and ignores text past the cap', () => {
    const regex = /needle/;
    expect(testCapped(regex, `first line\nsecond needle`)).toBe(true);
    expect(testCapped(regex, `${'x'.repeat(MAX_INPUT_LENGTH)}needle`)).toBe(false);
  });

  it('keeps every accepted pattern of the shipped KB fast on hostile 100 kB input', async () => {
    const options = defaultOptions(process.cwd());
    const { records } = await loadKb(options, nodeDeps(process.cwd()));
    const patterns = records.flatMap((record) => record.entry.signals?.nginx_log ?? []);
    expect(patterns.length).toBeGreaterThan(10);
    const hostile = [
      'ab'.repeat(50_000),
      `[emerg] 1#1: ${' in x:1'.repeat(15_000)}`,
      `upstream: "http://[${':'.repeat(100_000)}`,
      `connect() to unix:${'/'.repeat(100_000)}`,
    ];
    for (const pattern of patterns) {
      const compiled = compileSafeRegex(pattern);
      expect({ pattern, ok: compiled.ok }).toEqual({ pattern, ok: true });
      if (!compiled.ok) continue;
      for (const input of hostile) {
        const started = performance.now();
        testCapped(compiled.regex, input);
        // Generous bound: catastrophic backtracking takes seconds to minutes, not milliseconds.
        expect(performance.now() - started).toBeLessThan(1000);
      }
    }
  });
});
