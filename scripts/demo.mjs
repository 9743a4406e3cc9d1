#!/usr/bin/env node
// `npm run demo`: the whole platform on one machine with demo content.
// Installs what is missing, writes .env secrets on the first run, builds what is stale, seeds the
// demo university space (idempotent), starts the SMTP sink, Strapi and the site; Ctrl-C stops all.
// Ports: STRAPI_PORT (1337), SITE_PORT (3000), SMTP_PORT (1025).
import { join } from 'node:path';
import { ensureEnvFile, loadEnv } from './lib/env-file.mjs';
import { ensureInstalled } from './lib/install.mjs';
import { root } from './lib/paths.mjs';

await ensureInstalled();
const added = ensureEnvFile(join(root, '.env'));
if (added.length > 0) console.log(`Generated secrets in .env: ${added.join(', ')}`);

const { prepareBuilds, runSeed, siteLinkEnv, startSite, startSmtpSink, startStrapi, stopAll } = await import('./lib/stack.mjs');

const fileEnv = loadEnv(join(root, '.env'));
const strapiPort = Number(fileEnv.STRAPI_PORT || 1337);
const sitePort = Number(fileEnv.SITE_PORT || 3000);
const smtpPort = Number(fileEnv.SMTP_PORT || 1025);
const mailDir = join(root, '.tmp', 'mail');

let stopping = false;
const shutdown = async (code = 0) => {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping the demo...');
  await stopAll();
  process.exit(code);
};
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  prepareBuilds({ admin: true });
  // the demo always mails into the local sink, whatever .env says about SMTP
  const mailEnv = { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtpPort), SMTP_USER: '', SMTP_IGNORE_TLS: 'true' };
  const smtp = await startSmtpSink({ port: smtpPort, dir: mailDir });
  console.log('Seeding the demo space...');
  runSeed({ env: { ...mailEnv, LOG_LEVEL: 'warn' } });
  // Strapi tells the site about publications and provisions its preview token; both share the secrets
  const link = siteLinkEnv({ siteUrl: `http://127.0.0.1:${sitePort}`, env: fileEnv });
  const strapi = await startStrapi({ port: strapiPort, env: { ...mailEnv, ...link.strapi, SITE_URL: `http://localhost:${sitePort}`, HOST: '0.0.0.0' } });
  const publicStrapi = `http://localhost:${strapiPort}`;
  await startSite({ port: sitePort, strapiUrl: strapi.url, publicStrapiUrl: publicStrapi, env: link.site });

  console.log(`
MMSO Connect demo is running.

  Site (event space):   http://localhost:${sitePort}
  Admin (constructor):  http://localhost:${strapiPort}/admin
  API:                  http://localhost:${strapiPort}/api/events   GraphQL: http://localhost:${strapiPort}/graphql
  Readiness:            http://localhost:${strapiPort}/api/platform/ready
  Mail sink:            ${smtp.dir} (SMTP on 127.0.0.1:${smtp.port})

  Demo accounts (admin panel):
    admin@demo.test          Demo-admin-2026     client administrator
    event.admin@demo.test    Demo-event-2026     event administrator
    event.manager@demo.test  Demo-manager-2026   event manager

Press Ctrl-C to stop.`);
} catch (error) {
  console.error(`\nThe demo could not start: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}
