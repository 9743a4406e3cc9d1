/**
 * The two RBAC conditions of the organizer roles: "is an administrator of the event" and "is a
 * manager of the event". One condition serves every event-related type (the event, its sessions,
 * tracks, news and ads, partners, speakers, partner links, registrations, registered site users):
 * the permission it is attached to says which, and the way to the event follows (for the types of
 * other modules, as they declared it through the platform's access registry). Registered in
 * bootstrap, before the roles that use them.
 *
 * Strapi evaluates conditions whenever it builds a user's abilities, once per admin request: the
 * types tied to an event by a plain field (registrations) or by registrations (site users) need
 * the user's events looked up first, done once per request and kind; the registrants only on the
 * requests that read site users through the abilities (`readsSiteUsers`: the content manager's).
 */
import type { Core } from '@strapi/strapi';
import { EVENT_UID } from '../constants';
import { conditionLookup, membershipCondition, readsSiteUsers, type ConditionScope, type MembershipKind } from '../domain/roles';
import { platform } from '../../../../platform/server/src/kit';

interface ConditionProvider {
  register(condition: {
    name: string;
    displayName: string;
    category: string;
    plugin: string;
    handler: (user: { id: number; permission?: { subject?: string | null } }) => Promise<Record<string, unknown> | false>;
  }): Promise<unknown>;
  has?(id: string): boolean;
}

const DEFINITIONS: Array<{ name: string; kind: MembershipKind; displayName: string }> = [
  { name: 'event-admin', kind: 'admin', displayName: 'Администратор этого события' },
  { name: 'event-manager', kind: 'manager', displayName: 'Менеджер этого события' },
];

const FIELD: Record<MembershipKind, 'admins' | 'managers'> = { admin: 'admins', manager: 'managers' };

/** Lookups of one request, by key. */
const perRequest = new WeakMap<object, Map<string, Promise<unknown>>>();

function once<T>(strapi: Core.Strapi, key: string, load: () => Promise<T>): Promise<T> {
  const ctx = strapi.requestContext.get() as object | undefined;
  if (!ctx) return load();
  let cache = perRequest.get(ctx);
  if (!cache) perRequest.set(ctx, (cache = new Map()));
  let found = cache.get(key) as Promise<T> | undefined;
  if (!found) {
    found = load();
    cache.set(key, found);
  }
  return found;
}

export async function registerOrganizerConditions(strapi: Core.Strapi): Promise<void> {
  const { conditionProvider } = strapi.service('admin::permission') as unknown as { conditionProvider: ConditionProvider };

  const eventsOf = (userId: number, kind: MembershipKind) =>
    once(strapi, `events:${kind}:${userId}`, async () => {
      const rows = (await strapi.db.query(EVENT_UID).findMany({ where: { [FIELD[kind]]: { id: userId } }, select: ['documentId'] })) as Array<{ documentId: string }>;
      return [...new Set(rows.map((row) => row.documentId))];
    });

  const registrantsOf = (userId: number, kind: MembershipKind) =>
    once(strapi, `registrants:${kind}:${userId}`, async () => {
      const events = await eventsOf(userId, kind);
      return platform(strapi).access.registrantsOf(events);
    });

  for (const definition of DEFINITIONS) {
    if (conditionProvider.has?.(`plugin::event-builder.${definition.name}`)) continue;
    await conditionProvider.register({
      name: definition.name,
      displayName: definition.displayName,
      category: 'События',
      plugin: 'event-builder',
      // Strapi passes the user with the permission being evaluated merged in
      handler: async (user) => {
        const subject = user.permission?.subject;
        const declared = platform(strapi).access.declared();
        const scope: ConditionScope = {};
        const lookup = conditionLookup(subject, declared);
        if (lookup === 'events') scope.eventDocumentIds = await eventsOf(user.id, definition.kind);
        if (lookup === 'registrants') scope.registrantIds = readsSiteUsers(strapi.requestContext.get()?.path) ? await registrantsOf(user.id, definition.kind) : [];
        return membershipCondition(definition.kind, subject, user.id, scope, declared);
      },
    });
  }
}
