/**
 * The program calendar has its own admin permission: registered as a plugin action (so the Roles
 * page shows a switch for it), required by every calendar route on top of the session permission,
 * and given to the three organizer roles.
 */
import { describe, expect, it } from 'vitest';
import calendarRoutes from '../calendar/routes';
import { CALENDAR_ACTIONS } from '../calendar/permission';
import { CALENDAR_READ } from '../constants';
import { buildRolePermissions, CM, ROLES, type PermissionCatalog } from '../domain/roles';

const SESSION = 'api::session.session';

const catalog: PermissionCatalog = {
  actions: [
    { actionId: CM.read, section: 'contentTypes', subjects: [SESSION], properties: ['fields'] },
    { actionId: CALENDAR_READ, section: 'plugins' },
  ],
  fieldsOf: () => ['title'],
  isLocalized: () => false,
  locales: ['ru'],
};

interface PolicyConfig {
  actions: Array<{ action: string; subject?: string }>;
}

const permissionPolicies = (route: (typeof calendarRoutes)[number]) =>
  route.config.policies.filter((policy): policy is { name: string; config: PolicyConfig } => typeof policy === 'object' && policy.name === 'admin::hasPermissions');

describe('the calendar permission', () => {
  it('is a plugin action of event-builder with a Russian name (a switch on the Roles page)', () => {
    expect(CALENDAR_READ).toBe('plugin::event-builder.calendar.read');
    expect(CALENDAR_ACTIONS).toEqual([expect.objectContaining({ section: 'plugins', pluginName: 'event-builder', uid: 'calendar.read' })]);
    expect(CALENDAR_ACTIONS[0]?.displayName).toMatch(/[а-яё]/i);
  });

  it.each(calendarRoutes.map((route) => [`${route.method} ${route.path}`, route] as const))('is required by %s, with the session permission', (_name, route) => {
    const actions = permissionPolicies(route).flatMap((policy) => policy.config.actions.map((entry) => entry.action));
    expect(actions).toContain(CALENDAR_READ);
    expect(actions.some((action) => action.startsWith('plugin::content-manager.explorer.'))).toBe(true);
  });

  it.each(ROLES.map((role) => [role.key] as const))('is given to the organizer role %s', (role) => {
    const permissions = buildRolePermissions(role, catalog);
    expect(permissions.filter((permission) => permission.action === CALENDAR_READ)).toEqual([{ action: CALENDAR_READ, subject: null, properties: {}, conditions: [] }]);
  });
});
