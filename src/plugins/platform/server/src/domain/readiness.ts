/** Readiness of the instance from the results of its dependency checks. Pure. */
import { createHash, timingSafeEqual } from 'node:crypto';

export type CheckResult = { status: 'ok' } | { status: 'fail'; error: string } | { status: 'skipped' };

export interface ReadinessReport {
  status: 'ok' | 'unavailable';
  checks: Record<string, CheckResult>;
}

export function readinessOf(checks: Record<string, CheckResult>): ReadinessReport {
  const failed = Object.values(checks).some((check) => check.status === 'fail');
  return { status: failed ? 'unavailable' : 'ok', checks };
}

/** Resolves with the promise's value, or rejects after `ms` with a timeout error. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    if (timer) clearTimeout(timer);
  }
}

/** The header an operator's monitoring sends READINESS_TOKEN in. */
export const READINESS_TOKEN_HEADER = 'x-readiness-token';

/**
 * Whether `presented` is the operators' readiness token. No token configured: nobody is an operator
 * (the checks' error texts name hosts, users and databases). Compared in constant time.
 */
export function isReadinessOperator(presented: unknown, token: string): boolean {
  if (token === '' || typeof presented !== 'string' || presented === '') return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(presented), digest(token));
}

/** What the caller is told: operators get the checks, anyone else only whether the instance is ready. */
export function readinessAnswer(report: ReadinessReport, operator: boolean): ReadinessReport | Pick<ReadinessReport, 'status'> {
  return operator ? report : { status: report.status };
}
