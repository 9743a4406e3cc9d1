/**
 * Event access, shared by every module. Pure: the decisions take role codes and event membership as
 * arguments; the registry is plain data each module declares in its register().
 *
 * - The organizer roles (client administrator, event administrator, event manager) and an admin
 *   user's level on one event: 'admin' (configure, publish, delete, appoint organizers), 'manager'
 *   (see all its data, edit its content) or none.
 * - The registry of what each module brings under the organizer roles: its content types tied to an
 *   event (and how: a relation, a plain field holding the event's document id, or "site users through
 *   their registrations"), and the content-manager permissions it grants each role on them. The
 *   module that builds the roles (event-builder) reads the registry; no module knows another's types.
 */

export const SUPER_ADMIN_CODE = 'strapi-super-admin';

export const ROLE_CODES = {
  clientAdmin: 'mmso-client-admin',
  eventAdmin: 'mmso-event-admin',
  eventManager: 'mmso-event-manager',
} as const;
export type RoleKey = keyof typeof ROLE_CODES;
export type RoleCode = (typeof ROLE_CODES)[RoleKey];

/** What an admin user may do on one event: configure it ('admin') or work on its content ('manager'). */
export type EventLevel = 'admin' | 'manager';
export const EVENT_LEVELS: readonly EventLevel[] = ['admin', 'manager'];

export interface Membership {
  admin: boolean;
  manager: boolean;
}

/** Roles that see and may do everything in the space, whatever the event's lists say. */
export const hasAllAccess = (roleCodes: readonly string[]) => roleCodes.includes(SUPER_ADMIN_CODE) || roleCodes.includes(ROLE_CODES.clientAdmin);

/**
 * What an admin user may do on one event: 'admin', 'manager' or null. The role caps the listing: a
 * manager listed among the administrators is still a manager; an event administrator listed as
 * manager manages.
 */
export function eventLevel(roleCodes: readonly string[], membership: Membership): EventLevel | null {
  if (hasAllAccess(roleCodes)) return 'admin';
  if (roleCodes.includes(ROLE_CODES.eventAdmin)) {
    if (membership.admin) return 'admin';
    if (membership.manager) return 'manager';
  }
  if (roleCodes.includes(ROLE_CODES.eventManager) && (membership.admin || membership.manager)) return 'manager';
  return null;
}

/** Whether `granted` covers `required` ('admin' covers 'manager'). */
export const levelCovers = (granted: EventLevel | null, required: EventLevel) => granted === 'admin' || (granted === 'manager' && required === 'manager');

export type Filter = Record<string, unknown>;

/** A filter on events that matches none. */
export const NO_EVENTS: Filter = { documentId: { $in: [] } };

/**
 * The filter on `api::event.event` keeping the events an admin user with `roleCodes` may work on at
 * `level` (`{}`: all of them).
 */
export function organizerEventFilter(roleCodes: readonly string[], userId: number, level: EventLevel): Filter {
  if (hasAllAccess(roleCodes)) return {};
  const asAdmin = { admins: { id: userId } };
  const asManager = { managers: { id: userId } };
  const isEventAdmin = roleCodes.includes(ROLE_CODES.eventAdmin);
  const isManager = roleCodes.includes(ROLE_CODES.eventManager);
  if (level === 'admin') return isEventAdmin ? asAdmin : NO_EVENTS;
  if (isEventAdmin || isManager) return { $or: [asAdmin, asManager] };
  return NO_EVENTS;
}

// ---------------------------------------------------------------------------------------------
// The registry of modules' content under the organizer roles

/** How entries of a type are tied to the events they belong to. */
export type EventLink =
  /** A relation path to the event ('' for the event itself, 'event.' for a type with an `event` relation). */
  | { via: 'relation'; path: string }
  /** The event's document id in a plain field (types a module writes with plain SQL). */
  | { via: 'record'; field: string }
  /** Site users, through their registrations to the event (the module keeping registrations answers). */
  | { via: 'registrants' };

/** A module's content type tied to events. */
export interface AccessSubject {
  uid: string;
  link: EventLink;
  /** Organizers only read it: it changes through the module's own services. */
  readOnly?: boolean;
  /** The level on its event needed to write it (default 'manager'; 'admin' for an event's settings). */
  writeLevel?: EventLevel;
}

/** A content-manager action a module grants an organizer role on one of its types. */
export type GrantAction = 'create' | 'read' | 'update' | 'delete' | 'publish';

/**
 * One permission: `roles` get `action` on `subject`, limited to the entries of the events where the
 * user is listed as administrator (`scope: 'admin'`), as administrator or manager ('member'), or not
 * limited ('none': creating, which the write guards check). `fields` narrows the fields shown.
 */
export interface AccessGrant {
  roles: readonly Exclude<RoleKey, 'clientAdmin'>[];
  action: GrantAction;
  subject: string;
  scope: 'none' | 'admin' | 'member';
  fields?: readonly string[];
}

/**
 * An admin action of a module's own (its pages and routes, not the content manager), registered in
 * the admin's RBAC as `plugin::<module>.<name>` and given to `roles`; the client administrator gets
 * every action anyway. The action opens the module's pages; what they show stays scoped to the
 * events of the user (the routes check the user's level on the event, as everywhere).
 */
export interface ModuleAction {
  /** The action's name inside the module: 'registrants.read' becomes `plugin::<module>.registrants.read`. */
  name: string;
  /** How the Roles page names it (Russian, like the rest of the admin's RBAC labels). */
  displayName: string;
  /** The group it is shown in on the Roles page (the module's own section). */
  subCategory?: string;
  roles: readonly Exclude<RoleKey, 'clientAdmin'>[];
}

/** A module's action as declared, with its full id. */
export interface DeclaredAction extends ModuleAction {
  /** `plugin::<module>.<name>`. */
  actionId: string;
  module: string;
}

/** The full id of a module's action. */
export const moduleActionId = (module: string, name: string) => `plugin::${module}.${name}`;

/** What a module declares. */
export interface ModuleAccess {
  module: string;
  subjects?: readonly AccessSubject[];
  grants?: readonly AccessGrant[];
  actions?: readonly ModuleAction[];
}

/** Everything declared so far, merged. */
export interface DeclaredAccess {
  subjects: readonly AccessSubject[];
  grants: readonly AccessGrant[];
  actions: readonly DeclaredAction[];
}

export const NOTHING_DECLARED: DeclaredAccess = { subjects: [], grants: [], actions: [] };

/** Merges the modules' declarations; a type declared twice (by two modules) is a programming error. */
export function mergeDeclarations(modules: readonly ModuleAccess[]): DeclaredAccess {
  const owners = new Map<string, string>();
  const subjects: AccessSubject[] = [];
  const grants: AccessGrant[] = [];
  const actions = new Map<string, DeclaredAction>();
  for (const entry of modules) {
    for (const subject of entry.subjects ?? []) {
      const owner = owners.get(subject.uid);
      if (owner !== undefined) throw new Error(`access: ${subject.uid} is declared by both '${owner}' and '${entry.module}'`);
      owners.set(subject.uid, entry.module);
      subjects.push(subject);
    }
    grants.push(...(entry.grants ?? []));
    for (const action of entry.actions ?? []) {
      const actionId = moduleActionId(entry.module, action.name);
      if (actions.has(actionId)) throw new Error(`access: the action ${actionId} is declared twice`);
      actions.set(actionId, { ...action, actionId, module: entry.module });
    }
  }
  return { subjects, grants, actions: [...actions.values()] };
}

/** The module actions declared for an organizer role (event administrator or manager). */
export const actionsOfRole = (declared: DeclaredAccess, role: Exclude<RoleKey, 'clientAdmin'>): string[] =>
  declared.actions.filter((action) => action.roles.includes(role)).map((action) => action.actionId);

/** The declared subject of `uid`, if any. */
export const declaredSubject = (declared: DeclaredAccess, uid: string | null | undefined): AccessSubject | undefined =>
  declared.subjects.find((subject) => subject.uid === uid);
