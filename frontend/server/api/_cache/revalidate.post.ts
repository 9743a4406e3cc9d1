import { timingSafeEqual } from 'node:crypto';

/**
 * Called by the CMS when something is published, changed or unpublished (src/site-cache.ts): the
 * cached pages and CMS answers of this process (all its workers) are dropped, so the next visitor sees the change.
 * `Authorization: Bearer <NUXT_REVALIDATE_SECRET>`.
 */
export default defineEventHandler(async (event) => {
  const secret = useRuntimeConfig(event).revalidateSecret;
  const given = (getHeader(event, 'authorization') ?? '').replace(/^Bearer\s+/i, '');
  const ok = secret.length >= 16 && given.length === secret.length && timingSafeEqual(Buffer.from(given), Buffer.from(secret));
  if (!ok) throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  const body = (await readBody<{ uid?: string; documentId?: string } | null>(event).catch(() => null)) ?? {};
  clearSiteCaches();
  // and every other worker of this site process: the call reached this one only
  await revalidationSignal()?.announce();
  console.info(`[site] caches cleared (${body.uid ?? 'everything'}${body.documentId ? ` ${body.documentId}` : ''})`);
  setResponseStatus(event, 204);
  return null;
});
