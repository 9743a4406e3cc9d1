/**
 * Fetching content from Strapi for the site's pages: who a read is made as, the shapes asked for
 * (fields and populate), and the English overlay. Every read names who it is made as (`public` or the
 * signed-in `viewer`): privacy is Strapi's (event-builder's public read rules), and public reads
 * additionally ask for public events only, so nothing hidden can enter a shared cache. English pages
 * read the English version of each document and fall back to Russian where there is none.
 */
import type { H3Event } from 'h3';
import type { z } from 'zod';
import { listOf, type QueryValue } from 'cms';
import type { SiteLocale } from '#shared/utils/events-query';
import { strapiRequest, type ReadAs } from '../utils/strapi';

export type ContentFilter = Record<string, QueryValue>;

/** An event named by its slug (public pages) or its document id (previews). */
export type EventRef = { slug: string } | { documentId: string };
export const eventRefFilter = (ref: EventRef): ContentFilter => ('slug' in ref ? { slug: { $eq: ref.slug } } : { documentId: { $eq: ref.documentId } });

/** The language every document has; English versions overlay it where they exist. */
export const CONTENT_DEFAULT_LOCALE = 'ru';
/** Calendar days of the filters are Moscow days. */
export const MOSCOW_OFFSET = '+03:00';

export const imagePopulate: Record<string, QueryValue> = { fields: ['url', 'alternativeText', 'width', 'height', 'formats'] };
export const eventListPopulate: Record<string, QueryValue> = {
  cover: imagePopulate,
  tags: { fields: ['name', 'slug'] },
  audiences: { fields: ['name', 'code'] },
};
export const speakerPopulate: Record<string, QueryValue> = { fields: ['name', 'slug', 'position', 'affiliation', 'links'], populate: { photo: imagePopulate } };
export const programSessionFields = ['title', 'description', 'startsAt', 'endsAt', 'room', 'recordingAvailability', 'locale'];
export const programSessionPopulate: Record<string, QueryValue> = {
  track: { fields: ['name', 'color', 'order'] },
  speakers: speakerPopulate,
  tags: { fields: ['name', 'slug'] },
  stream: { fields: ['provider'] },
};

/** Public reads ask Strapi for public events only (by-link events are reached one at a time, by slug). */
export const publicEventsOnly = (as: ReadAs): ContentFilter => (as === 'public' ? { privacy: { $eq: 'public' } } : {});

/** One page of a collection, its items parsed with `schema`. */
export function readContentList<T extends z.ZodType>(event: H3Event, as: ReadAs, path: string, schema: T, params: Record<string, QueryValue>) {
  return strapiRequest(event, { path, params, as }, listOf(schema));
}

/** One document read in `locale`, else in Russian (`read(lang)` finds it in a language, or null). */
export async function readLocalized<T>(locale: SiteLocale, read: (lang: string) => Promise<T | null>): Promise<T | null> {
  return (locale !== CONTENT_DEFAULT_LOCALE ? await read(locale) : null) ?? (await read(CONTENT_DEFAULT_LOCALE));
}

/** Replaces each item by its version in `locale` where one exists (documents missing in English stay Russian). */
export async function overlayLocale<T extends { documentId: string }>(
  items: T[],
  locale: SiteLocale,
  fetchLocalized: (documentIds: string[]) => Promise<T[]>,
): Promise<T[]> {
  if (locale === CONTENT_DEFAULT_LOCALE || items.length === 0) return items;
  const localized = new Map((await fetchLocalized(items.map((item) => item.documentId))).map((item) => [item.documentId, item]));
  return items.map((item) => localized.get(item.documentId) ?? item);
}
