/**
 * Writing in the caller's transaction (outbox), and acting once it has committed.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

export interface TransactionalWrite<T> {
  /** The caller's knex transaction (`{ trx }` of a platform call), if any. */
  trx: unknown;
  /** The writes; given the transaction to run them in (or the plain connection, see `atomic`). */
  write: (db: Knex | Knex.Transaction) => Promise<T>;
  /** Called once the writes are committed (never when they roll back). Must not throw. */
  committed: (result: T) => void;
  /** Without a caller's transaction: run `write` in a transaction of its own (several statements) instead of on the connection. */
  atomic?: boolean;
}

/**
 * Runs `write` in the caller's transaction: the given `trx`, else the transaction Strapi is running
 * (a content-manager publish: joining it keeps SQLite's single connection from waiting on itself),
 * else its own. `committed` follows the commit of that transaction.
 */
export async function writeInTransaction<T>(strapi: Core.Strapi, { trx, write, committed, atomic = false }: TransactionalWrite<T>): Promise<T> {
  const knex = strapi.db.connection as unknown as Knex;
  if (!trx && strapi.db.inTransaction()) {
    return strapi.db.transaction(async ({ trx: ambient, onCommit }) => {
      const result = await write(ambient as unknown as Knex.Transaction);
      onCommit(() => committed(result));
      return result;
    });
  }
  if (trx) {
    const given = trx as Knex.Transaction;
    const result = await write(given);
    if ('executionPromise' in given) {
      void given.executionPromise.then(
        () => committed(result),
        () => undefined,
      );
    } else {
      committed(result);
    }
    return result;
  }
  const result = atomic ? await knex.transaction((own) => write(own)) : await write(knex);
  committed(result);
  return result;
}
