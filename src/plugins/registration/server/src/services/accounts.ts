/**
 * The accounts service other code calls (`getService(strapi, 'accounts')`): one object assembled from
 * the focused modules: account-profiles.ts (accounts and profiles), account-sessions.ts (JWT,
 * refresh tokens and cookies, the viewer of a request) and sign-in-codes.ts (emailed one-time codes).
 */
import type { Core } from '@strapi/strapi';
import accountProfiles from './account-profiles';
import accountSessions from './account-sessions';
import signInCodes from './sign-in-codes';

export { ACCOUNT_COLUMNS, toAccount, type Account, type PublicAccount, type UserRow } from './account-profiles';
export { sessionExpired, type IssuedSession } from './account-sessions';
export type { CodeOptions } from './sign-in-codes';

const accounts = ({ strapi }: { strapi: Core.Strapi }) => {
  const profiles = accountProfiles({ strapi });
  return { ...profiles, ...accountSessions({ strapi }, profiles), ...signInCodes({ strapi }, profiles) };
};

export type AccountsService = ReturnType<typeof accounts>;
export default accounts;
