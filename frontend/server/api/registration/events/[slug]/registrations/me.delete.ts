import { cancelResponseSchema, type CancelResponse } from 'cms';

/** Cancels the visitor's registration for an event (the seat goes to the waitlist). */
export default defineEventHandler(async (event): Promise<CancelResponse> => {
  const slug = routeParam(event, 'slug', SLUG);
  requireViewer(event);
  return registrationData(event, { method: 'DELETE', path: `${registrationEventPath(slug)}/registrations/me` }, cancelResponseSchema);
});
