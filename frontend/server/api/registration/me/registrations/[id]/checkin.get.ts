import { checkinCodeResponseSchema, type CheckinCodeResponse } from 'cms';

/** The entry code of one of the visitor's registrations (a seat): its text and QR code (a PNG data URL), for the cabinet. */
export default defineEventHandler(async (event): Promise<CheckinCodeResponse> => {
  requireViewer(event);
  const id = getRouterParam(event, 'id') ?? '';
  if (!/^[a-z0-9]{1,64}$/.test(id)) throw createError({ statusCode: 404, statusMessage: 'Not Found' });
  return registrationData(event, { path: `/api/registration/me/registrations/${id}/checkin` }, checkinCodeResponseSchema);
});
