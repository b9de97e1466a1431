/**
 * Publishing to GitHub: the sticky PR comment and the PR's changed files. Nothing here can fail the
 * run — exit status reflects findings only (DESIGN §8) — so every API failure (a fork's read-only
 * 403, a network error, an exhausted retry) becomes one notice and the run goes on.
 */
import type { CommentMode } from '../config.js';
import { commentFindings, renderComment } from '../report/comment.js';
import type { RunResult } from '../result.js';
import { createGitHubClient, type GitHubClient } from './client.js';
import { listChangedFiles } from './changed-files.js';
import { readGitHubEvent, type GitHubEvent, type PullRequestRef } from './event.js';
import { upsertStickyComment } from './sticky-comment.js';

export interface GitHubConnection {
  event: GitHubEvent;
  /** Set when there is a token; API calls still only happen for pull requests. */
  client?: GitHubClient;
}

export interface ConnectOptions {
  log: (message: string) => void;
  retryAfterBaseValue?: number;
  throttleId?: string;
  readText?: (path: string) => string;
}

export async function connectGitHub(
  env: Record<string, string | undefined>,
  token: string,
  options: ConnectOptions,
): Promise<GitHubConnection> {
  const event = readGitHubEvent(env, options.readText);
  // No PR to comment on or list files of: skip loading Octokit at all (it costs start-up time).
  if (!token || (!event.pullRequest && !event.workflowRun)) return { event };
  try {
    const client = await createGitHubClient(token, {
      baseUrl: event.apiUrl,
      log: options.log,
      ...(options.retryAfterBaseValue !== undefined ? { retryAfterBaseValue: options.retryAfterBaseValue } : {}),
      ...(options.throttleId !== undefined ? { throttleId: options.throttleId } : {}),
    });
    return { event, client };
  } catch (error) {
    options.log(`GitHub client not available: ${(error as Error).message}`);
    return { event };
  }
}

function describeFailure(error: unknown): string {
  const status = (error as { status?: number }).status;
  const message = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : String(error);
  return status ? `HTTP ${status}: ${message}` : message;
}

/** Changed files of the PR, or undefined (= all files) with the reason as a notice. */
export async function changedFilesFor(
  connection: GitHubConnection,
): Promise<{ files?: Set<string>; notice?: string }> {
  const pr = connection.event.pullRequest;
  if (!pr) return { notice: 'only-changed applies to pull requests; this run reports all files' };
  if (!connection.client) return { notice: 'only-changed needs a github-token to list the PR files; this run reports all files' };
  const listed = await listChangedFiles(connection.client, {
    owner: pr.owner,
    repo: pr.repo,
    pullNumber: pr.number,
    ...(pr.changedFiles !== undefined ? { expected: pr.changedFiles } : {}),
  });
  return listed.files ? { files: listed.files } : { notice: `only-changed: ${listed.reason}; this run reports all files` };
}

export interface PublishContext {
  connection: GitHubConnection;
  comment: CommentMode;
  /** `comment-key`: this job's comment ('' = the default one). */
  key?: string;
  /** The PR's files: their sections come first in the comment. */
  changedFiles?: ReadonlySet<string>;
  /** only-changed: the comment covers the changed files (location-less findings and gate-failing ones always stay). */
  onlyChanged?: boolean;
  /** Step log for what is expected and needs no notice (no token on a local run). */
  log?: (message: string) => void;
}

export interface PublishOutcome {
  commentId?: number;
  notices: string[];
}

async function postComment(client: GitHubClient, pr: PullRequestRef, result: RunResult, context: PublishContext): Promise<PublishOutcome> {
  const { event } = context.connection;
  const files = context.changedFiles;
  const body = renderComment(result, {
    owner: pr.owner,
    repo: pr.repo,
    sha: pr.headSha,
    runId: event.runId,
    serverUrl: event.serverUrl,
    ...(context.key ? { key: context.key } : {}),
    ...(files ? { changedFiles: files } : {}),
    onlyChanged: context.onlyChanged === true,
  });
  const deciding = new Set(result.verdict.decidedBy);
  const inScope = (finding: (typeof result.findings)[number]): boolean =>
    !context.onlyChanged || !files || !finding.location || files.has(finding.location.path) || deciding.has(finding);
  const createIfMissing = context.comment === 'always' || commentFindings(result.findings.filter(inScope)).length > 0;
  try {
    const target = { owner: pr.owner, repo: pr.repo, issueNumber: pr.number, runId: event.runId, key: context.key ?? '' };
    const outcome = await upsertStickyComment(client, target, body, createIfMissing);
    if (outcome.action === 'none') return { notices: [] };
    if (outcome.action === 'skipped-newer') {
      return { commentId: outcome.commentId, notices: ['The PR comment was left as is: a newer gatewatch run already updated it'] };
    }
    return { commentId: outcome.commentId, notices: [] };
  } catch (error) {
    const status = (error as { status?: number }).status;
    // A 403 is either a read-only token or a rate limit GitHub asked us to wait out for too long.
    const readOnly = status === 403 && !/rate limit/i.test(describeFailure(error));
    const hint = readOnly ? ' — the token cannot write to this PR (fork PRs get a read-only token; see the workflow_run recipe in the README)' : '';
    return { notices: [`The PR comment could not be posted (${describeFailure(error)})${hint}; the result of this run is unaffected`] };
  }
}

/** Posts or updates the sticky comment as `comment` says; returns the comment id and notices to show. */
export async function publishToGitHub(result: RunResult, context: PublishContext): Promise<PublishOutcome> {
  const { event, client } = context.connection;
  if (context.comment === 'off') return { notices: [] };
  const pr = event.pullRequest;
  if (!pr) {
    // push, merge_group, workflow_dispatch …: no PR to comment on; annotations and the summary still report.
    const why = event.problem ? `: ${event.problem}` : '';
    return { notices: context.comment === 'always' || event.problem ? [`No pull request in this ${event.name || 'unknown'} event${why}; the PR comment is skipped`] : [] };
  }
  if (!client) {
    // An empty token is a deliberate choice (or a local run), not a problem worth an annotation.
    context.log?.('No github-token: the PR comment is skipped (annotations and the job summary still report)');
    return { notices: [] };
  }
  if (pr.fork && context.comment === 'auto') {
    return { notices: ['Fork pull request: the token is read-only, so the PR comment is skipped (see the workflow_run recipe in the README to comment on forks)'] };
  }
  return postComment(client, pr, result, context);
}
