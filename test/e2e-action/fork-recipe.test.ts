/**
 * The two-workflow recipe for fork PRs, with the committed bundle: the fork's pull_request run writes
 * its JSON report with a read-only token; a workflow_run run in the base repository posts the comment.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FakeGitHub } from '../github/fake-github.js';
import { webhookExample } from '../helpers/webhooks.js';
import { renderHtml } from '../report/markdown-safety.js';
import { makeWorkspace, runActionProcess } from './run-action.js';

const opened = webhookExample('pull_request', (payload) => payload.action === 'opened');
// A real workflow_run payload; its run has no pull_requests (as for a fork), so pr-number comes from the artifact.
const workflowRun = webhookExample('workflow_run', (payload) => Array.isArray((payload.workflow_run as { pull_requests: unknown[] }).pull_requests) && (payload.workflow_run as { pull_requests: unknown[] }).pull_requests.length === 0);
const RUN_HEAD = (workflowRun.workflow_run as { head_sha: string }).head_sha;
/** Where the triggering run's commit came from, as the payload says: the PR must come from there too. */
const RUN_SOURCE = {
  repo: (workflowRun.workflow_run as { head_repository: { full_name: string } }).head_repository.full_name,
  ref: (workflowRun.workflow_run as { head_branch: string }).head_branch,
};

function forkPayload(): unknown {
  const payload = structuredClone(opened) as { pull_request: { head: { sha: string; repo: { full_name: string; fork: boolean } } } };
  payload.pull_request.head.repo.full_name = 'forker/Hello-World';
  payload.pull_request.head.repo.fork = true;
  payload.pull_request.head.sha = RUN_HEAD;
  return payload;
}

let server: FakeGitHub;
let workspace: string;

beforeAll(() => {
  workspace = makeWorkspace();
});
beforeEach(async () => {
  server = new FakeGitHub({ readOnly: false });
  await server.start();
});
afterEach(async () => {
  await server.stop();
});

async function prRun(): Promise<string> {
  const result = await runActionProcess({
    inputs: { kb: 'seeds/**/*.md', nginx: 'nginx/*.conf', 'nginx-test': 'never', 'report-file': 'gatewatch-report.json', 'github-token': 'ghs_read_only' },
    cwd: workspace,
    apiUrl: server.url,
    event: forkPayload(),
  });
  expect(result.status).toBe(1);
  return readFileSync(path.join(workspace, 'gatewatch-report.json'), 'utf8');
}

const publishRun = (inputs: Record<string, string>) =>
  runActionProcess({
    inputs: { 'publish-report': 'artifact/gatewatch-report.json', 'github-token': 'ghs_write', ...inputs },
    cwd: workspace,
    apiUrl: server.url,
    event: workflowRun,
    eventName: 'workflow_run',
    runId: 200,
  });

function saveArtifact(report: string): void {
  const dir = path.join(workspace, 'artifact');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'gatewatch-report.json'), report);
}

it('posts the fork PR comment from the report, citing the base branch KB, in 4 API calls', async () => {
  saveArtifact(await prRun());
  expect(server.requests).toEqual([]);
  server.pullHeads.set(2, RUN_HEAD);
  server.pullHeadRefs.set(2, RUN_SOURCE);
  const result = await publishRun({ 'pr-number': '2' });
  expect(result.status).toBe(0);
  expect(server.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200', 'GET 200', 'POST 201', 'GET 200']);
  const [comment] = server.commentsOn(2);
  expect(result.outputs['comment-id']).toBe(String(comment!.id));
  expect(comment!.body).toContain(`<!-- gatewatch:run 200 sha ${RUN_HEAD} -->`);
  expect(comment!.body).toContain('`nginx/undefined-upstream`');
  expect(comment!.body).toContain(`/blob/${RUN_HEAD}/seeds/api/http-502-upstream-dns-resolution-failed.md`);
});

it('refuses a report whose PR has moved on, and a PR number that is not the run\'s', async () => {
  saveArtifact(await prRun());
  server.pullHeads.set(2, 'f'.repeat(40));
  const moved = await publishRun({ 'pr-number': '2' });
  expect(moved.status).toBe(0);
  expect(moved.commands.filter((c) => c.line.includes('not at the commit the report was made for'))).toHaveLength(1);
  expect(server.commentsOn(2)).toEqual([]);
  const missing = await publishRun({ 'pr-number': '77' });
  expect(missing.commands.filter((c) => c.line.includes('#77 could not be read (404)'))).toHaveLength(1);
  expect(server.comments.size).toBe(0);
});

it('refuses a PR at the same commit from another repository or branch', async () => {
  saveArtifact(await prRun());
  server.pullHeads.set(2, RUN_HEAD);
  server.pullHeadRefs.set(2, { repo: 'mallory/octo-repo', ref: RUN_SOURCE.ref });
  const otherRepo = await publishRun({ 'pr-number': '2' });
  expect(otherRepo.status).toBe(0);
  expect(otherRepo.commands.filter((c) => c.line.includes('comes from "mallory/octo-repo", not from the repository the report was made in'))).toHaveLength(1);
  server.pullHeadRefs.set(2, { repo: RUN_SOURCE.repo, ref: 'other-branch' });
  const otherBranch = await publishRun({ 'pr-number': '2' });
  expect(otherBranch.commands.filter((c) => c.line.includes('is on branch "other-branch", not on the branch the report was made for'))).toHaveLength(1);
  expect(server.comments.size).toBe(0);
});

it('treats the report as untrusted data: hostile text is escaped, citations come from the base KB only', async () => {
  const hostile = {
    version: 1,
    findings: [
      {
        ruleId: 'nginx/undefined-upstream',
        severity: 'error',
        message: '<script>alert(1)</script> @octo-org/admins <!-- gatewatch:sticky -->',
        location: { path: 'nginx/<img src=x onerror=alert(1)>.conf', line: 3 },
        citations: [{ entryId: 'api/planted-by-fork', path: 'seeds/api/planted-by-fork.md', score: 1 }],
      },
      { ruleId: 42, severity: 'error', message: 'malformed, dropped' },
    ],
  };
  saveArtifact(JSON.stringify(hostile));
  server.pullHeads.set(2, RUN_HEAD);
  server.pullHeadRefs.set(2, RUN_SOURCE);
  await publishRun({ 'pr-number': '2' });
  const body = server.commentsOn(2)[0]!.body!;
  expect(body).not.toContain('planted-by-fork');
  expect(body).not.toContain('malformed');
  expect(body).toContain('seeds/api/http-502-upstream-dns-resolution-failed.md');
  const html = renderHtml(body);
  expect(html).not.toMatch(/<script|<img/i);
  expect(html.match(/<!--/g)).toHaveLength(2);
  expect(html.replace(/<[^>]+>/g, '')).not.toMatch(/@[A-Za-z0-9]/);
});

it('ends with a notice, not a failure, when the artifact is missing', async () => {
  const result = await publishRun({ 'publish-report': 'artifact/nope.json', 'pr-number': '2' });
  expect(result.status).toBe(0);
  expect(result.commands.filter((c) => c.line.includes('cannot read "artifact/nope.json" (ENOENT)'))).toHaveLength(1);
  expect(server.requests).toEqual([]);
});
