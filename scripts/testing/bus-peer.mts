/**
 * A second Strapi instance in its own process, for the cross-instance tests. It subscribes to
 * `test.ping`, prints every message it gets as a JSON line, and answers each on `test.pong`; a
 * message `{ relay: { topic, message } }` it publishes on that topic instead (from this instance).
 */
import { createRequire } from 'node:module';
import type { BusService } from '../../src/plugins/platform/server/src/services/bus';
import { distDir, root } from './paths';

const requireCjs = createRequire(import.meta.url);
const { createStrapi } = requireCjs('@strapi/strapi') as typeof import('@strapi/strapi');

const app = createStrapi({ appDir: root, distDir, autoReload: false, serveAdminPanel: false });
await app.load();
const bus = app.plugin('platform').service('bus') as BusService;
await bus.subscribe('test.ping', async (message) => {
  process.stdout.write(`${JSON.stringify({ received: message, pid: process.pid })}\n`);
  const relay = typeof message === 'object' && message !== null && !Array.isArray(message) ? message.relay : undefined;
  if (typeof relay === 'object' && relay !== null && !Array.isArray(relay) && typeof relay.topic === 'string' && relay.message !== undefined) {
    await bus.publish(relay.topic, relay.message);
  } else {
    await bus.publish('test.pong', { reply: message, from: process.pid });
  }
});
process.stdout.write(`${JSON.stringify({ ready: true, pid: process.pid })}\n`);

const stop = async () => {
  await app.destroy();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
