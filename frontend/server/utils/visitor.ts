import type { H3Event } from 'h3';
import { signVisitorAddress } from 'cms';
import { pageLocaleOf, SITE_LOCALE_HEADER } from '#shared/utils/site-locale';

/**
 * The visitor's address as the site saw it: the socket's, or, behind a reverse proxy
 * (NUXT_BEHIND_PROXY), the last X-Forwarded-For entry, which that proxy appended itself (entries
 * before it are whatever the client sent).
 */
export function visitorAddress(event: H3Event, behindProxy: boolean): string | null {
  if (behindProxy) {
    const forwarded = getRequestHeader(event, 'x-forwarded-for');
    const last = forwarded?.split(',').at(-1)?.trim();
    if (last) return last;
  }
  return event.node.req.socket.remoteAddress ?? null;
}

/**
 * Headers of a call made on the visitor's behalf: their address signed for Strapi (when the site
 * has NUXT_PROXY_SECRET), their user agent (consent records) and the language of the page they are
 * on (the API's messages and mail), which the page tells in its own header (shared/utils/site-locale.ts).
 */
export async function visitorHeaders(event: H3Event): Promise<Record<string, string>> {
  const config = useRuntimeConfig(event);
  const address = visitorAddress(event, config.behindProxy === true);
  const headers: Record<string, string> = address ? await signVisitorAddress(config.proxySecret, address) : {};
  const agent = getRequestHeader(event, 'user-agent');
  if (agent) headers['user-agent'] = agent.slice(0, 300);
  headers['accept-language'] = pageLocaleOf(getRequestHeader(event, SITE_LOCALE_HEADER) ?? getQuery(event).locale);
  return headers;
}
