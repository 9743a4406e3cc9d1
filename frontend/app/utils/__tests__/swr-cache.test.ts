import { describe, expect, it } from 'vitest';
import { SwrCache } from '../../../server/utils/swr-cache';

function clock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('SwrCache', () => {
  it('serves fresh entries, serves stale ones while one background load refreshes them, and drops expired ones', async () => {
    const time = clock();
    const cache = new SwrCache<number>({ maxAgeMs: 1000, staleMs: 5000, maxEntries: 10, now: time.now });
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get('a', load)).toBe(1);
    expect(await cache.get('a', load)).toBe(1);
    time.advance(1500);
    expect(await cache.get('a', load)).toBe(1); // stale, refresh started
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await cache.get('a', load)).toBe(2);
    time.advance(10_000);
    expect(cache.peek('a')).toBeUndefined();
    expect(await cache.get('a', load)).toBe(3);
  });

  it('shares one load between concurrent misses and never caches failures', async () => {
    const cache = new SwrCache<string>({ maxAgeMs: 1000, staleMs: 0, maxEntries: 10 });
    let loads = 0;
    const slow = () => new Promise<string>((resolve) => setTimeout(() => resolve(`v${++loads}`), 5));
    expect(await Promise.all([cache.get('k', slow), cache.get('k', slow)])).toEqual(['v1', 'v1']);
    await expect(cache.get('bad', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('bad', async () => 'ok')).toBe('ok');
  });

  it('forgets everything on clear, and a load started before the clear does not store its old result', async () => {
    const cache = new SwrCache<string>({ maxAgeMs: 10_000, staleMs: 0, maxEntries: 10 });
    let release: (value: string) => void = () => undefined;
    const pending = cache.get('page', () => new Promise<string>((resolve) => (release = resolve)));
    cache.clear();
    release('before publish');
    expect(await pending).toBe('before publish');
    expect(cache.peek('page')).toBeUndefined();
    expect(await cache.get('page', async () => 'after publish')).toBe('after publish');
  });

  it('evicts the least recently used entry when full', async () => {
    const cache = new SwrCache<number>({ maxAgeMs: 10_000, staleMs: 0, maxEntries: 2 });
    await cache.get('a', async () => 1);
    await cache.get('b', async () => 2);
    await cache.get('a', async () => 0);
    await cache.get('c', async () => 3);
    expect(cache.peek('b')).toBeUndefined();
    expect(cache.peek('a')?.value).toBe(1);
  });
});
