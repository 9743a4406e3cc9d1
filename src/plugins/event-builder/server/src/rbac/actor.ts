/**
 * The admin user behind the current request, when it is a signed-in admin-panel request: RBAC-like
 * rules that live below the HTTP layer (document-service middleware, database lifecycles) apply to
 * them only. Scripts, jobs and the public API have no such actor.
 */
import type { Core } from '@strapi/strapi';
import type { AdminUserLike } from '../../../../platform/server/src/kit';

export interface AdminActor extends AdminUserLike {
  id: number;
  documentId?: string;
  firstname?: string | null;
  lastname?: string | null;
  email?: string;
  roles: Array<{ id?: number; code?: string | null; name?: string }>;
}

interface AdminRequestState {
  auth?: { strategy?: { name?: string } };
  user?: AdminActor;
  userAbility?: unknown;
}

export function currentAdmin(strapi: Core.Strapi): AdminActor | null {
  const ctx = strapi.requestContext.get();
  const state = ctx?.state as AdminRequestState | undefined;
  if (state?.auth?.strategy?.name !== 'admin' || !state.user || typeof state.user.id !== 'number') return null;
  return { ...state.user, roles: Array.isArray(state.user.roles) ? state.user.roles : [] };
}

export const roleCodesOf = (actor: { roles?: Array<{ code?: string | null }> }): string[] =>
  (actor.roles ?? []).map((role) => role.code).filter((code): code is string => typeof code === 'string');

export const displayName = (user: { firstname?: string | null; lastname?: string | null; email?: string | null }): string =>
  [user.firstname, user.lastname].filter((part) => typeof part === 'string' && part.trim() !== '').join(' ') || user.email || '';
