import { z } from 'zod';

const tokenSchema = z.object({ data: z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{32,64}$/) }) });

/** A new address of the visitor's favorites calendar feed: the old one stops working at once. */
export default defineEventHandler(async (event) => {
  markPrivate(event);
  if (!isSignedIn(event)) throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  try {
    const answer = await strapiRequest(event, { path: '/api/engagement/favorites/feed', method: 'POST', as: 'viewer' }, tokenSchema);
    return { path: `/calendar/feed/${answer.data.token}.ics` };
  } catch (error) {
    cmsFailure(error, 'feed token');
  }
});
