/**
 * Attendees' accounts and profiles: Users & Permissions users with the platform's profile fields,
 * never with a password. Found by id or address, created once per address (under a lock), their
 * profile saved with the domain event `profile.updated`.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Knex } from 'knex';
import { normalizeEmail } from '../domain/codes';
import { PROFILE_KEYS, changedProfileFields, type Profile, type ProfileKey } from '../domain/form';
import { platform } from '../../../../platform/server/src/kit';
import { ROLE_UID, USER_UID } from '../constants';
import { isUniqueViolation, toDate } from '../db';
import { lockKey } from './locks';

export interface Account extends Profile {
  id: number;
  documentId: string;
  email: string;
  username: string;
  confirmed: boolean;
  blocked: boolean;
  createdAt: Date | null;
}

/** What the API shows of an account to its owner. */
export interface PublicAccount extends Profile {
  id: number;
  email: string;
  confirmed: boolean;
}

const ACCOUNT_FIELDS = ['id', 'documentId', 'email', 'username', 'confirmed', 'blocked', 'createdAt', ...PROFILE_KEYS.filter((key) => key !== 'email')];

export interface UserRow extends Partial<Record<ProfileKey, string | null>> {
  id: number;
  documentId: string;
  email: string;
  username: string;
  confirmed: boolean | null;
  blocked: boolean | null;
  createdAt?: unknown;
}

interface UsersPermissionsUserService {
  add(values: Record<string, unknown>): Promise<{ id: number }>;
}

/** Columns of the users table an account is read from with plain knex (snake_case), by attribute. */
export const ACCOUNT_COLUMNS: Record<string, string> = {
  id: 'id',
  documentId: 'document_id',
  email: 'email',
  username: 'username',
  confirmed: 'confirmed',
  blocked: 'blocked',
  createdAt: 'created_at',
  firstName: 'first_name',
  lastName: 'last_name',
  middleName: 'middle_name',
  phone: 'phone',
  status: 'status',
  organization: 'organization',
  position: 'position',
  city: 'city',
};

export const toAccount = (row: UserRow): Account => {
  const profile = Object.fromEntries(PROFILE_KEYS.map((key) => [key, row[key] ?? null])) as Profile;
  return {
    ...profile,
    id: row.id,
    documentId: row.documentId,
    email: row.email,
    username: row.username,
    confirmed: Boolean(row.confirmed),
    blocked: Boolean(row.blocked),
    createdAt: toDate(row.createdAt),
  };
};

const accountProfiles = ({ strapi }: { strapi: Core.Strapi }) => {
  let authenticatedRoleId: number | null = null;
  const defaultRoleId = async (): Promise<number> => {
    if (authenticatedRoleId !== null) return authenticatedRoleId;
    const advanced = (await strapi.store({ type: 'plugin', name: 'users-permissions' }).get({ key: 'advanced' })) as { default_role?: string } | null;
    const role = (await strapi.db.query(ROLE_UID).findOne({ where: { type: advanced?.default_role ?? 'authenticated' }, select: ['id'] })) as {
      id: number;
    } | null;
    if (!role) throw new Error('[registration] the default role of Users & Permissions is missing');
    authenticatedRoleId = role.id;
    return role.id;
  };


  const service = {
    async findById(id: number): Promise<Account | null> {
      const row = (await strapi.db.query(USER_UID).findOne({ where: { id }, select: ACCOUNT_FIELDS })) as UserRow | null;
      return row ? toAccount(row) : null;
    },

    async findByEmail(email: string): Promise<Account | null> {
      const row = (await strapi.db.query(USER_UID).findOne({ where: { email: { $eqi: normalizeEmail(email) } }, select: ACCOUNT_FIELDS })) as UserRow | null;
      return row ? toAccount(row) : null;
    },

    /**
     * Creates an account for `email` with the given profile, or returns null when the address has
     * an account already. Runs in the caller's transaction when there is one; the address is locked
     * so that two requests cannot create it twice.
     */
    async create(email: string, profile: Partial<Profile>, confirmed: boolean): Promise<Account | null> {
      const address = normalizeEmail(email);
      const users = strapi.plugin('users-permissions').service('user') as UsersPermissionsUserService;
      const roleId = await defaultRoleId();
      const created = await strapi.db.transaction(async ({ trx }) => {
        await lockKey(strapi, trx as unknown as Knex.Transaction, 'email', address);
        if (await service.findByEmail(address)) return null;
        const { email: _ignored, ...rest } = profile;
        try {
          return await users.add({ ...rest, username: address, email: address, provider: 'local', confirmed, blocked: false, role: roleId });
        } catch (error) {
          if (isUniqueViolation(error) || (error instanceof errors.ValidationError && /unique/i.test(error.message))) return null;
          throw error;
        }
      });
      return created ? service.findById(created.id) : null;
    },

    /**
     * Saves profile fields of an account (plain update: no lifecycle of the users-permissions plugin
     * depends on them) and announces the names of the fields that changed (domain event
     * `profile.updated`) in the same transaction: the caller's, when called inside one.
     */
    async updateProfile(id: number, profile: Partial<Record<Exclude<ProfileKey, 'email'>, string | null>>, now = new Date()): Promise<ProfileKey[]> {
      if (Object.keys(profile).length === 0) return [];
      return strapi.db.transaction(async ({ trx }) => {
        const current = (await strapi.db.query(USER_UID).findOne({ where: { id }, select: [...PROFILE_KEYS] })) as UserRow | null;
        if (!current) return [];
        const fields = changedProfileFields(current, profile);
        if (fields.length === 0) return [];
        await strapi.db.query(USER_UID).update({ where: { id }, data: profile });
        await platform(strapi).events.publish('profile.updated', { userId: id, fields, at: now.toISOString() }, { trx });
        return fields;
      });
    },

    toPublic(account: Account): PublicAccount {
      const profile = Object.fromEntries(PROFILE_KEYS.map((key) => [key, account[key]])) as Profile;
      return { ...profile, id: account.id, email: account.email, confirmed: account.confirmed };
    },
  };
  return service;
};

export type AccountProfiles = ReturnType<typeof accountProfiles>;
export default accountProfiles;
