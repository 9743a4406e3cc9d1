/** Pages across events: a speaker, a news item, a tag and the knowledge base of past events. */
import type { H3Event } from 'h3';
import { newsItemSchema, newsSummarySchema, sessionSchema, speakerSchema, tagSchema } from 'cms';
import type { ArchiveData, KnowledgeItem, SpeakerPageData, TagPageData } from '#shared/types/site';
import type { SiteLocale } from '#shared/utils/events-query';
import { textFilter } from '#shared/utils/text-search';
import type { ReadAs } from '../utils/strapi';
import { listEvents } from './events';
import {
  CONTENT_DEFAULT_LOCALE,
  imagePopulate,
  programSessionFields,
  programSessionPopulate,
  publicEventsOnly,
  readContentList,
  readLocalized,
  speakerPopulate,
  type ContentFilter,
} from './read';
import { programItem, speakerSummary } from './shape';

export async function speakerPage(event: H3Event, as: ReadAs, slug: string, locale: SiteLocale): Promise<SpeakerPageData | null> {
  const speaker = await readLocalized(locale, async (lang) => {
    const found = await readContentList(event, as, '/api/speakers', speakerSchema, {
      filters: { slug: { $eq: slug } },
      populate: { photo: imagePopulate },
      pagination: { page: 1, pageSize: 1 },
      locale: lang,
    });
    return found.data[0] ?? null;
  });
  if (!speaker) return null;
  const sessionFilters: ContentFilter = { speakers: { slug: { $eq: slug } }, ...(as === 'public' ? { event: { privacy: { $eq: 'public' } } } : {}) };
  const sessions = await readContentList(event, as, '/api/sessions', sessionSchema, {
    filters: sessionFilters,
    fields: programSessionFields,
    populate: { ...programSessionPopulate, event: { fields: ['title', 'slug', 'timezone'] } },
    sort: ['startsAt:desc'],
    pagination: { page: 1, pageSize: 100 },
    locale: CONTENT_DEFAULT_LOCALE,
  });
  return {
    speaker,
    sessions: sessions.data
      .filter((session) => session.event)
      .map((session) => ({
        ...programItem(session, false),
        event: { slug: session.event!.slug, title: session.event!.title, timezone: session.event!.timezone ?? 'Europe/Moscow' },
      })),
  };
}

export async function newsPage(event: H3Event, as: ReadAs, slug: string, locale: SiteLocale) {
  return readLocalized(locale, async (lang) => {
    const found = await readContentList(event, as, '/api/news-items', newsItemSchema, {
      filters: { slug: { $eq: slug } },
      populate: { cover: imagePopulate, tags: { fields: ['name', 'slug'] }, event: { fields: ['title', 'slug'] } },
      pagination: { page: 1, pageSize: 1 },
      locale: lang,
    });
    return found.data[0] ?? null;
  });
}

export async function tagPage(event: H3Event, as: ReadAs, slug: string, locale: SiteLocale, now: Date): Promise<TagPageData | null> {
  const tag = (
    await readContentList(event, as, '/api/tags', tagSchema, { filters: { slug: { $eq: slug } }, fields: ['name', 'slug'], pagination: { page: 1, pageSize: 1 } })
  ).data[0];
  if (!tag) return null;
  const base = { tag: slug, page: 1, pageSize: 24, locale, now };
  const [upcoming, past, news] = await Promise.all([
    listEvents(event, as, { ...base, when: 'upcoming' }),
    listEvents(event, as, { ...base, when: 'past' }),
    readContentList(event, as, '/api/news-items', newsSummarySchema, {
      filters: { tags: { slug: { $eq: slug } } },
      fields: ['title', 'slug', 'summary', 'date'],
      populate: { cover: imagePopulate },
      sort: ['date:desc'],
      pagination: { page: 1, pageSize: 12 },
      locale: CONTENT_DEFAULT_LOCALE,
    }),
  ]);
  return { tag, upcoming: upcoming.items, past: past.items, news: news.data };
}

export interface ArchiveQuery {
  q?: string;
  tag?: string;
  page: number;
  locale: SiteLocale;
  now: Date;
}

/** The knowledge base: past events, and recordings and materials of past sessions, searchable by text and tag. */
export async function archive(event: H3Event, as: ReadAs, query: ArchiveQuery): Promise<ArchiveData> {
  const now = query.now.toISOString();
  const parts: ContentFilter[] = [
    { event: { endsAt: { $lt: now }, ...publicEventsOnly(as) } },
    { endsAt: { $lt: now } },
    { $or: [{ recordingAvailability: { $in: ['everyone', 'registered'] } }, { materials: { id: { $notNull: true } } }] },
  ];
  if (query.tag) parts.push({ $or: [{ tags: { slug: { $eq: query.tag } } }, { event: { tags: { slug: { $eq: query.tag } } } }] });
  const text = query.q ? textFilter(query.q, ['title', 'description']) : undefined;
  if (text) parts.push(text as ContentFilter);
  const [events, sessions] = await Promise.all([
    listEvents(event, as, { when: 'past', q: query.q, tag: query.tag, page: query.page, pageSize: 12, locale: query.locale, now: query.now }),
    readContentList(event, as, '/api/sessions', sessionSchema, {
      filters: { $and: parts },
      fields: ['title', 'description', 'startsAt', 'endsAt', 'recordingAvailability'],
      populate: { speakers: speakerPopulate, materials: { fields: ['url'] }, event: { fields: ['title', 'slug', 'timezone'] } },
      sort: ['startsAt:desc'],
      pagination: { page: query.page, pageSize: 20 },
      locale: CONTENT_DEFAULT_LOCALE,
    }),
  ]);
  const items: KnowledgeItem[] = sessions.data
    .filter((session) => session.event)
    .map((session) => ({
      documentId: session.documentId,
      title: session.title,
      description: session.description,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      recording: session.recordingAvailability && session.recordingAvailability !== 'never' ? session.recordingAvailability : null,
      materials: session.materials?.length ?? 0,
      speakers: (session.speakers ?? []).map(speakerSummary),
      event: { slug: session.event!.slug, title: session.event!.title, timezone: session.event!.timezone ?? 'Europe/Moscow' },
    }));
  return { events, knowledge: { items, pagination: sessions.meta.pagination } };
}
