/**
 * The registrant lists' index on a database that already has registrations (the default order of a
 * list: see src/plugins/registration/server/src/services/list-indexes.ts). A fresh database has no
 * registrations table yet when migrations run (Strapi makes it when it syncs): then nothing happens
 * here, and the registration plugin makes the index at its start.
 */
import type { Knex } from 'knex';
import { LIST_ORDER_INDEX, ensureListIndexes } from '../../src/plugins/registration/server/src/services/list-indexes';

export const up = (knex: Knex): Promise<void> => ensureListIndexes(knex);

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`DROP INDEX IF EXISTS ${LIST_ORDER_INDEX}`);
}
