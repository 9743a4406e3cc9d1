/**
 * The personal-data registry: each module that keeps something about a person registers how to
 * export it and how to erase it, once, in its `register()`. The cabinet's export and the account's
 * erasure run every registered module, so a new module is covered by registering alone.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { checkModuleName, type PersonalDataModule } from '../domain/personal-data';
import type { JsonValue } from '../queue/types';

export type { PersonalDataModule } from '../domain/personal-data';

const personalData = ({ strapi }: { strapi: Core.Strapi }) => {
  const modules = new Map<string, PersonalDataModule>();

  return {
    /**
     * Joins the registry. `module` names the module's part of the export (a key of the JSON
     * document); `export` gives what it keeps about the user; `erase` deletes or anonymizes it with
     * the given transaction (every module's erasure and the account's deletion commit together).
     * @throws Error for a malformed or already registered name.
     */
    register(entry: PersonalDataModule): void {
      checkModuleName(entry.module);
      if (modules.has(entry.module)) throw new Error(`[platform] personal data of "${entry.module}" is registered already`);
      modules.set(entry.module, entry);
    },

    /** The registered modules' names, in the order they registered. */
    modules(): string[] {
      return [...modules.keys()];
    },

    /** What every module keeps about the user: `{ [module]: its part }`. */
    async exportAll(userId: number): Promise<Record<string, JsonValue>> {
      const out: Record<string, JsonValue> = {};
      for (const entry of modules.values()) out[entry.module] = await entry.export(userId);
      return out;
    },

    /**
     * Erases the user's data in every module, in one transaction (the caller's, when it runs inside
     * `strapi.db.transaction`, so that its own writes commit or roll back with the modules').
     * Inside, `strapi.db.query` joins the transaction by itself; knex queries must use `trx`.
     */
    async eraseAll(userId: number): Promise<void> {
      await strapi.db.transaction(async ({ trx }) => {
        for (const entry of modules.values()) await entry.erase(userId, { trx: trx as unknown as Knex.Transaction });
      });
    },
  };
};

export type PersonalDataService = ReturnType<typeof personalData>;
export default personalData;
