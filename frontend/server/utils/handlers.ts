import type { H3Event } from 'h3';
import type { SiteLocale } from '#shared/utils/events-query';

/** Who reads, in which language, at what time: what every page's API route needs to know. */
export function readContext(event: H3Event) {
  const as = readAsOf(event);
  const locale: SiteLocale = getQuery(event).locale === 'en' ? 'en' : 'ru';
  const now = requestNow(event);
  const testNow = useRuntimeConfig().allowTestClock && typeof getQuery(event).now === 'string' ? String(getQuery(event).now) : '';
  return { as, locale, now, testNow };
}

/** A route parameter that must match `pattern`; anything else names nothing here (404, not 400). */
export function routeParam(event: H3Event, name: string, pattern: RegExp): string {
  const value = getRouterParam(event, name, { decode: true });
  if (!value || !pattern.test(value)) throw createError({ statusCode: 404, statusMessage: 'Not Found' });
  return value;
}

export const SLUG = /^[A-Za-z0-9._~-]{1,250}$/;
export const DOCUMENT_ID = /^[a-z0-9]{10,64}$/;

/** The CMS answer, or the error page the site shows (404 for nothing, 503 for a CMS outage). */
export async function orNotFound<T>(what: string, load: () => Promise<T | null>): Promise<T> {
  let found: T | null;
  try {
    found = await load();
  } catch (error) {
    cmsFailure(error, what);
  }
  if (found === null || found === undefined) throw createError({ statusCode: 404, statusMessage: 'Not Found' });
  return found;
}
