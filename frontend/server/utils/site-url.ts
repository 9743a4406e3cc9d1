import type { H3Event } from 'h3';

/** The site's public origin (NUXT_PUBLIC_SITE_URL, or the request's own). */
export function siteOrigin(event: H3Event): string {
  const configured = useRuntimeConfig().public.siteUrl;
  return (configured || getRequestURL(event, { xForwardedHost: true, xForwardedProto: true }).origin).replace(/\/+$/, '');
}

/** Strips a `.ics` suffix from a route parameter and checks what is left. */
export function icsParam(event: H3Event, name: string, pattern: RegExp): string {
  const raw = getRouterParam(event, name, { decode: true }) ?? '';
  const value = raw.endsWith('.ics') ? raw.slice(0, -4) : raw;
  if (!pattern.test(value)) throw createError({ statusCode: 404, statusMessage: 'Not Found' });
  return value;
}

export function sendIcs(event: H3Event, body: string, fileName: string, privateFeed: boolean): string {
  setResponseHeaders(event, {
    'content-type': 'text/calendar; charset=utf-8',
    'content-disposition': `attachment; filename="${fileName}"`,
    'cache-control': privateFeed ? 'private, no-store' : 'public, max-age=0, must-revalidate',
  });
  return body;
}

export function placeOf(parts: Array<string | null | undefined>): string | null {
  const text = parts.filter((part): part is string => Boolean(part && part.trim())).join(', ');
  return text || null;
}
