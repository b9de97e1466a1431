/**
 * Repository regexes run on RE2 (re2js): linear time whatever the pattern. Correctness only here —
 * speed figures live in bench (bench/regex.mjs).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCiteIndex, citeFindings } from '../../src/cite/cite.js';
import type { KbRecord } from '../../src/kb/model.js';
import { judgeResponse } from '../../src/probe/classify.js';
import { parseProbesInput } from '../../src/probe/parse-probes-input.js';
import { compileRepoRegex, missingInRe2, MAX_PATTERN_LENGTH, testCapped } from '../../src/safety/repo-regex.js';
import { runCli } from '../helpers/run-bundle.js';

const EVIL = '\\w*\\w*\\w*\\w*\\w*!';

function compiled(source: string) {
  const result = compileRepoRegex(source);
  if (!result.ok) throw new Error(result.reason);
  return result.regex;
}

describe('compileRepoRegex', () => {
  it(`runs ${EVIL} (minutes in V8 on a long line) on a 100,000-character input, with the right answers`, () => {
    const regex = compiled(EVIL);
    expect(regex.test('a'.repeat(100_000))).toBe(false);
    expect(regex.test(`${'a'.repeat(100_000)}!`)).toBe(true);
    expect(compiled('(a+)+$').test(`${'a'.repeat(100_000)}!`)).toBe(false);
    expect(compiled('(x+x+)+y').test('x'.repeat(100_000))).toBe(false);
  });

  it.each([
    ['(?<=connect\\(\\) )failed', 'has no lookbehind'],
    ['(?<!a)b', 'has no lookbehind'],
    ['upstream(?= timed out)', 'has no lookahead'],
    ['(?!x)y', 'has no lookahead'],
    ['(a)\\1', 'has no backreferences'],
    ['(?<q>a)\\k<q>', 'has no named backreferences'],
    ['(?>a+)b', 'has no atomic groups'],
  ])('refuses %s saying what RE2 lacks', (source, reason) => {
    const result = compileRepoRegex(source);
    expect(result).toEqual({ ok: false, reason: expect.stringContaining(reason) });
    expect((result as { reason: string }).reason).toContain('RE2 (the linear-time engine');
  });

  it('does not mistake escaped or bracketed look-alikes for RE2 gaps', () => {
    for (const source of ['\\(?=x', '[(?<=]', '\\\\1', 'a\\[\\1', '[\\1]']) {
      expect({ source, missing: missingInRe2(source) }).toEqual({ source, missing: source === 'a\\[\\1' ? 'backreferences ("\\1")' : undefined });
    }
  });

  it('accepts JavaScript spellings RE2 has under another name, with the same meaning', () => {
    expect(compiled('caf\\u00e9').test('café')).toBe(true);
    expect(compiled('(?<word>\\w+) failed').test('handshake failed')).toBe(true);
    expect(compiled('a/b').test('a/b')).toBe(true);
  });

  it('reports bad syntax and overlong patterns as reasons, never exceptions', () => {
    expect(compileRepoRegex('[unclosed')).toEqual({ ok: false, reason: expect.stringContaining('missing closing ]') });
    expect(compileRepoRegex('a{1001}')).toEqual({ ok: false, reason: expect.stringContaining('invalid repeat count') });
    expect(compileRepoRegex('a'.repeat(MAX_PATTERN_LENGTH + 1))).toEqual({ ok: false, reason: expect.stringContaining('longer than') });
  });

  it('testCapped matches within the first lines and the 1 KiB cap only', () => {
    const regex = compiled('needle');
    expect(testCapped(regex, 'first\nsecond needle')).toBe(true);
    expect(testCapped(regex, `${'x'.repeat(1024)}needle`)).toBe(false);
  });
});

describe('every repository regex goes through RE2', () => {
  it('a KB nginx_log signal with the evil pattern cites on a matching line and not on a 1 KiB non-matching one', () => {
    const record = { path: 'kb/evil.md', entry: { id: 'api/http-502-evil', title: 't', domain: 'api', fix_rate: 50, signals: { nginx_log: [EVIL] } } } as unknown as KbRecord;
    expect(buildCiteIndex([record]).rejected).toEqual([]);
    const finding = (nginxLog: string) => ({ ruleId: 'probe/x', severity: 'error' as const, message: 'm', signals: { nginxLog } });
    expect(citeFindings([finding('a'.repeat(1000))], [record], [])[0]!.citations).toBeUndefined();
    expect(citeFindings([finding('aaa!')], [record], [])[0]!.citations?.map((c) => c.entryId)).toEqual(['api/http-502-evil']);
  });

  it('expect.body_regex runs on RE2 against a 1 MiB body', () => {
    const body = 'a'.repeat(1024 * 1024);
    expect(judgeResponse(200, body, 1, { bodyRegex: EVIL }).class).toBe('body_mismatch');
    expect(judgeResponse(200, `${body}!`, 1, { bodyRegex: EVIL }).class).toBeNull();
  });

  it('a body_regex RE2 cannot run is refused where it is written (probes input)', () => {
    expect(() => parseProbesInput('- name: api\n  url: http://127.0.0.1:9/\n  expect:\n    body_regex: "(?<=a)b"\n')).toThrow(
      /^probes:4:17: invalid probe key "0\.expect\.body_regex": RE2 \(the linear-time engine gatewatch runs repository regexes on\) has no lookbehind/,
    );
  });

  it('through the CLI bundle: gatewatch.yml body_regex refused at its line, KB signal reported at its line', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-regex-'));
    writeFileSync(path.join(dir, 'gatewatch.yml'), "probes:\n  - name: api\n    url: http://127.0.0.1:9/\n    expect:\n      body_regex: '(a)\\1'\n");
    const config = runCli(['check', '--kb', 'none/*.md'], { cwd: dir });
    expect(config.status).toBe(2);
    expect(config.stderr).toContain('gatewatch.yml:5:19: invalid config key "probes.0.expect.body_regex": RE2 (the linear-time engine gatewatch runs repository regexes on) has no backreferences');

    const kb = runCli(['check', '--kb', 'test/fixtures/kb/regex-example/bad-re2-unsupported.md', '--kb-root', 'test/fixtures/kb/regex-example', '--format', 'json']);
    const report = JSON.parse(kb.stdout) as { findings: { ruleId: string; message: string; location?: { line: number } }[] };
    const regexFindings = report.findings.filter((f) => f.ruleId === 'kb/regex-example');
    expect(regexFindings.map((f) => f.location?.line)).toEqual([40]);
    expect(regexFindings[0]!.message).toContain('has no lookbehind');
  });
});
