/**
 * The registration module's own admin actions (RBAC, the Roles page): its pages and admin routes.
 * Pure data, read by the server (declared to the platform's access registry, checked by the routes)
 * and by the admin pages (menu links, buttons). What a page shows stays scoped to the organizer's
 * events: the routes check the organizer's level on the event.
 */
import type { RoleKey } from '../../../../platform/server/src/kit';

export const ADMIN_ACTION_NAMES = {
  /** Open an event's registrant list, its counters and the live updates. */
  read: 'registrants.read',
  /** Act on registrations: cancel, mark attendance, add on someone's behalf, resend, approve. */
  manage: 'registrants.manage',
  /** Export a list to CSV. */
  export: 'registrants.export',
  /** The check-in page: scan codes, mark attendance at the door. */
  checkin: 'registrants.checkin',
  /** The audience base and its segments. */
  audience: 'audience.read',
  /** The personal-data access log (the client administrator's: no organizer role gets it). */
  accessLog: 'access-log.read',
} as const;
export type AdminActionKey = keyof typeof ADMIN_ACTION_NAMES;

/** `plugin::registration.<name>`: the id the admin's RBAC knows. */
export const ADMIN_ACTIONS: Readonly<Record<AdminActionKey, string>> = Object.fromEntries(
  Object.entries(ADMIN_ACTION_NAMES).map(([key, name]) => [key, `plugin::registration.${name}`]),
) as Record<AdminActionKey, string>;

type OrganizerRole = Exclude<RoleKey, 'clientAdmin'>;
const ORGANIZERS: readonly OrganizerRole[] = ['eventAdmin', 'eventManager'];

/** How each action is shown on the Roles page, and which organizer roles get it (the client administrator gets all). */
export const ADMIN_ACTION_DEFINITIONS: ReadonlyArray<{ key: AdminActionKey; displayName: string; subCategory: string; roles: readonly OrganizerRole[] }> = [
  { key: 'read', displayName: 'Просматривать списки участников', subCategory: 'Участники', roles: ORGANIZERS },
  { key: 'manage', displayName: 'Изменять регистрации участников', subCategory: 'Участники', roles: ORGANIZERS },
  { key: 'export', displayName: 'Выгружать списки участников (CSV)', subCategory: 'Участники', roles: ORGANIZERS },
  { key: 'checkin', displayName: 'Отмечать участников на входе', subCategory: 'Участники', roles: ORGANIZERS },
  { key: 'audience', displayName: 'Просматривать базу аудитории', subCategory: 'Аудитория', roles: ORGANIZERS },
  { key: 'accessLog', displayName: 'Читать журнал доступа к персональным данным', subCategory: 'Журнал доступа', roles: [] },
];
