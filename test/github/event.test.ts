import { readGitHubEvent } from '../../src/github/event.js';
import { webhookExample } from '../helpers/webhooks.js';

const opened = webhookExample('pull_request', (payload) => payload.action === 'opened');
const env = (name: string) => ({ GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: '/event.json', GITHUB_REPOSITORY: 'Codertocat/Hello-World', GITHUB_RUN_ID: '42' });
const reading = (payload: unknown) => () => (typeof payload === 'string' ? payload : JSON.stringify(payload));

describe('readGitHubEvent', () => {
  it('reads a same-repository pull request: number, head SHA, not a fork', () => {
    const event = readGitHubEvent(env('pull_request'), reading(opened));
    expect(event.pullRequest).toEqual({
      owner: 'Codertocat',
      repo: 'Hello-World',
      number: 2,
      headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      fork: false,
      changedFiles: 1,
      baseSha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
      headRepo: 'Codertocat/Hello-World',
      headRef: 'changes',
    });
    expect(event.runId).toBe(42);
  });

  it('treats a different or deleted head repository as a fork', () => {
    const fork = structuredClone(opened) as { pull_request: { head: { repo: unknown } } };
    (fork.pull_request.head.repo as { full_name: string }).full_name = 'someone/Hello-World';
    expect(readGitHubEvent(env('pull_request_target'), reading(fork)).pullRequest?.fork).toBe(true);
    fork.pull_request.head.repo = null;
    expect(readGitHubEvent(env('pull_request'), reading(fork)).pullRequest?.fork).toBe(true);
  });

  it('has no pull request for push, and says why when the payload is unreadable', () => {
    expect(readGitHubEvent(env('push'), reading(webhookExample('push'))).pullRequest).toBeUndefined();
    expect(readGitHubEvent(env('pull_request'), reading('[1,2]')).problem).toBe('the event payload is not a JSON object');
    const missing = readGitHubEvent(env('pull_request'), () => {
      throw Object.assign(new Error('nope'), { code: 'ENOENT' });
    });
    expect(missing).toMatchObject({ problem: 'the event payload could not be read (ENOENT)' });
    expect(missing.pullRequest).toBeUndefined();
  });

  it('reads the triggering run of a workflow_run event', () => {
    const payload = webhookExample('workflow_run');
    const event = readGitHubEvent(env('workflow_run'), reading(payload));
    expect(event.workflowRun?.headSha).toBe((payload.workflow_run as { head_sha: string }).head_sha);
    expect(event.pullRequest).toBeUndefined();
  });
});
