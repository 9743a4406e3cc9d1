/**
 * Text search that ignores case, Cyrillic included, and treats `ё` as `е`, the same on SQLite and
 * PostgreSQL. PostgreSQL's lower() folds Cyrillic (in a UTF-8 database: C.UTF-8, ru_RU.UTF-8 ...);
 * SQLite's folds ASCII only, so on SQLite the platform registers `mmso_fold` (JavaScript's lower case)
 * on every connection. Queries compare `foldedSql(expression)` with text folded by the same rule in
 * JavaScript (`foldText`), escaped for LIKE by `containsPattern`.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

export type DatabaseClient = 'postgres' | 'sqlite';

export const FOLD_FUNCTION = 'mmso_fold';

/** The folding rule: lower case in Russian rules, `ё` as `е`. */
export const foldText = (text: string): string => text.toLocaleLowerCase('ru').replace(/ё/g, 'е');

/** The client a Strapi database runs on. */
export function databaseClient(strapi: Core.Strapi): DatabaseClient {
  const client = String(strapi.db.config.connection.client);
  return client === 'postgres' || client === 'pg' ? 'postgres' : 'sqlite';
}

/** SQL of `expression` folded (the expression is SQL the caller wrote, never a user's text). */
export function foldedSql(client: DatabaseClient, expression: string): string {
  return client === 'postgres' ? `translate(lower(${expression}), 'ё', 'е')` : `${FOLD_FUNCTION}(${expression})`;
}

/** A LIKE pattern (with ESCAPE '\') that finds `text` anywhere: its %, _ and \ match themselves. */
export const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

interface SqliteNative {
  function(name: string, options: { deterministic: boolean }, implementation: (value: unknown) => unknown): unknown;
}

const isSqliteNative = (connection: unknown): connection is SqliteNative =>
  typeof connection === 'object' && connection !== null && typeof (connection as { function?: unknown }).function === 'function';

function register(connection: unknown): void {
  if (!isSqliteNative(connection)) return;
  connection.function(FOLD_FUNCTION, { deterministic: true }, (value) => (typeof value === 'string' ? foldText(value) : value));
}

interface DialectWithInitialize {
  initialize(nativeConnection: unknown): Promise<void>;
}

/**
 * Installs `mmso_fold` on SQLite: on the connection the pool holds now and on every connection it opens
 * later (Strapi initializes each new connection through its dialect). Nothing to do on PostgreSQL.
 */
export async function installTextSearch(strapi: Core.Strapi): Promise<void> {
  if (databaseClient(strapi) !== 'sqlite') return;
  const dialect = strapi.db.dialect as unknown as DialectWithInitialize;
  const initialize = dialect.initialize.bind(dialect);
  dialect.initialize = async (nativeConnection: unknown) => {
    await initialize(nativeConnection);
    register(nativeConnection);
  };
  const knex = strapi.db.connection as Knex;
  const connection: unknown = await knex.client.acquireConnection();
  try {
    register(connection);
  } finally {
    await knex.client.releaseConnection(connection);
  }
}
