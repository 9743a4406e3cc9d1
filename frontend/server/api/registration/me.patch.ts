import { meUpdateResponseSchema, profilePatchSchema, type Account } from 'cms';

/** Saves the visitor's profile (name, phone, status, organization ...); the fields the API refuses are named. */
export default defineEventHandler(async (event): Promise<{ user: Account }> => {
  requireViewer(event);
  const profile = await readCheckedBody(event, profilePatchSchema);
  return registrationData(event, { method: 'PATCH', path: '/api/registration/me', body: profile }, meUpdateResponseSchema);
});
