/**
 * Consent to personal-data processing: versioned texts (the highest version is the one asked) and
 * one record per acceptance (who, which version, when, from which address).
 */
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { CONSENT_TEXT_UID, TABLES } from '../constants';
import { knexOf, newDocumentId, toDate } from '../db';

export interface ConsentText {
  version: number;
  title: string;
  body: string;
}

export interface ConsentRecord {
  textVersion: number;
  acceptedAt: Date | null;
  ip: string | null;
  userAgent: string | null;
  eventDocumentId: string | null;
  withdrawnAt: Date | null;
}

const DEFAULT_TEXT: ConsentText = {
  version: 1,
  title: 'Согласие на обработку персональных данных',
  body:
    'Я даю согласие организатору на обработку моих персональных данных (фамилия, имя, отчество, адрес электронной почты, ' +
    'телефон, статус, организация, ответы в формах регистрации) в целях регистрации и участия в событиях, информирования о них ' +
    'и подготовки статистики, в соответствии с Федеральным законом от 27.07.2006 № 152-ФЗ «О персональных данных». ' +
    'Согласие действует до его отзыва; отозвать его можно, удалив аккаунт в личном кабинете.',
};

const CACHE_MS = 2_000;

const consents = ({ strapi }: { strapi: Core.Strapi }) => {
  let cached: { at: number; text: Promise<ConsentText | null> } | null = null;

  const service = {
    /** The consent text attendees are asked to accept now (null when the space has none). */
    async current(): Promise<ConsentText | null> {
      if (!cached || Date.now() - cached.at > CACHE_MS) {
        const text = strapi.db
          .query(CONSENT_TEXT_UID)
          .findOne({ select: ['version', 'title', 'body'], orderBy: { version: 'desc' } })
          .then((row: { version: number; title: string; body: string } | null) =>
            row ? { version: Number(row.version), title: row.title, body: row.body } : null,
          );
        cached = { at: Date.now(), text };
        text.catch(() => (cached = null));
      }
      return cached.text;
    },

    invalidate(): void {
      cached = null;
    },

    async hasAccepted(userId: number, version: number): Promise<boolean> {
      const row = await knexOf(strapi)(TABLES.consents).where({ user_id: userId, text_version: version }).whereNull('withdrawn_at').first('id');
      return Boolean(row);
    },

    /** Writes an acceptance (in the registration's transaction). */
    async record(
      trx: Knex.Transaction,
      consent: { userId: number; version: number; ip: string | null; userAgent: string | null; eventDocumentId: string | null; now: Date },
    ): Promise<void> {
      await trx(TABLES.consents).insert({
        document_id: newDocumentId(randomBytes),
        user_id: consent.userId,
        text_version: consent.version,
        accepted_at: consent.now,
        ip: consent.ip?.slice(0, 64) ?? null,
        user_agent: consent.userAgent?.slice(0, 300) ?? null,
        event_document_id: consent.eventDocumentId,
        created_at: consent.now,
        updated_at: consent.now,
        published_at: consent.now,
      });
    },

    async listForUser(userId: number): Promise<ConsentRecord[]> {
      const rows = (await knexOf(strapi)(TABLES.consents)
        .where({ user_id: userId })
        .orderBy('id', 'asc')
        .select('text_version', 'accepted_at', 'ip', 'user_agent', 'event_document_id', 'withdrawn_at')) as Array<{
        text_version: number | string;
        accepted_at: unknown;
        ip: string | null;
        user_agent: string | null;
        event_document_id: string | null;
        withdrawn_at: unknown;
      }>;
      return rows.map((row) => ({
        textVersion: Number(row.text_version),
        acceptedAt: toDate(row.accepted_at),
        ip: row.ip,
        userAgent: row.user_agent,
        eventDocumentId: row.event_document_id,
        withdrawnAt: toDate(row.withdrawn_at),
      }));
    },

    /** Account deletion (in its transaction): the consent is withdrawn; the record stays (version, times) without the person. */
    async anonymizeUser(userId: number, trx: Knex.Transaction, now = new Date()): Promise<void> {
      await trx(TABLES.consents)
        .where({ user_id: userId })
        .update({ user_id: null, ip: null, user_agent: null, event_document_id: null, withdrawn_at: now, updated_at: now });
    },

    /** Whether anyone accepted this version (such a text must not change any more). */
    async versionInUse(version: number): Promise<boolean> {
      const row = await knexOf(strapi)(TABLES.consents).where({ text_version: version }).first('id');
      return Boolean(row);
    },

    /** A fresh space gets a first consent text, which administrators replace by adding versions. */
    async ensureDefault(): Promise<void> {
      const count = await strapi.db.query(CONSENT_TEXT_UID).count({});
      if (count === 0) await strapi.documents(CONSENT_TEXT_UID).create({ data: DEFAULT_TEXT });
    },
  };
  return service;
};

export type ConsentsService = ReturnType<typeof consents>;
export default consents;
