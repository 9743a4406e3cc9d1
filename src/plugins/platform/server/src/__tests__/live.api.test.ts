/**
 * Live updates: an admin page's stream (admin JWT in the Authorization header, read with the fetch
 * client of cms/src/live.ts) gets what the bus carries within 2 s, from this instance or, with
 * Redis, from another one; a caller without an admin JWT gets 401; a closed stream leaves nothing open.
 */
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { LiveStreamRefused, openLiveStream, type LiveEvent } from '../../../../../../cms/src/live';
import { superAdmin, type TestAdmin } from '../../../../../../scripts/testing/admins';
import { appAndPeerForFile, type Peer } from '../../../../../../scripts/testing/peer';
import type { TestApp } from '../../../../../../scripts/testing/strapi';
import { waitFor } from '../../../../../../scripts/testing/wait';
import { platform } from '../kit';

const PING = 'platform.live.ping';

interface Client {
  events: LiveEvent[];
  done: Promise<void>;
  close(): void;
}

async function listen(app: TestApp): Promise<string> {
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', () => resolve()));
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

/** An admin page's stream of the ping topic, open once its `ready` event came. */
async function openPing(base: string, token: string | null): Promise<Client> {
  const events: LiveEvent[] = [];
  const controller = new AbortController();
  const done = openLiveStream({ url: `${base}/platform/live/ping`, token, signal: controller.signal, onEvent: (event) => void events.push(event), reconnect: false });
  await Promise.race([done, waitFor(() => events.some((event) => event.event === 'ready'), 'the ready event', 10_000)]);
  return { events, done, close: () => controller.abort() };
}

describe('live updates of admin pages', () => {
  const file = appAndPeerForFile(Boolean(process.env.REDIS_URL));
  let app: TestApp;
  let base: string;
  let admin: TestAdmin;
  let peer: Peer | null = null;

  beforeAll(async () => {
    app = file.app();
    peer = file.peer();
    base = await listen(app);
    admin = await superAdmin(app);
  });

  it('refuses a caller without an admin JWT (401), and one with a made-up token', async () => {
    const anonymous = await fetch(`${base}/platform/live/ping`, { headers: { accept: 'text/event-stream' } });
    expect(anonymous.status).toBe(401);
    await expect(openPing(base, 'not-a-token')).rejects.toEqual(new LiveStreamRefused(401));
    // no token in the URL: the stream does not read one from there
    expect((await fetch(`${base}/platform/live/ping?token=${admin.token}`)).status).toBe(401);
    expect(platform(app.strapi).live.connections()).toBe(0);
  });

  it('carries a message published on this instance within 2 s, as text/event-stream, and cleans up on close', async () => {
    const raw = await fetch(`${base}/platform/live/ping`, { headers: { authorization: `Bearer ${admin.token}` } });
    expect(raw.status).toBe(200);
    expect(raw.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(raw.headers.get('cache-control')).toContain('no-cache');
    await raw.body?.cancel();

    const client = await openPing(base, admin.token);
    await waitFor(() => platform(app.strapi).live.connections() >= 1, 'the stream registered');
    const started = Date.now();
    await platform(app.strapi).bus.publish(PING, { n: 1, text: 'привет' });
    await waitFor(() => client.events.find((event) => event.event === PING), 'the message on the stream', 2_000);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(client.events.filter((event) => event.event === PING).map((event) => event.data)).toEqual([{ n: 1, text: 'привет' }]);

    client.close();
    await client.done;
    await waitFor(() => platform(app.strapi).live.connections() === 0, 'the stream closed on the server');
  });

  it('sends heartbeats while nothing happens', async () => {
    app.strapi.config.set('plugin::platform.live.heartbeatMs', 150);
    try {
      const controller = new AbortController();
      const response = await fetch(`${base}/platform/live/ping`, { headers: { authorization: `Bearer ${admin.token}` }, signal: controller.signal });
      const reader = (response.body as ReadableStream<Uint8Array>).pipeThrough(new TextDecoderStream()).getReader();
      let text = '';
      await waitFor(async () => {
        const { value } = await reader.read();
        text += value ?? '';
        return (text.match(/^: heartbeat$/gm) ?? []).length >= 2;
      }, 'two heartbeats', 5_000, 0);
      controller.abort();
    } finally {
      app.strapi.config.set('plugin::platform.live.heartbeatMs', 15_000);
    }
    await waitFor(() => platform(app.strapi).live.connections() === 0, 'the stream closed on the server');
  });

  it.skipIf(!process.env.REDIS_URL)('carries a message published on another instance within 2 s (Redis)', async () => {
    expect(platform(app.strapi).bus.kind()).toBe('redis');
    const client = await openPing(base, admin.token);
    const started = Date.now();
    // the second instance publishes it (asked over the bus)
    await platform(app.strapi).bus.publish('test.ping', { relay: { topic: PING, message: { from: 'второй экземпляр' } } });
    await waitFor(() => client.events.find((event) => event.event === PING), 'the message from the second instance', 2_000);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(client.events.find((event) => event.event === PING)?.data).toEqual({ from: 'второй экземпляр' });
    const relayed = peer?.lines.find((line) => line.received !== undefined);
    expect(relayed?.pid).not.toBe(process.pid);
    client.close();
    await client.done;
    await waitFor(() => platform(app.strapi).live.connections() === 0, 'the stream closed on the server');
  });
});
