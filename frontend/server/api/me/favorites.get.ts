import { z } from 'zod';
import type { FavoriteSessionInfo } from '#shared/types/site';

const listSchema = z.object({
  data: z.array(z.object({ sessionDocumentId: z.string() })),
  sessions: z
    .array(
      z.object({
        documentId: z.string(),
        title: z.string(),
        startsAt: z.string(),
        endsAt: z.string(),
        room: z.string().nullable().optional(),
        event: z.object({ documentId: z.string(), title: z.string(), slug: z.string(), timezone: z.string() }).nullable(),
      }),
    )
    .optional(),
});

/** The visitor's favorite sessions: ids (`?event=<documentId>`), or with details (`?details=true`). */
export default defineEventHandler(async (event): Promise<{ ids: string[]; sessions?: FavoriteSessionInfo[] }> => {
  markPrivate(event);
  if (!isSignedIn(event)) throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  const query = getQuery(event);
  const params: Record<string, string> = {};
  if (typeof query.event === 'string' && DOCUMENT_ID.test(query.event)) params.event = query.event;
  if (query.details === 'true') params.details = 'true';
  if (query.locale === 'en') params.locale = 'en';
  try {
    const answer = await strapiRequest(event, { path: '/api/engagement/favorites', params, as: 'viewer' }, listSchema);
    if (event.context.viewerSignedOut) throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
    return { ids: answer.data.map((item) => item.sessionDocumentId), sessions: answer.sessions };
  } catch (error) {
    cmsFailure(error, 'favorites');
  }
});
