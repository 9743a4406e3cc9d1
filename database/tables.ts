/**
 * What the migrations in ./migrations share (this file is not a migration: Strapi runs only the files of
 * that folder). Strapi runs migrations before it syncs content types, so a migration creates only its
 * own tables, and never assumes one exists.
 */
import { randomInt } from 'node:crypto';
import type { Core } from '@strapi/strapi';
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

/** A document id as Strapi's (a letter, then 23 lowercase letters or digits). */
function documentId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let id = alphabet[randomInt(26)]!;
  while (id.length < 24) id += alphabet[randomInt(alphabet.length)]!;
  return id;
}

type Row = Record<string, unknown>;

/**
 * Makes a table created by hand (before a content type owned it: no `document_id` column) the content
 * type's table of the same name, rows included: the rows are read, the table is dropped, made again as
 * Strapi makes it (the columns, indexes and foreign keys of the content type's metadata) and the rows
 * written back by `toRow`, each with a new document id. Returns the number of rows moved. Nothing
 * happens when the table is missing (a fresh database: Strapi creates it when it syncs) or already
 * has document ids. Runs in the migration's transaction: a failure leaves the old table as it was.
 */
export async function moveIntoContentType(
  trx: Knex.Transaction,
  db: Core.Strapi['db'],
  name: string,
  toRow: (row: Row) => Row,
): Promise<number> {
  if (!(await trx.schema.hasTable(name)) || (await trx.schema.hasColumn(name, 'document_id'))) return 0;
  const table = db.schema.schema.tables.find((candidate) => candidate.name === name);
  if (!table) throw new Error(`No content type has the table ${name}: cannot move its rows`);
  const rows = (await trx(name).select('*')) as Row[];
  await trx.schema.dropTable(name);
  await db.schema.builder.createTables([table], trx);
  for (let start = 0; start < rows.length; start += 100) {
    await trx(name).insert(rows.slice(start, start + 100).map((row) => ({ ...toRow(row), document_id: documentId() })));
  }
  return rows.length;
}
