import { describe, expect, it } from 'vitest';
import { outcomeOfAttempt, retryDelayMs, type RetryPolicy } from '../domain/backoff';
import { readinessOf } from '../domain/readiness';

const policy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 5_000 };

describe('retry policy', () => {
  it('doubles the delay after each failed attempt, up to the cap', () => {
    expect([1, 2, 3, 4, 5].map((attempt) => retryDelayMs(policy, attempt))).toEqual([1_000, 2_000, 4_000, 5_000, 5_000]);
  });

  it('spreads retries by at most a fifth with jitter', () => {
    expect(retryDelayMs(policy, 1, 0.999)).toBeLessThanOrEqual(1_200);
    expect(retryDelayMs(policy, 1, 0.5)).toBe(1_100);
  });

  it('retries a failed attempt while attempts remain, then fails for good', () => {
    const now = 10_000;
    expect(outcomeOfAttempt(policy, 1, new Error('smtp down'), now)).toEqual({
      status: 'pending',
      runAt: 11_000,
      error: 'Error: smtp down',
    });
    expect(outcomeOfAttempt(policy, 4, new TypeError('bad payload'), now)).toEqual({
      status: 'failed',
      error: 'TypeError: bad payload',
    });
  });

  it('marks a successful attempt done', () => {
    expect(outcomeOfAttempt(policy, 3, undefined, 0)).toEqual({ status: 'done' });
  });
});

describe('readiness', () => {
  it('is unavailable when any check fails and names it', () => {
    const report = readinessOf({ database: { status: 'fail', error: 'gone' }, redis: { status: 'ok' } });
    expect(report.status).toBe('unavailable');
    expect(report.checks.database).toEqual({ status: 'fail', error: 'gone' });
  });

  it('is ok when every configured check passes (skipped ones do not count)', () => {
    expect(readinessOf({ database: { status: 'ok' }, redis: { status: 'skipped' } }).status).toBe('ok');
  });
});
