import { verifyPreviewToken, type PreviewTarget } from 'cms';
import type { EventPageData } from '#shared/types/site';
import type { SiteLocale } from '#shared/utils/events-query';

/**
 * An event for the admin's preview panel (drafts too). The link's token (signed by the admin for this
 * one document, locale and version, see cms/src/preview.ts) is checked here, on the server, before the
 * draft is read with the site's read-only API token. Never cached, never indexed.
 * A token of another document, a tampered or malformed one: 404, nothing of the draft read. A genuine
 * link that has expired: 410, so the page can say to open the preview again (its signature holds, so
 * the answer tells its holder nothing new).
 */
export default defineEventHandler(async (event): Promise<EventPageData> => {
  markPrivate(event);
  setResponseHeader(event, 'x-robots-tag', 'noindex, nofollow');
  const documentId = routeParam(event, 'documentId', DOCUMENT_ID);
  const target = previewTargetOf(documentId, getQuery(event));
  const secret = useRuntimeConfig(event).previewSecret;
  const verdict = target && secret ? await verifyPreviewToken(secret, getQuery(event).token, target) : null;
  if (verdict && !verdict.ok && verdict.reason === 'expired') throw createError({ statusCode: 410, statusMessage: 'Gone' });
  if (!target || !verdict?.ok) throw createError({ statusCode: 404, statusMessage: 'Not Found' });
  const locale: SiteLocale = target.locale === 'en' ? 'en' : 'ru';
  return orNotFound(`preview of "${documentId}"`, () => eventPage(event, 'preview', { documentId }, locale, { preview: target.status === 'draft' }));
});

/** The version the link asks for; the token must have been signed for exactly this. Anything unknown: none. */
function previewTargetOf(documentId: string, query: Record<string, unknown>): PreviewTarget | null {
  const locale = query.locale ?? 'ru';
  const status = query.status ?? 'draft';
  if ((locale !== 'ru' && locale !== 'en') || (status !== 'draft' && status !== 'published')) return null;
  return { documentId, locale, status };
}
