/**
 * The {{id}} module's table (written by npm run new:module): one note per person. Strapi runs
 * migrations before it syncs content types, on fresh and existing databases: createTableOnce creates
 * the table only when it is missing.
 */
import type { Knex } from 'knex';
import { createTableOnce } from '../tables';

const TABLE = '{{snake}}_notes';

export const up = createTableOnce(TABLE, (table) => {
  table.integer('user_id').notNullable().unique('{{snake}}_notes_user');
  table.text('text').notNullable();
  table.string('updated_at', 32).notNullable();
});

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists(TABLE);
}
