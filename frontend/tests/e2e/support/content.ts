/** The demo seed's content as the public API serves it (the tests never hard-code dates: the seed places events around today). */
import { strapiUrl } from './browser';

export interface SeededEvent {
  title: string;
  slug: string;
  startsAt: string;
  endsAt: string;
  timezone: string;
  venue: string | null;
}

function isSeededEvent(value: unknown): value is SeededEvent {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return ['title', 'slug', 'startsAt', 'endsAt', 'timezone'].every((key) => typeof record[key] === 'string');
}

export async function fetchEvent(slug: string): Promise<SeededEvent> {
  const url = `${strapiUrl()}/api/events?filters[slug][$eq]=${encodeURIComponent(slug)}`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const body = (await response.json()) as { data?: unknown[] };
  const event = body.data?.[0];
  if (!isSeededEvent(event)) throw new Error(`the seed has no published event "${slug}"`);
  return event;
}

/** Day and month of an instant on the Moscow calendar, as Russian readers see it ("12 марта"). */
export function moscowDayMonth(iso: string, locale = 'ru-RU'): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Moscow', day: 'numeric', month: 'long' }).format(new Date(iso));
}

/** Seeded titles, by the section of the home page they belong in. */
export const SEED = {
  organization: 'Московский институт цифрового образования',
  ongoing: ['Хакатон «Цифровой кампус»', 'Онлайн-интенсив «Python для абитуриентов»'],
  upcoming: [
    'День открытых дверей',
    'Методический семинар «Цифровые инструменты преподавателя»',
    'Конференция «Искусственный интеллект в образовании»',
  ],
  past: ['Открытая лекция «Кибербезопасность для каждого»', 'Карьерный форум «Старт в ИТ»'],
  draft: 'Школа юного программиста',
  openDay: { slug: 'den-otkrytyh-dverej', title: 'День открытых дверей', start: '11:00', end: '16:00' },
} as const;
