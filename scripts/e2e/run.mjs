#!/usr/bin/env node
// Browser tests against the real stack: a fresh database seeded with the demo content, Strapi and the
// built Nuxt site on free ports, then `vitest run -c vitest.e2e.config.mts` with BASE_URL set.
// Everything started here is stopped and the database removed, also when a step fails.
//   node scripts/e2e/run.mjs [vitest args]            SQLite at .tmp/e2e/data.db
//   DATABASE_CLIENT=postgres node scripts/e2e/run.mjs  a fresh PostgreSQL database mmso_e2e_<random>
// Needs installed dependencies and a `.env` (`npm run setup`); Chromium at /usr/bin/chromium.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../lib/paths.mjs';
import { freePort, freshDatabase, prepareBuilds, run, runSeed, siteLinkEnv, startSite, startSmtpSink, startStrapi, stopAll } from '../lib/stack.mjs';

const log = (message) => console.log(`[e2e] ${message}`);
const workDir = join(root, '.tmp', 'e2e');
const resultsDir = join(root, '.tmp', 'test-results');
// mail Strapi sends (sign-in codes ...) lands here as .eml files the tests read
const mailDir = join(workDir, 'mail');
const postgres = process.env.DATABASE_CLIENT === 'postgres';

const cleanups = [];
let cleaning = false;

async function cleanup() {
  if (cleaning) return;
  cleaning = true;
  await stopAll().catch((error) => console.error(`[e2e] stopping processes failed: ${error.message}`));
  for (const step of cleanups.reverse()) {
    await step().catch((error) => console.error(`[e2e] cleanup failed: ${error.message}`));
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    log(`${signal}: stopping`);
    void cleanup().finally(() => process.exit(130));
  });
}

function runVitest(env) {
  const mode = postgres ? 'postgres' : 'sqlite';
  const args = [
    join(root, 'node_modules', 'vitest', 'vitest.mjs'),
    'run',
    '-c',
    join(root, 'vitest.e2e.config.mts'),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${join(resultsDir, `e2e-${mode}.json`)}`,
    ...process.argv.slice(2),
  ];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

let status = 1;
try {
  if (!existsSync(join(root, '.env'))) throw new Error('.env is missing: run `npm run setup` first');
  mkdirSync(workDir, { recursive: true });
  mkdirSync(resultsDir, { recursive: true });
  rmSync(join(workDir, 'screenshots'), { recursive: true, force: true });
  for (const log of ['strapi.log', 'site.log', 'site-no-cms.log', 'smtp.log']) rmSync(join(workDir, log), { force: true });
  rmSync(mailDir, { recursive: true, force: true });

  prepareBuilds({ admin: true, log }); // the admin panel too: constructor.e2e.ts works in it
  const dbEnv = await freshDatabase({ postgres, workDir, prefix: 'mmso_e2e', pool: { min: 0, max: 5 }, cleanups, log });
  // a sink of this run only, whatever .env says about SMTP (never a real server, never the demo's sink)
  const smtp = await startSmtpSink({ port: await freePort(), dir: mailDir, logFile: join(workDir, 'smtp.log') });
  const mailEnv = { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_USER: '', SMTP_IGNORE_TLS: 'true' };
  log(`SMTP sink on ${smtp.port}, mail in ${mailDir}`);

  log('seeding the demo content...');
  runSeed({ env: { ...dbEnv, ...mailEnv } });
  log('adding the test fixtures...');
  const fixtures = join(workDir, 'fixtures.json');
  run(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'e2e', 'fixtures.ts'), fixtures], { env: { ...dbEnv, ...mailEnv } });

  const sitePort = await freePort();
  const link = siteLinkEnv({ siteUrl: `http://127.0.0.1:${sitePort}`, env: {} });
  const strapi = await startStrapi({ port: await freePort(), env: { ...dbEnv, ...mailEnv, ADMIN_LOGIN_RATE_LIMIT_MAX: '200', ...link.strapi }, logFile: join(workDir, 'strapi.log') });
  log(`Strapi at ${strapi.url}`);
  // pages stay cached long enough that only the CMS's revalidation call can refresh them in the tests
  // one worker (E2E_SITE_WORKERS): the tests read the page cache (HIT / MISS), which each worker keeps
  // for itself (cluster.e2e.ts starts a site of two workers of its own)
  // behind a proxy as in production: visitor-address.e2e.ts plays several visitors through X-Forwarded-For
  const siteEnv = { ...link.site, NUXT_BEHIND_PROXY: 'true', NUXT_ALLOW_TEST_CLOCK: '1', NUXT_PAGE_CACHE_MAX_AGE: '300', NUXT_CACHE_MAX_AGE: '300', NITRO_CLUSTER_WORKERS: process.env.E2E_SITE_WORKERS || '1' };
  const site = await startSite({ port: sitePort, strapiUrl: strapi.url, env: siteEnv, logFile: join(workDir, 'site.log') });
  log(`site at ${site.url}`);
  // A second site whose CMS is unreachable: what visitors see when Strapi is down.
  const deadCms = `http://127.0.0.1:${await freePort()}`;
  const orphan = await startSite({ port: await freePort(), strapiUrl: deadCms, env: link.site, logFile: join(workDir, 'site-no-cms.log') });

  status = await runVitest({
    BASE_URL: site.url,
    E2E_BASE_URL: site.url,
    STRAPI_URL: strapi.url,
    NO_CMS_BASE_URL: orphan.url,
    E2E_FIXTURES: fixtures,
    E2E_PREVIEW_SECRET: link.site.NUXT_PREVIEW_SECRET,
    E2E_SITE_API_TOKEN: link.site.NUXT_STRAPI_TOKEN,
    E2E_MAIL_DIR: mailDir,
    // attendees sign in by code from addresses of their own, vouched for as the site does
    E2E_PROXY_SECRET: link.site.NUXT_PROXY_SECRET,
  });
  if (status !== 0) log(`failed: logs and screenshots in ${workDir}`);
} catch (error) {
  console.error(`[e2e] ${error instanceof Error ? error.message : String(error)}`);
  status = 1;
} finally {
  await cleanup();
}
process.exit(status);
