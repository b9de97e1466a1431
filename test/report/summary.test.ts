import { renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/report/summary.js';
import { finding, runResult } from './build.js';
import { HOSTILE, renderHtml } from './markdown-safety.js';

describe('renderSummary', () => {
  it('groups findings by checker with counts, links cited KB entries at the head SHA and lists probes', () => {
    const text = renderSummary(
      runResult(
        [
          finding({ citations: [{ entryId: 'api/http-502-upstream-dns-resolution-failed', path: 'seeds/api/http-502-upstream-dns-resolution-failed.md', score: 0.9 }] }),
          finding({ ruleId: 'kb/empty-title', severity: 'warning', location: { path: 'seeds/api/x.md', line: 38, column: 3 } }),
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
    expect(text).toContain('1 errors, 1 warnings, 0 notices in 3 files (42 ms)');
    expect(text).toContain('### Knowledge base (0 errors, 1 warning, 0 notices)');
    expect(text).toContain('### nginx (1 error, 0 warnings, 0 notices)');
    expect(text).toContain('| ❌ | nginx/app.conf:12:5 |');
    expect(text).toContain('(https://github.com/o/r/blob/abc1234/seeds/api/http-502-upstream-dns-resolution-failed.md) (85% fix)');
    expect(text).toMatch(/\| api \| http:\/\/127\.0\.0\.1:9\/ \| \*\*failed\*\* \(`refused`\) \| — \|/);
    expect(text.indexOf('### Knowledge base')).toBeLessThan(text.indexOf('### nginx'));
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
    expect(text).toMatch(/_\d+ more findings were left out to keep this summary under 1 MiB/);
    const small = renderSummary(runResult(findings.slice(0, 2000)));
    // 2,000 findings fit once messages are shortened: every row is kept.
    expect(small.match(/^\| ❌/gm)).toHaveLength(2000);
    expect(Buffer.byteLength(small)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
  });
});
