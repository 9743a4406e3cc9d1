import type { H3Event } from 'h3';
import { SwrCache } from './swr-cache';

/**
 * The two caches of public content: CMS answers (shared by every page that needs them) and
 * rendered pages. Both are stale-while-revalidate and both are emptied when the CMS says something
 * was published (POST /api/_cache/revalidate). Per process: each replica is told on its own.
 */
let dataCache: SwrCache<unknown> | undefined;

export function publicDataCache(event?: H3Event): SwrCache<unknown> {
  if (!dataCache) {
    const config = useRuntimeConfig(event);
    dataCache = new SwrCache<unknown>({
      maxAgeMs: Number(config.cacheMaxAge) * 1000,
      staleMs: Number(config.cacheStale) * 1000,
      maxEntries: 2_000,
      shared: true,
      onError: (key, error) => console.error(`[site] background refresh of ${key} failed: ${error instanceof Error ? error.message : String(error)}`),
    });
  }
  return dataCache;
}

/**
 * A public read through the data cache; a signed-in visitor's read (`as === 'viewer'`) is never
 * cached or shared: it may hold what only they may see.
 */
export function cachedRead<T>(event: H3Event, key: string, as: 'public' | 'viewer', load: () => Promise<T>): Promise<T> {
  if (as === 'viewer') {
    markPrivate(event);
    return load();
  }
  return publicDataCache(event).get(key, load) as Promise<T>;
}
