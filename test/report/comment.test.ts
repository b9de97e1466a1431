import { COMMENT_LIMIT, parseStickyMarker, renderComment, STICKY_MARKER } from '../../src/report/comment.js';
import { finding, kbRecord, runResult } from './build.js';
import { HOSTILE, renderHtml } from './markdown-safety.js';

const context = { owner: 'Codertocat', repo: 'Hello-World', sha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821', runId: 1658821493 };
const dns = 'api/http-502-upstream-dns-resolution-failed';
const citation = { entryId: dns, path: `seeds/${dns}.md`, score: 0.9 };

describe('renderComment', () => {
  it('groups by file, changed files first, errors before warnings, every line linked at the head commit', () => {
    const body = renderComment(
      runResult([
        finding({ citations: [citation] }),
        finding({ location: { path: 'nginx/other.conf', line: 3 }, citations: [citation] }),
        finding({ ruleId: 'kb/empty-title', severity: 'warning', location: { path: 'seeds/x.md', line: 38, column: 3 } }),
        finding({ ruleId: 'kb/empty-title', severity: 'error', location: { path: 'seeds/x.md', line: 40, column: 3 }, message: 'Dead end 2 has an empty title' }),
        finding({ ruleId: 'tool/hint', severity: 'notice' }),
      ]),
      { ...context, changedFiles: new Set(['seeds/x.md']) },
    );
    expect(body.startsWith(`${STICKY_MARKER}\n<!-- gatewatch:run 1658821493 sha ec26c3e57ca3a959ca5aad62de7213c562f8c821 -->\n`)).toBe(true);
    expect(body).toContain('### ❌ gatewatch failed: 3 errors, 1 warning');
    const blob = `https://github.com/Codertocat/Hello-World/blob/${context.sha}`;
    const sections = [...body.matchAll(/^#### .*?\[([^\]]+)\]\(/gm)].map((match) => match[1]);
    // The changed file leads although it sorts last by name.
    expect(sections).toEqual(['seeds/x.md', 'nginx/app.conf', 'nginx/other.conf']);
    const xSection = body.slice(body.indexOf('seeds/x.md'));
    expect(xSection.indexOf('line 40')).toBeLessThan(xSection.indexOf('line 38'));
    expect(body).toContain(`[line 12](${blob}/nginx/app.conf#L12) proxy\\_pass host "backend" is not an upstream; define \`upstream backend\` or fix the name \`nginx/undefined-upstream\``);
    expect(body).toContain(`<summary>📘 How to fix: 502 Bad Gateway: http-502-upstream-dns-resolution-failed — fix rate 85%</summary>`);
    expect(body).toContain(`From the knowledge base: [502 Bad Gateway: http-502-upstream-dns-resolution-failed](${blob}/seeds/api/http-502-upstream-dns-resolution-failed.md)`);
    expect(body).toContain('- ✅ Try: Start the upstream on the `port` nginx uses (90% success)');
    expect(body).toContain('- ✅ Try: Point `proxy_pass` at the port the app listens on (70% success)');
    expect(body).not.toContain('Lowest ranked workaround');
    expect(body).toContain('- ⛔ Skip: Restart nginx — nginx is fine; the upstream is down (90% fail)');
    // Explained once; the second file only links it.
    expect(body.match(/✅ Try: Start the upstream/g)).toHaveLength(1);
    expect(body).toContain('fix rate 85% (see above)');
    expect(body).toContain('1 notice in the job summary');
    expect(body).not.toMatch(/\b1 (errors|warnings|notices)\b/);
    expect(body).toContain('[run 1658821493](https://github.com/Codertocat/Hello-World/actions/runs/1658821493)');
  });

  it('leads with a config the gateway will not load and gives no advice from a status-only citation', () => {
    const weak = { entryId: dns, path: `seeds/${dns}.md`, score: 0.3 };
    const body = renderComment(
      runResult([
        finding({ ruleId: 'nginx/localhost-upstream', severity: 'warning', location: { path: 'nginx/a.conf', line: 2 }, citations: [weak] }),
        finding({ ruleId: 'nginx/test', message: 'nginx -t rejects the config: unexpected "}"', location: { path: 'nginx/a.conf', line: 9 } }),
      ]),
      context,
    );
    expect(body.indexOf('🚫 **nginx will not load `nginx/a.conf`**')).toBeGreaterThan(-1);
    expect(body.indexOf('🚫')).toBeLessThan(body.indexOf('####'));
    expect(body).not.toContain('How to fix');
  });

  it('folds a long list of warnings into <details> and keeps errors open', () => {
    const warnings = Array.from({ length: 8 }, (_, i) => finding({ ruleId: 'kb/code-repeats-prose', severity: 'warning', location: { path: 'seeds/y.md', line: 10 + i } }));
    const body = renderComment(runResult([finding({ location: { path: 'seeds/y.md', line: 2 } }), ...warnings]), context);
    const details = body.slice(body.indexOf('<details>'));
    expect(details).toContain('<summary>8 warnings more in this file</summary>');
    expect(body.indexOf('line 2]')).toBeLessThan(body.indexOf('<details>'));
  });

  it('has a passing state for when everything is fixed', () => {
    const body = renderComment(runResult([finding({ severity: 'notice' })]), context);
    expect(body).toContain('### ✅ gatewatch: all checks passed');
    expect(parseStickyMarker(body)).toEqual({ key: '', runId: 1658821493, sha: context.sha });
  });

  it('does not claim everything passed when only-changed left findings out', () => {
    const result = runResult([finding({ severity: 'warning', location: { path: 'nginx/old.conf', line: 1 } })]);
    const body = renderComment(result, { ...context, onlyChanged: true, changedFiles: new Set(['seeds/x.md']) });
    expect(body).toContain('### ✅ gatewatch: no problems in the files this pull request changes');
    expect(body).not.toContain('all checks passed');
    expect(body).toContain('1 finding in files this PR does not change (job summary)');
  });

  it('with only-changed still shows the finding in an unchanged file that fails the gate', () => {
    const result = runResult([finding({ location: { path: 'nginx/old.conf', line: 7 } })]);
    const body = renderComment(result, { ...context, onlyChanged: true, changedFiles: new Set(['seeds/x.md']) });
    expect(body).toContain('### ❌ gatewatch failed: 1 error, 0 warnings');
    expect(body).toContain('nginx/old.conf');
    expect(body).toContain('_not changed by this PR_');
    expect(body).toContain('#L7)');
  });

  it('keeps a comment per key: the key is in the marker and read back', () => {
    const body = renderComment(runResult([finding()]), { ...context, key: 'edge-gw' });
    expect(body.startsWith('<!-- gatewatch:sticky key=edge-gw -->\n')).toBe(true);
    expect(parseStickyMarker(body)).toEqual({ key: 'edge-gw', runId: 1658821493, sha: context.sha });
    expect(parseStickyMarker(renderComment(runResult([finding()]), context))!.key).toBe('');
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
    expect(parseStickyMarker(`${STICKY_MARKER}\n<!-- gatewatch:run 99 sha abc1234 -->\nrest`)).toEqual({ key: '', runId: 99, sha: 'abc1234' });
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
