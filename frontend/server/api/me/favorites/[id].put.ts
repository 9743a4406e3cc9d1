import { favoriteResponseSchema } from 'cms';

/** Adds a session to the visitor's favorites. */
export default defineEventHandler(async (event) => {
  const id = routeParam(event, 'id', DOCUMENT_ID);
  markPrivate(event);
  if (!isSignedIn(event)) throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  try {
    await strapiRequest(event, { path: `/api/engagement/favorites/${id}`, method: 'PUT', as: 'viewer' }, favoriteResponseSchema);
    return { saved: true };
  } catch (error) {
    cmsFailure(error, `favorite "${id}"`);
  }
});
