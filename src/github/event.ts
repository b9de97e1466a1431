/**
 * What the run needs from the GitHub event, read defensively: `@actions/github` parses
 * GITHUB_EVENT_PATH at import time and throws on a broken file, so the action reads the payload
 * itself and treats anything unreadable as "not a pull request" instead of a crash.
 */
import { readFileSync } from 'node:fs';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface PullRequestRef extends RepoRef {
  number: number;
  /** Head commit of the PR (not GITHUB_SHA, which is the merge commit on `pull_request`). */
  headSha: string;
  /** Base commit (`pull_request.base.sha`): its gatewatch.yml holds the trusted policy (src/policy/), and `gate-on: new` compares against it. */
  baseSha?: string;
  /** Head and base repositories differ (or the head repo was deleted): the token is read-only. */
  fork: boolean;
  /** `changed_files` from the payload, to tell whether the files list came back complete. */
  changedFiles?: number;
  /** `head.repo.full_name` and `head.ref`: publish-report checks both, not only the head commit. */
  headRepo?: string;
  headRef?: string;
}

export interface GitHubEvent {
  name: string;
  repo?: RepoRef;
  runId: number;
  sha: string;
  serverUrl: string;
  apiUrl: string;
  pullRequest?: PullRequestRef;
  /** On `workflow_run`: the triggering run's head commit, repository and branch, and the same-repo PRs GitHub lists (none for forks). */
  workflowRun?: { headSha: string; headRepo?: string; headBranch?: string; pullRequests: number[] };
  /** Why the payload could not be used, for one notice. */
  problem?: string;
}

/** Events whose payload carries `pull_request` with head and base (DESIGN §8). */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);

/** True for events that run on a pull request's code, where gatewatch.yml is the PR's own (src/policy/). */
export function isPullRequestEvent(name: string): boolean {
  return PULL_REQUEST_EVENTS.has(name);
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

function fullName(repo: unknown): string | undefined {
  return isObject(repo) ? text(repo.full_name) : undefined;
}

function pullRequestOf(payload: Json, repo: RepoRef | undefined): PullRequestRef | undefined {
  const pr = payload.pull_request;
  if (!repo || !isObject(pr) || typeof pr.number !== 'number' || !isObject(pr.head) || !isObject(pr.base)) return undefined;
  const headSha = text(pr.head.sha);
  if (!headSha) return undefined;
  const head = fullName(pr.head.repo);
  const base = fullName(pr.base.repo);
  return {
    ...repo,
    number: pr.number,
    headSha,
    ...(text(pr.base.sha) ? { baseSha: text(pr.base.sha)! } : {}),
    // A deleted fork has `head.repo: null`; it is still not this repository.
    fork: head === undefined || base === undefined || head.toLowerCase() !== base.toLowerCase(),
    ...(typeof pr.changed_files === 'number' ? { changedFiles: pr.changed_files } : {}),
    ...(head ? { headRepo: head } : {}),
    ...(text(pr.head.ref) ? { headRef: text(pr.head.ref)! } : {}),
  };
}

function repoOf(env: Record<string, string | undefined>, payload: Json): RepoRef | undefined {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (owner && repo) return { owner, repo };
  const fromPayload = isObject(payload.repository) ? payload.repository : undefined;
  const login = fromPayload && isObject(fromPayload.owner) ? text(fromPayload.owner.login) : undefined;
  const name = fromPayload ? text(fromPayload.name) : undefined;
  return login && name ? { owner: login, repo: name } : undefined;
}

function workflowRunOf(payload: Json): GitHubEvent['workflowRun'] {
  const run = payload.workflow_run;
  if (!isObject(run)) return undefined;
  const headSha = text(run.head_sha);
  if (!headSha) return undefined;
  const pullRequests = (Array.isArray(run.pull_requests) ? run.pull_requests : [])
    .map((pr: unknown) => (isObject(pr) && typeof pr.number === 'number' ? pr.number : undefined))
    .filter((value): value is number => value !== undefined);
  const headRepo = fullName(run.head_repository);
  const headBranch = text(run.head_branch);
  return { headSha, ...(headRepo ? { headRepo } : {}), ...(headBranch ? { headBranch } : {}), pullRequests };
}

export function readGitHubEvent(
  env: Record<string, string | undefined>,
  readText: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): GitHubEvent {
  const name = env.GITHUB_EVENT_NAME ?? '';
  let payload: Json = {};
  let problem: string | undefined;
  const eventPath = env.GITHUB_EVENT_PATH;
  if (eventPath) {
    try {
      const parsed: unknown = JSON.parse(readText(eventPath));
      if (isObject(parsed)) payload = parsed;
      else problem = 'the event payload is not a JSON object';
    } catch (error) {
      problem = `the event payload could not be read (${error instanceof SyntaxError ? 'invalid JSON' : ((error as NodeJS.ErrnoException).code ?? 'error')})`;
    }
  }
  const repo = repoOf(env, payload);
  const workflowRun = name === 'workflow_run' ? workflowRunOf(payload) : undefined;
  const pullRequest = PULL_REQUEST_EVENTS.has(name) ? pullRequestOf(payload, repo) : undefined;
  return {
    name,
    ...(repo ? { repo } : {}),
    runId: Number(env.GITHUB_RUN_ID) || 0,
    sha: env.GITHUB_SHA ?? '',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    ...(pullRequest ? { pullRequest } : {}),
    ...(workflowRun ? { workflowRun } : {}),
    ...(problem ? { problem } : {}),
  };
}
