/**
 * The attendee's own data: profile, registrations, consents; editing, the full export, and account
 * deletion (personal data erased, registrations kept anonymized for statistics).
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { platform, type JsonValue } from '../../../../platform/server/src/kit';
import { withoutAddress } from '../domain/erasure';
import { hasMarkup, normalizePhone, type Profile, type ProfileKey } from '../domain/form';
import type { ProfilePatch } from '../contracts';
import { validationError, type FieldIssue } from '../errors';
import { message } from '../i18n/messages';
import { EVENT_UID, USER_UID } from '../constants';
import { getService } from '../get-service';
import { toDate } from '../db';
import type { Account } from './accounts';
import type { RegistrationRecord } from './registrations';

export interface EventSummary {
  documentId: string;
  slug: string;
  title: string;
  startsAt: Date | null;
  endsAt: Date | null;
}

export interface MyRegistration {
  record: RegistrationRecord;
  waitlistPosition: number | null;
  event: EventSummary | null;
}

/** The event of a registration in the export: what is known of it (the document id of one that is gone). */
const eventRef = (documentId: string, event: EventSummary | null): Record<string, string> =>
  event ? { documentId: event.documentId, slug: event.slug, title: event.title } : { documentId };

const cabinet = ({ strapi }: { strapi: Core.Strapi }) => {
  const summaries = async (documentIds: string[]): Promise<Map<string, EventSummary>> => {
    if (documentIds.length === 0) return new Map();
    const rows = (await strapi.db.query(EVENT_UID).findMany({
      where: { documentId: { $in: documentIds }, publishedAt: { $notNull: true } },
      select: ['documentId', 'slug', 'title', 'startsAt', 'endsAt', 'locale'],
    })) as Array<{ documentId: string; slug: string; title: string; startsAt: unknown; endsAt: unknown; locale: string | null }>;
    const out = new Map<string, EventSummary>();
    for (const row of rows) {
      if (out.has(row.documentId) && row.locale !== 'ru') continue;
      out.set(row.documentId, { documentId: row.documentId, slug: row.slug, title: row.title, startsAt: toDate(row.startsAt), endsAt: toDate(row.endsAt) });
    }
    return out;
  };

  /** Every row of every event (drafts, published, locales) whose allowlist holds `email` loses it. */
  const forgetAddressInAllowlists = async (email: string): Promise<void> => {
    const rows = (await strapi.db.query(EVENT_UID).findMany({ where: { allowlist: { $containsi: email } }, select: ['id', 'allowlist'] })) as Array<{
      id: number;
      allowlist: string | null;
    }>;
    for (const row of rows) {
      const allowlist = withoutAddress(row.allowlist, email);
      if (allowlist !== null) await strapi.db.query(EVENT_UID).update({ where: { id: row.id }, data: { allowlist } });
    }
  };

  const service = {
    async registrations(account: Account): Promise<MyRegistration[]> {
      const list = await getService(strapi, 'registrations').listForUser(account.id);
      const events = await summaries([...new Set(list.map((item) => item.record.eventDocumentId))]);
      return list.map((item) => ({ ...item, event: events.get(item.record.eventDocumentId) ?? null }));
    },

    /** Validates and saves profile changes; returns the account as saved. */
    async update(account: Account, patch: ProfilePatch): Promise<Account> {
      const issues: FieldIssue[] = [];
      const data: Partial<Record<Exclude<ProfileKey, 'email'>, string | null>> = {};
      for (const [key, value] of Object.entries(patch) as Array<[keyof ProfilePatch, string | null | undefined]>) {
        if (value === undefined) continue;
        if (value === null || value === '') {
          data[key] = null;
          continue;
        }
        if (key === 'phone') {
          const phone = normalizePhone(value);
          if (phone) data.phone = phone;
          else issues.push({ path: ['phone'], message: message('cabinet.bad-phone') });
          continue;
        }
        if (hasMarkup(value)) {
          issues.push({ path: [key], message: message('cabinet.markup') });
          continue;
        }
        data[key] = value;
      }
      if (issues.length > 0) throw validationError(issues);
      const accounts = getService(strapi, 'accounts');
      await accounts.updateProfile(account.id, data);
      const saved = await accounts.findById(account.id);
      if (!saved) throw new Error('[registration] the account disappeared while being updated');
      return saved;
    },

    /**
     * Everything the platform keeps about the account, as one JSON document: the part of every
     * module of the personal-data registry (this plugin's under `registration`).
     */
    async export(account: Account, now = new Date()): Promise<{ exportedAt: string } & Record<string, JsonValue>> {
      return { exportedAt: now.toISOString(), ...(await platform(strapi).personalData.exportAll(account.id)) };
    },

    /** This plugin's part of the export: the account, profile, registrations, consents, sign-in codes and marketing consents. */
    async ownData(userId: number): Promise<JsonValue> {
      const account = await getService(strapi, 'accounts').findById(userId);
      if (!account) return null;
      const [registrations, consents, codes] = await Promise.all([
        service.registrations(account),
        getService(strapi, 'consents').listForUser(account.id),
        getService(strapi, 'accounts').codeLog(account.email),
      ]);
      const profile: Profile = Object.fromEntries(
        (['email', 'firstName', 'lastName', 'middleName', 'phone', 'status', 'organization', 'position', 'city'] as const).map((key) => [key, account[key]]),
      ) as Profile;
      const data = {
        account: {
          id: account.id,
          email: account.email,
          username: account.username,
          confirmed: account.confirmed,
          createdAt: account.createdAt?.toISOString() ?? null,
        },
        profile,
        registrations: registrations.map(({ record, waitlistPosition, event }) => ({
          id: record.documentId,
          event: eventRef(record.eventDocumentId, event),
          status: record.status,
          waitlistPosition,
          answers: record.answers,
          ref: record.refCode,
          utm: record.utm,
          language: record.language,
          createdAt: record.createdAt.toISOString(),
          promotedAt: record.promotedAt?.toISOString() ?? null,
          cancelledAt: record.cancelledAt?.toISOString() ?? null,
          registeredAt: record.registeredAt?.toISOString() ?? null,
          attendedAt: record.attendedAt?.toISOString() ?? null,
        })),
        consents: consents.map((consent) => ({
          textVersion: consent.textVersion,
          acceptedAt: consent.acceptedAt?.toISOString() ?? null,
          ip: consent.ip,
          userAgent: consent.userAgent,
          eventDocumentId: consent.eventDocumentId,
          withdrawnAt: consent.withdrawnAt?.toISOString() ?? null,
        })),
        signInCodes: codes.map((code) => ({ sentAt: code.createdAt?.toISOString() ?? null, usedAt: code.usedAt?.toISOString() ?? null })),
        marketingConsents: await getService(strapi, 'audience').marketingConsentsOf(account.id),
      };
      return data;
    },

    /**
     * Deletes the account (after the caller re-confirmed it with a fresh code). Registrations for
     * events not over yet are cancelled first (seats freed, each under its event's lock); then, in one
     * transaction, every module of the personal-data registry erases what it keeps and the user is
     * deleted; then stored jobs forget the address and the answers' files are deleted.
     */
    async erase(account: Account, now = new Date()): Promise<void> {
      const mine = await service.registrations(account);
      const fileIds = mine.flatMap(({ record }) =>
        Object.values(record.answers).flatMap((answer) =>
          typeof answer === 'object' && answer !== null && !Array.isArray(answer) && 'file' in answer ? [answer.file] : [],
        ),
      );
      const ongoing = new Set(mine.filter(({ event }) => !event?.endsAt || event.endsAt.getTime() > now.getTime()).map(({ record }) => record.eventDocumentId));
      await getService(strapi, 'registrations').cancelOngoing(account.id, ongoing, now);
      await strapi.db.transaction(async ({ trx }) => {
        await platform(strapi).personalData.eraseAll(account.id);
        await strapi.db.query(USER_UID).delete({ where: { id: account.id } });
        // every module forgets the person (domain event, with the erasure's commit)
        await platform(strapi).events.publish('profile.deleted', { userId: account.id, at: now.toISOString() }, { trx });
      });
      // not in the database's transaction: the job store is its own (and Redis); a file left by a failure is unreachable (no answer names it)
      await platform(strapi).jobs.forgetAddress(account.email);
      await platform(strapi).mail.forgetRecipient(account.email);
      await getService(strapi, 'files').remove(fileIds);
    },

    /**
     * This plugin's erasure (in the erasure's transaction): registrations and consents lose the
     * person and whatever could link them back (answers, UTM and ref values, the event of a
     * consent); marketing consents are deleted; the address leaves events' allowlists and sign-in codes; every session ends.
     */
    async eraseOwn(userId: number, trx: Knex.Transaction, now = new Date()): Promise<void> {
      const account = await getService(strapi, 'accounts').findById(userId);
      await getService(strapi, 'registrations').anonymizeUser(userId, trx, now);
      await getService(strapi, 'consents').anonymizeUser(userId, trx, now);
      await getService(strapi, 'audience').eraseMarketingConsents(userId, trx);
      await getService(strapi, 'accounts').revokeSessions(userId);
      if (!account) return;
      await forgetAddressInAllowlists(account.email);
      await getService(strapi, 'accounts').forgetCodes(account.email);
    },
  };
  return service;
};

export type CabinetService = ReturnType<typeof cabinet>;
export default cabinet;
