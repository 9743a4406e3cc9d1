/**
 * Serves rendered public pages from memory before anything else runs (no router, no Vue render):
 * a fresh copy as is, a stale one at once while one background render replaces it. Pages of
 * signed-in visitors are never stored. POST /api/_cache/revalidate empties the cache.
 */
import type { ServerResponse } from 'node:http';
import type { H3Event } from 'h3';

const HTML = 'text/html;charset=utf-8';

/** At most `limit` tasks at once; the others wait in arrival order. */
function renderQueue(limit: number) {
  let active = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  };
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active < limit) active += 1;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}

export default defineNitroPlugin((nitroApp) => {
  const config = useRuntimeConfig();
  // NUXT_PAGE_CACHE=false: every page is rendered (the render queue and the rest stay)
  const cacheEnabled = String(config.pageCache) !== 'false';
  const cache = pageCache();
  const refreshing = new Set<string>();

  const refresh = (key: string, url: string, host: string | undefined) => {
    if (refreshing.has(key)) return;
    refreshing.add(key);
    Promise.resolve(nitroApp.localFetch(url, { headers: { [PAGE_REFRESH_HEADER]: PAGE_REFRESH_TOKEN, ...(host ? { host } : {}) } }))
      .then((response) => response.text())
      .catch((error: unknown) => console.error(`[site] background render of ${url} failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => refreshing.delete(key));
  };

  const send = (res: ServerResponse, status: number, headers: Record<string, string | number>, body?: Buffer) => {
    res.writeHead(status, headers);
    res.end(body);
  };

  /** Answers from the cache when it can (true); otherwise notes the key for the render (false). */
  const serveCached = (event: H3Event): boolean => {
    if (!cacheEnabled) return false;
    const req = event.node.req;
    const path = pageCacheKey(req.method, req.url ?? '/', req.headers.cookie, SESSION_COOKIE);
    if (!path) return false;
    // pages carry absolute links built from the request's host (unless NUXT_PUBLIC_SITE_URL is set):
    // one host's page is never served for another
    const key = `${req.headers.host ?? ''}${path}`;
    event.context.pageCache = { key, generation: cache.currentGeneration() };
    if (req.headers[PAGE_REFRESH_HEADER] === PAGE_REFRESH_TOKEN) return false;
    const found = cache.peek(key);
    if (!found) return false;
    if (found.state === 'stale') refresh(key, req.url ?? '/', req.headers.host);
    const page = found.value;
    const headers: Record<string, string | number> = {
      'content-type': page.contentType,
      'cache-control': 'public, max-age=0, must-revalidate',
      etag: page.etag,
      vary: 'accept-encoding',
      'x-page-cache': found.state === 'hit' ? 'HIT' : 'STALE',
    };
    if (req.headers['if-none-match'] === page.etag) {
      send(event.node.res, 304, headers);
      return true;
    }
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = gzip ? gzipOf(page) : page.body;
    if (gzip) headers['content-encoding'] = 'gzip';
    headers['content-length'] = body.length;
    send(event.node.res, 200, headers, req.method === 'HEAD' ? undefined : body);
    return true;
  };

  // in front of the whole app (before Nitro's request hooks, route rules and the router): a hit costs
  // a cache lookup and one write
  const app = nitroApp.h3App;
  const handler = app.handler;
  const renders = renderQueue(Number(config.renderConcurrency) || 4);
  app.handler = (event) => {
    if (serveCached(event)) return Promise.resolve();
    // page renders wait their turn (first come, first served): under load the tail latency stays
    // bounded instead of fifty renders interleaving; the site's own API calls made while rendering,
    // assets and the API are never queued
    const req = event.node.req as typeof event.node.req & { __unenv__?: unknown };
    const isPage = !req.__unenv__ && (req.method === 'GET' || req.method === 'HEAD') && !/^\/(api|_nuxt|_i18n|__nuxt|_)\b/.test(req.url ?? '') && !(req.url ?? '').includes('.');
    return isPage ? renders.run(() => handler(event)) : handler(event);
  };

  // The site's own JSON routes need no translation context: the i18n module's `request` hook (locale
  // detection and a per-request copy of the runtime config, a fifth of a poster render's CPU time, as
  // each page calls several of these routes while it renders) is skipped for /api/. Wrapped on the
  // first request, when every plugin has registered its hooks; without hookable's registry, no-op.
  let wrapped = false;
  nitroApp.hooks.hook('request', () => {
    if (wrapped) return;
    wrapped = true;
    const registry = (nitroApp.hooks as unknown as { _hooks?: Record<string, Array<(event: H3Event) => unknown>> })._hooks;
    if (!registry?.request) return;
    registry.request = registry.request.map((hook) => (event: H3Event) => (event.path.startsWith('/api/') ? undefined : hook(event)));
  });


  nitroApp.hooks.hook('render:response', (response, { event }) => {
    const state = event.context.pageCache as { key: string; generation: number } | undefined;
    if (!state) {
      // a page rendered for one signed-in visitor: shared caches must not keep it
      response.headers = { ...response.headers, 'cache-control': 'private, no-store' };
      return;
    }
    const cacheable =
      response.statusCode === 200 &&
      typeof response.body === 'string' &&
      !event.context.viewerSignedOut &&
      !event.node.res.getHeader('set-cookie') &&
      !/no-store/.test(String(event.node.res.getHeader('cache-control') ?? ''));
    if (!cacheable) return;
    const page = cachedPageOf(response.body as string, HTML);
    cache.set(state.key, page, state.generation);
    response.headers = { ...response.headers, 'cache-control': 'public, max-age=0, must-revalidate', etag: page.etag, 'x-page-cache': 'MISS' };
  });
});
