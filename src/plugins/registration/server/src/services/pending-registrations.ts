/**
 * Answers of anonymous visitors kept until the code mailed to their address is entered (a seat or a
 * waitlist place is taken only by a confirmed address). Limited per address and per IP; expired
 * ones are removed with their files by a sweeper on each instance. Plain knex on the plugin's table.
 */
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isLive, pendingExpiry, submissionAllowed } from '../domain/pending';
import { normalizeEmail } from '../domain/codes';
import { DEFAULT_LOCALE, localeOfTag, type Locale } from '../domain/locale';
import type { ProfileKey } from '../domain/form';
import type { Utm } from '../contracts';
import { localized } from '../errors';
import { message } from '../i18n/messages';
import { TABLES } from '../constants';
import { getConfig, getService } from '../get-service';
import { countInWindow, fromJson, knexOf, newDocumentId, toDate } from '../db';
import type { StoredAnswer } from './registrations';

const TABLE = TABLES.pending;

export type TypedProfile = Partial<Record<Exclude<ProfileKey, 'email'>, string>>;

export interface PendingInput {
  eventDocumentId: string;
  email: string;
  profile: TypedProfile;
  answers: Record<string, StoredAnswer>;
  /** Ids of the stored files among the answers (removed if the registration is never made). */
  files: string[];
  consentVersion: number | null;
  refCode: string | null;
  utm: Utm | null;
  language: Locale;
  ip: string | null;
  userAgent: string | null;
}

export interface PendingRecord extends PendingInput {
  id: number;
  createdAt: Date;
  expiresAt: Date;
}

interface Row {
  id: number | string;
  event_document_id: string;
  email: string;
  profile: unknown;
  answers: unknown;
  files: unknown;
  consent_version: number | string | null;
  ref_code: string | null;
  utm: unknown;
  language: string | null;
  ip: string | null;
  user_agent: string | null;
  created_at: unknown;
  expires_at: unknown;
}

const toRecord = (row: Row): PendingRecord => ({
  id: Number(row.id),
  eventDocumentId: row.event_document_id,
  email: row.email,
  profile: fromJson<TypedProfile>(row.profile, {}),
  answers: fromJson<Record<string, StoredAnswer>>(row.answers, {}),
  files: fromJson<string[]>(row.files, []),
  consentVersion: row.consent_version === null ? null : Number(row.consent_version),
  refCode: row.ref_code,
  utm: fromJson<Utm | null>(row.utm, null),
  language: localeOfTag(row.language ?? '') ?? DEFAULT_LOCALE,
  ip: row.ip,
  userAgent: row.user_agent,
  createdAt: toDate(row.created_at) ?? new Date(0),
  expiresAt: toDate(row.expires_at) ?? new Date(0),
});

const pendingRegistrations = ({ strapi }: { strapi: Core.Strapi }) => {
  let timer: NodeJS.Timeout | null = null;
  let sweeping: Promise<number> | null = null;

  const count = (where: Record<string, string>, windowMs: number, now: Date): Promise<number> => countInWindow(knexOf(strapi), TABLE, where, windowMs, now);

  /**
   * Retires submissions: expired at once, emptied of answers, their files removed (except those a
   * registration took over, in `keepFiles`). The rows themselves stay while the limits count them
   * (the sweeper deletes them after the limits' window).
   */
  const retire = async (rows: PendingRecord[], now: Date, keepFiles: ReadonlySet<string> = new Set()): Promise<void> => {
    if (rows.length === 0) return;
    const ids = rows.map((row) => row.id);
    const knex = knexOf(strapi);
    await knex(TABLE).whereIn('id', ids).andWhere('expires_at', '>', now).update({ expires_at: now });
    // updated at or after its expiry: a retired row (the sweeper looks for the others)
    await knex(TABLE)
      .whereIn('id', ids)
      .update({ answers: JSON.stringify({}), profile: JSON.stringify({}), files: JSON.stringify([]), ref_code: null, utm: null, user_agent: null, updated_at: now });
    const orphans = rows.flatMap((row) => row.files).filter((id) => !keepFiles.has(id));
    await getService(strapi, 'files').remove(orphans);
  };

  const service = {
    /**
     * Refuses (429) one more submission when the address or the IP made too many within the
     * window. Counted before anything is stored or mailed.
     */
    async checkLimits(email: string, ip: string | null, now = new Date()): Promise<void> {
      const limits = getConfig(strapi, 'pending');
      const [byEmail, byIp] = await Promise.all([
        count({ email: normalizeEmail(email) }, limits.perEmail.windowMs, now),
        ip ? count({ ip: ip.slice(0, 64) }, limits.perIp.windowMs, now) : Promise.resolve(0),
      ]);
      const decision = submissionAllowed({ email: byEmail, ip: byIp }, limits);
      if (!decision.ok) throw localized(errors.RateLimitError, message('register.too-many', { minutes: Math.ceil(decision.retryAfterMs / 60_000) }));
    },

    /** Keeps a submission until its code is entered; a newer one for the same address and event replaces it. */
    async keep(input: PendingInput, now = new Date()): Promise<{ email: string; expiresAt: Date }> {
      const email = normalizeEmail(input.email);
      const expiresAt = pendingExpiry(now, getConfig(strapi, 'pending').ttlMs);
      const knex = knexOf(strapi);
      const replaced = (await knex(TABLE)
        .where({ email, event_document_id: input.eventDocumentId })
        .andWhere('expires_at', '>', now)
        .select('*')) as Row[];
      await knex(TABLE).insert({
        document_id: newDocumentId(randomBytes),
        event_document_id: input.eventDocumentId,
        email,
        profile: JSON.stringify(input.profile),
        answers: JSON.stringify(input.answers),
        files: JSON.stringify(input.files),
        consent_version: input.consentVersion,
        ref_code: input.refCode,
        utm: input.utm ? JSON.stringify(input.utm) : null,
        language: input.language,
        ip: input.ip?.slice(0, 64) ?? null,
        user_agent: input.userAgent?.slice(0, 300) ?? null,
        expires_at: expiresAt,
        created_at: now,
        updated_at: now,
      });
      // the older answers are no longer what the visitor means
      await retire(replaced.map(toRecord), now);
      return { email, expiresAt };
    },

    /** The latest submission of `email` for the event, live or not (null when there is none). */
    async latest(email: string, eventDocumentId: string): Promise<PendingRecord | null> {
      const row = (await knexOf(strapi)(TABLE)
        .where({ email: normalizeEmail(email), event_document_id: eventDocumentId })
        .orderBy('id', 'desc')
        .first('*')) as Row | undefined;
      return row ? toRecord(row) : null;
    },

    /** Whether a kept submission can still be confirmed. */
    isLive(pending: PendingRecord, now = new Date()): boolean {
      return isLive(pending, now);
    },

    /**
     * Forgets every submission of `email` for the event. Files listed in `keepFiles` belong to a
     * registration now and stay.
     */
    async settle(email: string, eventDocumentId: string, keepFiles: ReadonlySet<string> = new Set(), now = new Date()): Promise<void> {
      const rows = (await knexOf(strapi)(TABLE).where({ email: normalizeEmail(email), event_document_id: eventDocumentId }).select('*')) as Row[];
      await retire(rows.map(toRecord), now, keepFiles);
    },

    /** Removes expired submissions and their files; returns how many. */
    async sweep(now = new Date()): Promise<number> {
      if (sweeping) return sweeping;
      sweeping = (async () => {
        const limits = getConfig(strapi, 'pending');
        // expired rows stay as long as the limits count them, emptied
        const expired = ((await knexOf(strapi)(TABLE).where('expires_at', '<=', now).andWhereRaw('updated_at < expires_at').select('*')) as Row[]).map(toRecord);
        await retire(expired, now);
        const keepFor = Math.max(limits.perEmail.windowMs, limits.perIp.windowMs);
        await knexOf(strapi)(TABLE)
          .where('expires_at', '<=', now)
          .andWhere('created_at', '<', new Date(now.getTime() - keepFor))
          .delete();
        return expired.length;
      })().finally(() => {
        sweeping = null;
      });
      return sweeping;
    },

    /** Starts the sweeper of this instance (every `pending.sweepIntervalMs`). */
    start(): void {
      if (timer) return;
      const every = getConfig(strapi, 'pending').sweepIntervalMs;
      timer = setInterval(() => {
        service.sweep().catch((error: unknown) => strapi.log.warn(`[registration] sweeping pending registrations failed: ${error instanceof Error ? error.message : String(error)}`));
      }, every);
      timer.unref();
    },

    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = null;
      await sweeping?.catch(() => undefined);
    },
  };
  return service;
};

export type PendingRegistrationsService = ReturnType<typeof pendingRegistrations>;
export default pendingRegistrations;
