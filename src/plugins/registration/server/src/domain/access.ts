/**
 * What the registration module brings under the organizer roles (declared to the platform's access
 * registry in register(); the roles are built from the registry): its types tied to an event, and
 * what each organizer role may do with them. Pure data.
 *
 * - Partner links belong to their event (relation `event`) and are its settings: the event's
 *   administrators create and change them, its managers see them.
 * - Registrations and consents name their event by its document id (the hot path writes them with
 *   plain SQL); organizers only read them: seats and the waitlist are kept by the registration service.
 * - Site users are tied to an event through their registrations: organizers see the profile of those
 *   registered to their events, not the account.
 * - The module's own admin actions (lists, actions, export, check-in, audience: both organizer roles;
 *   the access log: the client administrator only).
 */
import type { ModuleAccess } from '../../../../platform/server/src/kit';
import { CONSENT_UID, PARTNER_LINK_UID, PLUGIN_ID, REGISTRATION_UID, USER_UID } from '../constants';
import { ADMIN_ACTION_DEFINITIONS, ADMIN_ACTION_NAMES } from './admin-actions';
import { PROFILE_KEYS } from './form';

/** Statuses that make a site user a registrant of the event (visible to its organizers). */
export const REGISTRANT_STATUSES = ['registered', 'waitlisted'] as const;

/** What organizers see of the site users registered to their events: the profile, not the account. */
export const REGISTRANT_FIELDS: readonly string[] = ['username', ...PROFILE_KEYS];

export const REGISTRATION_ACCESS: ModuleAccess = {
  module: PLUGIN_ID,
  subjects: [
    { uid: PARTNER_LINK_UID, link: { via: 'relation', path: 'event.' }, writeLevel: 'admin' },
    { uid: REGISTRATION_UID, link: { via: 'record', field: 'eventDocumentId' }, readOnly: true },
    { uid: CONSENT_UID, link: { via: 'record', field: 'eventDocumentId' }, readOnly: true },
    { uid: USER_UID, link: { via: 'registrants' } },
  ],
  grants: [
    { roles: ['eventAdmin'], action: 'create', subject: PARTNER_LINK_UID, scope: 'none' },
    { roles: ['eventAdmin'], action: 'update', subject: PARTNER_LINK_UID, scope: 'admin' },
    { roles: ['eventAdmin'], action: 'delete', subject: PARTNER_LINK_UID, scope: 'admin' },
    { roles: ['eventAdmin', 'eventManager'], action: 'read', subject: PARTNER_LINK_UID, scope: 'member' },
    { roles: ['eventAdmin', 'eventManager'], action: 'read', subject: REGISTRATION_UID, scope: 'member' },
    { roles: ['eventAdmin', 'eventManager'], action: 'read', subject: USER_UID, scope: 'member', fields: REGISTRANT_FIELDS },
  ],
  // the module's pages (registrant lists, check-in, audience, access log): the routes narrow to the organizer's events
  actions: ADMIN_ACTION_DEFINITIONS.map(({ key, displayName, subCategory, roles }) => ({ name: ADMIN_ACTION_NAMES[key], displayName, subCategory, roles })),
};
