/**
 * The committed action bundle end to end: real webhook payloads, the env GitHub sets, and the
 * loopback GitHub REST API. Exit status must follow findings only, whatever GitHub answers.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { STICKY_MARKER } from '../../src/report/comment.js';
import { HUMAN } from '../github/fake-github.js';
import { webhookExample } from '../helpers/webhooks.js';
import { renderHtml } from '../report/markdown-safety.js';
import { E2E_INPUTS, levels, makeWorkspace, runActionProcess, setupActionE2e } from './run-action.js';

const opened = webhookExample('pull_request', (payload) => payload.action === 'opened');
const PR = (opened.pull_request as { number: number }).number;
const HEAD_SHA = (opened.pull_request as { head: { sha: string } }).head.sha;

/** @octokit/webhooks-examples has no fork PR; this is the same payload with head.repo set to a fork, as GitHub sends it. */
function forkPayload(): unknown {
  const payload = structuredClone(opened) as { pull_request: { head: { repo: { full_name: string; fork: boolean } } } };
  payload.pull_request.head.repo.full_name = 'forker/Hello-World';
  payload.pull_request.head.repo.fork = true;
  return payload;
}

const INPUTS = E2E_INPUTS;
const e2e = setupActionE2e(opened);
const run = e2e.run;

it('keeps one comment across two runs (POST, then PATCH) within 4 API calls per run, and teaches in it', async () => {
  const first = await run({ runId: 100 });
  expect(first.status).toBe(1);
  expect(first.outputs).toMatchObject({ passed: 'false', 'error-count': '1' });
  const firstCalls = e2e.server.requests.map((r) => `${r.method} ${r.path.split('/').pop()} ${r.status}`);
  expect(firstCalls).toEqual(['GET files 200', 'GET comments 200', 'POST comments 201', 'GET comments 200']);
  const [comment] = e2e.server.commentsOn(PR);
  expect(first.outputs['comment-id']).toBe(String(comment!.id));
  const body = comment!.body!;
  expect(body.startsWith(`${STICKY_MARKER}\n<!-- gatewatch:run 100 sha ${HEAD_SHA} -->`)).toBe(true);
  expect(body).toContain('`nginx/undefined-upstream`');
  expect(body).toContain(`https://github.com/Codertocat/Hello-World/blob/${HEAD_SHA}/seeds/api/http-502-upstream-dns-resolution-failed.md`);
  expect(body).toMatch(/✅ Try: .*\(\d+% success\)/);
  expect(body).toMatch(/⛔ Skip: .*\(\d+% fail\)/);

  e2e.server.requests.length = 0;
  const second = await run({ runId: 101 });
  expect(second.status).toBe(1);
  // A marked comment exists: who we are is read from the API (GraphQL viewer) before it is updated.
  expect(e2e.server.requests.map((r) => `${r.method} ${r.path.split('/').pop()} ${r.status}`)).toEqual(['GET files 200', 'GET comments 200', 'POST graphql 200', `PATCH ${comment!.id} 200`]);
  expect(e2e.server.commentsOn(PR)).toHaveLength(1);
  expect(e2e.server.commentsOn(PR)[0]!.body).toContain('<!-- gatewatch:run 101 ');
  expect(second.outputs['comment-id']).toBe(String(comment!.id));
});

it('renders hostile KB text inert and does not take over a human comment that starts with the marker', async () => {
  const human = e2e.server.addComment(PR, `${STICKY_MARKER}\n<!-- gatewatch:run 999999999999 sha abcdef1 -->\nplease overwrite me`, HUMAN);
  await run();
  const comments = e2e.server.commentsOn(PR);
  expect(comments).toHaveLength(2);
  expect(comments[0]!.id).toBe(human);
  expect(comments[0]!.body).toContain('please overwrite me');
  const body = comments[1]!.body!;
  // The hostile entry is cited (its rule link), so its title and workaround reach the comment.
  expect(body).toContain('security-team');
  const html = renderHtml(body);
  expect(html).not.toMatch(/<script|<img|<iframe|<b>|href="javascript|src="https:\/\/evil/i);
  expect(html.match(/<!--/g)).toHaveLength(2);
  expect(html.replace(/<[^>]+>/g, '')).not.toMatch(/@[A-Za-z0-9]/);
});

it('leaves no duplicate after a race with a concurrent run', async () => {
  e2e.server.options.raceRunId = 90;
  const result = await run({ runId: 100 });
  expect(result.status).toBe(1);
  expect(e2e.server.commentsOn(PR)).toHaveLength(1);
  expect(e2e.server.commentsOn(PR)[0]!.body).toContain('<!-- gatewatch:run 100 ');
  expect(e2e.server.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'POST', 'GET', 'DELETE']);
});

it('rides out a 502 and a secondary rate limit with retry-after', async () => {
  e2e.server.options.fail502Once = [`GET /repos/Codertocat/Hello-World/issues/${PR}/comments`];
  e2e.server.options.secondaryLimitOnce = [`POST /repos/Codertocat/Hello-World/issues/${PR}/comments`];
  const result = await run();
  expect(result.status).toBe(1);
  expect(e2e.server.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200', 'GET 502', 'GET 200', 'POST 403', 'POST 201', 'GET 200']);
  expect(e2e.server.commentsOn(PR)).toHaveLength(1);
});

it('on a fork PR skips the comment with one notice and no API call; a read-only 403 is never retried', async () => {
  const auto = await run({ event: forkPayload() });
  expect(auto.status).toBe(1);
  expect(e2e.server.requests).toEqual([]);
  expect(auto.commands.filter((c) => c.line.includes('Fork pull request'))).toHaveLength(1);

  e2e.server.options.readOnly = true;
  const always = await run({ event: forkPayload(), inputs: { ...INPUTS, comment: 'always' } });
  expect(always.status).toBe(1);
  expect(e2e.server.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200', 'POST 403']);
  expect(always.commands.filter((c) => c.line.includes('Resource not accessible by integration'))).toHaveLength(1);
  expect(always.outputs['comment-id']).toBeUndefined();
});

/** nginx config whose findings quote a 3,000-character name: five rules, ~3 kB messages each. */
function longNamesConfig(index: number): string {
  const name = `h${index}`.padEnd(3000, 'h');
  return [
    'events {}',
    'http {',
    `  upstream u${name} { }`,
    `  upstream d${name} { server 127.0.0.1:1; }`,
    `  upstream d${name} { server 127.0.0.1:2; }`,
    '  server {',
    '    listen 8080;',
    `    location /a { proxy_pass http://x${name}; }`,
    `    location /b { proxy_pass http://$host${name}; }`,
    `    location /c { proxy_pass http://unix:/tmp/${name}.sock; }`,
    '  }',
    '}',
    '',
  ].join('\n');
}

it('never lets GitHub see a body over its limit (no 422), and stays within the annotation caps', async () => {
  const crowded = makeWorkspace((dir) => {
    for (let i = 0; i < 40; i += 1) cpSync(path.join(dir, 'nginx/typo.conf'), path.join(dir, `nginx/typo-${i}.conf`));
    for (let i = 0; i < 20; i += 1) writeFileSync(path.join(dir, `nginx/long-${i}.conf`), longNamesConfig(i));
  });
  e2e.server.files = ['nginx/typo-3.conf'];
  const result = await runActionProcess({ inputs: { ...INPUTS, 'report-file': 'report.json' }, cwd: crowded, apiUrl: e2e.server.url, event: opened });
  expect(result.status).toBe(1);
  const report = JSON.parse(readFileSync(path.join(crowded, 'report.json'), 'utf8')) as { findings: { message: string }[] };
  // Uncapped, even the first 1,000 characters of each message would exceed GitHub's 65,536.
  expect(report.findings.reduce((sum, finding) => sum + Math.min(finding.message.length, 1000), 0)).toBeGreaterThan(65_536);
  expect(levels(result, 'error')).toBe(10);
  expect(levels(result, 'warning')).toBeLessThanOrEqual(10);
  expect(levels(result, 'notice')).toBeLessThanOrEqual(10);
  // Capped annotations: the PR's changed file is annotated first.
  expect(result.commands.find((c) => c.level === 'error')!.line).toContain('file=nginx/typo-3.conf');
  expect(result.commands.filter((c) => /more findings — see the job summary/.test(c.line))).toHaveLength(1);
  expect(e2e.server.requests.some((r) => r.status === 422)).toBe(false);
  const post = e2e.server.requests.find((r) => r.method === 'POST')!;
  expect(post.status).toBe(201);
  expect(post.bodyLength).toBeLessThanOrEqual(60_000);
  expect(e2e.server.commentsOn(PR)[0]!.body).toMatch(/Truncated: \d+ more findings not shown/);
  // Changed files (1 page), comments, create, confirm: ≤ 4 calls.
  expect(e2e.server.requests.map((r) => `${r.method} ${r.path.split('/').pop()}`)).toEqual(['GET files', 'GET comments', 'POST comments', 'GET comments']);
});
