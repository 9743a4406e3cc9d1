import { feedTokenResponseSchema } from 'cms';

/** A new address of the visitor's favorites calendar feed: the old one stops working at once. */
export default defineEventHandler(async (event) => {
  markPrivate(event);
  if (!isSignedIn(event)) throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  try {
    const answer = await strapiRequest(event, { path: '/api/engagement/favorites/feed', method: 'POST', as: 'viewer' }, feedTokenResponseSchema);
    return { path: `/calendar/feed/${answer.data.token}.ics` };
  } catch (error) {
    cmsFailure(error, 'feed token');
  }
});
