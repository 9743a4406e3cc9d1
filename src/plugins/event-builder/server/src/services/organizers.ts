/**
 * Who organizes which event: the one place plugins ask whether an admin user may see or change an
 * event's data (registrant lists, exports, dashboards, the program calendar ...). The decision is
 * the one the admin roles' RBAC conditions make in the content manager:
 *
 * - 'manager': may see everything of the event (including its registrants' personal data) and edit
 *   its content. Event administrators and managers listed on the event, client administrators and
 *   Super Admins.
 * - 'admin': may also change its settings (privacy, registration, access lists, organizers),
 *   publish and delete it. Event administrators listed in its `admins`, client administrators and
 *   Super Admins.
 *
 *   const organizers = strapi.plugin('event-builder').service('organizers') as OrganizersService;
 *   await organizers.assertCanAccessEvent(ctx.state.user, eventDocumentId, 'manager');
 *   const events = await strapi.documents('api::event.event').findMany({ filters: await organizers.eventFilter(ctx.state.user, 'manager') });
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { EVENT_UID } from '../constants';
import { eventLevel, hasAllAccess, levelCovers, ROLE_CODES, type EventLevel, type RoleCode } from '../domain/roles';
import { syncOrganizerRoles } from '../rbac/roles';

/** An admin user as the admin auth strategy puts it on `ctx.state.user` (roles populated), or just its id. */
export interface AdminUserLike {
  id: number;
  isActive?: boolean;
  blocked?: boolean;
  roles?: Array<{ id?: number; code?: string | null }>;
}

export type Filter = Record<string, unknown>;

const EVENT_LEVELS: readonly EventLevel[] = ['admin', 'manager'];

/** A filter that matches no event. */
const NOTHING: Filter = { documentId: { $in: [] } };

const organizers = ({ strapi }: { strapi: Core.Strapi }) => {
  const events = () => strapi.db.query(EVENT_UID);

  const checkLevel = (level: string): EventLevel => {
    if (!(EVENT_LEVELS as readonly string[]).includes(level)) {
      throw new TypeError(`organizers: unknown event level "${level}" (use 'admin' or 'manager')`);
    }
    return level as EventLevel;
  };

  const service = {
    /** Codes of the user's admin roles (loaded unless the user object carries them); none for an inactive user. */
    async roleCodes(adminUser: AdminUserLike): Promise<string[]> {
      let user: AdminUserLike | null = adminUser;
      const carriesRoles = Array.isArray(adminUser.roles) && adminUser.roles.every((role) => typeof role.code === 'string');
      if (!carriesRoles || adminUser.isActive === undefined) {
        user = (await strapi.db.query('admin::user').findOne({ where: { id: adminUser.id }, populate: ['roles'] })) as AdminUserLike | null;
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

    /**
     * Whether the admin user may work on the event at `level` ('manager': see all its data and edit
     * its content; 'admin': also its settings, publication and organizers).
     */
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
      const codes = await service.roleCodes(adminUser);
      if (hasAllAccess(codes)) return {};
      const asAdmin = { admins: { id: adminUser.id } };
      const asManager = { managers: { id: adminUser.id } };
      const isEventAdmin = codes.includes(ROLE_CODES.eventAdmin);
      const isManager = codes.includes(ROLE_CODES.eventManager);
      if (required === 'admin') return isEventAdmin ? asAdmin : NOTHING;
      if (isEventAdmin || isManager) return { $or: [asAdmin, asManager] };
      return NOTHING;
    },

    /**
     * Creates the organizer roles (client administrator, event administrator, event manager) when
     * missing and brings them to their definition. Called by the app's bootstrap, after Strapi's
     * admin has registered its actions and conditions and made the Super Admin role.
     */
    async syncRoles(): Promise<Record<RoleCode, number>> {
      return syncOrganizerRoles(strapi);
    },

    /** Document ids of the events the user may work on at `level`, or 'all'. */
    async accessibleEventIds(adminUser: AdminUserLike, level: EventLevel): Promise<string[] | 'all'> {
      const filter = await service.eventFilter(adminUser, level);
      if (Object.keys(filter).length === 0) return 'all';
      const rows = (await strapi.db.query(EVENT_UID).findMany({
        where: { $and: [{ publishedAt: null }, filter] },
        select: ['documentId'],
      })) as Array<{ documentId: string }>;
      return [...new Set(rows.map((row) => row.documentId))];
    },
  };
  return service;
};

export type OrganizersService = ReturnType<typeof organizers>;
export default organizers;
