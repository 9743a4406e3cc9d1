import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appAndPeerForFile, type Peer } from '../../../../../../scripts/testing/peer';
import { bootStrapi, type TestApp } from '../../../../../../scripts/testing/strapi';
import { waitFor } from '../../../../../../scripts/testing/wait';
import type { BusService } from '../services/bus';
import type { JsonValue } from '../queue/types';

const busOf = (app: TestApp) => app.strapi.plugin('platform').service('bus') as BusService;

describe('event bus on one instance', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await bootStrapi();
  });
  afterAll(async () => {
    await app?.stop();
    await app?.db.drop();
  });

  it('delivers a message to every subscriber of its topic, and to no other', async () => {
    const a: JsonValue[] = [];
    const b: JsonValue[] = [];
    const other: JsonValue[] = [];
    const offA = await busOf(app).subscribe('registrations.changed', (m) => void a.push(m));
    await busOf(app).subscribe('registrations.changed', (m) => void b.push(m));
    await busOf(app).subscribe('chat.message', (m) => void other.push(m));
    await busOf(app).publish('registrations.changed', { eventId: 7, count: 12 });
    await waitFor(() => a.length === 1 && b.length === 1, 'both subscribers');
    expect(a[0]).toEqual({ eventId: 7, count: 12 });
    expect(other).toEqual([]);
    await offA();
    await busOf(app).publish('registrations.changed', { eventId: 7, count: 13 });
    await waitFor(() => b.length === 2, 'remaining subscriber');
    expect(a).toHaveLength(1);
  });

  it('refuses a malformed topic', async () => {
    await expect(busOf(app).publish('bad topic with spaces', null)).rejects.toThrow('Invalid bus topic');
  });
});

describe.skipIf(!process.env.REDIS_URL)('event bus across instances (Redis)', () => {
  const file = appAndPeerForFile(true);
  let app: TestApp;
  let peer: Peer | null = null;

  beforeAll(() => {
    app = file.app();
    peer = file.peer();
    expect(busOf(app).kind()).toBe('redis');
  });

  it('carries a message published here to a subscriber on the second instance, and its answer back', async () => {
    const pongs: JsonValue[] = [];
    await busOf(app).subscribe('test.pong', (m) => void pongs.push(m));
    await busOf(app).publish('test.ping', { hello: 'второй экземпляр' });
    const received = await waitFor(() => (peer?.lines ?? []).find((l) => l.received !== undefined), 'message on the second instance');
    expect(received.received).toEqual({ hello: 'второй экземпляр' });
    expect(received.pid).not.toBe(process.pid);
    await waitFor(() => pongs.length === 1, 'answer from the second instance');
    expect(pongs[0]).toEqual({ reply: { hello: 'второй экземпляр' }, from: received.pid });
  });
});
