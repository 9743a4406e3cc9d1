/**
 * Reads of the event space from Strapi, shaped for the pages (auto-imported by the site's routes).
 * The pieces live in server/content/: read.ts (who a read is made as, fields and populate, the English
 * overlay), shape.ts (pure shaping for the pages, unit-tested), events.ts (the poster, an event's page
 * and program), sessions.ts, pages.ts (speakers, news, tags, the archive), site.ts (dictionaries,
 * the organization, the sitemap).
 */
export type { EventRef } from '../content/read';
export { archive, newsPage, speakerPage, tagPage, type ArchiveQuery } from '../content/pages';
export { eventAds, eventListFilter, eventPage, listEvents, programPage, type EventListQuery } from '../content/events';
export { sessionPage } from '../content/sessions';
export { dictionaries, organization, sitemapEntries } from '../content/site';
