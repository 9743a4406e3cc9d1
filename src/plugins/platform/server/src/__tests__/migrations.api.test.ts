/**
 * The platform's tables are migrations (database/migrations), run by Strapi from dist/ before it
 * syncs the content types; a database whose job table was made by hand before keeps it and its rows.
 */
import { describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { bootStrapi } from '../../../../../../scripts/testing/strapi';
import { waitFor } from '../../../../../../scripts/testing/wait';
import { platform } from '../kit';

const TABLES = ['platform_jobs', 'platform_domain_events', 'platform_mail_messages'];
const MIGRATIONS = ['2026.12.05T16.00.00.platform-jobs.js', '2026.12.05T16.00.01.platform-domain-events.js', '2026.12.05T16.00.02.platform-mail-messages.js'];

describe('platform migrations', () => {
  it('create the tables on a fresh database, and keep an existing job table with its jobs', async () => {
    const first = await bootStrapi();
    const knex = () => first.strapi.db.connection as unknown as Knex;
    try {
      for (const table of TABLES) expect(await knex().schema.hasTable(table)).toBe(true);
      const ran = (await knex()('strapi_migrations').select('name')) as Array<{ name: string }>;
      expect(ran.map((row) => row.name).filter((name) => MIGRATIONS.includes(name))).toEqual(MIGRATIONS);
      // a database of the release before: the job table made by hand, with a job waiting, and no migration run
      await platform(first.strapi).jobs.stop();
      const { job } = await platform(first.strapi).jobs.enqueue('test.kept', { kept: true }, { runAt: new Date(Date.now() + 2_000), uniqueKey: 'kept:1' });
      await knex()('strapi_migrations').whereIn('name', MIGRATIONS).delete();
      await first.stop();

      const second = await bootStrapi({ db: first.db });
      try {
        const runs: unknown[] = [];
        platform(second.strapi).jobs.define('test.kept', (payload) => void runs.push(payload));
        const kept = await platform(second.strapi).jobs.get(job.id);
        expect(kept).toMatchObject({ id: job.id, uniqueKey: 'kept:1', payload: { kept: true } });
        await waitFor(() => runs.length === 1, 'the kept job run', 15_000);
        const again = (await (second.strapi.db.connection as unknown as Knex)('strapi_migrations').whereIn('name', MIGRATIONS)) as unknown[];
        expect(again).toHaveLength(3);
      } finally {
        await second.stop();
      }
    } finally {
      await first.db.drop();
    }
  }, 240_000);
});
