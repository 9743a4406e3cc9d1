import { meResponseSchema } from 'cms';
import type { AccountDeletion } from '#shared/utils/registration';

/**
 * Deletes the visitor's account: the CMS erases the personal data (profile, answers, files, sign-in
 * codes), cancels registrations for events to come and keeps the rest anonymized; every session
 * ends. The site forgets the session at once.
 */
export default defineEventHandler(async (event): Promise<AccountDeletion> => {
  requireViewer(event);
  const me = await registrationData(event, { path: '/api/registration/me' }, meResponseSchema);
  const now = Date.now();
  const active = me.registrations.filter((registration) => registration.status !== 'cancelled');
  const cancelled = active.filter((registration) => {
    const end = registration.event?.endsAt ? Date.parse(registration.event.endsAt) : Number.NaN;
    return Number.isNaN(end) || end > now;
  }).length;
  await registrationRequest(event, { method: 'DELETE', path: '/api/registration/me' }, null);
  clearViewerSession(event);
  return { anonymized: me.registrations.length, cancelled };
});
