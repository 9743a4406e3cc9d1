import { createHash, randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { H3Event } from 'h3';
import { SwrCache } from './swr-cache';

/** A rendered public page as it is served again. */
export interface CachedPage {
  body: Buffer;
  contentType: string;
  etag: string;
  gzip?: Buffer;
}

let cache: SwrCache<CachedPage> | undefined;

/** Rendered pages for anonymous visitors, stale-while-revalidate (NUXT_PAGE_CACHE_MAX_AGE / _STALE seconds). */
export function pageCache(event?: H3Event): SwrCache<CachedPage> {
  if (!cache) {
    const config = useRuntimeConfig(event);
    cache = new SwrCache<CachedPage>({
      maxAgeMs: Number(config.pageCacheMaxAge) * 1000,
      staleMs: Number(config.pageCacheStale) * 1000,
      maxEntries: 1_000,
    });
  }
  return cache;
}

/** Marks the page cache's own background re-renders (a per-process secret, so visitors cannot force renders). */
export const PAGE_REFRESH_HEADER = 'x-mmso-page-refresh';
export const PAGE_REFRESH_TOKEN = randomBytes(16).toString('hex');

const UNCACHED_PREFIXES = ['/api/', '/_', '/preview', '/signin', '/en/signin', '/favorites', '/en/favorites', '/calendar/', '/sitemap', '/robots'];
const IGNORED_PARAMS = /^(utm_\w+|fbclid|gclid|yclid|_openstat)$/;

/**
 * The cache key of a request for a public page, or null when the page must be rendered for this
 * request alone: not a GET, a signed-in visitor (their pages may hold what only they may see), or
 * a path that is not a public page. Tracking parameters are ignored; the rest is sorted.
 */
export function pageCacheKey(method: string | undefined, url: string, cookie: string | undefined, sessionCookie: string): string | null {
  if (method !== 'GET' && method !== 'HEAD') return null;
  if (cookie && cookie.includes(`${sessionCookie}=`)) return null;
  const question = url.indexOf('?');
  const path = question === -1 ? url : url.slice(0, question);
  if (UNCACHED_PREFIXES.some((prefix) => path.startsWith(prefix)) || path.includes('.')) return null;
  if (question === -1) return path;
  const params = new URLSearchParams(url.slice(question + 1));
  const kept = [...params.entries()].filter(([name]) => !IGNORED_PARAMS.test(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return kept.length ? `${path}?${new URLSearchParams(kept).toString()}` : path;
}

export function cachedPageOf(html: string, contentType: string): CachedPage {
  const body = Buffer.from(html);
  return { body, contentType, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}

export function gzipOf(page: CachedPage): Buffer {
  page.gzip ??= gzipSync(page.body, { level: 6 });
  return page.gzip;
}
