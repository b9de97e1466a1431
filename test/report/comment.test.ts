import { COMMENT_LIMIT, parseStickyMarker, renderComment, STICKY_MARKER } from '../../src/report/comment.js';
import { finding, kbRecord, runResult } from './build.js';
import { HOSTILE, renderHtml } from './markdown-safety.js';

const context = { owner: 'Codertocat', repo: 'Hello-World', sha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821', runId: 1658821493 };
const dns = 'api/http-502-upstream-dns-resolution-failed';
const citation = { entryId: dns, path: `seeds/${dns}.md`, score: 0.9 };

describe('renderComment', () => {
  it('groups by failure and teaches: cited entry at the head SHA, fix rate, top workarounds, dead ends', () => {
    const body = renderComment(
      runResult([
        finding({ citations: [citation] }),
        finding({ location: { path: 'nginx/other.conf', line: 3 }, citations: [citation] }),
        finding({ ruleId: 'kb/empty-title', severity: 'warning', location: { path: 'seeds/x.md', line: 38, column: 3 } }),
        finding({ ruleId: 'tool/hint', severity: 'notice' }),
      ]),
      context,
    );
    expect(body.startsWith(`${STICKY_MARKER}\n<!-- gatewatch:run 1658821493 sha ec26c3e57ca3a959ca5aad62de7213c562f8c821 -->\n`)).toBe(true);
    expect(body).toContain('### ❌ gatewatch found problems: 2 errors, 1 warning');
    expect(body).toContain('#### ❌ `nginx/undefined-upstream` — 2 errors');
    expect(body).toContain('- ❌ `nginx/app.conf:12:5` proxy\\_pass host "backend"');
    expect(body).toContain(
      `1. **[502 Bad Gateway: http-502-upstream-dns-resolution-failed](https://github.com/Codertocat/Hello-World/blob/${context.sha}/seeds/api/http-502-upstream-dns-resolution-failed.md)** — fix rate 85%`,
    );
    expect(body).toContain('   - ✅ Try: Start the upstream on the `port` nginx uses (90% success)');
    expect(body).toContain('   - ✅ Try: Point `proxy_pass` at the port the app listens on (70% success)');
    expect(body).not.toContain('Lowest ranked workaround');
    expect(body).toContain('   - ⛔ Skip: Restart nginx — nginx is fine; the upstream is down (90% fail)');
    // The cited entry is shown once per group, not per finding.
    expect(body.match(/fix rate 85%/g)).toHaveLength(1);
    expect(body).toContain('1 notice in the job summary');
    expect(body).toContain('[run 1658821493](https://github.com/Codertocat/Hello-World/actions/runs/1658821493)');
  });

  it('never shows a status-only citation as advice: no Try or Skip lines, only a lead', () => {
    const weak = { ...citation, score: 0.3, evidence: ['status' as const], strong: false };
    const body = renderComment(runResult([finding({ citations: [weak] })]), context);
    expect(body).toContain('fix rate 85% (matches the HTTP status only)');
    expect(body).not.toContain('✅ Try:');
    expect(body).not.toContain('⛔ Skip:');
    // The same entry cited with strong evidence by another finding of the group is advice again.
    const mixed = renderComment(runResult([finding({ citations: [weak] }), finding({ citations: [{ ...citation, evidence: ['log'], strong: true }] })]), context);
    expect(mixed).toContain('✅ Try:');
  });

  it('explains an entry cited by several groups once and names it afterwards', () => {
    const body = renderComment(
      runResult([finding({ citations: [citation] }), finding({ ruleId: 'probe/refused', location: { path: 'gatewatch.yml', line: 4 }, citations: [citation] })]),
      context,
    );
    expect(body.match(/✅ Try: Start the upstream/g)).toHaveLength(1);
    expect(body).toContain('— fix rate 85% (workarounds above)');
  });

  it('has a passing state for when everything is fixed', () => {
    const body = renderComment(runResult([finding({ severity: 'notice' })]), context);
    expect(body).toContain('### ✅ gatewatch: all checks passed');
    expect(parseStickyMarker(body)).toEqual({ runId: 1658821493, sha: context.sha });
  });

  it('does not claim everything passed when only-changed left findings out', () => {
    const body = renderComment(runResult([]), { ...context, hiddenFindings: 4 });
    expect(body).toContain('### ✅ gatewatch: no problems in the files this pull request changes');
    expect(body).not.toContain('all checks passed');
    expect(body).toContain('4 findings in files this PR does not change (job summary)');
  });

  it('renders hostile KB text, messages and paths inert; the marker cannot be spoofed', () => {
    const hostileEntry = { ...kbRecord(dns, {
      title: HOSTILE,
      workarounds: [{ title: `${HOSTILE} \`@team <b>\``, success_rate: 50 }],
      dead_ends: [{ title: HOSTILE, reason: HOSTILE, fail_rate: 60 }],
    }), path: 'seeds/a b/<x>).md' };
    const body = renderComment(
      runResult(
        [finding({ message: HOSTILE, location: { path: `<script>/@x/${STICKY_MARKER}.conf`, line: 1 }, citations: [citation] })],
        { kb: [hostileEntry] },
      ),
      context,
    );
    const html = renderHtml(body);
    expect(html).not.toMatch(/<script|<img|<b>|href="javascript|src="https:\/\/evil/i);
    // Only our own two marker comments are HTML comments.
    expect(html.match(/<!--/g)).toHaveLength(2);
    expect(body.split(STICKY_MARKER)).toHaveLength(2);
    // No mention survives as text: every `@` is followed by a zero-width space.
    expect(html.replace(/<[^>]+>/g, '')).not.toMatch(/@[A-Za-z0-9]/);
    expect(body).toContain('(https://github.com/Codertocat/Hello-World/blob/ec26c3e57ca3a959ca5aad62de7213c562f8c821/seeds/a%20b/%3Cx%3E%29.md)');
  });

  it('rejects a spoofed marker that is not at the very top', () => {
    expect(parseStickyMarker(`Hello\n${STICKY_MARKER}\n<!-- gatewatch:run 99 sha abc1234 -->\n`)).toBeUndefined();
    expect(parseStickyMarker(`${STICKY_MARKER}\n<!-- gatewatch:run 99 sha abc1234 -->\nrest`)).toEqual({ runId: 99, sha: 'abc1234' });
  });

  it('stays under 60,000 characters with a truncation note for 5,000 findings with 100 kB lines', () => {
    const line = 'y'.repeat(100_000);
    const findings = Array.from({ length: 5000 }, (_, i) =>
      finding({ ruleId: `nginx/rule-${i % 250}`, message: line, location: { path: `f${i}.conf`, line: 1 }, citations: [citation] }),
    );
    const body = renderComment(runResult(findings), context);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toMatch(/Truncated: \d+ more findings not shown/);
    expect(body.trimEnd().endsWith('</sub>')).toBe(true);
  });
});
