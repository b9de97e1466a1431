/** Retries with exponential backoff, bounded in count (spec `retries`) and in time (the probe budget). */
import type { AttemptResult } from './attempt.js';

export interface RetryPolicy {
  retries: number;
  timeoutMs: number;
  /** Absolute `now()` instant after which no attempt starts and none runs past. */
  deadline: number;
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** 100 ms, 200 ms, 400 ms … capped at 2 s; no jitter so runs stay reproducible. */
export function backoffMs(retry: number): number {
  return Math.min(100 * 2 ** (retry - 1), 2000);
}

/** setTimeout's ceiling (about 24.8 days); a larger delay would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** A blocked target is refused by policy; trying again cannot change the answer. */
const FINAL_CLASSES = new Set(['blocked_target']);

export async function withRetries(
  attempt: (timeoutMs: number) => Promise<AttemptResult>,
  policy: RetryPolicy,
): Promise<{ result: AttemptResult; attempts: number }> {
  const maxAttempts = policy.retries + 1;
  const timeout = (): number => Math.max(1, Math.min(policy.timeoutMs, policy.deadline - policy.now(), MAX_TIMER_MS));
  let result = await attempt(timeout());
  let attempts = 1;
  while (!result.ok && attempts < maxAttempts && !FINAL_CLASSES.has(result.class ?? '')) {
    const wait = backoffMs(attempts);
    // Leave at least a short attempt's worth of budget after sleeping, or stop here.
    if (policy.deadline - policy.now() < wait + 50) break;
    await policy.sleep(wait);
    result = await attempt(timeout());
    attempts += 1;
  }
  return { result, attempts };
}
