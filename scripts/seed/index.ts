// `npx tsx scripts/seed/index.ts`: fills the configured database (DATABASE_CLIENT, DATABASE_FILENAME,
// DATABASE_URL ... from the environment or `.env`) with the demo university space. Safe to run again.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoAccounts } from './data.ts';
import { seedDemo } from './seed.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

// Strapi reads `.env` from the working directory unless ENV_PATH says otherwise: pin it to the repo
// so the seed works from any folder. Variables already in the environment still win.
process.env.ENV_PATH ??= join(root, '.env');
process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';
// The seed writes content; background job workers of a normal server start have nothing to do here.
process.env.JOBS_RUN_WORKER ??= 'false';
process.env.LOG_LEVEL ??= 'warn';

if (!existsSync(process.env.ENV_PATH) && !process.env.APP_KEYS) {
  console.error(`[seed] ${process.env.ENV_PATH} is missing: run \`npm run setup\` first (it generates the secrets).`);
  process.exit(1);
}

// The ESM build of @strapi/strapi fails on a lodash/fp directory import: load the CommonJS one.
const requireCjs = createRequire(import.meta.url);
const { compileStrapi, createStrapi } = requireCjs('@strapi/strapi') as typeof import('@strapi/strapi');

const started = Date.now();
const appContext = await compileStrapi({ appDir: root, ignoreDiagnostics: false });
// serveAdminPanel: false, so the seed works whether or not the admin panel was ever built
const app = await createStrapi({ ...appContext, autoReload: false, serveAdminPanel: false }).load();

let exitCode = 0;
try {
  const client = String(app.config.get('database.connection.client', 'unknown'));
  console.log(`[seed] database: ${client}`);
  const report = await seedDemo(app);
  console.log(`[seed] demo calendar relative to ${report.baseDay} (Europe/Moscow), done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log('[seed] demo organizer accounts (admin panel, /admin):');
  for (const account of demoAccounts) console.log(`[seed]   ${account.roleLabel}: ${account.email} / ${account.password}`);
} catch (error) {
  exitCode = 1;
  console.error('[seed] failed:', error);
} finally {
  await app.destroy();
}
// Pooled SMTP connections and plugin timers may keep the event loop alive after destroy: a CLI ends here.
process.exit(exitCode);
