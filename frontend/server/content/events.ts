/** Reads of events for the site's pages: the poster's lists, the event page and its program. */
import type { H3Event } from 'h3';
import { adSchema, eventDetailSchema, eventSummarySchema, newsSummarySchema, sessionSchema, trackSchema, type PageBlock, type QueryValue, type StrapiEventDetail, type StrapiSession } from 'cms';
import type { EventList, EventPageData, ProgramData, SpeakerSummary } from '#shared/types/site';
import type { EventFilters, EventListWhen, SiteLocale } from '#shared/utils/events-query';
import { textFilter } from '#shared/utils/text-search';
import type { ReadAs } from '../utils/strapi';
import {
  CONTENT_DEFAULT_LOCALE,
  eventListPopulate,
  eventRefFilter,
  imagePopulate,
  MOSCOW_OFFSET,
  overlayLocale,
  programSessionFields,
  programSessionPopulate,
  publicEventsOnly,
  readContentList,
  readLocalized,
  speakerPopulate,
  type ContentFilter,
  type EventRef,
} from './read';
import { compactProgramItem, eventCore, parseBlocks, partnerGroups, programItem, speakerSummary } from './shape';

export interface EventListQuery extends EventFilters {
  when: EventListWhen;
  page: number;
  pageSize: number;
  locale: SiteLocale;
  now: Date;
}

export function eventListFilter(query: EventFilters & { when: EventListWhen; now: Date }, as: ReadAs): ContentFilter {
  const now = query.now.toISOString();
  const parts: ContentFilter[] = [];
  if (query.when === 'upcoming') parts.push({ endsAt: { $gte: now } });
  if (query.when === 'past') parts.push({ endsAt: { $lt: now } });
  if (query.from) parts.push({ endsAt: { $gte: new Date(`${query.from}T00:00:00${MOSCOW_OFFSET}`).toISOString() } });
  if (query.to) parts.push({ startsAt: { $lte: new Date(`${query.to}T23:59:59${MOSCOW_OFFSET}`).toISOString() } });
  if (query.format) parts.push({ format: { $eq: query.format } });
  if (query.audience) parts.push({ audiences: { code: { $eq: query.audience } } });
  if (query.tag) parts.push({ tags: { slug: { $eq: query.tag } } });
  const text = query.q ? textFilter(query.q, ['title', 'summary', 'venue']) : undefined;
  if (text) parts.push(text as ContentFilter);
  if (as === 'public') parts.push(publicEventsOnly(as));
  return { $and: parts };
}

export async function listEvents(event: H3Event, as: ReadAs, query: EventListQuery): Promise<EventList> {
  const result = await readContentList(event, as, '/api/events', eventSummarySchema, {
    filters: eventListFilter(query, as),
    fields: ['title', 'slug', 'summary', 'startsAt', 'endsAt', 'timezone', 'format', 'venue', 'privacy', 'locale'],
    sort: [query.when === 'past' ? 'startsAt:desc' : 'startsAt:asc'],
    populate: eventListPopulate,
    pagination: { page: query.page, pageSize: query.pageSize },
    locale: CONTENT_DEFAULT_LOCALE,
  });
  const items = await overlayLocale(result.data, query.locale, async (ids) =>
    (
      await readContentList(event, as, '/api/events', eventSummarySchema, {
        filters: { documentId: { $in: ids }, ...publicEventsOnly(as) },
        fields: ['title', 'slug', 'summary', 'startsAt', 'endsAt', 'timezone', 'format', 'venue', 'privacy', 'locale'],
        populate: eventListPopulate,
        pagination: { page: 1, pageSize: ids.length },
        locale: query.locale,
      })
    ).data,
  );
  return { items, pagination: result.meta.pagination };
}

const eventDetailPopulate: Record<string, QueryValue> = {
  ...eventListPopulate,
  organization: { populate: { logo: imagePopulate } },
  branding: { populate: { logo: imagePopulate } },
  adSettings: true,
  seo: { populate: { shareImage: imagePopulate } },
  partners: { populate: { logo: imagePopulate, category: { fields: ['name', 'order', 'visible'] } } },
  blocks: {
    on: {
      'blocks.description': true,
      'blocks.documents': { populate: { files: true } },
      'blocks.program': true,
      'blocks.speakers': { populate: { speakers: speakerPopulate } },
      'blocks.gallery': { populate: { images: imagePopulate } },
      'blocks.video': { populate: { video: true } },
      'blocks.slider': { populate: { slides: { populate: { image: imagePopulate } } } },
      'blocks.partners': true,
      'blocks.news': true,
      'blocks.ads': true,
    },
  },
};

/** The event by slug as `as` may see it (by-link events too: the slug pins one), or null. */
export async function eventBySlug(event: H3Event, as: ReadAs, ref: EventRef, locale: SiteLocale, status?: 'draft'): Promise<StrapiEventDetail | null> {
  return readLocalized(locale, async (lang) => {
    const found = await readContentList(event, as, '/api/events', eventDetailSchema, {
      filters: eventRefFilter(ref),
      populate: eventDetailPopulate,
      pagination: { page: 1, pageSize: 1 },
      locale: lang,
      status,
    });
    return found.data[0] ?? null;
  });
}

/** The event's program as `as` may see it (sessions hidden from them are left out by Strapi). */
export async function eventSessions(event: H3Event, as: ReadAs, ref: EventRef, locale: SiteLocale, status?: 'draft'): Promise<StrapiSession[]> {
  const read = async (filters: ContentFilter, lang: string) =>
    (
      await readContentList(event, as, '/api/sessions', sessionSchema, {
        filters,
        fields: programSessionFields,
        populate: programSessionPopulate,
        sort: ['startsAt:asc', 'endsAt:asc'],
        pagination: { page: 1, pageSize: 300 },
        locale: lang,
        status,
      })
    ).data;
  const sessions = await read({ event: eventRefFilter(ref) }, CONTENT_DEFAULT_LOCALE);
  return overlayLocale(sessions, locale, (ids) => read({ documentId: { $in: ids }, event: eventRefFilter(ref) }, locale));
}

async function eventTracks(event: H3Event, as: ReadAs, ref: EventRef, locale: SiteLocale) {
  const read = async (lang: string) =>
    (
      await readContentList(event, as, '/api/tracks', trackSchema, {
        filters: { event: eventRefFilter(ref) },
        fields: ['name', 'color', 'order'],
        sort: ['order:asc', 'name:asc'],
        pagination: { page: 1, pageSize: 50 },
        locale: lang,
      })
    ).data;
  const tracks = await read(CONTENT_DEFAULT_LOCALE);
  return locale === CONTENT_DEFAULT_LOCALE ? tracks : overlayLocale(tracks, locale, async () => read(locale));
}

async function eventNews(event: H3Event, as: ReadAs, ref: EventRef, locale: SiteLocale, limit: number) {
  const read = async (filters: ContentFilter, lang: string) =>
    (
      await readContentList(event, as, '/api/news-items', newsSummarySchema, {
        filters,
        fields: ['title', 'slug', 'summary', 'date'],
        populate: { cover: imagePopulate },
        sort: ['date:desc'],
        pagination: { page: 1, pageSize: limit },
        locale: lang,
      })
    ).data;
  const news = await read({ event: eventRefFilter(ref) }, CONTENT_DEFAULT_LOCALE);
  return overlayLocale(news, locale, (ids) => read({ documentId: { $in: ids } }, locale));
}

export async function eventAds(event: H3Event, as: ReadAs, ref: EventRef) {
  return (
    await readContentList(event, as, '/api/ads', adSchema, {
      filters: { event: eventRefFilter(ref), visible: { $eq: true } },
      fields: ['title', 'url', 'order', 'visible', 'advertiserName', 'advertiserInn', 'erid'],
      populate: { image: imagePopulate },
      sort: ['order:asc', 'id:asc'],
      pagination: { page: 1, pageSize: 50 },
    })
  ).data;
}

/** Everything the event page shows, or null when there is no such event for `as`. */
export async function eventPage(event: H3Event, as: ReadAs, ref: EventRef, locale: SiteLocale, options: { preview?: boolean } = {}): Promise<EventPageData | null> {
  const status = options.preview ? 'draft' : undefined;
  const detail = await eventBySlug(event, as, ref, locale, status);
  if (!detail) return null;
  const blocks = parseBlocks(detail.blocks);
  const has = (component: PageBlock['__component']) => blocks.some((block) => block.__component === component);
  const newsLimit = Math.max(...blocks.map((block) => (block.__component === 'blocks.news' ? (block.limit ?? 3) : 0)), 0);
  const [sessions, tracks, news, ads] = await Promise.all([
    has('blocks.program') || has('blocks.speakers') ? eventSessions(event, as, ref, locale, status) : Promise.resolve([]),
    has('blocks.program') ? eventTracks(event, as, ref, locale) : Promise.resolve([]),
    newsLimit > 0 ? eventNews(event, as, ref, locale, newsLimit) : Promise.resolve([]),
    has('blocks.ads') ? eventAds(event, as, ref) : Promise.resolve([]),
  ]);
  const speakers = new Map<string, SpeakerSummary>();
  for (const session of sessions) for (const speaker of session.speakers ?? []) speakers.set(speaker.documentId, speakerSummary(speaker));
  return {
    event: eventCore(detail),
    blocks,
    tracks,
    sessions: sessions.map(compactProgramItem),
    speakers: [...speakers.values()].sort((a, b) => a.name.localeCompare(b.name, 'ru')),
    partners: has('blocks.partners') ? partnerGroups(detail.partners ?? []) : [],
    news,
    ads,
    preview: options.preview || undefined,
  };
}

export async function programPage(event: H3Event, as: ReadAs, slug: string, locale: SiteLocale): Promise<ProgramData | null> {
  const detail = await eventBySlug(event, as, { slug }, locale);
  if (!detail) return null;
  const [sessions, tracks] = await Promise.all([eventSessions(event, as, { slug }, locale), eventTracks(event, as, { slug }, locale)]);
  return { event: eventCore(detail), tracks, sessions: sessions.map((session) => programItem(session, true)) };
}
