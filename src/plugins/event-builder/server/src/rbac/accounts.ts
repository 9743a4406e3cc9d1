/**
 * Organizer accounts (admin users): who may give which role, and the invitation letter.
 *
 * - Only a Super Admin creates, changes or deletes Super Admins; an event administrator invites
 *   only event administrators and managers. Checked on the admin::user table itself, so every route
 *   that writes accounts (create, update, batch delete ...) is covered.
 * - Access is given by email: an account created inactive with a registration token (an invitation,
 *   e.g. `POST /admin/users`) gets a letter with the admin panel's registration link, sent by a
 *   durable job (one per account: a retry or a second enqueue sends nothing twice).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isRecord, platform } from '../../../../platform/server/src/kit';
import { invitationMail } from '../domain/invitation-mail';
import { checkAccountWrite } from '../domain/roles';
import { currentAdmin, displayName, roleCodesOf } from './actor';

export const INVITATION_JOB = 'event-builder.admin-invitation';

interface AdminUserRow {
  id: number;
  email: string;
  firstname?: string | null;
  isActive?: boolean;
  registrationToken?: string | null;
  roles?: Array<{ id: number; code: string; name: string }>;
}

interface LifecycleEvent {
  params: { where?: unknown; data?: unknown };
  result?: unknown;
}

/** Role ids in a `roles` value as the admin user service writes it (ids, `{ id }`, or connect/set). */
function roleIdsOf(value: unknown): number[] | undefined {
  if (value === undefined) return undefined;
  const list = isRecord(value) ? [...(Array.isArray(value.set) ? value.set : []), ...(Array.isArray(value.connect) ? value.connect : [])] : Array.isArray(value) ? value : [value];
  return list
    .map((item) => (isRecord(item) ? item.id : item))
    .map((id) => (typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : id))
    .filter((id): id is number => typeof id === 'number');
}

/** Ids of the admin users a lifecycle `where` names (`{ id }`, `{ id: { $in } }`), or null when it names them otherwise. */
function targetIdsOf(where: unknown): number[] | null {
  if (!isRecord(where)) return null;
  const id = where.id;
  if (typeof id === 'number') return [id];
  if (typeof id === 'string' && /^\d+$/.test(id)) return [Number(id)];
  if (isRecord(id) && Array.isArray(id.$in)) return id.$in.map(Number).filter(Number.isInteger);
  return null;
}

export function registerOrganizerAccounts(strapi: Core.Strapi): void {
  const jobs = () => platform(strapi).jobs;

  const codesOfRoles = async (ids: number[]): Promise<string[]> => {
    if (ids.length === 0) return [];
    const rows = (await strapi.db.query('admin::role').findMany({ where: { id: { $in: ids } }, select: ['code'] })) as Array<{ code: string }>;
    return rows.map((row) => row.code);
  };

  const rolesOfUsers = async (ids: number[]): Promise<string[]> => {
    const users = (await strapi.db.query('admin::user').findMany({ where: { id: { $in: ids } }, populate: ['roles'] })) as AdminUserRow[];
    return users.flatMap((user) => (user.roles ?? []).map((role) => role.code));
  };

  async function guard(kind: 'create' | 'update' | 'delete', event: LifecycleEvent): Promise<void> {
    const actor = currentAdmin(strapi);
    if (!actor) return;
    const data = isRecord(event.params.data) ? event.params.data : {};
    const roleIds = roleIdsOf(data.roles);
    const assignedRoles = roleIds === undefined ? undefined : await codesOfRoles(roleIds);
    let targetRoles: string[] | undefined;
    let self = false;
    if (kind !== 'create') {
      const ids = targetIdsOf(event.params.where);
      // an unusual where-clause: only the Super Admin gets through
      if (ids === null) targetRoles = ['strapi-super-admin'];
      else {
        targetRoles = await rolesOfUsers(ids);
        self = ids.length === 1 && ids[0] === actor.id;
      }
    }
    const verdict = checkAccountWrite(roleCodesOf(actor), { kind, self, targetRoles, assignedRoles });
    if (!verdict.ok) throw new errors.PolicyError(verdict.reason);
  }

  jobs().define(
    INVITATION_JOB,
    async (payload) => {
      const { userId, inviter } = isRecord(payload) ? payload : {};
      if (typeof userId !== 'number') return;
      const user = (await strapi.db.query('admin::user').findOne({ where: { id: userId }, populate: ['roles'] })) as AdminUserRow | null;
      // deleted, or registered already: the link is gone, nothing to send
      if (!user || user.isActive || !user.registrationToken) return;
      const adminUrl = String(strapi.config.get('admin.absoluteUrl') ?? '');
      const organization = (await strapi.db.query('api::organization.organization').findOne({ select: ['name'], orderBy: { id: 'asc' } })) as { name?: string } | null;
      const mail = invitationMail({
        adminUrl,
        registrationToken: user.registrationToken,
        firstname: user.firstname,
        inviter: typeof inviter === 'string' ? inviter : null,
        roles: (user.roles ?? []).map((role) => role.name),
        spaceName: organization?.name ?? null,
      });
      // the outbox: one invitation letter per account (retries of this job send nothing twice)
      await platform(strapi).mail.send({ to: user.email, purpose: 'organizer-invitation', key: `admin-invitation:${user.id}`, ...mail });
    },
    { maxAttempts: 8 },
  );

  strapi.db.lifecycles.subscribe({
    models: ['admin::user'],
    beforeCreate: (event) => guard('create', event),
    beforeUpdate: (event) => guard('update', event),
    beforeUpdateMany: (event) => guard('update', event),
    beforeDelete: (event) => guard('delete', event),
    beforeDeleteMany: (event) => guard('delete', event),
    async afterCreate(event) {
      const user = event.result as AdminUserRow | undefined;
      if (!user || user.isActive || !user.registrationToken) return;
      const actor = currentAdmin(strapi);
      try {
        // inside the account's transaction when there is one (the letter goes only if the account stays)
        await strapi.db.transaction(({ trx }) =>
          jobs().enqueue(INVITATION_JOB, { userId: user.id, inviter: actor ? displayName(actor) : null }, { uniqueKey: `admin-invitation:${user.id}`, trx }),
        );
      } catch (error) {
        // the account stands: the admin panel shows the invitation link to copy by hand
        strapi.log.error(`[event-builder] could not queue the invitation of admin user ${user.id}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  });
}
