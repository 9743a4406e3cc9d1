/**
 * Accounts of attendees: Users & Permissions users with the platform's profile fields, never with a
 * password. Passwordless sign-in by an emailed one-time code (hashed, expiring, single use; sending
 * limited per address and per IP; wrong tries limited per address and IP, per IP, and per code),
 * sessions issued the way Users & Permissions issues them (access JWT +
 * refresh token in `jwtManagement: 'refresh'` mode), and the viewer of a request.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import type { Knex } from 'knex';
import { accessTokenVerifier, isHmacAlgorithm, sessionStands } from '../domain/access-token';
import { codeMatches, decideVerify, deriveCodeKey, generateCode, hashCode, normalizeEmail, withinLimit, type CodePurpose } from '../domain/codes';
import { PROFILE_KEYS, changedProfileFields, type Profile, type ProfileKey } from '../domain/form';
import { DEFAULT_LOCALE, type Locale } from '../domain/locale';
import { localized } from '../errors';
import { message, translate } from '../i18n/messages';
import { platform } from '../../../../platform/server/src/kit';
import { CODE_ATTEMPT_UID, EMAIL_CODE_UID, MAIL_PURPOSES, ROLE_UID, USER_UID } from '../constants';
import { getConfig } from '../get-service';
import { isPostgres, isUniqueViolation, knexOf, newDocumentId, toDate } from '../db';
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

export interface IssuedSession {
  jwt: string;
  /** null in the legacy JWT mode (no refresh tokens there). */
  refreshToken: string | null;
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

/** Options of sending and checking an emailed code. */
export interface CodeOptions {
  /** The caller's IP (the limits of wrong tries count per address and IP, and per IP). */
  ip?: string;
  /** What the code is for (default sign-in): a code of one purpose never opens another. */
  purpose?: CodePurpose;
}

/** The 401 for a token that is invalid or expired, or whose account is gone or blocked. */
export const sessionExpired = () => localized(errors.UnauthorizedError, message('auth.session-expired'));

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

const accounts = ({ strapi }: { strapi: Core.Strapi }) => {
  let authenticatedRoleId: number | null = null;

  let codeKey: Buffer | null = null;
  /** The key of code hashes: from CODE_HASH_SECRET, else from APP_KEYS under this purpose's label (never the cookie key itself). */
  const codeSecret = (): Buffer => {
    if (codeKey) return codeKey;
    const { hashSecret } = getConfig(strapi, 'codes');
    codeKey = deriveCodeKey(hashSecret, (strapi.config.get('server.app.keys') as string[] | undefined) ?? []);
    return codeKey;
  };

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

  /** Users & Permissions in `jwtManagement: 'refresh'` mode: access tokens from its session manager, with refresh tokens. */
  const refreshMode = () => (strapi.config.get('plugin::users-permissions.jwtManagement', 'legacy-support') as string) === 'refresh';

  /**
   * The access-token check with a prepared key (domain/access-token.ts), when Users & Permissions
   * signs with an HMAC secret and no extra JWT checks (audience, issuer ...) are configured;
   * otherwise null, and Strapi's session manager checks tokens itself.
   */
  let verifier: ReturnType<typeof accessTokenVerifier> | null | undefined;
  const fastVerifier = () => {
    if (verifier !== undefined) return verifier;
    const jwtOptions = (strapi.config.get('plugin::users-permissions.jwt') ?? {}) as Record<string, unknown>;
    const algorithm = typeof jwtOptions.algorithm === 'string' ? jwtOptions.algorithm : 'HS256';
    const secret = strapi.config.get('plugin::users-permissions.jwtSecret') ?? strapi.config.get('admin.auth.secret');
    const plain = Object.keys(jwtOptions).every((key) => key === 'expiresIn' || key === 'algorithm');
    verifier = typeof secret === 'string' && secret !== '' && plain && isHmacAlgorithm(algorithm) ? accessTokenVerifier(secret, algorithm) : null;
    return verifier;
  };

  const countSince = async (column: 'email' | 'ip', value: string, since: Date): Promise<number> =>
    strapi.db.query(EMAIL_CODE_UID).count({ where: { [column]: value, createdAt: { $gt: since } } });

  /** Wrong tries so far: for this address from this IP, and from this IP across addresses. */
  const failuresOf = async (trx: Knex.Transaction, address: string, ip: string, now: Date) => {
    const limits = getConfig(strapi, 'codes');
    const count = async (where: Record<string, string>, windowMs: number) => {
      const row = (await trx('registration_code_attempts')
        .where(where)
        .andWhere('created_at', '>', new Date(now.getTime() - windowMs))
        .count({ n: '*' })
        .first()) as { n: number | string } | undefined;
      return Number(row?.n ?? 0);
    };
    const [addressAndIp, perIp] = await Promise.all([
      count({ email: address, ip }, limits.verifyPerAddressAndIp.windowMs),
      count({ ip }, limits.verifyPerIp.windowMs),
    ]);
    return { addressAndIp, ip: perIp };
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

    /**
     * The user and session of a request's access token (Authorization: Bearer), or null without a
     * token. A token that is invalid or expired, or whose session was ended (sign-out) or rotated
     * (refresh), is a 401, so the client refreshes it instead of silently acting anonymously.
     */
    async tokenOf(ctx: Context): Promise<{ userId: number; sessionId: string | null } | null> {
      const header = ctx.request.header.authorization;
      if (!header) return null;
      const [scheme, token, ...rest] = header.trim().split(/\s+/);
      if (scheme?.toLowerCase() !== 'bearer' || !token || rest.length > 0) {
        throw localized(errors.UnauthorizedError, message('auth.bad-header'));
      }
      let userId: number | null = null;
      let sessionId: string | null = null;
      if (refreshMode()) {
        const fast = fastVerifier();
        if (fast) {
          const claims = fast(token, Math.floor(Date.now() / 1000));
          if (claims) {
            userId = Number(claims.userId);
            sessionId = claims.sessionId;
          }
        } else {
          const result = strapi.sessionManager('users-permissions').validateAccessToken(token);
          if (result.isValid && result.payload.type === 'access') {
            userId = Number(result.payload.userId);
            sessionId = typeof result.payload.sessionId === 'string' ? result.payload.sessionId : null;
          }
        }
        if (userId !== null && !(await service.sessionStands(sessionId, userId))) userId = null;
      } else {
        const jwt = strapi.plugin('users-permissions').service('jwt') as { verify(token: string): Promise<{ id?: number }> };
        userId = await jwt.verify(token).then(
          (payload) => (typeof payload.id === 'number' ? payload.id : null),
          () => null,
        );
      }
      if (userId === null || !Number.isSafeInteger(userId)) throw sessionExpired();
      return { userId, sessionId };
    },

    /** The user id of a request's access token, or null without a token (see `tokenOf`). */
    async tokenUserIdOf(ctx: Context): Promise<number | null> {
      return (await service.tokenOf(ctx))?.userId ?? null;
    },

    /** Whether the session an access token was issued in still stands (not signed out, not rotated, not expired). */
    async sessionStands(sessionId: string | null, userId: number, now = new Date()): Promise<boolean> {
      if (!sessionId) return false;
      const row = (await strapi.db.query('admin::session').findOne({
        where: { sessionId },
        select: ['userId', 'origin', 'status', 'expiresAt'],
      })) as { userId: string; origin: string; status: string | null; expiresAt: unknown } | null;
      return sessionStands(row ? { ...row, expiresAt: toDate(row.expiresAt) } : null, String(userId), now);
    },

    /** Ends the session of a request's access token (sign-out on this device): its access and refresh tokens stop working. */
    async endSession(ctx: Context): Promise<void> {
      const token = await service.tokenOf(ctx);
      if (!token) throw sessionExpired();
      if (token.sessionId) await strapi.db.query('admin::session').deleteMany({ where: { sessionId: token.sessionId, userId: String(token.userId), origin: 'users-permissions' } });
      const upSessions = strapi.config.get('plugin::users-permissions.sessions') as { cookie?: { name?: string; path?: string; domain?: string } } | undefined;
      const cookie = upSessions?.cookie ?? {};
      ctx.cookies.set(cookie.name ?? 'strapi_up_refresh', '', { path: cookie.path ?? '/', domain: cookie.domain, expires: new Date(0), httpOnly: true });
    },

    /** The signed-in viewer of a request, or null without a token (401 for a bad token or a blocked account). */
    async viewerOf(ctx: Context): Promise<Account | null> {
      const userId = await service.tokenUserIdOf(ctx);
      if (userId === null) return null;
      const account = await service.findById(userId);
      if (!account || account.blocked) throw sessionExpired();
      return account;
    },

    /**
     * Emails a sign-in code to `email` (whether or not it has an account: signing in by code also
     * signs up), in `language` (the language of the request that asked for it). Rate limited per
     * address and per IP.
     */
    async sendCode(
      email: string,
      {
        ip,
        language = DEFAULT_LOCALE,
        now = new Date(),
        purpose = 'sign-in',
        registrationFor,
      }: { ip: string; language?: Locale; now?: Date; purpose?: CodePurpose; registrationFor?: string },
    ): Promise<void> {
      const address = normalizeEmail(email);
      const limits = getConfig(strapi, 'codes');
      const [perEmail, perIp] = await Promise.all([
        countSince('email', address, new Date(now.getTime() - limits.perEmail.windowMs)),
        countSince('ip', ip, new Date(now.getTime() - limits.perIp.windowMs)),
      ]);
      if (!withinLimit(perEmail, limits.perEmail.max) || !withinLimit(perIp, limits.perIp.max)) {
        const minutes = Math.ceil((perEmail >= limits.perEmail.max ? limits.perEmail.windowMs : limits.perIp.windowMs) / 60_000);
        throw localized(errors.RateLimitError, message('auth.too-many-codes', { minutes }));
      }
      const code = generateCode(randomInt);
      const stored = (await strapi.db.query(EMAIL_CODE_UID).create({
        data: { email: address, codeHash: hashCode(codeSecret(), address, code, purpose), expiresAt: new Date(now.getTime() + limits.ttlMs), attempts: 0, ip, purpose },
      })) as { id: number };
      // codes and wrong tries of a day ago are no use to anyone: keep the tables small
      const dayAgo = new Date(now.getTime() - 24 * 60 * 60_000);
      await strapi.db.query(EMAIL_CODE_UID).deleteMany({ where: { createdAt: { $lt: dayAgo } } });
      await strapi.db.query(CODE_ATTEMPT_UID).deleteMany({ where: { createdAt: { $lt: dayAgo } } });
      const minutes = Math.round(limits.ttlMs / 60_000);
      // the outbox: sent by a job with retries; the answer is the same whether or not the address exists
      const mail =
        purpose === 'erase'
          ? { purpose: MAIL_PURPOSES.eraseCode, subject: translate(language, 'mail.erase-code.subject', { code }), text: translate(language, 'mail.erase-code.text', { code, minutes }) }
          : registrationFor !== undefined
            ? {
                purpose: MAIL_PURPOSES.registrationCode,
                subject: translate(language, 'mail.registration-code.subject', { code }),
                text: translate(language, 'mail.registration-code.text', { code, minutes, title: registrationFor }),
              }
            : { purpose: MAIL_PURPOSES.signInCode, subject: translate(language, 'mail.code.subject', { code }), text: translate(language, 'mail.code.text', { code, minutes }) };
      await platform(strapi).mail.send({ to: address, key: `code:${stored.id}`, ...mail, locale: language });
    },

    /**
     * The check of `verifyCode` without the account: resolves when `code` opened the latest live
     * code of `email` for `purpose` (which is then used up), throws 401 or 429 otherwise.
     */
    async consumeCode(email: string, code: string, now: Date, { ip = 'unknown', purpose = 'sign-in' }: CodeOptions = {}): Promise<void> {
      const address = normalizeEmail(email);
      const limits = getConfig(strapi, 'codes');
      const caller = ip.slice(0, 64);
      const key = codeSecret();
      const decision = await knexOf(strapi).transaction(async (trx) => {
        // one check at a time per address: concurrent guesses cannot slip past the counts
        await lockKey(strapi, trx, 'email', `verify:${address}`);
        const failures = await failuresOf(trx, address, caller, now);
        const query = trx('registration_email_codes')
          .where({ email: address, purpose })
          .orderBy('id', 'desc')
          .first(['id', 'code_hash', 'expires_at', 'used_at', 'attempts']);
        const row = (await (isPostgres(strapi) ? query.forUpdate() : query)) as
          | { id: number; code_hash: string; expires_at: unknown; used_at: unknown; attempts: number | string }
          | undefined;
        const stored = row
          ? { codeHash: row.code_hash, expiresAt: toDate(row.expires_at) ?? new Date(0), usedAt: toDate(row.used_at), attempts: Number(row.attempts) }
          : null;
        const outcome = decideVerify({
          code,
          stored,
          failures,
          limits: { maxAttempts: limits.maxAttempts, perAddressAndIp: limits.verifyPerAddressAndIp.max, perIp: limits.verifyPerIp.max },
          now,
          matches: (live, typed) => codeMatches(key, address, purpose, live, typed),
        });
        if (outcome.outcome === 'ok' && row) await trx('registration_email_codes').where({ id: row.id }).update({ used_at: now });
        if (outcome.outcome === 'invalid') {
          await trx('registration_code_attempts').insert({ document_id: newDocumentId(randomBytes), email: address, ip: caller, created_at: now, updated_at: now });
          if (outcome.countAgainstCode && row) await trx('registration_email_codes').where({ id: row.id }).update({ attempts: Number(row.attempts) + 1 });
        }
        return outcome;
      });
      if (decision.outcome === 'rate-limited') throw localized(errors.RateLimitError, message('auth.too-many-attempts'));
      if (decision.outcome === 'invalid') throw localized(errors.UnauthorizedError, message('auth.bad-code'));
    },

    /**
     * Checks a code against the latest one mailed to `email` for `purpose` (default sign-in) and
     * uses it up. Every failure (wrong, expired, used, dead or never sent) is the same 401; too many
     * wrong tries of this caller (per address and IP, per IP) a 429, whether or not a code exists.
     * A code dies after `maxAttempts` wrong tries from all callers together, so one caller cannot
     * lock its owner out. Used for sign-in (the account is then returned: created or confirmed on
     * the way, never with a password) and for re-confirming an erasure (`purpose: 'erase'`).
     */
    async verifyCode(email: string, code: string, now = new Date(), { ip = 'unknown', purpose = 'sign-in' }: CodeOptions = {}): Promise<Account> {
      await service.consumeCode(email, code, now, { ip, purpose });
      const address = normalizeEmail(email);
      let account = await service.findByEmail(address);
      if (!account) account = (await service.create(address, {}, true)) ?? (await service.findByEmail(address));
      if (!account) throw new Error(`[registration] account for ${address} neither created nor found`);
      if (account.blocked) throw localized(errors.UnauthorizedError, message('auth.blocked'));
      if (!account.confirmed) {
        await strapi.db.query(USER_UID).update({ where: { id: account.id }, data: { confirmed: true } });
        account = { ...account, confirmed: true };
      }
      // visitors sign in only by code: a password someone set on this address (before the password
      // routes were closed) must not outlive the owner's proof of the address
      await strapi.db.query(USER_UID).updateMany({ where: { id: account.id, password: { $notNull: true } }, data: { password: null } });
      return account;
    },

    /** Issues a session the way Users & Permissions' own login does (and sets its refresh cookie when configured). */
    async issueSession(ctx: Context, account: Account, deviceId?: string): Promise<IssuedSession> {
      if (!refreshMode()) {
        const jwt = strapi.plugin('users-permissions').service('jwt') as { issue(payload: { id: number }): Promise<string> | string };
        return { jwt: await jwt.issue({ id: account.id }), refreshToken: null };
      }
      const sessions = strapi.sessionManager('users-permissions');
      const refresh = await sessions.generateRefreshToken(String(account.id), deviceId, {
        type: 'refresh',
        metadata: { userAgent: String(ctx.request.header['user-agent'] ?? '').slice(0, 300) },
      });
      const access = await sessions.generateAccessToken(refresh.token);
      if ('error' in access) throw localized(errors.ApplicationError, message('auth.token-failed'));
      const upSessions = strapi.config.get('plugin::users-permissions.sessions') as
        | {
            httpOnly?: boolean;
            cookie?: { name?: string; secure?: boolean; sameSite?: 'lax' | 'strict' | 'none'; path?: string; domain?: string; maxAge?: number };
          }
        | undefined;
      if (upSessions?.httpOnly || ctx.request.header['x-strapi-refresh-cookie'] === 'httpOnly') {
        const cookie = upSessions?.cookie ?? {};
        ctx.cookies.set(cookie.name ?? 'strapi_up_refresh', refresh.token, {
          httpOnly: true,
          secure: typeof cookie.secure === 'boolean' ? cookie.secure : process.env.NODE_ENV === 'production',
          sameSite: cookie.sameSite ?? 'lax',
          path: cookie.path ?? '/',
          domain: cookie.domain,
          maxAge: cookie.maxAge,
          overwrite: true,
        });
      }
      return { jwt: access.token, refreshToken: refresh.token };
    },

    /** Ends every session of an account (sign-out everywhere, account deletion). */
    async revokeSessions(id: number): Promise<void> {
      await strapi.db.query('admin::session').deleteMany({ where: { userId: String(id), origin: 'users-permissions' } });
    },

    /** Sign-in codes sent to an address (times only), for the data export. */
    async codeLog(email: string): Promise<Array<{ createdAt: Date | null; usedAt: Date | null }>> {
      const rows = (await strapi.db.query(EMAIL_CODE_UID).findMany({
        where: { email: normalizeEmail(email) },
        select: ['createdAt', 'usedAt'],
        orderBy: { id: 'asc' },
      })) as Array<{ createdAt: unknown; usedAt: unknown }>;
      return rows.map((row) => ({ createdAt: toDate(row.createdAt), usedAt: toDate(row.usedAt) }));
    },

    async forgetCodes(email: string): Promise<void> {
      await strapi.db.query(EMAIL_CODE_UID).deleteMany({ where: { email: normalizeEmail(email) } });
    },
  };
  return service;
};

export type AccountsService = ReturnType<typeof accounts>;
export default accounts;
