import type { H3Event } from 'h3';

/**
 * The time a request is answered for. Tests may pin it with `?now=<ISO date>` when the site runs with
 * NUXT_ALLOW_TEST_CLOCK=1; in production the parameter is ignored.
 */
export function requestNow(event: H3Event): Date {
  const config = useRuntimeConfig();
  if (config.allowTestClock) {
    const raw = getQuery(event).now;
    const value = typeof raw === 'string' ? Date.parse(raw) : Number.NaN;
    if (!Number.isNaN(value)) return new Date(value);
  }
  return new Date();
}
