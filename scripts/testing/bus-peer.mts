/**
 * A second Strapi instance in its own process, for the cross-instance tests. It subscribes to
 * `test.ping`, prints every message it gets as a JSON line, and answers each on `test.pong`; a
 * message `{ relay: { topic, message } }` it publishes on that topic instead (from this instance).
 */
import type { BusService } from '../../src/plugins/platform/server/src/services/bus';
import { announce, loadPeer } from './peer-app.mts';

const app = await loadPeer();
const bus = app.plugin('platform').service('bus') as BusService;
await bus.subscribe('test.ping', async (message) => {
  announce({ received: message, pid: process.pid });
  const relay = typeof message === 'object' && message !== null && !Array.isArray(message) ? message.relay : undefined;
  if (typeof relay === 'object' && relay !== null && !Array.isArray(relay) && typeof relay.topic === 'string' && relay.message !== undefined) {
    await bus.publish(relay.topic, relay.message);
  } else {
    await bus.publish('test.pong', { reply: message, from: process.pid });
  }
});
announce({ ready: true, pid: process.pid });
