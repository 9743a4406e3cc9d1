import { favoritesResponseSchema, isDocumentId } from 'cms';
import type { FavoriteSessionInfo } from '#shared/types/site';

/** The visitor's favorite sessions: ids (`?event=<documentId>`), or with details (`?details=true`). */
export default defineEventHandler(async (event): Promise<{ ids: string[]; sessions?: FavoriteSessionInfo[] }> => {
  markPrivate(event);
  if (!isSignedIn(event)) throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  const query = getQuery(event);
  const params: Record<string, string> = {};
  if (typeof query.event === 'string' && isDocumentId(query.event)) params.event = query.event;
  if (query.details === 'true') params.details = 'true';
  if (query.locale === 'en') params.locale = 'en';
  try {
    const answer = await strapiRequest(event, { path: '/api/engagement/favorites', params, as: 'viewer' }, favoritesResponseSchema);
    if (event.context.viewerSignedOut) throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
    return { ids: answer.data.map((item) => item.sessionDocumentId), sessions: answer.sessions };
  } catch (error) {
    cmsFailure(error, 'favorites');
  }
});
