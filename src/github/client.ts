/**
 * The one place an Octokit is built (docs/design.md §8). Retry settings live under `retry` — octokit's
 * `request.retries` would also retry 403s — and plugin-retry never retries 400/401/403/404/410/422/451,
 * so a fork's "Resource not accessible by integration" is answered once. Rate limits are honoured
 * through plugin-throttling, but only one short wait: a report is not worth holding a CI job for.
 */
import type { getOctokit as GetOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof GetOctokit>;

/** Retries of a 5xx or network failure (plugin-retry waits 1 s, then 4 s). */
export const RETRIES = 2;
/** Longest `retry-after` (seconds) gatewatch waits out once; anything longer gives up with a notice. */
export const MAX_RATE_LIMIT_WAIT_S = 30;

export interface ClientOptions {
  /** GITHUB_API_URL; passed explicitly because @actions/github reads it only once, at import. */
  baseUrl: string;
  log: (message: string) => void;
  /** Milliseconds per retry-after second; tests shorten the waits, production keeps 1000. */
  retryAfterBaseValue?: number;
  /** plugin-throttling spaces writes per id (1 s, 3 s for notifying POSTs) across every client in the process. */
  throttleId?: string;
}

/**
 * Imported lazily: @actions/github parses GITHUB_EVENT_PATH when it is first imported and throws
 * on a broken payload, which must cost the comment, never the run.
 */
export async function createGitHubClient(token: string, options: ClientOptions): Promise<GitHubClient> {
  // webpackMode eager: ncc keeps the module in dist/index.js (no extra chunk file) yet evaluates it only here.
  const { getOctokit } = await import(/* webpackMode: "eager" */ '@actions/github');
  const waitOnce = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
    const retrying = retryCount < 1 && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
    options.log(`GitHub ${kind} rate limit on ${request.method} ${request.url}; ${retrying ? `retrying after ${retryAfter} s` : 'giving up'}`);
    return retrying;
  };
  const base = options.retryAfterBaseValue;
  return getOctokit(
    token,
    {
      baseUrl: options.baseUrl,
      retry: { retries: RETRIES, ...(base !== undefined ? { retryAfterBaseValue: base } : {}) },
      throttle: {
        id: options.throttleId ?? 'gatewatch',
        onRateLimit: waitOnce('primary'),
        onSecondaryRateLimit: waitOnce('secondary'),
        ...(base !== undefined ? { retryAfterBaseValue: base } : {}),
      },
      log: { debug: () => {}, info: () => {}, warn: options.log, error: options.log },
    },
    retry,
    throttling,
  );
}
