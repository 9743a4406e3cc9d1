/**
 * Live updates for attendee pages: the site's server route opens the CMS's live stream (server-sent
 * events of the platform kit's `live` service) with the signed-in visitor's JWT from their httpOnly
 * cookie, and passes the events through; the page reads its own site's route (EventSource or the
 * fetch client of cms/src/live.ts) and never holds a token. The upstream stream ends with the visitor's.
 *
 *   // frontend/server/api/events/[slug]/live.get.ts
 *   export default defineEventHandler((event) => proxyLiveStream(event, `/api/mymodule/live/${slug}`));
 */
import type { H3Event } from 'h3';

/** Streams `path` of the CMS (a content-api live route) to the visitor; 401 when they are not signed in. */
export async function proxyLiveStream(event: H3Event, path: string): Promise<void> {
  markPrivate(event);
  const jwt = viewerToken(event);
  if (!jwt) throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  const config = useRuntimeConfig(event);
  const upstream = new AbortController();
  // the visitor went away: the CMS's stream (and its subscriptions) ends too
  event.node.res.once('close', () => upstream.abort());
  const headers: Record<string, string> = { ...(await visitorHeaders(event)), accept: 'text/event-stream', authorization: `Bearer ${jwt}` };
  let response: Response;
  try {
    response = await fetch(`${config.strapiUrl.replace(/\/+$/, '')}${path}`, { headers, signal: upstream.signal });
  } catch (error) {
    if (upstream.signal.aborted) return;
    console.error(`[site] live stream ${path}: ${error instanceof Error ? error.message : String(error)}`);
    throw createError({ statusCode: 503, statusMessage: 'Service Unavailable' });
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    if (response.status === 401) clearViewerSession(event);
    const status = response.status >= 400 && response.status < 500 ? response.status : 503;
    throw createError({ statusCode: status, statusMessage: status === 503 ? 'Service Unavailable' : 'Live stream refused' });
  }
  setResponseHeaders(event, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    'x-accel-buffering': 'no',
  });
  return sendStream(event, response.body);
}
