/** Readiness of the instance from the results of its dependency checks. Pure. */
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
