import { safeWebUrl } from 'cms';
import type { Ad } from '#shared/types/site';

/** The ad's link with its erid (the ad registry's token) as the law on advertising asks, or undefined. */
export function adLink(ad: Pick<Ad, 'url' | 'erid'>): string | undefined {
  const safe = safeWebUrl(ad.url);
  if (!safe) return undefined;
  try {
    const url = new URL(safe);
    if (ad.erid && !url.searchParams.has('erid')) url.searchParams.set('erid', ad.erid);
    return url.toString();
  } catch {
    return undefined;
  }
}

/** Ads in the organizer's order (by `order`, then as given); `random` shuffles with the given source of randomness. */
export function orderAds<T extends Pick<Ad, 'order'>>(ads: T[], order: 'fixed' | 'random' | null | undefined, random: () => number = Math.random): T[] {
  const sorted = [...ads].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  if (order !== 'random') return sorted;
  for (let i = sorted.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [sorted[i], sorted[j]] = [sorted[j]!, sorted[i]!];
  }
  return sorted;
}
