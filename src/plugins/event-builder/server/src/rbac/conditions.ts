/**
 * The two RBAC conditions of the organizer roles: "is an administrator of the event" and "is a
 * manager of the event". One condition serves every event-related type (the event, its sessions,
 * tracks, news and ads, partners, speakers): the permission it is attached to says which, and the
 * relation path to the event follows. Registered in bootstrap, before the roles that use them.
 */
import type { Core } from '@strapi/strapi';
import { membershipCondition, type MembershipKind } from '../domain/roles';

interface ConditionProvider {
  register(condition: {
    name: string;
    displayName: string;
    category: string;
    plugin: string;
    handler: (user: { id: number; permission?: { subject?: string | null } }) => Record<string, number> | false;
  }): Promise<unknown>;
  has?(id: string): boolean;
}

const DEFINITIONS: Array<{ name: string; kind: MembershipKind; displayName: string }> = [
  { name: 'event-admin', kind: 'admin', displayName: 'Администратор этого события' },
  { name: 'event-manager', kind: 'manager', displayName: 'Менеджер этого события' },
];

export async function registerOrganizerConditions(strapi: Core.Strapi): Promise<void> {
  const { conditionProvider } = strapi.service('admin::permission') as unknown as { conditionProvider: ConditionProvider };
  for (const definition of DEFINITIONS) {
    if (conditionProvider.has?.(`plugin::event-builder.${definition.name}`)) continue;
    await conditionProvider.register({
      name: definition.name,
      displayName: definition.displayName,
      category: 'События',
      plugin: 'event-builder',
      // Strapi passes the user with the permission being evaluated merged in
      handler: (user) => membershipCondition(definition.kind, user.permission?.subject, user.id),
    });
  }
}
