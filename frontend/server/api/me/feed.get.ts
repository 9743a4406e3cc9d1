import { feedTokenResponseSchema } from 'cms';

/** The address of the visitor's favorites calendar feed (a secret URL calendar apps subscribe to). */
export default defineEventHandler(async (event) => {
  markPrivate(event);
  if (!isSignedIn(event)) throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  try {
    const answer = await strapiRequest(event, { path: '/api/engagement/favorites/feed', as: 'viewer' }, feedTokenResponseSchema);
    return { path: `/calendar/feed/${answer.data.token}.ics` };
  } catch (error) {
    cmsFailure(error, 'feed token');
  }
});
