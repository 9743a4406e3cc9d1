import { safeWebUrl } from 'cms';
import { z } from 'zod';

const streamSchema = z.object({
  data: z.object({ provider: z.string().nullable(), embedUrl: z.string().nullable(), hlsUrl: z.string().nullable() }),
});

/**
 * The closed (HLS) stream of a session for the signed-in visitor: Strapi decides whether they may
 * watch it and only then gives the playlist URL. Never cached.
 */
export default defineEventHandler(async (event) => {
  const id = routeParam(event, 'id', DOCUMENT_ID);
  markPrivate(event);
  if (!isSignedIn(event)) throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  try {
    const answer = await strapiRequest(event, { path: `/api/event-builder/sessions/${id}/stream`, as: 'viewer' }, streamSchema);
    // a playlist is played only from an https address (the cms rule; the CMS stores nothing else)
    const hlsUrl = safeWebUrl(answer.data.hlsUrl);
    return { hlsUrl: hlsUrl && /^https:/i.test(hlsUrl) ? hlsUrl : null };
  } catch (error) {
    cmsFailure(error, `stream of "${id}"`);
  }
});
