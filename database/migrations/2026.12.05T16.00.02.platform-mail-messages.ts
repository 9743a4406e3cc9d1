/**
 * The platform's mail outbox and log (src/plugins/platform/server/src/services/mail.ts): one row per
 * message, unique per (purpose, recipient, key), with its state and the last error of sending.
 */
import { createTableOnce } from '../tables';

const TABLE = 'platform_mail_messages';

export const up = createTableOnce(TABLE, (table) => {
  table.string('purpose', 64).notNullable();
  table.string('recipient', 254).notNullable();
  table.string('message_key', 200).notNullable();
  table.string('status', 16).notNullable().defaultTo('queued');
  table.string('locale', 8).nullable();
  // subject, text, html, attachments, reply-to: kept until sent, then cleared (the log keeps the state)
  table.text('content').nullable();
  table.integer('attempts').notNullable().defaultTo(0);
  table.text('last_error').nullable();
  // epoch milliseconds, as in the job table
  table.bigInteger('created_at').notNullable();
  table.bigInteger('updated_at').notNullable();
  table.bigInteger('sent_at').nullable();
  table.unique(['purpose', 'recipient', 'message_key'], { indexName: 'platform_mail_messages_unique' });
  table.index(['recipient'], 'platform_mail_messages_recipient');
  table.index(['status', 'created_at'], 'platform_mail_messages_status_created');
});
