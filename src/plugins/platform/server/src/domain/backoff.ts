/** Retry policy of a job: how many attempts and how long to wait between them. Pure. */
import { redact } from '../../../../../../cms/src/redact';

export interface RetryPolicy {
  maxAttempts: number;
  /** First delay in milliseconds; doubles with each attempt. */
  baseDelayMs: number;
  /** Upper bound of a single delay. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 1_000, maxDelayMs: 10 * 60_000 };

/**
 * Delay before the attempt after `attemptsMade` failed ones: exponential, capped.
 * `jitter` in [0, 1) spreads retries of many jobs that failed together (pass 0 in tests).
 */
export function retryDelayMs(policy: RetryPolicy, attemptsMade: number, jitter = 0): number {
  if (attemptsMade < 1) return 0;
  const exponential = policy.baseDelayMs * 2 ** (attemptsMade - 1);
  const capped = Math.min(exponential, policy.maxDelayMs);
  return Math.round(capped * (1 + 0.2 * jitter));
}

export type JobOutcome =
  | { status: 'done' }
  | { status: 'pending'; runAt: number; error: string }
  | { status: 'failed'; error: string };

/** What happens to a job after an attempt: done, retried later, or failed for good. */
export function outcomeOfAttempt(
  policy: RetryPolicy,
  attemptsMade: number,
  error: unknown,
  now: number,
  jitter = 0,
): JobOutcome {
  if (error === undefined) return { status: 'done' };
  const message = describeError(error);
  if (attemptsMade >= policy.maxAttempts) return { status: 'failed', error: message };
  return { status: 'pending', runAt: now + retryDelayMs(policy, attemptsMade, jitter), error: message };
}

/** An error as stored with a job and logged: addresses masked (mail errors quote the recipient). */
export function describeError(error: unknown): string {
  if (error instanceof Error) return redact(`${error.name}: ${error.message}`).slice(0, 4_000);
  return redact(String(error)).slice(0, 4_000);
}
