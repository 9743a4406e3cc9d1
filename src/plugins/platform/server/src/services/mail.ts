/**
 * The mail outbox and the mail log. Every mail the platform sends goes through `send`:
 *
 *   await platform(strapi).mail.send(
 *     { to, purpose: 'registration-confirmation', key: `registration:${id}:${arrival}`, subject, text, locale },
 *     { trx },
 *   );
 *
 * `send` writes a message row (in the caller's transaction when given) and a job; the job sends it
 * through Strapi's email plugin with the header `X-MMSO-Purpose: <purpose>`. One message per
 * (purpose, recipient, key): a second `send` with the same three returns the first and sends
 * nothing. Temporary failures (SMTP 4xx, no connection) are retried with backoff (`mail.*` of the
 * platform config); a permanent one (SMTP 5xx) marks the message failed with the server's answer.
 * The row keeps the state (queued, sent, failed), attempts, last error and times; its content
 * (subject, text, attachments) is dropped once sent, so one-time codes are not kept.
 *
 * Delivery is at least once: a worker that dies between the SMTP server's acceptance and the
 * bookkeeping sends the message again when its lease ends.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { describeError } from '../domain/backoff';
import { classifyMailError, mailMessageSchema, type MailContent, type MailMessage } from '../domain/mail';
import { writeInTransaction } from '../queue/transaction';
import { MAIL_TABLE } from '../constants';
import { getService, getConfig } from '../get-service';

export const MAIL_JOB = 'platform.mail.send';
export const PURPOSE_HEADER = 'X-MMSO-Purpose';

export type MailStatus = 'queued' | 'sent' | 'failed';

/** A message as the log shows it (no content). */
export interface MailRecord {
  id: number;
  purpose: string;
  to: string;
  key: string;
  status: MailStatus;
  locale: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

interface MailRow {
  id: number | string;
  purpose: string;
  recipient: string;
  message_key: string;
  status: MailStatus;
  locale: string | null;
  content: string | null;
  attempts: number | string;
  last_error: string | null;
  created_at: number | string;
  updated_at: number | string;
  sent_at: number | string | null;
}

interface EmailPlugin {
  send(options: {
    to: string;
    subject: string;
    text: string;
    html?: string;
    replyTo?: string;
    headers: Record<string, string>;
    attachments?: Array<{ filename: string; content: Buffer; contentType?: string; cid?: string }>;
  }): Promise<unknown>;
}

const toRecord = (row: MailRow): MailRecord => ({
  id: Number(row.id),
  purpose: row.purpose,
  to: row.recipient,
  key: row.message_key,
  status: row.status,
  locale: row.locale,
  attempts: Number(row.attempts),
  lastError: row.last_error,
  createdAt: new Date(Number(row.created_at)),
  sentAt: row.sent_at === null ? null : new Date(Number(row.sent_at)),
});

const mail = ({ strapi }: { strapi: Core.Strapi }) => {
  const jobs = () => getService(strapi, 'jobs');
  const knex = () => strapi.db.connection as unknown as Knex;
  const table = (db: Knex | Knex.Transaction = knex()) => db<MailRow>(MAIL_TABLE);

  const byKey = async (db: Knex | Knex.Transaction, message: MailMessage): Promise<MailRow> => {
    const row = (await table(db).where({ purpose: message.purpose, recipient: message.to, message_key: message.key }).first()) as MailRow | undefined;
    if (!row) throw new Error(`mail ${message.purpose}:${message.key} neither inserted nor found`);
    return row;
  };

  /** The job: sends message `id` once, records the outcome; throws to be retried. */
  const deliver = async (id: number, attempt: number, maxAttempts: number): Promise<void> => {
    const row = (await table().where('id', id).first()) as MailRow | undefined;
    if (!row || row.status !== 'queued' || row.content === null) return;
    const content = JSON.parse(row.content) as MailContent;
    const now = () => Date.now();
    try {
      await (strapi.plugin('email').service('email') as EmailPlugin).send({
        to: row.recipient,
        subject: content.subject,
        text: content.text,
        ...(content.html ? { html: content.html } : {}),
        ...(content.replyTo ? { replyTo: content.replyTo } : {}),
        ...(content.attachments
          ? { attachments: content.attachments.map((file) => ({
              filename: file.filename,
              content: Buffer.from(file.content, 'base64'),
              contentType: file.contentType,
              ...(file.cid ? { cid: file.cid } : {}),
            })) }
          : {}),
        headers: { [PURPOSE_HEADER]: row.purpose },
      });
    } catch (error) {
      const kind = classifyMailError(error);
      const lastError = `${kind}: ${describeError(error)}`;
      const final = kind === 'permanent' || attempt >= maxAttempts;
      await table()
        .where('id', id)
        .update({ status: final ? 'failed' : 'queued', attempts: attempt, last_error: lastError, updated_at: now(), ...(final ? { content: null } : {}) });
      // a permanent refusal is final: the job ends without retries; a temporary one is retried by the job
      if (kind === 'temporary') {
        strapi.log.warn(`[platform] mail #${id} (${row.purpose}) not sent (attempt ${attempt}/${maxAttempts}), retrying: ${lastError}`);
        throw error;
      }
      strapi.log.warn(`[platform] mail #${id} (${row.purpose}) refused for good: ${lastError}`);
      return;
    }
    await table().where('id', id).update({ status: 'sent', attempts: attempt, sent_at: now(), updated_at: now(), content: null });
  };

  return {
    /**
     * Queues a mail (see the file's comment). In the caller's transaction `trx` when given: the
     * message is sent once that commits, never if it rolls back. Throws a ZodError naming the
     * field of a malformed message.
     * @returns the message id, and whether this call created it (false: an earlier send had the same key)
     */
    async send(input: MailMessage, options: { trx?: unknown } = {}): Promise<{ id: number; created: boolean }> {
      const message = mailMessageSchema.parse({ ...input, to: input.to.trim().toLowerCase() });
      const content: MailContent = { subject: message.subject, text: message.text, html: message.html, attachments: message.attachments, replyTo: message.replyTo };
      const now = Date.now();
      return writeInTransaction(strapi, {
        trx: options.trx,
        atomic: true,
        write: async (db) => {
          const inserted = (await table(db)
            .insert({
              purpose: message.purpose,
              recipient: message.to,
              message_key: message.key,
              status: 'queued',
              locale: message.locale ?? null,
              content: JSON.stringify(content),
              attempts: 0,
              created_at: now,
              updated_at: now,
            })
            .onConflict(['purpose', 'recipient', 'message_key'])
            .ignore()
            .returning('id')) as Array<{ id: number | string }>;
          const first = inserted[0];
          if (!first) return { id: Number((await byKey(db, message)).id), created: false };
          const id = Number(first.id);
          await jobs().enqueue(MAIL_JOB, { messageId: id }, { uniqueKey: `mail:${id}`, trx: db });
          return { id, created: true };
        },
        committed: () => undefined,
      });
    },

    /** A message of the log, or null. */
    async get(id: number): Promise<MailRecord | null> {
      const row = (await table().where('id', id).first()) as MailRow | undefined;
      return row ? toRecord(row) : null;
    },

    /** Messages of the log, oldest first (filters combine). */
    async list(filter: { purpose?: string; to?: string; status?: MailStatus } = {}): Promise<MailRecord[]> {
      const query = table().orderBy('id', 'asc');
      if (filter.purpose) query.where('purpose', filter.purpose);
      if (filter.to) query.where('recipient', filter.to.trim().toLowerCase());
      if (filter.status) query.where('status', filter.status);
      return ((await query) as MailRow[]).map(toRecord);
    },

    /**
     * Account erasure: the messages to `address` are deleted (queued ones are then not sent).
     * @returns how many were deleted
     */
    async forgetRecipient(address: string): Promise<number> {
      return table().where('recipient', address.trim().toLowerCase()).delete();
    },

    /** Defines the sending job (platform register()). */
    defineJobs(): void {
      const { maxAttempts, baseDelayMs, maxDelayMs } = getConfig(strapi, 'mail');
      jobs().define(
        MAIL_JOB,
        async (payload, { attempt, job }) => {
          const id = typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? Number(payload.messageId) : NaN;
          if (Number.isSafeInteger(id)) await deliver(id, attempt, job.maxAttempts);
        },
        { maxAttempts, baseDelayMs, maxDelayMs },
      );
    },
  };
};

export type MailService = ReturnType<typeof mail>;
export default mail;
