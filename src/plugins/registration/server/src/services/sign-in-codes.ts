/**
 * Passwordless sign-in by an emailed one-time code (hashed, expiring, single use; sending limited per
 * address and per IP; wrong tries limited per address and IP, per IP, and per code), through the
 * platform's outbox; the same codes re-confirm an erasure.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Knex } from 'knex';
import { codeMatches, decideVerify, deriveCodeKey, generateCode, hashCode, normalizeEmail, withinLimit, type CodePurpose } from '../domain/codes';
import { DEFAULT_LOCALE, type Locale } from '../domain/locale';
import { localized } from '../errors';
import { message, translate } from '../i18n/messages';
import { platform } from '../../../../platform/server/src/kit';
import { CODE_ATTEMPT_UID, EMAIL_CODE_UID, MAIL_PURPOSES, USER_UID } from '../constants';
import { getConfig } from '../get-service';
import { countInWindow, isPostgres, knexOf, newDocumentId, toDate } from '../db';
import type { Account, AccountProfiles } from './account-profiles';
import { lockKey } from './locks';

/** Options of sending and checking an emailed code. */
export interface CodeOptions {
  /** The caller's IP (the limits of wrong tries count per address and IP, and per IP). */
  ip?: string;
  /** What the code is for (default sign-in): a code of one purpose never opens another. */
  purpose?: CodePurpose;
}

const signInCodes = ({ strapi }: { strapi: Core.Strapi }, profiles: AccountProfiles) => {
  let codeKey: Buffer | null = null;
  /** The key of code hashes: from CODE_HASH_SECRET, else from APP_KEYS under this purpose's label (never the cookie key itself). */
  const codeSecret = (): Buffer => {
    if (codeKey) return codeKey;
    const { hashSecret } = getConfig(strapi, 'codes');
    codeKey = deriveCodeKey(hashSecret, (strapi.config.get('server.app.keys') as string[] | undefined) ?? []);
    return codeKey;
  };

  const countSince = async (column: 'email' | 'ip', value: string, since: Date): Promise<number> =>
    strapi.db.query(EMAIL_CODE_UID).count({ where: { [column]: value, createdAt: { $gt: since } } });

  /** Wrong tries so far: for this address from this IP, and from this IP across addresses. */
  const failuresOf = async (trx: Knex.Transaction, address: string, ip: string, now: Date) => {
    const limits = getConfig(strapi, 'codes');
    const count = (where: Record<string, string>, windowMs: number) => countInWindow(trx, 'registration_code_attempts', where, windowMs, now);
    const [addressAndIp, perIp] = await Promise.all([
      count({ email: address, ip }, limits.verifyPerAddressAndIp.windowMs),
      count({ ip }, limits.verifyPerIp.windowMs),
    ]);
    return { addressAndIp, ip: perIp };
  };

  const service = {
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
      let account = await profiles.findByEmail(address);
      if (!account) account = (await profiles.create(address, {}, true)) ?? (await profiles.findByEmail(address));
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

export type SignInCodes = ReturnType<typeof signInCodes>;
export default signInCodes;
