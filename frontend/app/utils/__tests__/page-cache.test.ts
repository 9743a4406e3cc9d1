import { describe, expect, it, vi } from 'vitest';

vi.stubGlobal('useRuntimeConfig', () => ({}));
const { pageCacheKey } = await import('../../../server/utils/page-cache');

describe('pageCacheKey', () => {
  it('keys public pages by path and sorted query, ignoring tracking parameters', () => {
    expect(pageCacheKey('GET', '/', undefined, 'mmso_session')).toBe('/');
    expect(pageCacheKey('GET', '/?tag=ai&format=online&utm_source=x', 'theme=dark', 'mmso_session')).toBe('/?format=online&tag=ai');
    expect(pageCacheKey('HEAD', '/en/events/x', undefined, 'mmso_session')).toBe('/en/events/x');
  });

  it('never caches signed-in visitors, other methods, the API, previews or files', () => {
    expect(pageCacheKey('GET', '/', 'a=1; mmso_session=abc.def.ghi', 'mmso_session')).toBeNull();
    expect(pageCacheKey('POST', '/', undefined, 'mmso_session')).toBeNull();
    for (const path of ['/api/events', '/_nuxt/app.js', '/preview/events/x', '/signin', '/favorites', '/en/favorites', '/calendar/feed/t.ics', '/sitemap.xml', '/favicon.svg']) {
      expect(pageCacheKey('GET', path, undefined, 'mmso_session')).toBeNull();
    }
  });
});
