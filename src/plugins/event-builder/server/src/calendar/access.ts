/**
 * Which events and sessions an admin may see and change from the calendar. The routes' policies check
 * the content-manager actions on sessions; here the RBAC conditions the content manager applies become
 * query filters, and the organizers service (event admins and managers) decides per event, so the
 * calendar never shows or changes more than the content manager would.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { httpError, platform, type Text } from '../../../../platform/server/src/kit';
import { t } from '../i18n/messages';

export const ACTIONS = {
  read: 'plugin::content-manager.explorer.read',
  create: 'plugin::content-manager.explorer.create',
  update: 'plugin::content-manager.explorer.update',
} as const;
export type Action = (typeof ACTIONS)[keyof typeof ACTIONS];

export type Filter = Record<string, unknown>;

/** The admin behind a request: set by the admin auth strategy. */
export interface AdminCaller {
  user: { id: number };
  ability: unknown;
}

interface PermissionsManager {
  getQuery(action?: string): Filter | null | undefined;
}

interface PermissionService {
  createPermissionsManager(options: { ability: unknown; model: string }): PermissionsManager;
}

/** Planning the program is editing an event's content: the organizers' 'manager' level (admins have it too). */
const CALENDAR_LEVEL = 'manager';

export const calendarAccess = (strapi: Core.Strapi) => {
  const organizers = () => platform(strapi).access;

  return {
    /**
     * The filter a caller's RBAC conditions put on `uid` for `action`: `{}` when unconditional,
     * null when the caller may not at all.
     */
    filterFor(caller: AdminCaller, action: Action, uid: string): Filter | null {
      const permissions = strapi.service('admin::permission') as unknown as PermissionService;
      const query = permissions.createPermissionsManager({ ability: caller.ability, model: uid }).getQuery(action);
      return query === null ? null : (query ?? {});
    },

    /** Whether the organizer roles let the caller plan this event (listed admin or manager, client admin, Super Admin). */
    async organizerAllows(caller: AdminCaller, eventDocumentId: string): Promise<boolean> {
      return organizers().canAccessEvent(caller.user, eventDocumentId, CALENDAR_LEVEL);
    },

    /** The filter on events the organizer roles let the caller plan (`{}` for all). */
    async organizerEventFilter(caller: AdminCaller): Promise<Filter> {
      return organizers().eventFilter(caller.user, CALENDAR_LEVEL);
    },

    /** Combines a lookup filter with the caller's permission filter. */
    scoped(filters: Filter, permission: Filter): Filter {
      return Object.keys(permission).length === 0 ? filters : { $and: [filters, permission] };
    },

    /** The error to throw when the caller may not (403). */
    denied(text: Text = t('access.event')): InstanceType<typeof errors.ForbiddenError> {
      return httpError.forbidden(text);
    },
  };
};

export type CalendarAccess = ReturnType<typeof calendarAccess>;
