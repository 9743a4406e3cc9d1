/**
 * The calendar's own admin action, so a role can be given or refused the calendar without touching
 * its rights on sessions. Registered in `register`: the organizer roles, synced at bootstrap, get it.
 */
import type { Core } from '@strapi/strapi';

export interface AdminActionDefinition {
  section: 'plugins';
  displayName: string;
  uid: string;
  pluginName: string;
}

/** Becomes `plugin::event-builder.calendar.read` (CALENDAR_READ). */
export const CALENDAR_ACTIONS: readonly AdminActionDefinition[] = [
  { section: 'plugins', displayName: 'Открывать календарь программы', uid: 'calendar.read', pluginName: 'event-builder' },
];

interface ActionProvider {
  registerMany(actions: readonly AdminActionDefinition[]): Promise<unknown>;
  has(actionId: string): boolean;
}

export async function registerCalendarPermission(strapi: Core.Strapi): Promise<void> {
  const { actionProvider } = strapi.service('admin::permission') as unknown as { actionProvider: ActionProvider };
  // the admin's action registry lives for the process: a second Strapi in it (tests) must not register twice
  const missing = CALENDAR_ACTIONS.filter((action) => !actionProvider.has(`plugin::${action.pluginName}.${action.uid}`));
  if (missing.length > 0) await actionProvider.registerMany(missing);
}
