#!/usr/bin/env node
// `npm test`: installs what is missing, then runs the unit and API tests (vitest).
//   SQLite + in-process jobs by default; with DATABASE_CLIENT=postgres and REDIS_URL set, the same
//   API tests run on PostgreSQL (a fresh database per test file, dropped after) and BullMQ on Redis.
// `npm run test:e2e` (`--e2e`): the browser tests against a real Strapi and the built site.
// Extra arguments go to vitest (e.g. `npm test -- src/plugins/platform`).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureEnvFile } from './lib/env-file.mjs';
import { ensureInstalled } from './lib/install.mjs';
import { root } from './lib/paths.mjs';

const args = process.argv.slice(2);
const e2e = args.includes('--e2e');
const passThrough = args.filter((arg) => arg !== '--e2e');

await ensureInstalled();
ensureEnvFile(join(root, '.env'));

const env = { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', NUXT_TELEMETRY_DISABLED: '1' };
const mode = env.DATABASE_CLIENT === 'postgres' ? `postgres${env.REDIS_URL ? '+redis' : ''}` : 'sqlite';

if (env.DATABASE_CLIENT === 'postgres') {
  // fail early and clearly when the server is not there
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: env.TEST_PG_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres' });
  try {
    await client.connect();
    await client.end();
  } catch (error) {
    console.error(`PostgreSQL mode, but the server does not answer: ${error.message}`);
    console.error('Set TEST_PG_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres).');
    process.exit(2);
  }
}

const resultsDir = join(root, '.tmp', 'test-results');
mkdirSync(resultsDir, { recursive: true });

let status;
if (e2e) {
  console.log(`Browser tests (${mode})`);
  status = spawnSync(process.execPath, [join(root, 'scripts', 'e2e', 'run.mjs'), ...passThrough], { cwd: root, env, stdio: 'inherit' }).status;
} else {
  console.log(`Unit and API tests (${mode})`);
  status = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', 'vitest', 'vitest.mjs'),
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(resultsDir, `${mode}.json`)}`,
      ...passThrough,
    ],
    { cwd: root, env, stdio: 'inherit' },
  ).status;
}
process.exit(status ?? 1);
