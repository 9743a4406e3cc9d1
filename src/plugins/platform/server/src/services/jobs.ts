/**
 * Durable jobs. Plugins define handlers in their `register` or `bootstrap` and enqueue work:
 *
 *   jobs.define('mailings.send', async (payload) => { ... }, { maxAttempts: 8 });
 *   await jobs.enqueue('mailings.send', { to }, { uniqueKey: `welcome:${userId}`, trx });
 *
 * The row is written first (in the caller's transaction when given), so a restart or a Redis outage
 * loses nothing; delivery is in-process polling by default, BullMQ when REDIS_URL is set.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { DEFAULT_RETRY_POLICY, describeError, outcomeOfAttempt, type RetryPolicy } from '../domain/backoff';
import { createBullMqAdapter } from '../queue/bullmq-adapter';
import { createInProcessAdapter } from '../queue/in-process-adapter';
import { createJobStore, type JobStore } from '../queue/store';
import { writeInTransaction } from '../queue/transaction';
import type { EnqueueOptions, JobDefinition, JobHandler, JobRecord, JobStatus, JsonValue, QueueAdapter, QueueWorker } from '../queue/types';
import { getService, getConfig } from '../get-service';

export class UnknownJobError extends Error {
  constructor(name: string) {
    super(`No job handler is defined for "${name}"`);
    this.name = 'UnknownJobError';
  }
}

const JOB_NAME = /^[a-z0-9][a-z0-9._:-]{0,119}$/;

const jobs = ({ strapi }: { strapi: Core.Strapi }) => {
  const definitions = new Map<string, JobDefinition>();
  const workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const inFlight = new Set<Promise<void>>();
  let store: JobStore | null = null;
  let adapter: QueueAdapter | null = null;
  let started = false;

  const config = () => getConfig(strapi, 'jobs');
  const log = (message: string, error?: unknown): void => {
    strapi.log.warn(`[platform] ${message}${error === undefined ? '' : `: ${describeError(error)}`}`);
  };

  const requireStore = (): JobStore => {
    if (!store) throw new Error('the job queue is not initialized yet (it starts in bootstrap)');
    return store;
  };

  async function execute(job: JobRecord): Promise<void> {
    const definition = definitions.get(job.name);
    const s = requireStore();
    let failure: unknown = undefined;
    if (!definition) {
      failure = new UnknownJobError(job.name);
    } else {
      try {
        await definition.handler(job.payload, { job, attempt: job.attempts });
      } catch (error) {
        failure = error ?? new Error('job handler threw nothing');
      }
    }
    const policy: RetryPolicy = { ...(definition?.retry ?? DEFAULT_RETRY_POLICY), maxAttempts: job.maxAttempts };
    const now = Date.now();
    const outcome = outcomeOfAttempt(policy, job.attempts, failure, now, Math.random());
    if (outcome.status === 'done') {
      await s.markDone(job.id, workerId, now);
    } else if (outcome.status === 'pending') {
      log(`job ${job.name}#${job.id} failed (attempt ${job.attempts}/${job.maxAttempts}), retrying`, failure);
      await s.markRetry(job.id, workerId, outcome.runAt, outcome.error, now);
      await adapter?.dispatch({ id: job.id, attempts: job.attempts, runAt: new Date(outcome.runAt) });
    } else {
      strapi.log.error(`[platform] job ${job.name}#${job.id} failed for good after ${job.attempts} attempts: ${outcome.error}`);
      await s.markFailed(job.id, workerId, outcome.error, now);
    }
  }

  const track = (work: Promise<void>): Promise<void> => {
    const tracked = work.catch((error) => log('job bookkeeping failed', error)).finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    return tracked;
  };

  const worker: QueueWorker = {
    async runById(id) {
      const job = await requireStore().claimById(id, [...definitions.keys()], workerId, Date.now(), config().leaseMs);
      if (job) await track(execute(job));
    },
    async drainDue(limit) {
      const claimed = await requireStore().claimDue([...definitions.keys()], limit, workerId, Date.now(), config().leaseMs);
      await Promise.all(claimed.map((job) => track(execute(job))));
      return claimed.length;
    },
    async nextRunAt() {
      return requireStore().nextRunAt([...definitions.keys()]);
    },
    async strays(graceMs) {
      const found = await requireStore().strays(Date.now(), graceMs, 500);
      return found.filter((job) => definitions.has(job.name));
    },
  };

  return {
    /** Defines (or replaces) the handler of a job name, with its retry policy. */
    define(name: string, handler: JobHandler, retry: Partial<RetryPolicy> = {}): void {
      if (!JOB_NAME.test(name)) throw new Error(`Invalid job name "${name}": use lowercase letters, digits, . _ : -`);
      definitions.set(name, { handler, retry: { ...DEFAULT_RETRY_POLICY, ...retry } });
    },

    /**
     * Writes a job and dispatches it. With `uniqueKey` a second enqueue returns the first job.
     * @returns the job row and whether this call created it
     */
    async enqueue(name: string, payload: JsonValue = null, options: EnqueueOptions = {}): Promise<{ job: JobRecord; created: boolean }> {
      if (!JOB_NAME.test(name)) throw new Error(`Invalid job name "${name}"`);
      const definition = definitions.get(name);
      const now = Date.now();
      const row = {
        name,
        payload,
        maxAttempts: Math.max(1, options.maxAttempts ?? definition?.retry.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts),
        runAt: options.runAt ? options.runAt.getTime() : now,
        uniqueKey: options.uniqueKey ?? null,
        now,
      };
      const { record, created } = await writeInTransaction(strapi, {
        trx: options.trx,
        write: (db) => requireStore().insert(row, db),
        // dispatch only what has committed
        committed: (result) => {
          if (result.created) void adapter?.dispatch({ id: result.record.id, attempts: 0, runAt: result.record.runAt });
        },
      });
      return { job: record, created };
    },

    async get(id: number): Promise<JobRecord | null> {
      return requireStore().get(id);
    },

    async list(filter: { name?: string; status?: JobStatus } = {}): Promise<JobRecord[]> {
      return requireStore().list(filter);
    },

    /**
     * Account erasure: jobs (not running) whose payload holds `address` are deleted, and the address
     * is masked in stored job errors.
     */
    async forgetAddress(address: string): Promise<{ deleted: number; masked: number }> {
      return requireStore().scrub(address.trim().toLowerCase());
    },

    /** Which adapter delivers jobs on this instance. */
    kind(): QueueAdapter['kind'] | null {
      return adapter?.kind ?? null;
    },

    /** Creates the adapter (the table is a migration); starts the worker unless `jobs.runWorker` is false. */
    async start(): Promise<void> {
      if (started) return;
      started = true;
      const knex = strapi.db.connection as unknown as Knex;
      store = createJobStore(knex, strapi.db.dialect.client === 'postgres');
      const redis = getService(strapi, 'redis-connections');
      const { pollIntervalMs, concurrency, runWorker } = config();
      adapter = redis.enabled
        ? createBullMqAdapter({ connections: redis, prefix: redis.prefix, concurrency, sweepIntervalMs: Math.max(pollIntervalMs, 1_000) * 5, log })
        : createInProcessAdapter({ pollIntervalMs, concurrency, log });
      if (runWorker) await adapter.start(worker);
    },

    /** Stops taking jobs and waits for running ones (bounded by `timeoutMs`). */
    async stop(timeoutMs = 10_000): Promise<void> {
      if (!started) return;
      started = false;
      const current = adapter;
      adapter = null;
      const settle = Promise.all([current?.stop(), ...inFlight]);
      await Promise.race([settle, new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
    },
  };
};

export type JobsService = ReturnType<typeof jobs>;
export default jobs;
