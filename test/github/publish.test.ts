/** publishToGitHub against the loopback GitHub API, with real webhook payloads. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { changedFilesFor, connectGitHub, publishToGitHub } from '../../src/github/publish.js';
import { STICKY_MARKER, COMMENT_LIMIT } from '../../src/report/comment.js';
import { finding, runResult } from '../report/build.js';
import { webhookExample } from '../helpers/webhooks.js';
import { FakeGitHub, HUMAN, OTHER_BOT } from './fake-github.js';

const opened = webhookExample('pull_request', (payload) => payload.action === 'opened');
const PR = (opened.pull_request as { number: number }).number;
const HEAD_SHA = (opened.pull_request as { head: { sha: string } }).head.sha;

/** The same payload as a PR from a fork: GitHub sets head.repo to the fork (the package ships no fork example). */
function forkPayload(): Record<string, unknown> {
  const payload = structuredClone(opened) as { pull_request: { head: { repo: { full_name: string; fork: boolean; owner: { login: string } } } } };
  payload.pull_request.head.repo.full_name = 'forker/Hello-World';
  payload.pull_request.head.repo.fork = true;
  payload.pull_request.head.repo.owner.login = 'forker';
  return payload as unknown as Record<string, unknown>;
}

const temp = mkdtempSync(path.join(os.tmpdir(), 'gatewatch-publish-'));
let server: FakeGitHub;
let sequence = 0;

function eventFile(payload: unknown): string {
  const file = path.join(temp, `event-${sequence++}.json`);
  writeFileSync(file, typeof payload === 'string' ? payload : JSON.stringify(payload));
  return file;
}

async function connect(options: { payload?: unknown; eventName?: string; runId?: number; token?: string } = {}) {
  const env = {
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventFile(options.payload ?? opened),
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_RUN_ID: String(options.runId ?? 100),
    GITHUB_SHA: 'ffffffffffffffffffffffffffffffffffffffff',
    GITHUB_API_URL: server.url,
  };
  const logs: string[] = [];
  const connection = await connectGitHub(env, options.token ?? 'ghs_test', {
    log: (message) => logs.push(message),
    retryAfterBaseValue: 5,
    throttleId: `test-${sequence++}`,
  });
  return { connection, logs };
}

const failing = runResult([finding({ citations: [{ entryId: 'api/http-502-upstream-dns-resolution-failed', path: 'seeds/api/http-502-upstream-dns-resolution-failed.md', score: 0.9 }] })]);
const passing = runResult([]);

beforeEach(async () => {
  server = new FakeGitHub();
  await server.start();
});
afterEach(async () => {
  await server.stop();
});

describe('sticky comment', () => {
  it('creates one comment, then updates it on the next run (POST then PATCH), never duplicating', async () => {
    const first = await publishToGitHub(failing, { connection: (await connect({ runId: 100 })).connection, comment: 'auto' });
    expect(first.notices).toEqual([]);
    expect(server.count('POST', /comments$/)).toBe(1);
    const second = await publishToGitHub(passing, { connection: (await connect({ runId: 101 })).connection, comment: 'auto' });
    expect(second.commentId).toBe(first.commentId);
    expect(server.count('PATCH', /comments\/\d+$/)).toBe(1);
    const comments = server.commentsOn(PR);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('all checks passed');
    expect(comments[0]!.body).toContain(`<!-- gatewatch:run 101 sha ${HEAD_SHA} -->`);
  });

  it('with comment: auto does not create a comment for a passing run', async () => {
    const outcome = await publishToGitHub(passing, { connection: (await connect()).connection, comment: 'auto' });
    expect(outcome).toEqual({ notices: [] });
    expect(server.count('POST', /./)).toBe(0);
    expect(server.requests.map((r) => r.method)).toEqual(['GET']);
  });

  it('finds its comment on a later page, ignoring a human\'s copy of the marker and a bot quoting it', async () => {
    server.addComment(PR, `${STICKY_MARKER}\n<!-- gatewatch:run 1 sha abcdef1 -->\nI am a human`, HUMAN);
    server.addComment(PR, `Quoting: ${STICKY_MARKER}\n<!-- gatewatch:run 1 sha abcdef1 -->\nanother bot`, OTHER_BOT);
    for (let i = 0; i < 150; i += 1) server.addComment(PR, `chatter ${i} ${STICKY_MARKER}`, i % 2 ? HUMAN : OTHER_BOT);
    const ours = server.addComment(PR, `${STICKY_MARKER}\n<!-- gatewatch:run 50 sha abcdef1 -->\nold report`);
    const outcome = await publishToGitHub(failing, { connection: (await connect({ runId: 100 })).connection, comment: 'auto' });
    expect(outcome.commentId).toBe(ours);
    expect(server.count('GET', /comments$/)).toBe(2);
    expect(server.commentsOn(PR).filter((c) => c.body?.includes('old report') || c.body?.includes('I am a human')).length).toBe(1);
    expect(server.comments.get(ours)!.body).toContain('gatewatch failed');
  });

  it('updates the oldest match, deletes older leftovers, and never overwrites a newer run', async () => {
    const oldest = server.addComment(PR, `${STICKY_MARKER}\n<!-- gatewatch:run 90 sha abcdef1 -->\na`);
    const leftover = server.addComment(PR, `${STICKY_MARKER}\n<!-- gatewatch:run 91 sha abcdef1 -->\nb`);
    const outcome = await publishToGitHub(failing, { connection: (await connect({ runId: 100 })).connection, comment: 'auto' });
    expect(outcome.commentId).toBe(oldest);
    expect(server.comments.has(leftover)).toBe(false);

    const stale = await publishToGitHub(passing, { connection: (await connect({ runId: 99 })).connection, comment: 'always' });
    expect(stale.commentId).toBe(oldest);
    expect(stale.notices).toEqual([expect.stringContaining('a newer gatewatch run')]);
    expect(server.comments.get(oldest)!.body).toContain('gatewatch failed');
  });

  it('removes the duplicate after a race, keeping the newer run\'s comment', async () => {
    server.options.raceRunId = 99;
    const outcome = await publishToGitHub(failing, { connection: (await connect({ runId: 100 })).connection, comment: 'auto' });
    const comments = server.commentsOn(PR);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.id).toBe(outcome.commentId);
    expect(comments[0]!.body).toContain('<!-- gatewatch:run 100 ');
    expect(server.count('DELETE', /./)).toBe(1);
  });

  it('caps the body so GitHub never answers 422', async () => {
    const huge = runResult(Array.from({ length: 3000 }, (_, i) => finding({ ruleId: `nginx/r${i % 300}`, message: 'z'.repeat(5000), location: { path: `f${i}`, line: 1 } })));
    await publishToGitHub(huge, { connection: (await connect()).connection, comment: 'auto' });
    const post = server.requests.find((r) => r.method === 'POST')!;
    expect(post.status).toBe(201);
    expect(post.bodyLength).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(server.requests.some((r) => r.status === 422)).toBe(false);
  });
});

describe('failures become one notice, never an exception', () => {
  it('skips a fork PR with comment: auto without calling the API', async () => {
    const outcome = await publishToGitHub(failing, { connection: (await connect({ payload: forkPayload() })).connection, comment: 'auto' });
    expect(outcome.notices).toEqual([expect.stringContaining('Fork pull request')]);
    expect(server.requests).toEqual([]);
  });

  it('answers a read-only 403 once (no retry) and reports it in one notice', async () => {
    server.options.readOnly = true;
    const outcome = await publishToGitHub(failing, { connection: (await connect({ payload: forkPayload() })).connection, comment: 'always' });
    expect(outcome.notices).toEqual([expect.stringMatching(/HTTP 403: Resource not accessible by integration.*read-only token/)]);
    expect(server.count('POST', /./)).toBe(1);
    expect(outcome.commentId).toBeUndefined();
  });

  it('retries a 502 and waits out a secondary rate limit, then succeeds', async () => {
    // Both on the list call here (writes are spaced by plugin-throttling; the e2e test limits a POST).
    const list = `GET /repos/Codertocat/Hello-World/issues/${PR}/comments`;
    server.options.fail502Once = [list];
    server.options.secondaryLimitOnce = [list];
    const outcome = await publishToGitHub(failing, { connection: (await connect()).connection, comment: 'auto' });
    expect(outcome.notices).toEqual([]);
    expect(server.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 502', 'GET 403', 'GET 200', 'POST 201', 'GET 200']);
  });

  it('gives up at once on a rate limit that asks for a long wait, without blaming the token', async () => {
    server.options.secondaryLimitOnce = [`GET /repos/Codertocat/Hello-World/issues/${PR}/comments`];
    server.options.retryAfter = 120;
    const { connection, logs } = await connect();
    const outcome = await publishToGitHub(failing, { connection, comment: 'auto' });
    expect(server.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 403']);
    expect(outcome.notices).toEqual([expect.stringContaining('secondary rate limit')]);
    expect(outcome.notices[0]).not.toContain('read-only');
    expect(logs).toEqual([expect.stringContaining('giving up')]);
  });

  it('gives up on an API that keeps answering 502 after two retries', async () => {
    server.options.down = true;
    const outcome = await publishToGitHub(failing, { connection: (await connect()).connection, comment: 'auto' });
    expect(outcome.notices).toEqual([expect.stringContaining('could not be posted (HTTP 502')]);
    expect(server.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 502', 'GET 502', 'GET 502']);
  });

  it('reports an unreachable API in one notice', async () => {
    const { connection } = await connect();
    await server.stop();
    const outcome = await publishToGitHub(failing, { connection, comment: 'auto' });
    expect(outcome.notices).toEqual([expect.stringContaining('could not be posted')]);
    server = new FakeGitHub();
    await server.start();
  });

  it('has no comment for push and workflow_dispatch, and says so only with comment: always', async () => {
    const push = webhookExample('push');
    const quiet = await publishToGitHub(failing, { connection: (await connect({ payload: push, eventName: 'push' })).connection, comment: 'auto' });
    expect(quiet.notices).toEqual([]);
    const dispatch = webhookExample('workflow_dispatch');
    const loud = await publishToGitHub(failing, { connection: (await connect({ payload: dispatch, eventName: 'workflow_dispatch' })).connection, comment: 'always' });
    expect(loud.notices).toEqual(['No pull request in this workflow_dispatch event; the PR comment is skipped']);
    expect(server.requests).toEqual([]);
  });

  it('turns a broken event file into one notice and a missing token into a log line', async () => {
    const broken = await publishToGitHub(failing, { connection: (await connect({ payload: '{not json' })).connection, comment: 'auto' });
    expect(broken.notices).toEqual(['No pull request in this pull_request event: the event payload could not be read (invalid JSON); the PR comment is skipped']);
    const logged: string[] = [];
    const tokenless = await publishToGitHub(failing, { connection: (await connect({ token: '' })).connection, comment: 'auto', log: (m) => logged.push(m) });
    expect(tokenless.notices).toEqual([]);
    expect(logged).toEqual([expect.stringContaining('No github-token')]);
    expect(server.requests).toEqual([]);
  });
});

describe('changed files', () => {
  it('lists every page of the PR files, and restricts the comment to them with only-changed', async () => {
    server.files = Array.from({ length: 250 }, (_, i) => `src/file-${i}.conf`);
    server.files.push('nginx/app.conf');
    const { connection } = await connect();
    const changed = await changedFilesFor(connection);
    expect(changed.files?.size).toBe(251);
    expect(server.count('GET', /files$/)).toBe(3);
    const result = runResult([finding(), finding({ severity: 'warning', location: { path: 'untouched.conf', line: 1 }, message: 'elsewhere' })]);
    await publishToGitHub(result, { connection, comment: 'auto', changedFiles: changed.files!, onlyChanged: true });
    const body = server.commentsOn(PR)[0]!.body!;
    expect(body).toContain('nginx/app.conf');
    expect(body).not.toContain('untouched.conf');
  });

  it('falls back to all files with a notice when the list cannot be read', async () => {
    server.options.filesBroken = true;
    const changed = await changedFilesFor((await connect()).connection);
    expect(changed.files).toBeUndefined();
    expect(changed.notice).toMatch(/could not be listed \(500\).*all files/);
  });
});

describe('comment ownership', () => {
  it('updates only a comment its own token wrote with its key; a foreign bot\'s marker, even of a newer run, is ignored', async () => {
    const foreign = server.addComment(PR, `${STICKY_MARKER}\n<!-- gatewatch:run 999999 sha abcdef1 -->\nanother app's copy`, OTHER_BOT);
    const otherJob = server.addComment(PR, `<!-- gatewatch:sticky key=edge -->\n<!-- gatewatch:run 1 sha abcdef1 -->\nthe edge job`);
    const outcome = await publishToGitHub(failing, { connection: (await connect({ runId: 100 })).connection, comment: 'auto' });
    expect(outcome.notices).toEqual([]);
    expect(server.comments.get(foreign)!.body).toContain("another app's copy");
    expect(server.comments.get(otherJob)!.body).toContain('the edge job');
    const ours = server.commentsOn(PR).filter((comment) => comment.id !== foreign && comment.id !== otherJob);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.user!.login).toBe('github-actions[bot]');
    // The identity came from the API (GraphQL viewer), as GET /user answers 403 to a GITHUB_TOKEN.
    expect(server.count('POST', /^\/graphql$/)).toBe(1);

    const keyed = await publishToGitHub(failing, { connection: (await connect({ runId: 101 })).connection, comment: 'auto', key: 'edge' });
    expect(keyed.commentId).toBe(otherJob);
    expect(server.comments.get(otherJob)!.body!.startsWith('<!-- gatewatch:sticky key=edge -->\n<!-- gatewatch:run 101 ')).toBe(true);
    expect(server.comments.get(Number(ours[0]!.id))!.body).toContain('<!-- gatewatch:run 100 ');
  });
});
