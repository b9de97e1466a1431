import { renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/report/summary.js';
import { finding, runResult } from './build.js';
import { HOSTILE, renderHtml } from './markdown-safety.js';

describe('renderSummary', () => {
  it('sorts by severity then file and line, says what failed, links lines and fills the KB column for KB rows', () => {
    const text = renderSummary(
      runResult(
        [
          finding({ ruleId: 'kb/empty-title', severity: 'warning', location: { path: 'seeds/api/http-502-upstream-dns-resolution-failed.md', line: 38, column: 3 } }),
          finding({ citations: [{ entryId: 'api/http-502-upstream-dns-resolution-failed', path: 'seeds/api/http-502-upstream-dns-resolution-failed.md', score: 0.9 }] }),
          finding({ location: { path: 'nginx/a.conf', line: 99 } }),
        ],
        {
          probes: [
            { name: 'api', url: 'http://127.0.0.1:9/', ok: false, class: 'refused', status: null, bodyOrigin: null, timings: { dns: 0, connect: null, tls: null, ttfb: null, total: 2 }, attempts: 2, assertions: [] },
          ],
        },
      ),
      { repo: { owner: 'o', repo: 'r', sha: 'abc1234' } },
    );
    expect(text).toContain('## gatewatch failed');
    expect(text).toContain('2 errors, 1 warning, 0 notices in 3 files (42 ms)');
    expect(text).toContain('Failed because of 2 findings at or above fail-on `error`:');
    const rows = text.split('\n').filter((line) => /^\| (❌|⚠️)/.test(line));
    expect(rows.map((row) => /\[([^\]]+)\]/.exec(row)![1])).toEqual(['nginx/a.conf:99', 'nginx/app.conf:12:5', 'seeds/api/http-502-upstream-dns-resolution-failed.md:38:3']);
    expect(rows[1]).toContain('(https://github.com/o/r/blob/abc1234/nginx/app.conf#L12)');
    expect(rows[1]).toContain('(https://github.com/o/r/blob/abc1234/seeds/api/http-502-upstream-dns-resolution-failed.md) (85% fix)');
    // The KB row names the entry the finding is in.
    expect(rows[2]).toMatch(/\| \[502 Bad Gateway: http-502-upstream-dns-resolution-failed\]\(https:\/\/github\.com\/o\/r\/blob\/abc1234\/seeds\/api\/http-502-upstream-dns-resolution-failed\.md\) \|$/);
    expect(text).toMatch(/\| api \| http:\/\/127\.0\.0\.1:9\/ \| \*\*failed\*\* \(`refused`\) \| — \|/);
  });

  it('stays under 1 MiB with 10,000 probes and says how many rows it left out', () => {
    const probes = Array.from({ length: 10_000 }, (_, i) => ({
      name: `probe-${i}-${'n'.repeat(150)}`,
      url: `http://127.0.0.1:${1 + (i % 60000)}/${'p'.repeat(250)}`,
      ok: i % 2 === 0,
      class: i % 2 === 0 ? null : ('refused' as const),
      status: null,
      bodyOrigin: null,
      timings: { dns: 0, connect: null, tls: null, ttfb: null, total: 2 },
      attempts: 1,
      assertions: [],
    }));
    const text = renderSummary(runResult([finding()], { probes }));
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(text).toMatch(/_\d+ probes left out to keep this summary under GitHub's 1 MiB limit/);
    // Failed probes are kept first.
    const kept = text.split('\n').filter((line) => line.startsWith('| probe-'));
    expect(kept.length).toBeGreaterThan(1000);
    expect(kept.every((line) => line.includes('**failed**'))).toBe(true);
  });

  it('renders hostile messages inert and keeps the table shape', () => {
    const text = renderSummary(runResult([finding({ message: HOSTILE })]));
    const html = renderHtml(text);
    expect(html).not.toMatch(/<script|<img|<!--|@org|@octocat|href="javascript/i);
    const row = text.split('\n').find((line) => line.startsWith('| ❌'))!;
    // Escaped pipes do not add columns: 4 cells + the citations cell = 6 unescaped pipes.
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(7);
  });

  it('stays under 1 MiB for 30,000 findings with 100 kB messages, dropping detail before rows', () => {
    const long = 'x'.repeat(100_000);
    const findings = Array.from({ length: 30_000 }, (_, i) => finding({ message: long, location: { path: `f${i}.conf`, line: i + 1 } }));
    const text = renderSummary(runResult(findings));
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(text).toMatch(/_\d+ findings left out to keep this summary under GitHub's 1 MiB limit/);
    const small = renderSummary(runResult(findings.slice(0, 2000)));
    // 2,000 findings fit once messages are shortened: every row is kept.
    expect(small.match(/^\| ❌/gm)).toHaveLength(2000);
    expect(Buffer.byteLength(small)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
  });
});
