/**
 * Reads of the event space from Strapi, shaped for the pages. Every read names who it is made as
 * (`public` or the signed-in `viewer`): privacy is Strapi's (event-builder's public read rules), and
 * public reads additionally ask for public events only, so nothing hidden can enter a shared cache.
 * English pages read the English version of each document and fall back to Russian where there is none.
 */
import type { H3Event } from 'h3';
import { z } from 'zod';
import {
  adSchema,
  audienceSchema,
  eventDetailSchema,
  eventSummarySchema,
  listOf,
  newsItemSchema,
  newsSummarySchema,
  organizationSchema,
  pageBlockSchema,
  sessionSchema,
  speakerSchema,
  tagSchema,
  trackSchema,
  type PageBlock,
  type Partner,
  type QueryValue,
  type Speaker,
  type StrapiEventDetail,
  type StrapiSession,
} from 'cms';
import type {
  ArchiveData,
  Dictionaries,
  EventCore,
  EventList,
  EventPageData,
  KnowledgeItem,
  PartnerGroup,
  ProgramData,
  ProgramItem,
  SessionPageData,
  SpeakerPageData,
  SpeakerSummary,
  TagPageData,
} from '#shared/types/site';
import type { EventFilters, EventListWhen, SiteLocale } from '#shared/utils/events-query';
import { textFilter } from '#shared/utils/text-search';
import { recordingState, safeEmbedUrl, streamPhase } from '#shared/utils/media-rules';
import type { ReadAs } from './strapi';

type Filter = Record<string, QueryValue>;

/** An event named by its slug (public pages) or its document id (previews). */
export type EventRef = { slug: string } | { documentId: string };
const refFilter = (ref: EventRef): Filter => ('slug' in ref ? { slug: { $eq: ref.slug } } : { documentId: { $eq: ref.documentId } });
const DEFAULT_LOCALE = 'ru';
const MOSCOW_OFFSET = '+03:00';

const image: Record<string, QueryValue> = { fields: ['url', 'alternativeText', 'width', 'height', 'formats'] };
const listPopulate: Record<string, QueryValue> = { cover: image, tags: { fields: ['name', 'slug'] }, audiences: { fields: ['name', 'code'] } };
const speakerPopulate: Record<string, QueryValue> = { fields: ['name', 'slug', 'position', 'affiliation', 'links'], populate: { photo: image } };

/** Public reads ask Strapi for public events only (by-link events are reached one at a time, by slug). */
const publicOnly = (as: ReadAs): Filter => (as === 'public' ? { privacy: { $eq: 'public' } } : {});

/** Replaces each item by its version in `locale` where one exists (documents missing in English stay Russian). */
async function overlayLocale<T extends { documentId: string }>(
  items: T[],
  locale: SiteLocale,
  fetchLocalized: (documentIds: string[]) => Promise<T[]>,
): Promise<T[]> {
  if (locale === DEFAULT_LOCALE || items.length === 0) return items;
  const localized = new Map((await fetchLocalized(items.map((item) => item.documentId))).map((item) => [item.documentId, item]));
  return items.map((item) => localized.get(item.documentId) ?? item);
}

function list<T extends z.ZodType>(event: H3Event, as: ReadAs, path: string, schema: T, params: Record<string, QueryValue>) {
  return strapiRequest(event, { path, params, as }, listOf(schema));
}

// ---------------------------------------------------------------------------------------------
// Events

export interface EventListQuery extends EventFilters {
  when: EventListWhen;
  page: number;
  pageSize: number;
  locale: SiteLocale;
  now: Date;
}

export function eventListFilter(query: EventFilters & { when: EventListWhen; now: Date }, as: ReadAs): Filter {
  const now = query.now.toISOString();
  const parts: Filter[] = [];
  if (query.when === 'upcoming') parts.push({ endsAt: { $gte: now } });
  if (query.when === 'past') parts.push({ endsAt: { $lt: now } });
  if (query.from) parts.push({ endsAt: { $gte: new Date(`${query.from}T00:00:00${MOSCOW_OFFSET}`).toISOString() } });
  if (query.to) parts.push({ startsAt: { $lte: new Date(`${query.to}T23:59:59${MOSCOW_OFFSET}`).toISOString() } });
  if (query.format) parts.push({ format: { $eq: query.format } });
  if (query.audience) parts.push({ audiences: { code: { $eq: query.audience } } });
  if (query.tag) parts.push({ tags: { slug: { $eq: query.tag } } });
  const text = query.q ? textFilter(query.q, ['title', 'summary', 'venue']) : undefined;
  if (text) parts.push(text as Filter);
  if (as === 'public') parts.push(publicOnly(as));
  return { $and: parts };
}

export async function listEvents(event: H3Event, as: ReadAs, query: EventListQuery): Promise<EventList> {
  const result = await list(event, as, '/api/events', eventSummarySchema, {
    filters: eventListFilter(query, as),
    fields: ['title', 'slug', 'summary', 'startsAt', 'endsAt', 'timezone', 'format', 'venue', 'privacy', 'locale'],
    sort: [query.when === 'past' ? 'startsAt:desc' : 'startsAt:asc'],
    populate: listPopulate,
    pagination: { page: query.page, pageSize: query.pageSize },
    locale: DEFAULT_LOCALE,
  });
  const items = await overlayLocale(result.data, query.locale, async (ids) =>
    (
      await list(event, as, '/api/events', eventSummarySchema, {
        filters: { documentId: { $in: ids }, ...publicOnly(as) },
        fields: ['title', 'slug', 'summary', 'startsAt', 'endsAt', 'timezone', 'format', 'venue', 'privacy', 'locale'],
        populate: listPopulate,
        pagination: { page: 1, pageSize: ids.length },
        locale: query.locale,
      })
    ).data,
  );
  return { items, pagination: result.meta.pagination };
}

const eventDetailPopulate: Record<string, QueryValue> = {
  ...listPopulate,
  organization: { populate: { logo: image } },
  branding: { populate: { logo: image } },
  adSettings: true,
  seo: { populate: { shareImage: image } },
  partners: { populate: { logo: image, category: { fields: ['name', 'order', 'visible'] } } },
  blocks: {
    on: {
      'blocks.description': true,
      'blocks.documents': { populate: { files: true } },
      'blocks.program': true,
      'blocks.speakers': { populate: { speakers: speakerPopulate } },
      'blocks.gallery': { populate: { images: image } },
      'blocks.video': { populate: { video: true } },
      'blocks.slider': { populate: { slides: { populate: { image } } } },
      'blocks.partners': true,
      'blocks.news': true,
      'blocks.ads': true,
    },
  },
};

/** The event by slug as `as` may see it (by-link events too: the slug pins one), or null. */
async function eventBySlug(event: H3Event, as: ReadAs, ref: EventRef, locale: SiteLocale, status?: 'draft'): Promise<StrapiEventDetail | null> {
  const read = async (lang: string) =>
    (
      await list(event, as, '/api/events', eventDetailSchema, {
        filters: refFilter(ref),
        populate: eventDetailPopulate,
        pagination: { page: 1, pageSize: 1 },
        locale: lang,
        status,
      })
    ).data[0] ?? null;
  return (locale !== DEFAULT_LOCALE ? await read(locale) : null) ?? (await read(DEFAULT_LOCALE));
}

function parseBlocks(raw: unknown[] | null | undefined): PageBlock[] {
  const blocks: PageBlock[] = [];
  for (const item of raw ?? []) {
    const parsed = pageBlockSchema.safeParse(item);
    if (parsed.success) blocks.push(parsed.data);
  }
  return blocks;
}

function partnerGroups(partners: Partner[]): PartnerGroup[] {
  const groups = new Map<string, PartnerGroup & { order: number }>();
  const sorted = partners.filter((p) => p.visible !== false && p.category?.visible !== false).sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || a.name.localeCompare(b.name));
  for (const partner of sorted) {
    const category = partner.category ?? { documentId: 'other', name: '', order: 1_000 };
    const group = groups.get(category.documentId) ?? { documentId: category.documentId, name: category.name, order: category.order ?? 0, partners: [] };
    group.partners.push(partner);
    groups.set(category.documentId, group);
  }
  return [...groups.values()].sort((a, b) => a.order - b.order).map(({ order: _order, ...group }) => group);
}

/** A speaker as program cards name them (without their links). */
const speakerProfile = (speaker: Speaker): SpeakerSummary => ({
  documentId: speaker.documentId,
  name: speaker.name,
  slug: speaker.slug,
  position: speaker.position,
  affiliation: speaker.affiliation,
  photo: speaker.photo,
});

/** A speaker as speaker cards show them. */
const speakerSummary = (speaker: Speaker): SpeakerSummary => ({ ...speakerProfile(speaker), links: speaker.links });

function programItem(session: StrapiSession, withDescription: boolean): ProgramItem {
  return {
    documentId: session.documentId,
    title: session.title,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    room: session.room,
    track: session.track ?? null,
    speakers: (session.speakers ?? []).map(speakerProfile),
    tags: session.tags ?? [],
    description: withDescription ? session.description : undefined,
    hasStream: Boolean(session.stream?.provider),
    // announced by the organizer; the link itself reaches only those allowed, on the session page
    hasRecording: (session.recordingAvailability ?? 'never') !== 'never',
  };
}

/**
 * A program item of the event page's program section: only what its cards show (the speakers' names
 * and links, no tags), since the whole event page travels in its payload and a large event has many.
 */
function compactProgramItem(session: StrapiSession): ProgramItem {
  const item = programItem(session, false);
  return { ...item, speakers: item.speakers.map(({ documentId, name, slug }) => ({ documentId, name, slug })), tags: [] };
}

const programSessionFields = ['title', 'description', 'startsAt', 'endsAt', 'room', 'recordingAvailability', 'locale'];
const programSessionPopulate: Record<string, QueryValue> = {
  track: { fields: ['name', 'color', 'order'] },
  speakers: speakerPopulate,
  tags: { fields: ['name', 'slug'] },
  stream: { fields: ['provider'] },
};

/** The event's program as `as` may see it (sessions hidden from them are left out by Strapi). */
async function eventSessions(event: H3Event, as: ReadAs, ref: EventRef, locale: SiteLocale, status?: 'draft'): Promise<StrapiSession[]> {
  const read = async (filters: Filter, lang: string) =>
    (
      await list(event, as, '/api/sessions', sessionSchema, {
        filters,
        fields: programSessionFields,
        populate: programSessionPopulate,
        sort: ['startsAt:asc', 'endsAt:asc'],
        pagination: { page: 1, pageSize: 300 },
        locale: lang,
        status,
      })
    ).data;
  const sessions = await read({ event: refFilter(ref) }, DEFAULT_LOCALE);
  return overlayLocale(sessions, locale, (ids) => read({ documentId: { $in: ids }, event: refFilter(ref) }, locale));
}

async function eventTracks(event: H3Event, as: ReadAs, ref: EventRef, locale: SiteLocale) {
  const read = async (lang: string) =>
    (
      await list(event, as, '/api/tracks', trackSchema, {
        filters: { event: refFilter(ref) },
        fields: ['name', 'color', 'order'],
        sort: ['order:asc', 'name:asc'],
        pagination: { page: 1, pageSize: 50 },
        locale: lang,
      })
    ).data;
  const tracks = await read(DEFAULT_LOCALE);
  return locale === DEFAULT_LOCALE ? tracks : overlayLocale(tracks, locale, async () => read(locale));
}

async function eventNews(event: H3Event, as: ReadAs, ref: EventRef, locale: SiteLocale, limit: number) {
  const read = async (filters: Filter, lang: string) =>
    (
      await list(event, as, '/api/news-items', newsSummarySchema, {
        filters,
        fields: ['title', 'slug', 'summary', 'date'],
        populate: { cover: image },
        sort: ['date:desc'],
        pagination: { page: 1, pageSize: limit },
        locale: lang,
      })
    ).data;
  const news = await read({ event: refFilter(ref) }, DEFAULT_LOCALE);
  return overlayLocale(news, locale, (ids) => read({ documentId: { $in: ids } }, locale));
}

export async function eventAds(event: H3Event, as: ReadAs, ref: EventRef) {
  return (
    await list(event, as, '/api/ads', adSchema, {
      filters: { event: refFilter(ref), visible: { $eq: true } },
      fields: ['title', 'url', 'order', 'visible', 'advertiserName', 'advertiserInn', 'erid'],
      populate: { image },
      sort: ['order:asc', 'id:asc'],
      pagination: { page: 1, pageSize: 50 },
    })
  ).data;
}

function eventCore(detail: StrapiEventDetail): EventCore {
  const { blocks: _blocks, partners: _partners, ...core } = detail;
  return core;
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

// ---------------------------------------------------------------------------------------------
// Sessions

export async function sessionPage(
  event: H3Event,
  as: ReadAs,
  slug: string,
  documentId: string,
  locale: SiteLocale,
  now: Date,
): Promise<SessionPageData | null> {
  const read = async (lang: string) =>
    (
      await list(event, as, '/api/sessions', sessionSchema, {
        filters: { documentId: { $eq: documentId }, event: { slug: { $eq: slug } } },
        populate: {
          track: { fields: ['name', 'color', 'order'] },
          speakers: speakerPopulate,
          tags: { fields: ['name', 'slug'] },
          stream: { fields: ['provider', 'embedUrl'] },
          materials: true,
          ads: true,
        },
        pagination: { page: 1, pageSize: 1 },
        locale: lang,
      })
    ).data[0] ?? null;
  const [session, detail] = await Promise.all([
    (locale !== DEFAULT_LOCALE ? read(locale) : Promise.resolve(null)).then((found) => found ?? read(DEFAULT_LOCALE)),
    eventBySlug(event, as, { slug }, locale),
  ]);
  if (!session || !detail) return null;
  const showAds = session.ads?.show === true;
  const needsRegistration = as === 'viewer' && session.recordingAvailability === 'registered';
  const [ads, registered] = await Promise.all([
    showAds ? eventAds(event, as, { slug }) : Promise.resolve([]),
    needsRegistration ? isRegisteredFor(event, detail.documentId) : Promise.resolve(false),
  ]);
  const provider = session.stream?.provider ?? null;
  const recordingEmbed = recordingEmbedUrl(session.recordingUrl);
  return {
    event: eventCore(detail),
    session: {
      documentId: session.documentId,
      title: session.title,
      description: session.description,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      room: session.room,
      chatEnabled: session.chatEnabled === true,
      track: session.track ?? null,
      speakers: (session.speakers ?? []).map(speakerSummary),
      tags: session.tags ?? [],
      materials: session.materials ?? [],
      stream: provider ? { provider, embedUrl: provider === 'hls' ? null : safeEmbedUrl(provider, session.stream?.embedUrl) } : null,
      phase: streamPhase(session, now.getTime()),
      recording: recordingState(session, now.getTime(), { signedIn: as === 'viewer', registered }, recordingEmbed),
      ads: { show: showAds, autoRefreshSeconds: Math.max(0, session.ads?.autoRefreshSeconds ?? 0) },
    },
    ads,
  };
}

const myRegistrationsSchema = z.object({
  registrations: z.array(z.object({ status: z.string(), event: z.object({ documentId: z.string() }).nullable() })),
});

/** Whether the signed-in visitor holds a registration (not waitlisted, not cancelled) for the event. */
async function isRegisteredFor(event: H3Event, eventDocumentId: string): Promise<boolean> {
  try {
    const me = await strapiRequest(event, { path: '/api/registration/me', as: 'viewer' }, myRegistrationsSchema);
    return me.registrations.some((registration) => registration.status === 'registered' && registration.event?.documentId === eventDocumentId);
  } catch {
    return false;
  }
}

/** Recordings on YouTube, Rutube or VK Video play in their player; anything else is a link. */
function recordingEmbedUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    const host = parsed.hostname.replace(/^(www|m)\./, '');
    if (host === 'youtu.be') return safeEmbedUrl('youtube', `https://www.youtube-nocookie.com/embed/${parsed.pathname.slice(1)}`);
    if (host === 'youtube.com' && parsed.searchParams.get('v')) {
      return safeEmbedUrl('youtube', `https://www.youtube-nocookie.com/embed/${parsed.searchParams.get('v')}`);
    }
    const rutube = /^\/video\/([0-9a-f]{32})/i.exec(parsed.pathname);
    if (host === 'rutube.ru' && rutube) return safeEmbedUrl('rutube', `https://rutube.ru/play/embed/${rutube[1]}`);
  } catch {
    return null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Speakers, news, tags, dictionaries, organization

export async function speakerPage(event: H3Event, as: ReadAs, slug: string, locale: SiteLocale): Promise<SpeakerPageData | null> {
  const read = async (lang: string) =>
    (
      await list(event, as, '/api/speakers', speakerSchema, {
        filters: { slug: { $eq: slug } },
        populate: { photo: image },
        pagination: { page: 1, pageSize: 1 },
        locale: lang,
      })
    ).data[0] ?? null;
  const speaker = (locale !== DEFAULT_LOCALE ? await read(locale) : null) ?? (await read(DEFAULT_LOCALE));
  if (!speaker) return null;
  const sessionFilters: Filter = { speakers: { slug: { $eq: slug } }, ...(as === 'public' ? { event: { privacy: { $eq: 'public' } } } : {}) };
  const sessions = await list(event, as, '/api/sessions', sessionSchema, {
    filters: sessionFilters,
    fields: programSessionFields,
    populate: { ...programSessionPopulate, event: { fields: ['title', 'slug', 'timezone'] } },
    sort: ['startsAt:desc'],
    pagination: { page: 1, pageSize: 100 },
    locale: DEFAULT_LOCALE,
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
  const read = async (lang: string) =>
    (
      await list(event, as, '/api/news-items', newsItemSchema, {
        filters: { slug: { $eq: slug } },
        populate: { cover: image, tags: { fields: ['name', 'slug'] }, event: { fields: ['title', 'slug'] } },
        pagination: { page: 1, pageSize: 1 },
        locale: lang,
      })
    ).data[0] ?? null;
  return (locale !== DEFAULT_LOCALE ? await read(locale) : null) ?? (await read(DEFAULT_LOCALE));
}

export async function tagPage(event: H3Event, as: ReadAs, slug: string, locale: SiteLocale, now: Date): Promise<TagPageData | null> {
  const tag = (
    await list(event, as, '/api/tags', tagSchema, { filters: { slug: { $eq: slug } }, fields: ['name', 'slug'], pagination: { page: 1, pageSize: 1 } })
  ).data[0];
  if (!tag) return null;
  const base = { tag: slug, page: 1, pageSize: 24, locale, now };
  const [upcoming, past, news] = await Promise.all([
    listEvents(event, as, { ...base, when: 'upcoming' }),
    listEvents(event, as, { ...base, when: 'past' }),
    list(event, as, '/api/news-items', newsSummarySchema, {
      filters: { tags: { slug: { $eq: slug } } },
      fields: ['title', 'slug', 'summary', 'date'],
      populate: { cover: image },
      sort: ['date:desc'],
      pagination: { page: 1, pageSize: 12 },
      locale: DEFAULT_LOCALE,
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
  const parts: Filter[] = [
    { event: { endsAt: { $lt: now }, ...publicOnly(as) } },
    { endsAt: { $lt: now } },
    { $or: [{ recordingAvailability: { $in: ['everyone', 'registered'] } }, { materials: { id: { $notNull: true } } }] },
  ];
  if (query.tag) parts.push({ $or: [{ tags: { slug: { $eq: query.tag } } }, { event: { tags: { slug: { $eq: query.tag } } } }] });
  const text = query.q ? textFilter(query.q, ['title', 'description']) : undefined;
  if (text) parts.push(text as Filter);
  const [events, sessions] = await Promise.all([
    listEvents(event, as, { when: 'past', q: query.q, tag: query.tag, page: query.page, pageSize: 12, locale: query.locale, now: query.now }),
    list(event, as, '/api/sessions', sessionSchema, {
      filters: { $and: parts },
      fields: ['title', 'description', 'startsAt', 'endsAt', 'recordingAvailability'],
      populate: { speakers: speakerPopulate, materials: { fields: ['url'] }, event: { fields: ['title', 'slug', 'timezone'] } },
      sort: ['startsAt:desc'],
      pagination: { page: query.page, pageSize: 20 },
      locale: DEFAULT_LOCALE,
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

export async function dictionaries(event: H3Event): Promise<Dictionaries> {
  const [tags, audiences] = await Promise.all([
    list(event, 'public', '/api/tags', tagSchema, { fields: ['name', 'slug'], sort: ['name:asc'], pagination: { page: 1, pageSize: 200 } }),
    list(event, 'public', '/api/audiences', audienceSchema, { fields: ['name', 'code'], sort: ['order:asc', 'name:asc'], pagination: { page: 1, pageSize: 50 } }),
  ]);
  return { tags: tags.data, audiences: audiences.data };
}

export async function organization(event: H3Event) {
  return (
    (
      await list(event, 'public', '/api/organizations', organizationSchema, {
        populate: { logo: image },
        sort: ['id:asc'],
        pagination: { page: 1, pageSize: 1 },
      })
    ).data[0] ?? null
  );
}

/** Every public, listable item for the sitemap. */
export async function sitemapEntries(event: H3Event) {
  const all = async <T extends z.ZodType>(path: string, schema: T, params: Record<string, QueryValue>) => {
    const out: Array<z.infer<T>> = [];
    for (let page = 1; page <= 50; page += 1) {
      const result = await list(event, 'public', path, schema, { ...params, pagination: { page, pageSize: 100 } });
      out.push(...result.data);
      if (page >= result.meta.pagination.pageCount) break;
    }
    return out;
  };
  const dated = z.object({ documentId: z.string(), slug: z.string(), updatedAt: z.string().optional() });
  const [events, sessions, speakers, news, tags] = await Promise.all([
    all('/api/events', dated, { filters: { privacy: { $eq: 'public' } }, fields: ['slug', 'updatedAt'], sort: ['startsAt:desc'] }),
    all('/api/sessions', z.object({ documentId: z.string(), updatedAt: z.string().optional(), event: z.object({ slug: z.string() }).nullable().optional() }), {
      filters: { event: { privacy: { $eq: 'public' } }, privacy: { $in: ['inherit', 'public'] } },
      fields: ['updatedAt'],
      populate: { event: { fields: ['slug'] } },
    }),
    all('/api/speakers', dated, { fields: ['slug', 'updatedAt'] }),
    all('/api/news-items', dated, { fields: ['slug', 'updatedAt'] }),
    all('/api/tags', dated, { fields: ['slug', 'updatedAt'] }),
  ]);
  return { events, sessions, speakers, news, tags };
}


