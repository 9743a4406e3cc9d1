/**
 * Durable jobs against a real Strapi on a real database (SQLite, or PostgreSQL + BullMQ on Redis
 * when the run sets DATABASE_CLIENT=postgres and REDIS_URL).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { bootStrapi, type TestApp } from '../../../../../../scripts/testing/strapi';
import { sleep, waitFor } from '../../../../../../scripts/testing/wait';
import type { JobsService } from '../services/jobs';
import type { JsonValue } from '../queue/types';

const jobsOf = (app: TestApp) => app.strapi.plugin('platform').service('jobs') as JobsService;

describe('durable jobs', () => {
  let app: TestApp;
  const runs: Array<{ name: string; payload: JsonValue; at: number }> = [];

  beforeAll(async () => {
    app = await bootStrapi();
    jobsOf(app).define('test.record', (payload) => {
      runs.push({ name: 'test.record', payload, at: Date.now() });
    });
  });

  afterAll(async () => {
    await app?.stop();
    await app?.db.drop();
  });

  it('uses the adapter the environment asks for', () => {
    expect(jobsOf(app).kind()).toBe(process.env.REDIS_URL ? 'bullmq' : 'in-process');
  });

  it('runs an enqueued job once and marks it done', async () => {
    const { job } = await jobsOf(app).enqueue('test.record', { n: 1 });
    const done = await waitFor(async () => (await jobsOf(app).get(job.id))?.status === 'done', 'job done');
    expect(done).toBe(true);
    expect(runs.filter((run) => JSON.stringify(run.payload) === '{"n":1}')).toHaveLength(1);
    const stored = await jobsOf(app).get(job.id);
    expect(stored?.attempts).toBe(1);
    expect(stored?.finishedAt).toBeInstanceOf(Date);
  });

  it('does not run a scheduled job before its time, and runs it after', async () => {
    const runAt = new Date(Date.now() + 1_200);
    const { job } = await jobsOf(app).enqueue('test.record', { scheduled: true }, { runAt });
    await sleep(600);
    expect((await jobsOf(app).get(job.id))?.status).toBe('pending');
    await waitFor(async () => (await jobsOf(app).get(job.id))?.status === 'done', 'scheduled job done', 10_000);
    const run = runs.find((r) => JSON.stringify(r.payload) === '{"scheduled":true}');
    expect(run?.at).toBeGreaterThanOrEqual(runAt.getTime());
  });

  it('makes enqueueing idempotent with a unique key, even when concurrent', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 10 }, () => jobsOf(app).enqueue('test.record', { unique: true }, { uniqueKey: 'welcome:42' })),
    );
    const ids = new Set(attempts.map((a) => a.job.id));
    expect(ids.size).toBe(1);
    const id = attempts[0]?.job.id ?? -1;
    expect(attempts.filter((a) => a.created)).toHaveLength(1);
    await waitFor(async () => (await jobsOf(app).get(id))?.status === 'done', 'unique job done');
    // a later enqueue with the same key still gives the same (finished) job and runs nothing
    const again = await jobsOf(app).enqueue('test.record', { unique: true }, { uniqueKey: 'welcome:42' });
    expect(again).toMatchObject({ created: false, job: { id, status: 'done' } });
    await sleep(300);
    expect(runs.filter((r) => JSON.stringify(r.payload) === '{"unique":true}')).toHaveLength(1);
  });

  it('retries a failing job with backoff, then marks it failed with its error', async () => {
    const calls: number[] = [];
    jobsOf(app).define(
      'test.always-fails',
      () => {
        calls.push(Date.now());
        throw new Error('SMTP server refused the message');
      },
      { maxAttempts: 3, baseDelayMs: 150, maxDelayMs: 1_000 },
    );
    const { job } = await jobsOf(app).enqueue('test.always-fails', { to: 'someone@example.test' });
    const failed = await waitFor(async () => {
      const current = await jobsOf(app).get(job.id);
      return current?.status === 'failed' ? current : null;
    }, 'job failed', 20_000);
    expect(calls).toHaveLength(3);
    expect(failed.attempts).toBe(3);
    expect(failed.lastError).toBe('Error: SMTP server refused the message');
    // waited between attempts: at least the base delay, then twice it
    const [first = 0, second = 0, third = 0] = calls;
    expect(second - first).toBeGreaterThanOrEqual(140);
    expect(third - second).toBeGreaterThanOrEqual(290);
    await sleep(500);
    expect(calls).toHaveLength(3);
  });

  it('succeeds on a retry after transient failures', async () => {
    let calls = 0;
    jobsOf(app).define(
      'test.flaky',
      () => {
        calls += 1;
        if (calls < 3) throw new Error(`transient ${calls}`);
      },
      { maxAttempts: 5, baseDelayMs: 50 },
    );
    const { job } = await jobsOf(app).enqueue('test.flaky');
    const done = await waitFor(async () => {
      const current = await jobsOf(app).get(job.id);
      return current?.status === 'done' ? current : null;
    }, 'flaky job done', 15_000);
    expect(calls).toBe(3);
    expect(done.attempts).toBe(3);
    expect(done.lastError).toBe('Error: transient 2');
  });

  it('writes the job with the business change: a rolled-back transaction leaves no job', async () => {
    const knex = app.strapi.db.connection as unknown as Knex;
    await expect(
      knex.transaction(async (trx) => {
        await jobsOf(app).enqueue('test.record', { outbox: 'rolled-back' }, { trx, uniqueKey: 'outbox:1' });
        throw new Error('business rule broke');
      }),
    ).rejects.toThrow('business rule broke');
    await knex.transaction(async (trx) => {
      await jobsOf(app).enqueue('test.record', { outbox: 'committed' }, { trx, uniqueKey: 'outbox:2' });
    });
    await waitFor(() => runs.some((r) => JSON.stringify(r.payload) === '{"outbox":"committed"}'), 'committed job run');
    const all = await jobsOf(app).list({ name: 'test.record' });
    expect(all.map((j) => j.uniqueKey)).not.toContain('outbox:1');
    expect(runs.some((r) => JSON.stringify(r.payload) === '{"outbox":"rolled-back"}')).toBe(false);
  });

  it('refuses a job name it cannot store', async () => {
    await expect(jobsOf(app).enqueue('Bad Name!', null)).rejects.toThrow('Invalid job name');
  });
});

describe('a job enqueued before a restart', () => {
  it('is run once by the next instance', async () => {
    const runs: number[] = [];
    const first = await bootStrapi();
    // the first instance knows the job but stops before it is due
    jobsOf(first).define('test.after-restart', () => {
      runs.push(1);
    });
    const { job } = await jobsOf(first).enqueue('test.after-restart', { survives: true }, { runAt: new Date(Date.now() + 1_500) });
    await first.stop();
    expect(runs).toHaveLength(0);

    const second = await bootStrapi({ db: first.db });
    try {
      jobsOf(second).define('test.after-restart', (payload) => {
        expect(payload).toEqual({ survives: true });
        runs.push(2);
      });
      await waitFor(async () => (await jobsOf(second).get(job.id))?.status === 'done', 'job done after restart', 15_000);
      await sleep(1_000);
      expect(runs).toEqual([2]);
      expect((await jobsOf(second).get(job.id))?.attempts).toBe(1);
    } finally {
      await second.stop();
      await first.db.drop();
    }
  });
});
