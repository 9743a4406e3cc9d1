import { describe, expect, it } from 'vitest';
import { dayKey, groupByDay, initialDay, isCurrent } from '../../../shared/utils/program';
import { searchVariants, textFilter } from '../../../shared/utils/text-search';
import { filtersFromQuery } from '../../../shared/utils/events-query';
import { adLink, orderAds } from '../ads';
import { imageSource } from '../images';

const items = [
  { id: 'late', startsAt: '2026-12-01T20:30:00Z', endsAt: '2026-12-01T21:30:00Z' },
  { id: 'first', startsAt: '2026-12-01T07:00:00Z', endsAt: '2026-12-01T08:00:00Z' },
];

describe('program days', () => {
  it('groups by the calendar day in the event\'s time zone', () => {
    // 20:30 UTC is already the next day in Moscow
    expect(dayKey('2026-12-01T20:30:00Z', 'Europe/Moscow')).toBe('2026-12-01');
    expect(dayKey('2026-12-01T21:30:00Z', 'Europe/Moscow')).toBe('2026-12-02');
    const days = groupByDay(items, 'Europe/Moscow');
    expect(days.map((day) => [day.key, day.items.map((item) => item.id)])).toEqual([['2026-12-01', ['first', 'late']]]);
    expect(groupByDay(items, 'Asia/Vladivostok').map((day) => day.key)).toEqual(['2026-12-01', '2026-12-02']);
  });

  it('finds the current item and opens today\'s day during the event', () => {
    expect(isCurrent(items[1]!, Date.parse('2026-12-01T07:30:00Z'))).toBe(true);
    expect(isCurrent(items[1]!, Date.parse('2026-12-01T08:00:00Z'))).toBe(false);
    const days = groupByDay(items, 'Asia/Vladivostok');
    expect(initialDay(days, Date.parse('2026-12-01T22:00:00Z'), 'Asia/Vladivostok')).toBe('2026-12-02');
    expect(initialDay(days, Date.parse('2026-11-01T00:00:00Z'), 'Asia/Vladivostok')).toBe('2026-12-01');
  });
});

describe('search', () => {
  it('searches the phrase in the spellings SQLite cannot fold itself', () => {
    expect(searchVariants('  хакатон  ')).toEqual(['хакатон', 'Хакатон', 'ХАКАТОН']);
    expect(searchVariants('')).toEqual([]);
    expect(textFilter('ИИ', ['title'])).toEqual({ $or: [{ title: { $containsi: 'ИИ' } }, { title: { $containsi: 'ии' } }, { title: { $containsi: 'Ии' } }] });
  });

  it('reads filters from the URL and drops malformed ones', () => {
    expect(filtersFromQuery({ q: ' ai ', format: 'online', from: '2026-12-01', to: 'tomorrow', tag: ['ai', 'x'], audience: '' })).toEqual({
      q: 'ai',
      format: 'online',
      from: '2026-12-01',
      tag: 'ai',
    });
    expect(filtersFromQuery({ format: 'teleport' })).toEqual({});
  });
});

describe('ads', () => {
  it('adds the erid to the advertiser\'s link and refuses non-web links', () => {
    expect(adLink({ url: 'https://a.test/p?x=1', erid: 'E1' })).toBe('https://a.test/p?x=1&erid=E1');
    expect(adLink({ url: 'javascript:alert(1)', erid: 'E1' })).toBeUndefined();
    expect(adLink({ url: null, erid: 'E1' })).toBeUndefined();
  });

  it('keeps the organizer\'s order or shuffles it', () => {
    const ads = [{ order: 3, id: 'c' }, { order: 1, id: 'a' }, { order: 2, id: 'b' }];
    expect(orderAds(ads, 'fixed').map((ad) => ad.id)).toEqual(['a', 'b', 'c']);
    expect(orderAds(ads, 'random', () => 0).map((ad) => ad.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('imageSource', () => {
  it('offers every generated size in srcset, the largest as src', () => {
    const source = imageSource(
      { url: '/uploads/a.png', width: 1200, height: 630, formats: { thumbnail: { url: '/uploads/t.png', width: 245 }, small: { url: '/uploads/s.png', width: 500 }, large: { url: '/uploads/l.png', width: 1000 } } },
      (url) => `https://cms.test${url}`,
    );
    expect(source?.srcset).toBe('https://cms.test/uploads/s.png 500w, https://cms.test/uploads/l.png 1000w, https://cms.test/uploads/a.png 1200w');
    expect(source?.src).toBe('https://cms.test/uploads/a.png');
    expect(imageSource(null, (url) => url)).toBeUndefined();
  });
});
