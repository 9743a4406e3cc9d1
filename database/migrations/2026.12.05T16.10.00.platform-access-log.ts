/**
 * The access log of personal data (152-FZ): one row per read of a person's data by an organizer
 * (a registrant list, a card, a file, an export), written by the platform's access-log service
 * (src/plugins/platform/server/src/services/access-log.ts) and never changed or deleted by the API.
 */
import type { Knex } from 'knex';
import { createTableOnce } from '../tables';

const TABLE = 'platform_access_log';

export const up = createTableOnce(TABLE, (table) => {
  // epoch milliseconds, as in the platform's other tables
  table.bigInteger('created_at').notNullable();
  table.integer('actor_id').notNullable();
  table.string('actor_email', 255).notNullable();
  table.string('action', 40).notNullable();
  table.string('event_document_id', 64).nullable();
  table.integer('subject_user_id').nullable();
  table.text('detail').nullable();
  table.string('ip', 64).notNullable();
  table.string('user_agent', 512).nullable();
  table.index(['created_at'], 'platform_access_log_created');
  table.index(['event_document_id', 'created_at'], 'platform_access_log_event_created');
  table.index(['actor_id', 'created_at'], 'platform_access_log_actor_created');
  table.index(['subject_user_id', 'created_at'], 'platform_access_log_subject_created');
});

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists(TABLE);
}
