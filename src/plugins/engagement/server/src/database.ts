/**
 * The plugin's tables, created when missing (idempotent, safe with several replicas booting at once).
 * Favorites are plain rows keyed by the user's id and the session's document id: one per pair.
 */
import type { Core } from '@strapi/strapi';
import { FAVORITES_TABLE, FEED_TOKENS_TABLE } from './constants';

const alreadyExists = (error: unknown) => /already exists|duplicate/i.test(error instanceof Error ? error.message : String(error));

export async function ensureTables(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  if (!(await knex.schema.hasTable(FAVORITES_TABLE))) {
    await knex.schema
      .createTable(FAVORITES_TABLE, (table) => {
        table.increments('id').primary();
        table.integer('user_id').notNullable();
        table.string('session_document_id', 64).notNullable();
        table.string('event_document_id', 64).nullable();
        table.timestamp('created_at').notNullable().defaultTo(knex.fn.now());
        table.unique(['user_id', 'session_document_id'], { indexName: `${FAVORITES_TABLE}_user_session_uq` });
        // reminders look up everyone who saved a session
        table.index(['session_document_id'], `${FAVORITES_TABLE}_session_idx`);
      })
      .catch((error: unknown) => {
        if (!alreadyExists(error)) throw error;
      });
  }
  if (!(await knex.schema.hasTable(FEED_TOKENS_TABLE))) {
    await knex.schema
      .createTable(FEED_TOKENS_TABLE, (table) => {
        table.integer('user_id').primary();
        table.string('token', 64).notNullable().unique({ indexName: `${FEED_TOKENS_TABLE}_token_uq` });
        table.timestamp('created_at').notNullable().defaultTo(knex.fn.now());
      })
      .catch((error: unknown) => {
        if (!alreadyExists(error)) throw error;
      });
  }
}
