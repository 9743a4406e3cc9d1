/**
 * Visitors sign in only by an emailed code (plugin registration). Everything of Users & Permissions
 * that signs in, signs up or changes an account by password, or confirms an address its own way, is
 * closed: its REST routes are removed, its GraphQL mutations refused, its permissions taken from
 * every role. Pure lists and decisions; `strapi-server.ts` applies them.
 */

/** Controller actions (`auth.<name>`) of password and provider flows. */
export const PASSWORD_ACTIONS = [
  'connect',
  'callback',
  'register',
  'forgotPassword',
  'resetPassword',
  'emailConfirmation',
  'sendEmailConfirmation',
  'changePassword',
] as const;

/** GraphQL mutations of the same flows. */
export const PASSWORD_MUTATIONS = ['login', 'register', 'forgotPassword', 'resetPassword', 'emailConfirmation', 'changePassword'] as const;

/** Permission action ids of those flows, as roles store them. */
export const PASSWORD_PERMISSIONS: readonly string[] = PASSWORD_ACTIONS.map((action) => `plugin::users-permissions.auth.${action}`);

interface RouteLike {
  handler?: unknown;
}

/** Whether a content-api route of Users & Permissions serves a password or provider flow. */
export function isPasswordRoute(route: RouteLike): boolean {
  if (typeof route.handler !== 'string') return false;
  const [controller, action] = route.handler.split('.');
  return controller === 'auth' && (PASSWORD_ACTIONS as readonly string[]).includes(action ?? '');
}
