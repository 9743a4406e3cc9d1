/**
 * Domain events against a real Strapi (SQLite with the in-process queue, or PostgreSQL with BullMQ
 * on Redis): written in the caller's transaction, delivered once to each subscriber, on any instance.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { root } from '../../../../../../scripts/testing/paths';
import { bootStrapi, testEnv, type TestApp } from '../../../../../../scripts/testing/strapi';
import { sleep, waitFor } from '../../../../../../scripts/testing/wait';
import type { DomainEventPayloads } from '../../../../../../cms/src/events';
import { platform } from '../kit';
import type { DomainEvent } from '../services/events';

const created = (registrationId: number): DomainEventPayloads['registration.created'] => ({
  registrationId,
  userId: 7,
  eventDocumentId: 'abcdefghijklmnopqrstuvwx',
  status: 'registered',
  at: new Date().toISOString(),
});

const knexOf = (app: TestApp) => app.strapi.db.connection as unknown as Knex;

describe('domain events on one instance', () => {
  let app: TestApp;
  const seen: Record<string, Array<DomainEvent<'registration.created'>>> = { a: [], b: [] };

  beforeAll(async () => {
    app = await bootStrapi();
    platform(app.strapi).events.subscribe('test.a', ['registration.created'], (event) => void seen.a?.push(event));
    platform(app.strapi).events.subscribe('test.b', ['registration.created', 'registration.cancelled'], (event) => {
      if (event.name === 'registration.created') seen.b?.push(event);
    });
  });

  afterAll(async () => {
    await app?.stop();
    await app?.db.drop();
  });

  const deliveredTo = (who: 'a' | 'b', registrationId: number) => (seen[who] ?? []).filter((e) => e.payload.registrationId === registrationId);

  it('delivers nothing of a rolled-back transaction, and a committed event once to each subscriber', async () => {
    const live: number[] = [];
    const off = await platform(app.strapi).events.onCommitted('registration.created', (event) => void live.push(event.payload.registrationId));
    await expect(
      knexOf(app).transaction(async (trx) => {
        await platform(app.strapi).events.publish('registration.created', created(1), { trx });
        throw new Error('the registration broke a rule');
      }),
    ).rejects.toThrow('the registration broke a rule');
    const { id } = await knexOf(app).transaction(async (trx) => platform(app.strapi).events.publish('registration.created', created(2), { trx }));

    await waitFor(() => deliveredTo('a', 2).length === 1 && deliveredTo('b', 2).length === 1, 'both subscribers');
    await sleep(1_000);
    expect(deliveredTo('a', 2)).toHaveLength(1);
    expect(deliveredTo('b', 2)).toHaveLength(1);
    expect(deliveredTo('a', 2)[0]).toMatchObject({ id, name: 'registration.created', payload: { registrationId: 2, userId: 7, status: 'registered' } });
    expect(deliveredTo('a', 1)).toEqual([]);
    expect(deliveredTo('b', 1)).toEqual([]);
    const names = (await knexOf(app)('platform_domain_events').select('payload')) as Array<{ payload: string }>;
    expect(names.map((row) => (JSON.parse(row.payload) as { registrationId: number }).registrationId)).toEqual([2]);
    // the live broadcast follows the commit only
    await waitFor(() => live.includes(2), 'live broadcast');
    expect(live).toEqual([2]);
    await off();
  });

  it('retries a delivery whose handler throws, without delivering again to the others', async () => {
    let calls = 0;
    platform(app.strapi).events.subscribe('test.flaky', ['registration.created'], () => {
      calls += 1;
      if (calls < 2) throw new Error('subscriber briefly down');
    });
    await platform(app.strapi).events.publish('registration.created', created(3));
    await waitFor(() => calls === 2, 'retried delivery', 20_000);
    await sleep(500);
    expect(calls).toBe(2);
    expect(deliveredTo('a', 3)).toHaveLength(1);
    platform(app.strapi).events.unsubscribe('test.flaky');
  });

  it('refuses a payload that does not match its schema, and an unknown event', async () => {
    const bad = { ...created(4), email: 'someone@example.test' } as unknown as DomainEventPayloads['registration.created'];
    await expect(platform(app.strapi).events.publish('registration.created', bad)).rejects.toThrow();
    await expect(platform(app.strapi).events.publish('no.such-event' as 'profile.deleted', { userId: 1, at: new Date().toISOString() })).rejects.toThrow(
      'Unknown domain event',
    );
    expect((await knexOf(app)('platform_domain_events').where('name', 'no.such-event')).length).toBe(0);
  });
});

describe('a domain event whose delivery was under way at a restart', () => {
  it('is delivered once by the next instance', async () => {
    const first = await bootStrapi();
    // the first instance takes the delivery but goes down before its subscriber is done
    platform(first.strapi).events.subscribe('test.after-restart', ['registration.created'], () => {
      throw new Error('instance going down');
    });
    const { id } = await platform(first.strapi).events.publish('registration.created', created(5));
    await waitFor(async () => {
      const deliveries = await platform(first.strapi).jobs.list({ name: 'platform.domain-event.deliver' });
      return deliveries.some((job) => job.attempts >= 1 && job.status === 'pending');
    }, 'a failed first attempt');
    await first.stop();

    const second = await bootStrapi({ db: first.db });
    try {
      const got: number[] = [];
      platform(second.strapi).events.subscribe('test.after-restart', ['registration.created'], (event) => void got.push(event.id));
      // the retry after a delivery that found no subscriber yet is up to 16 s away
      await waitFor(() => got.length === 1, 'delivery after restart', 90_000);
      await sleep(800);
      expect(got).toEqual([id]);
    } finally {
      await second.stop();
      await first.db.drop();
    }
  }, 240_000);
});

describe.skipIf(!process.env.REDIS_URL)('domain events across instances (BullMQ)', () => {
  let app: TestApp;
  let peer: ChildProcessWithoutNullStreams | null = null;
  const peerLines: Array<Record<string, unknown>> = [];
  const here: number[] = [];

  beforeAll(async () => {
    app = await bootStrapi();
    expect(platform(app.strapi).jobs.kind()).toBe('bullmq');
    platform(app.strapi).events.subscribe('test.shared', ['registration.created'], (event) => void here.push(event.payload.registrationId));
    peer = spawn(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'testing', 'events-peer.mts')], {
      cwd: root,
      env: { ...process.env, ...testEnv(app.db) },
    });
    let stderr = '';
    peer.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    createInterface({ input: peer.stdout }).on('line', (line) => {
      if (line.startsWith('{')) peerLines.push(JSON.parse(line) as Record<string, unknown>);
    });
    await waitFor(() => {
      if (peer?.exitCode !== null) throw new Error(`the second instance exited: ${stderr.slice(-2_000)}`);
      return peerLines.some((l) => l.ready === true);
    }, 'second instance ready', 60_000);
  });

  afterAll(async () => {
    if (peer && peer.exitCode === null) {
      const exited = new Promise((resolve) => peer?.once('exit', resolve));
      peer.kill('SIGTERM');
      await exited;
    }
    await app?.stop();
    await app?.db.drop();
  });

  it('delivers each event to the shared subscriber exactly once, on whichever instance takes it', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => 100 + i);
    for (const id of ids) {
      await knexOf(app).transaction(async (trx) => platform(app.strapi).events.publish('registration.created', created(id), { trx }));
    }
    const there = () => peerLines.filter((l) => typeof l.registrationId === 'number').map((l) => l.registrationId as number);
    await waitFor(() => here.length + there().length >= ids.length, 'every delivery', 30_000);
    await sleep(1_500);
    const all = [...here, ...there()].sort((x, y) => x - y);
    expect(all).toEqual(ids);
    console.info(`[events.api] deliveries: ${here.length} on this instance, ${there().length} on the second`);
  });
});
