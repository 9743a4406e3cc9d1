import { timingSafeEqual } from 'node:crypto';
import type { EventPageData } from '#shared/types/site';

/**
 * A draft event for the admin's preview panel: the secret is checked here, on the server, and the
 * draft is read with the site's read-only API token. Never cached, never indexed.
 */
export default defineEventHandler(async (event): Promise<EventPageData> => {
  const documentId = routeParam(event, 'documentId', DOCUMENT_ID);
  markPrivate(event);
  setResponseHeader(event, 'x-robots-tag', 'noindex');
  const secret = useRuntimeConfig(event).previewSecret;
  const query = getQuery(event);
  const given = typeof query.secret === 'string' ? query.secret : '';
  if (!secret || given.length !== secret.length || !timingSafeEqual(Buffer.from(given), Buffer.from(secret))) {
    throw createError({ statusCode: 404, statusMessage: 'Not Found' });
  }
  const locale = query.locale === 'en' ? 'en' : 'ru';
  const draft = query.status !== 'published';
  return orNotFound(`preview of "${documentId}"`, () => eventPage(event, 'preview', { documentId }, locale, { preview: draft }));
});
