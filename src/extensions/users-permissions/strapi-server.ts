/**
 * Users & Permissions for MMSO Connect (issue 10, findings 3 and 13):
 * - no password accounts: the password and provider routes are removed, the GraphQL login/register
 *   (and password) mutations refused, their permissions taken from every role at each start, sign-up
 *   turned off, and passwords stored on visitor accounts cleared (visitors sign in only by code);
 * - an access token stands only while its session does: a sign-out (which deletes the session) or a
 *   refresh (which rotates it) ends it everywhere Users & Permissions authenticates.
 */
import type { Core } from '@strapi/strapi';
import { sessionStands } from '../../plugins/registration/server/src/domain/access-token';
import { PASSWORD_MUTATIONS, PASSWORD_PERMISSIONS, isPasswordRoute } from './password-flows';

type Factory<T> = (deps: { strapi: Core.Strapi }) => T;

interface JwtService {
  getToken(ctx: unknown): Promise<unknown> | null;
  issue(payload: Record<string, unknown>, options?: Record<string, unknown>): unknown;
  verify(token: string): Promise<Record<string, unknown>>;
}

interface RouterLike {
  type?: string;
  routes: Array<{ handler?: unknown }>;
}

interface UsersPermissionsPlugin {
  policies?: Record<string, () => boolean>;
  register?: Factory<void | Promise<void>>;
  bootstrap?: Factory<void | Promise<void>>;
  routes: Record<string, RouterLike | (() => RouterLike)>;
  services: Record<string, Factory<unknown>>;
}

interface GraphqlExtensions {
  use(extension: { resolversConfig: Record<string, { policies: string[] }> }): void;
}

/** A policy that refuses every call (the GraphQL mutations of password flows). */
const CLOSED_POLICY = 'password-flows-closed';

/** Access tokens of sessions that were ended (sign-out) or rotated (refresh) do not stand. */
const withLiveSessions =
  (original: Factory<JwtService>): Factory<JwtService> =>
  ({ strapi }) => {
    const service = original({ strapi });
    const verify = service.verify.bind(service);
    return Object.assign(service, {
      async verify(token: string) {
        const payload = await verify(token);
        if ((strapi.config.get('plugin::users-permissions.jwtManagement', 'legacy-support') as string) !== 'refresh') return payload;
        const sessionId = typeof payload.sessionId === 'string' ? payload.sessionId : null;
        const row = sessionId
          ? ((await strapi.db.query('admin::session').findOne({ where: { sessionId }, select: ['userId', 'origin', 'status', 'expiresAt'] })) as {
              userId: string;
              origin: string;
              status: string | null;
              expiresAt: string | Date | null;
            } | null)
          : null;
        const session = row ? { ...row, expiresAt: row.expiresAt === null ? null : new Date(row.expiresAt) } : null;
        if (!sessionStands(session, String(payload.id), new Date())) throw new Error('Invalid token.');
        return payload;
      },
    });
  };

/** Removes what would let anyone hold a password account, on every start. */
async function closePasswordAccounts(strapi: Core.Strapi): Promise<void> {
  await strapi.db.query('plugin::users-permissions.permission').deleteMany({ where: { action: { $in: [...PASSWORD_PERMISSIONS] } } });
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register !== false) await store.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
  // passwords set before these routes were closed (anyone could sign up on any address) are void
  const cleared = await strapi.db.query('plugin::users-permissions.user').updateMany({ where: { password: { $notNull: true } }, data: { password: null } });
  if (cleared.count > 0) strapi.log.info(`[users-permissions] cleared the passwords of ${cleared.count} visitor account(s): visitors sign in by emailed code`);
}

export default (plugin: UsersPermissionsPlugin): UsersPermissionsPlugin => {
  for (const [name, router] of Object.entries(plugin.routes)) {
    if (name !== 'content-api') continue;
    const strip = (value: RouterLike): RouterLike => ({ ...value, routes: value.routes.filter((route) => !isPasswordRoute(route)) });
    plugin.routes[name] = typeof router === 'function' ? () => strip(router()) : strip(router);
  }

  plugin.policies = { ...plugin.policies, [CLOSED_POLICY]: () => false };

  const jwt = plugin.services.jwt as Factory<JwtService> | undefined;
  if (jwt) plugin.services.jwt = withLiveSessions(jwt);

  const register = plugin.register;
  plugin.register = async ({ strapi }) => {
    await register?.({ strapi });
    if (strapi.plugin('graphql')) {
      const extensions = strapi.plugin('graphql').service('extension') as GraphqlExtensions;
      extensions.use({ resolversConfig: Object.fromEntries(PASSWORD_MUTATIONS.map((name) => [`Mutation.${name}`, { policies: [`plugin::users-permissions.${CLOSED_POLICY}`] }])) });
    }
  };

  const bootstrap = plugin.bootstrap;
  plugin.bootstrap = async ({ strapi }) => {
    await bootstrap?.({ strapi });
    await closePasswordAccounts(strapi);
  };
  return plugin;
};
