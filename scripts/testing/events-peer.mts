/**
 * A second Strapi instance in its own process, for the cross-instance domain-event test. It
 * subscribes as `test.shared` (the same subscriber the test's instance has) to registration.created
 * and prints each delivery it runs as a JSON line.
 */
import { createRequire } from 'node:module';
import type { EventsService } from '../../src/plugins/platform/server/src/services/events';
import { distDir, root } from './paths';

const requireCjs = createRequire(import.meta.url);
const { createStrapi } = requireCjs('@strapi/strapi') as typeof import('@strapi/strapi');

const app = createStrapi({ appDir: root, distDir, autoReload: false, serveAdminPanel: false });
await app.load();
const events = app.plugin('platform').service('events') as EventsService;
events.subscribe('test.shared', ['registration.created'], (event) => {
  process.stdout.write(`${JSON.stringify({ delivered: event.id, registrationId: event.payload.registrationId, pid: process.pid })}\n`);
});
process.stdout.write(`${JSON.stringify({ ready: true, pid: process.pid })}\n`);

const stop = async () => {
  await app.destroy();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
