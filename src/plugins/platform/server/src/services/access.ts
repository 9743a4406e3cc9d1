/**
 * Event access for every module (reached as `platform(strapi).access`):
 *
 * - the organizer scope of an admin user: their level on an event ('manager': see everything of the
 *   event, including its registrants' personal data, and edit its content; 'admin': also its settings,
 *   publication and organizers), and the events they may work on. The decision the organizer roles'
 *   RBAC conditions make in the content manager;
 * - the privacy decision for a viewer of the site: what they were given (invitations, allowlists);
 *   with `viewerPasses` of the kit, whether they may see an event;
 * - the registry of what each module brings under the organizer roles (`declare` in register()), and
 *   the module that keeps registrations answering "is this user registered" and "who is registered".
 *
 *   await platform(strapi).access.assertCanAccessEvent(ctx.state.user, eventDocumentId, 'manager');
 *   const filters = await platform(strapi).access.eventFilter(ctx.state.user, 'manager');
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  EVENT_LEVELS,
  eventLevel,
  hasAllAccess,
  levelCovers,
  mergeDeclarations,
  NOTHING_DECLARED,
  organizerEventFilter,
  type DeclaredAccess,
  type EventLevel,
  type Filter,
  type ModuleAccess,
} from '../domain/access';
import { NO_ACCESS, parseAllowlist, type ViewerAccess } from '../domain/privacy';
import { ADMIN_USER_UID, EVENT_UID, USER_UID } from '../constants';


/** An admin user as the admin auth strategy puts it on `ctx.state.user` (roles populated), or just its id. */
export interface AdminUserLike {
  id: number;
  isActive?: boolean;
  blocked?: boolean;
  roles?: Array<{ id?: number; code?: string | null }>;
}

/** A signed-in site user. */
export interface Viewer {
  id: number;
}

/** What the module keeping registrations answers about them. */
export interface Attendance {
  /** Whether the user holds a seat at the event (waitlisted, cancelled: no). */
  isRegistered(userId: number, eventDocumentId: string): Promise<boolean>;
  /** Ids of the site users registered or waitlisted to any of the events. */
  registrantsOf(eventDocumentIds: readonly string[]): Promise<number[]>;
}

/** The admin's registry of RBAC actions (`admin::permission`'s action provider). */
interface AdminActionProvider {
  has(actionId: string): boolean;
  registerMany(actions: Array<{ section: 'plugins'; displayName: string; uid: string; pluginName: string; subCategory?: string }>): Promise<unknown>;
}

const access = ({ strapi }: { strapi: Core.Strapi }) => {
  const modules: ModuleAccess[] = [];
  let declared: DeclaredAccess = NOTHING_DECLARED;
  let attendance: Attendance | null = null;
  const events = () => strapi.db.query(EVENT_UID);

  const checkLevel = (level: string): EventLevel => {
    if (!(EVENT_LEVELS as readonly string[]).includes(level)) {
      throw new TypeError(`access: unknown event level "${level}" (use 'admin' or 'manager')`);
    }
    return level as EventLevel;
  };

  const service = {
    /** A module declares its content types tied to events and what it grants the organizer roles (in its register()). */
    declare(moduleAccess: ModuleAccess): void {
      const others = modules.filter((entry) => entry.module !== moduleAccess.module);
      declared = mergeDeclarations([...others, moduleAccess]);
      modules.splice(0, modules.length, ...others, moduleAccess);
    },

    /**
     * Registers the declared module actions with the admin's RBAC (in register(), after `declare`;
     * the organizer roles, synced at bootstrap, get them). Idempotent: the admin's registry lives for
     * the process, and a second Strapi in it (tests) must not register an action twice.
     */
    async registerActions(): Promise<void> {
      const { actionProvider } = strapi.service('admin::permission') as unknown as { actionProvider: AdminActionProvider };
      const missing = declared.actions.filter((action) => !actionProvider.has(action.actionId));
      if (missing.length === 0) return;
      await actionProvider.registerMany(
        missing.map((action) => ({
          section: 'plugins' as const,
          displayName: action.displayName,
          uid: action.name,
          pluginName: action.module,
          ...(action.subCategory ? { subCategory: action.subCategory } : {}),
        })),
      );
    },

    /** Everything the modules declared. */
    declared(): DeclaredAccess {
      return declared;
    },

    /** The module keeping registrations provides the answers about them (in its register()). */
    provideAttendance(provider: Attendance): void {
      attendance = provider;
    },

    /** Whether the user holds a seat at the event; null when no module keeps registrations. */
    async isRegistered(userId: number, eventDocumentId: string): Promise<boolean | null> {
      return attendance ? attendance.isRegistered(userId, eventDocumentId) : null;
    },

    /** Site users registered or waitlisted to the events (none when no module keeps registrations). */
    async registrantsOf(eventDocumentIds: readonly string[]): Promise<number[]> {
      if (!attendance || eventDocumentIds.length === 0) return [];
      return attendance.registrantsOf(eventDocumentIds);
    },

    // -----------------------------------------------------------------------------------------
    // The organizer scope

    /** Codes of the user's admin roles (loaded unless the user object carries them); none for an inactive user. */
    async roleCodes(adminUser: AdminUserLike): Promise<string[]> {
      let user: AdminUserLike | null = adminUser;
      const carriesRoles = Array.isArray(adminUser.roles) && adminUser.roles.every((role) => typeof role.code === 'string');
      if (!carriesRoles || adminUser.isActive === undefined) {
        user = (await strapi.db.query(ADMIN_USER_UID).findOne({ where: { id: adminUser.id }, populate: ['roles'] })) as AdminUserLike | null;
      }
      if (!user || user.isActive === false || user.blocked === true) return [];
      return (user.roles ?? []).map((role) => role.code).filter((code): code is string => typeof code === 'string');
    },

    /** Whether the user sees every event of the space (Super Admin, client administrator). */
    async hasAllAccess(adminUser: AdminUserLike): Promise<boolean> {
      return hasAllAccess(await service.roleCodes(adminUser));
    },

    /** The user's level on the event, or null (also for an event that does not exist). */
    async levelFor(adminUser: AdminUserLike, eventDocumentId: string): Promise<EventLevel | null> {
      if (typeof eventDocumentId !== 'string' || eventDocumentId === '') return null;
      const codes = await service.roleCodes(adminUser);
      if (codes.length === 0) return null;
      // the lists are the document's (kept the same on all its versions): the draft is the latest word
      const where = { documentId: eventDocumentId, publishedAt: null };
      if (hasAllAccess(codes)) return (await events().count({ where })) > 0 ? 'admin' : null;
      // one after the other: inside a transaction both would share one connection
      const admin = await events().count({ where: { ...where, admins: { id: adminUser.id } } });
      const manager = await events().count({ where: { ...where, managers: { id: adminUser.id } } });
      return eventLevel(codes, { admin: admin > 0, manager: manager > 0 });
    },

    /** Whether the admin user may work on the event at `level`. */
    async canAccessEvent(adminUser: AdminUserLike, eventDocumentId: string, level: EventLevel): Promise<boolean> {
      const required = checkLevel(level);
      return levelCovers(await service.levelFor(adminUser, eventDocumentId), required);
    },

    /** Throws a 404 for an event the user may not see at all, a 403 when they see it but need more. */
    async assertCanAccessEvent(adminUser: AdminUserLike, eventDocumentId: string, level: EventLevel): Promise<void> {
      const required = checkLevel(level);
      const granted = await service.levelFor(adminUser, eventDocumentId);
      if (granted === null) throw new errors.NotFoundError('Событие не найдено');
      if (!levelCovers(granted, required)) throw new errors.PolicyError('Это может только администратор события');
    },

    /**
     * A filter on `api::event.event` that keeps the events the user may work on at `level` (`{}`
     * for all of them); combine it with the caller's own filters with `$and`.
     */
    async eventFilter(adminUser: AdminUserLike, level: EventLevel): Promise<Filter> {
      const required = checkLevel(level);
      return organizerEventFilter(await service.roleCodes(adminUser), adminUser.id, required);
    },

    /** Document ids of the events the user may work on at `level`, or 'all'. */
    async accessibleEventIds(adminUser: AdminUserLike, level: EventLevel): Promise<string[] | 'all'> {
      const filter = await service.eventFilter(adminUser, level);
      if (Object.keys(filter).length === 0) return 'all';
      const rows = (await events().findMany({ where: { $and: [{ publishedAt: null }, filter] }, select: ['documentId'] })) as Array<{ documentId: string }>;
      return [...new Set(rows.map((row) => row.documentId))];
    },

    // -----------------------------------------------------------------------------------------
    // The viewer's privacy

    /**
     * What the viewer was given: invitations and allowlists (anonymous: nothing). An allowlist
     * names addresses: it opens an event only to the account that holds that address and has
     * confirmed it (by an emailed code), never to an address typed in a form or a token's claim.
     */
    async viewerAccess(viewer: Viewer | null): Promise<ViewerAccess> {
      if (!viewer) return NO_ACCESS;
      const account = (await strapi.db.query(USER_UID).findOne({ where: { id: viewer.id }, select: ['email', 'confirmed', 'blocked'] })) as {
        email: string | null;
        confirmed: boolean | null;
        blocked: boolean | null;
      } | null;
      if (!account || account.blocked) return NO_ACCESS;
      const email = account.confirmed ? (account.email ?? '').trim().toLowerCase() : '';
      const [invitedRows, allowRows] = await Promise.all([
        events().findMany({ select: ['documentId'], where: { invitedUsers: { id: viewer.id } } }),
        email ? events().findMany({ select: ['documentId', 'allowlist'], where: { allowlist: { $containsi: email } } }) : Promise.resolve([]),
      ]);
      const invited = new Set((invitedRows as Array<{ documentId: string }>).map((row) => row.documentId));
      const allowlisted = new Set(
        (allowRows as Array<{ documentId: string; allowlist: string | null }>)
          .filter((row) => parseAllowlist(row.allowlist).emails.has(email))
          .map((row) => row.documentId),
      );
      return { invited, allowlisted };
    },
  };
  return service;
};

export type AccessService = ReturnType<typeof access>;
export default access;
