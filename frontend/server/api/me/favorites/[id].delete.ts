import { z } from 'zod';

/** Removes a session from the visitor's favorites. */
export default defineEventHandler(async (event) => {
  const id = routeParam(event, 'id', DOCUMENT_ID);
  markPrivate(event);
  if (!isSignedIn(event)) throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  try {
    await strapiRequest(event, { path: `/api/engagement/favorites/${id}`, method: 'DELETE', as: 'viewer' }, z.unknown());
    return { saved: false };
  } catch (error) {
    cmsFailure(error, `favorite "${id}"`);
  }
});
