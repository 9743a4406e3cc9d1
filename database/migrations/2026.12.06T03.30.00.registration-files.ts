/**
 * Files people attach to registration answers, kept in the database (not on an instance's disk) so that
 * every Strapi replica serves them: the registration plugin's files service writes a row per file
 * (bytes, name, type, size) and deletes it with the registration's erasure or an expired submission.
 * They are personal data: no public route reads this table (organizers of the event download a file
 * through the admin API, each download in the access log).
 */
import type { Knex } from 'knex';
import { createTableOnce } from '../tables';

const TABLE = 'registration_files';

export const up = createTableOnce(TABLE, (table) => {
  table.string('file_id', 36).notNullable().unique('registration_files_file_id_uq');
  table.string('name', 255).notNullable();
  table.string('mime', 128).notNullable();
  table.integer('size').notNullable();
  table.binary('bytes').notNullable();
  // epoch milliseconds, as in the platform's tables
  table.bigInteger('created_at').notNullable();
});

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists(TABLE);
}
