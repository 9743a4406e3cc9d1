/**
 * What the migrations in ./migrations share (this file is not a migration: Strapi runs only the files of
 * that folder). Strapi runs migrations before it syncs content types, so a migration creates only its
 * own tables, and never assumes one exists.
 */
import type { Knex } from 'knex';

/**
 * A migration's `up` that creates a table with an `id` key and the given columns, unless the table
 * exists: a database that already has it (created by hand before the migration existed) keeps it,
 * rows included.
 */
export const createTableOnce =
  (name: string, columns: (table: Knex.CreateTableBuilder) => void) =>
  async (knex: Knex): Promise<void> => {
    if (await knex.schema.hasTable(name)) return;
    await knex.schema.createTable(name, (table) => {
      table.increments('id').primary();
      columns(table);
    });
  };
