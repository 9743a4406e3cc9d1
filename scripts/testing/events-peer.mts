/**
 * A second Strapi instance in its own process, for the cross-instance domain-event test. It
 * subscribes as `test.shared` (the same subscriber the test's instance has) to registration.created
 * and prints each delivery it runs as a JSON line.
 */
import type { EventsService } from '../../src/plugins/platform/server/src/services/events';
import { announce, loadPeer } from './peer-app.mts';

const app = await loadPeer();
const events = app.plugin('platform').service('events') as EventsService;
events.subscribe('test.shared', ['registration.created'], (event) => {
  announce({ delivered: event.id, registrationId: event.payload.registrationId, pid: process.pid });
});
announce({ ready: true, pid: process.pid });
