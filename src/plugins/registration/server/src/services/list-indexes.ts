/**
 * Indexes the registrant lists need beyond the content type's own (which Strapi keeps from
 * schema.json, columns only): the default order of a list (newest registration first, empty times
 * last, then the id) as an expression index, so that a page of the default view and a search in it
 * read the index in order and stop after the page instead of sorting every registration of the event.
 * Created by the migration for existing databases and made sure of at every start (a fresh database
 * gets the table from Strapi's sync, after the migrations ran). Strapi's sync leaves indexes it did
 * not make alone.
 */
import type { Knex } from 'knex';
import { TABLES } from '../constants';

export const LIST_ORDER_INDEX = 'registration_event_registered_order_idx';

/** Creates the lists' indexes unless they exist; nothing when the registrations table does not exist yet. */
export async function ensureListIndexes(knex: Knex | Knex.Transaction): Promise<void> {
  if (!(await knex.schema.hasTable(TABLES.registrations))) return;
  await knex.raw(`CREATE INDEX IF NOT EXISTS ${LIST_ORDER_INDEX} ON ${TABLES.registrations} (event_document_id, (registered_at IS NULL), registered_at DESC, id DESC)`);
}
