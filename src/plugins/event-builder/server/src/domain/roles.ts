/**
 * The organizer roles of an event space and what each may do. Pure: the permission lists are built
 * from a catalog of the actions and fields Strapi knows (passed in), the decisions take role codes
 * and event membership as arguments.
 *
 * - Client administrator: everything in the space (all events, all content, site users' personal
 *   data, organizer accounts), but not the platform's administration (RBAC, API/admin/transfer
 *   tokens, webhooks, content-type builder, marketplace, public API permissions): that stays with the
 *   Super Admin, who runs the installation.
 * - Event administrator: creates events (and becomes their administrator), configures and publishes
 *   the events where listed in `admins`, with everything that belongs to them; works as a manager
 *   on the events where listed in `managers`; invites organizers.
 * - Event manager: edits the content of the events where listed (as manager, or as administrator by
 *   mistake: the role caps what the listing gives), not their settings; manages their program,
 *   tracks, news, ads and partners, and adds their translations; sees their partner links and
 *   registrants.
 */
import { AD_UID, CALENDAR_READ, EVENT_UID, NEWS_UID, PARTNER_UID, SESSION_UID, SPEAKER_UID, TRACK_UID } from '../constants';
import { actionsOfRole, ROLE_CODES, SUPER_ADMIN_CODE, type AccessGrant, type DeclaredAccess, type EventLevel, type EventLink, type RoleCode, type RoleKey } from '../../../../platform/server/src/kit';

export {
  eventLevel,
  hasAllAccess,
  levelCovers,
  ROLE_CODES,
  SUPER_ADMIN_CODE,
  type DeclaredAccess,
  type EventLevel,
  type EventLink,
  type Membership,
  type RoleCode,
  type RoleKey,
} from '../../../../platform/server/src/kit';

/** No module declared anything: the event space's own types only. */
export const NOTHING_DECLARED: DeclaredAccess = { subjects: [], grants: [], actions: [] };

export interface RoleDefinition {
  key: RoleKey;
  code: RoleCode;
  name: string;
  description: string;
}

export const ROLES: readonly RoleDefinition[] = [
  {
    key: 'clientAdmin',
    code: ROLE_CODES.clientAdmin,
    name: 'Администратор клиента',
    description:
      'Создаёт события и видит все данные пространства по всем событиям, включая персональные данные пользователей; приглашает организаторов. Роли, токены и вебхуки остаются у суперадминистратора.',
  },
  {
    key: 'eventAdmin',
    code: ROLE_CODES.eventAdmin,
    name: 'Администратор события',
    description:
      'Создаёт события и настраивает свои: приватность, регистрация, организаторы, публикация; ведёт их программу, треки, новости, рекламу и партнёров. Чужих событий не видит.',
  },
  {
    key: 'eventManager',
    code: ROLE_CODES.eventManager,
    name: 'Менеджер события',
    description:
      'Редактирует контент событий, где назначен: описание, программа, треки, новости, реклама, партнёры. Не меняет приватность, регистрацию, доступ и организаторов; не создаёт, не удаляет и не публикует события.',
  },
];

// ---------------------------------------------------------------------------------------------
// Event scoping

/** Content both organizer roles write: it belongs to one event through its `event` relation. */
export const EVENT_CONTENT_UIDS = [SESSION_UID, TRACK_UID, NEWS_UID, AD_UID] as const;

/**
 * Types that belong to one event through their `event` relation: the event's content, and what the
 * modules declared so (partner links of the registration module, for instance).
 */
export function eventOwnedUids(declared: DeclaredAccess): string[] {
  const declaredOwned = declared.subjects.filter((subject) => subject.link.via === 'relation' && subject.link.path === 'event.').map((subject) => subject.uid);
  return [...EVENT_CONTENT_UIDS, ...declaredOwned];
}

/** Types organizers only read: they change through their module's services (registrations: seats, waitlist). */
export const readOnlyUids = (declared: DeclaredAccess): string[] => declared.subjects.filter((subject) => subject.readOnly === true).map((subject) => subject.uid);

export type MembershipKind = 'admin' | 'manager';
const MEMBERSHIP_FIELD: Record<MembershipKind, 'admins' | 'managers'> = { admin: 'admins', manager: 'managers' };

/** How entries of a type are tied to the events they belong to: the event space's types, then what the modules declared. */
export function eventLinkOf(uid: string | null | undefined, declared: DeclaredAccess = NOTHING_DECLARED): EventLink | null {
  if (uid === EVENT_UID) return { via: 'relation', path: '' };
  if ((EVENT_CONTENT_UIDS as readonly string[]).includes(uid ?? '')) return { via: 'relation', path: 'event.' };
  if (uid === PARTNER_UID) return { via: 'relation', path: 'events.' };
  if (uid === SPEAKER_UID) return { via: 'relation', path: 'sessions.event.' };
  return declared.subjects.find((subject) => subject.uid === uid)?.link ?? null;
}

/**
 * The relation path from a content type to the event(s) it belongs to ('' for the event itself), or
 * null for types that are tied to no event by a relation.
 */
export function eventPathOf(uid: string | null | undefined, declared: DeclaredAccess = NOTHING_DECLARED): string | null {
  const link = eventLinkOf(uid, declared);
  return link?.via === 'relation' ? link.path : null;
}

/** The level on an event needed to write its entries of a type (a module may declare 'admin': an event's settings). */
export function writeLevelOf(uid: string, declared: DeclaredAccess = NOTHING_DECLARED): EventLevel {
  return declared.subjects.find((subject) => subject.uid === uid)?.writeLevel ?? 'manager';
}

/** What the condition of a type needs looked up first: the user's events, or their registrants. */
export function conditionLookup(subject: string | null | undefined, declared: DeclaredAccess = NOTHING_DECLARED): 'events' | 'registrants' | null {
  const link = eventLinkOf(subject, declared);
  if (link?.via === 'record') return 'events';
  if (link?.via === 'registrants') return 'registrants';
  return null;
}

/**
 * Whether an admin request may read site users through the organizer's abilities: only the content
 * manager does (its lists and entries of site users, the relation pickers that offer them); the
 * modules' own admin routes narrow to the organizer's events themselves. Strapi builds the abilities
 * on every admin request, and the registrants of an organizer's events can be tens of thousands: the
 * other requests skip that lookup, and their abilities grant no site user (narrower, never wider).
 * Without a request (the abilities built elsewhere) the lookup is done.
 */
export function readsSiteUsers(requestPath: string | undefined): boolean {
  return requestPath === undefined || requestPath === '/content-manager' || requestPath.startsWith('/content-manager/');
}

/** What the lookup found: document ids of the events the user is listed on, user ids of their registrants. */
export interface ConditionScope {
  eventDocumentIds?: readonly string[];
  registrantIds?: readonly number[];
}

/**
 * The RBAC condition "the user is listed as `kind` of the event this entry belongs to", as the query
 * Strapi turns into a filter (lists) and a check (single entries). False (no access) for types that
 * belong to no event, so the condition fails closed wherever a role editor attaches it; for the
 * types tied by a plain field or by registrations, `scope` holds what `conditionLookup` asked for.
 */
export function membershipCondition(
  kind: MembershipKind,
  subject: string | null | undefined,
  userId: number,
  scope: ConditionScope = {},
  declared: DeclaredAccess = NOTHING_DECLARED,
): Record<string, unknown> | false {
  const link = eventLinkOf(subject, declared);
  if (link === null) return false;
  if (link.via === 'relation') return { [`${link.path}${MEMBERSHIP_FIELD[kind]}.id`]: userId };
  if (link.via === 'record') return { [link.field]: { $in: [...(scope.eventDocumentIds ?? [])] } };
  return { id: { $in: [...(scope.registrantIds ?? [])] } };
}

/** Event fields an event manager may read but not change: the event's settings and its organizers. */
export const EVENT_SETTINGS_FIELDS = [
  'slug',
  'privacy',
  'allowlist',
  'invitedUsers',
  'registrationOpen',
  'registrationOpensAt',
  'registrationClosesAt',
  'capacity',
  'waitlistEnabled',
  'registrationApproval',
  'registrationForm',
  'admins',
  'managers',
] as const;
export type EventSettingsField = (typeof EVENT_SETTINGS_FIELDS)[number];

/** The settings field a new translation takes from its document (the page address). */
export const TRANSLATION_ADDRESS_FIELD: EventSettingsField = 'slug';

/** How the refusal names each settings field for the organizer. */
export const EVENT_SETTINGS_LABELS: Record<EventSettingsField, string> = {
  slug: 'адрес страницы',
  privacy: 'приватность',
  allowlist: 'список допуска',
  invitedUsers: 'приглашённые пользователи',
  registrationOpen: 'регистрация открыта',
  registrationOpensAt: 'начало регистрации',
  registrationClosesAt: 'конец регистрации',
  capacity: 'вместимость',
  waitlistEnabled: 'лист ожидания',
  registrationApproval: 'одобрение заявок',
  registrationForm: 'форма регистрации',
  admins: 'администраторы события',
  managers: 'менеджеры события',
};

const isUnder = (field: string, names: readonly string[]) => names.some((name) => field === name || field.startsWith(`${name}.`));

// ---------------------------------------------------------------------------------------------
// Permissions of each role

export const CM = {
  create: 'plugin::content-manager.explorer.create',
  read: 'plugin::content-manager.explorer.read',
  update: 'plugin::content-manager.explorer.update',
  delete: 'plugin::content-manager.explorer.delete',
  publish: 'plugin::content-manager.explorer.publish',
} as const;

export const CONDITIONS = {
  eventAdmin: 'plugin::event-builder.event-admin',
  eventManager: 'plugin::event-builder.event-manager',
  isCreator: 'admin::is-creator',
} as const;

/** An action as Strapi's action provider describes it. */
export interface ActionInfo {
  actionId: string;
  section: string;
  subjects?: readonly string[];
  /** `options.applyToProperties` of the action ('fields', 'locales'). */
  properties?: readonly string[];
}

/** What the role builder needs to know about the running app. */
export interface PermissionCatalog {
  actions: readonly ActionInfo[];
  /** Every field path a field-level permission may name (Strapi's nested fields). */
  fieldsOf(subject: string): string[];
  /** Whether the content type is localized (then permissions name the locales they cover). */
  isLocalized(subject: string): boolean;
  /** Codes of the content locales. */
  locales: readonly string[];
}

export interface PermissionSpec {
  action: string;
  subject: string | null;
  properties: { fields?: string[]; locales?: string[] };
  conditions: string[];
}

/**
 * Actions of the Super Admin that the client administrator does not get: the platform's own
 * administration. Everything else (including actions that plugins add later) it gets.
 */
export const CLIENT_ADMIN_EXCLUDED_ACTIONS: readonly string[] = [
  'admin::roles.create',
  'admin::roles.update',
  'admin::roles.delete',
  'admin::webhooks.create',
  'admin::webhooks.read',
  'admin::webhooks.update',
  'admin::webhooks.delete',
  'admin::marketplace.read',
  'admin::project-settings.update',
  'plugin::content-type-builder.read',
  'plugin::users-permissions.roles.create',
  'plugin::users-permissions.roles.update',
  'plugin::users-permissions.roles.delete',
  'plugin::users-permissions.providers.update',
  'plugin::users-permissions.advanced-settings.update',
];
const CLIENT_ADMIN_EXCLUDED_PREFIXES = ['admin::api-tokens.', 'admin::admin-tokens.', 'admin::transfer.tokens.'];

/** Content types the client administrator reads besides those it edits (relations shown in the editor). */
const CLIENT_ADMIN_EXTRA_READ = ['plugin::upload.file', 'plugin::upload.folder', 'plugin::i18n.locale', 'admin::user', 'admin::role', 'plugin::users-permissions.role'];

/** What organizers see of other organizers (relation pickers of `admins` and `managers`). */
export const ADMIN_USER_PUBLIC_FIELDS = ['firstname', 'lastname', 'username', 'email'];

const DICTIONARY_UIDS = ['api::tag.tag', 'api::audience.audience', 'api::partner-category.partner-category', 'api::organization.organization'];

const MEDIA_ACTIONS: Array<[string, string[]]> = [
  ['plugin::upload.read', []],
  ['plugin::upload.assets.create', []],
  ['plugin::upload.assets.update', [CONDITIONS.isCreator]],
  ['plugin::upload.assets.download', []],
  ['plugin::upload.assets.copy-link', []],
];

const isExcludedForClientAdmin = (actionId: string) =>
  CLIENT_ADMIN_EXCLUDED_ACTIONS.includes(actionId) || CLIENT_ADMIN_EXCLUDED_PREFIXES.some((prefix) => actionId.startsWith(prefix));

export function buildRolePermissions(role: RoleKey, catalog: PermissionCatalog, declared: DeclaredAccess = NOTHING_DECLARED): PermissionSpec[] {
  const actions = new Map(catalog.actions.map((action) => [action.actionId, action]));
  const out: PermissionSpec[] = [];

  /** A content-manager permission on `subject`, with fields and locales when the action takes them. */
  const content = (actionId: string, subject: string, conditions: string[] = [], fields?: string[]) => {
    const action = actions.get(actionId);
    if (!action || !(action.subjects ?? []).includes(subject)) return;
    const properties: PermissionSpec['properties'] = {};
    if (action.properties?.includes('fields')) properties.fields = fields ?? catalog.fieldsOf(subject);
    // i18n may add 'locales' to the actions after this runs: a localized subject always names them
    if ((action.properties?.includes('locales') || action.section === 'contentTypes') && catalog.isLocalized(subject)) {
      properties.locales = [...catalog.locales];
    }
    out.push({ action: actionId, subject, properties, conditions });
  };
  const plain = (actionId: string, conditions: string[] = []) => {
    if (actions.has(actionId)) out.push({ action: actionId, subject: null, properties: {}, conditions });
  };

  if (role === 'clientAdmin') {
    const readOnly = readOnlyUids(declared);
    const editable = new Set(actions.get(CM.update)?.subjects ?? []);
    for (const action of catalog.actions) {
      if (isExcludedForClientAdmin(action.actionId)) continue;
      if (action.section === 'contentTypes') {
        for (const subject of action.subjects ?? []) {
          if (readOnly.includes(subject) && action.actionId !== CM.read) continue;
          if (editable.has(subject)) content(action.actionId, subject);
          else if (action.actionId === CM.read && CLIENT_ADMIN_EXTRA_READ.includes(subject)) content(action.actionId, subject);
        }
      } else if (action.section !== 'internal') {
        plain(action.actionId);
      }
    }
    return out;
  }

  const asAdmin = [CONDITIONS.eventAdmin];
  const asMember = [CONDITIONS.eventAdmin, CONDITIONS.eventManager];
  const managerFields = catalog.fieldsOf(EVENT_UID).filter((field) => !isUnder(field, EVENT_SETTINGS_FIELDS));

  if (role === 'eventAdmin') {
    content(CM.create, EVENT_UID);
    content(CM.read, EVENT_UID, asMember);
    content(CM.update, EVENT_UID, asAdmin);
    content(CM.update, EVENT_UID, [CONDITIONS.eventManager], managerFields);
    content(CM.delete, EVENT_UID, asAdmin);
    content(CM.publish, EVENT_UID, asAdmin);
  } else {
    // create only adds a translation of an event the manager runs: Strapi asks for create when the
    // document has no version in that locale yet; the route guard checks the conditions on the
    // document and refuses a brand new event. The translation gets the event's address (the guard
    // sets it), which the manager does not change afterwards
    content(CM.create, EVENT_UID, asMember, [...managerFields, ...catalog.fieldsOf(EVENT_UID).filter((field) => field === TRANSLATION_ADDRESS_FIELD)]);
    content(CM.read, EVENT_UID, asMember);
    content(CM.update, EVENT_UID, asMember, managerFields);
  }

  // the program and everything else that belongs to the event: the same for both roles
  for (const uid of EVENT_CONTENT_UIDS) {
    content(CM.create, uid);
    for (const action of [CM.read, CM.update, CM.delete, CM.publish]) content(action, uid, asMember);
  }

  // what the modules grant on their types (registration: partner links, registrants)
  const scopes: Record<AccessGrant['scope'], string[]> = { none: [], admin: asAdmin, member: asMember };
  for (const grant of declared.grants) {
    if (!grant.roles.includes(role)) continue;
    const fields = grant.fields && catalog.fieldsOf(grant.subject).filter((field) => grant.fields?.includes(field));
    content(CM[grant.action], grant.subject, scopes[grant.scope], fields);
  }
  content(CM.create, PARTNER_UID);
  for (const action of [CM.read, CM.update, CM.delete]) content(action, PARTNER_UID, [...asMember, CONDITIONS.isCreator]);

  // speakers are shared by all events: everyone picks from all; an event administrator adds and
  // edits those of their own program (or that they added)
  content(CM.read, SPEAKER_UID);
  if (role === 'eventAdmin') {
    content(CM.create, SPEAKER_UID);
    for (const action of [CM.update, CM.delete, CM.publish]) content(action, SPEAKER_UID, [CONDITIONS.eventAdmin, CONDITIONS.isCreator]);
  }

  // planning the program of their events in the calendar (the calendar narrows to those events)
  plain(CALENDAR_READ);
  // the modules' own pages (registrant lists, check-in...): their routes narrow to the user's events
  for (const actionId of actionsOfRole(declared, role)) plain(actionId);
  for (const uid of DICTIONARY_UIDS) content(CM.read, uid);
  content(CM.read, 'admin::user', [], ADMIN_USER_PUBLIC_FIELDS);
  for (const [actionId, conditions] of MEDIA_ACTIONS) plain(actionId, conditions);

  if (role === 'eventAdmin') {
    // inviting organizers (which roles it may give is checked when the account is written)
    plain('admin::users.create');
    plain('admin::users.read');
    plain('admin::roles.read');
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Organizer accounts

export type AccountCheck = { ok: true } | { ok: false; reason: string };

/**
 * Whether an admin with `actorRoles` may write an admin account: create it with `assignedRoles`,
 * change it (its current roles `targetRoles`, `assignedRoles` when the roles change) or delete it.
 * Only a Super Admin makes or touches Super Admins; an event administrator only invites event
 * administrators and managers and changes no one else's account.
 */
export function checkAccountWrite(
  actorRoles: readonly string[],
  write: { kind: 'create' | 'update' | 'delete'; self?: boolean; targetRoles?: readonly string[]; assignedRoles?: readonly string[] },
): AccountCheck {
  if (actorRoles.includes(SUPER_ADMIN_CODE)) return { ok: true };
  const assigned = write.assignedRoles ?? [];
  const target = write.targetRoles ?? [];
  if (assigned.includes(SUPER_ADMIN_CODE) || target.includes(SUPER_ADMIN_CODE)) {
    return { ok: false, reason: 'Только суперадминистратор может назначать и изменять суперадминистраторов' };
  }
  if (actorRoles.includes(ROLE_CODES.clientAdmin)) return { ok: true };
  const invitable: string[] = [ROLE_CODES.eventAdmin, ROLE_CODES.eventManager];
  if (write.kind === 'create') {
    if (assigned.length > 0 && assigned.every((code) => invitable.includes(code))) return { ok: true };
    return { ok: false, reason: 'Администратор события может пригласить только администратора или менеджера события' };
  }
  if (write.kind === 'update' && write.self && write.assignedRoles === undefined) return { ok: true };
  return { ok: false, reason: 'Изменять учётные записи организаторов может администратор клиента' };
}
