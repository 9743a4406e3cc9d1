import { eraseRequestSchema, meResponseSchema } from 'cms';
import type { AccountDeletion } from '#shared/utils/registration';

/**
 * Deletes the visitor's account with the code mailed for it (POST erase-code first): the CMS erases
 * the personal data (profile, answers, files, codes, favorites, the address wherever it was kept),
 * cancels registrations for events to come and keeps the rest anonymized; every session ends. The
 * site forgets the session at once. A wrong code is the CMS's 401 and the account stays.
 */
export default defineEventHandler(async (event): Promise<AccountDeletion> => {
  requireViewer(event);
  const erasure = await readCheckedBody(event, eraseRequestSchema);
  const me = await registrationData(event, { path: '/api/registration/me' }, meResponseSchema);
  const now = Date.now();
  const active = me.registrations.filter((registration) => registration.status !== 'cancelled');
  const cancelled = active.filter((registration) => {
    const end = registration.event?.endsAt ? Date.parse(registration.event.endsAt) : Number.NaN;
    return Number.isNaN(end) || end > now;
  }).length;
  await registrationRequest(event, { method: 'POST', path: '/api/registration/me/erase', body: erasure }, null);
  clearViewerSession(event);
  return { anonymized: me.registrations.length, cancelled };
});
