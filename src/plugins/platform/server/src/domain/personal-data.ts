/**
 * What a module registers about the personal data it keeps. Pure: types and the name rule.
 */
import type { Knex } from 'knex';
import type { JsonValue } from '../queue/types';

export interface PersonalDataModule {
  /** The module's name: its key in the export document (lowercase, e.g. "engagement"). */
  module: string;
  /** Everything the module keeps about the user, as JSON (the person's own copy: nothing secret of others). */
  export(userId: number): Promise<JsonValue>;
  /** Deletes (or anonymizes) it, with `trx`: every module's erasure commits with the account's deletion. */
  erase(userId: number, options: { trx: Knex.Transaction }): Promise<void>;
}

/** Lowercase only: never the export document's own key `exportedAt`. */
const NAME = /^[a-z][a-z0-9-]{0,39}$/;

/** @throws Error naming the problem when `name` cannot be a module's key in the export. */
export function checkModuleName(name: unknown): asserts name is string {
  if (typeof name !== 'string' || !NAME.test(name)) {
    throw new Error(`[platform] personal data: invalid module name ${JSON.stringify(name)} (lowercase letters, digits and -, starting with a letter)`);
  }
}
