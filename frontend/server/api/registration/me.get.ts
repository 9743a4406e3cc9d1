import { meResponseSchema, type MeResponse } from 'cms';

/** The signed-in visitor's profile and every registration they made (the cabinet). */
export default defineEventHandler(async (event): Promise<MeResponse> => {
  requireViewer(event);
  return registrationData(event, { path: '/api/registration/me' }, meResponseSchema);
});
