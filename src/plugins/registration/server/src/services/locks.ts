/**
 * Transaction-scoped locks. PostgreSQL: an advisory lock on (namespace, hash of the key), released
 * at commit or rollback. SQLite: nothing to do, its single connection runs one transaction at a time.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { isPostgres } from '../db';
import { EVENT_LOCK_NAMESPACE } from './seat-function';

/** Lock namespaces (the first key of pg_advisory_xact_lock(int, int)). */
const NAMESPACES = { event: EVENT_LOCK_NAMESPACE, email: 0x52_45_47_02, schema: 0x52_45_47_03 } as const;

export async function lockKey(strapi: Core.Strapi, trx: Knex.Transaction, namespace: keyof typeof NAMESPACES, key: string): Promise<void> {
  if (!isPostgres(strapi)) return;
  await trx.raw('select pg_advisory_xact_lock(?, hashtext(?))', [NAMESPACES[namespace], key]);
}
