/**
 * Redis delivery with BullMQ: a BullMQ job is only a wake-up call carrying a row id, delayed to the
 * row's run time. The row stays the truth: the worker claims it atomically before running, so a
 * duplicate delivery runs nothing twice; a sweep re-dispatches due rows Redis lost (outage, flush).
 */
import { Queue, Worker } from 'bullmq';
import type { RedisConnections } from '../services/redis-connections';
import type { QueueAdapter, QueueWorker } from './types';

export interface BullMqOptions {
  connections: RedisConnections;
  prefix: string;
  concurrency: number;
  sweepIntervalMs: number;
  log: (message: string, error?: unknown) => void;
}

const QUEUE_NAME = 'jobs';

export function createBullMqAdapter(options: BullMqOptions): QueueAdapter {
  // enqueueing must fail fast while Redis is down: the row is already written and the sweep catches up
  const queue = new Queue(QUEUE_NAME, { connection: options.connections.create('queue', { failFast: true }), prefix: options.prefix });
  queue.on('error', (error) => options.log('BullMQ queue error', error));
  let worker: Worker | null = null;
  let sweepTimer: NodeJS.Timeout | null = null;
  let target: QueueWorker | null = null;

  const dispatch: QueueAdapter['dispatch'] = async (job) => {
    try {
      await queue.add(
        'run',
        { id: job.id },
        {
          jobId: `job-${job.id}-${job.attempts}`,
          delay: Math.max(0, job.runAt.getTime() - Date.now()),
          removeOnComplete: true,
          removeOnFail: 1_000,
          attempts: 1,
        },
      );
    } catch (error) {
      options.log(`could not dispatch job ${job.id} to Redis; the sweep will retry`, error);
    }
  };

  async function sweep(): Promise<void> {
    if (!target) return;
    try {
      const strays = await target.strays(options.sweepIntervalMs);
      for (const job of strays) await dispatch(job);
    } catch (error) {
      options.log('job sweep failed', error);
    }
  }

  return {
    kind: 'bullmq',
    async start(w) {
      target = w;
      worker = new Worker(QUEUE_NAME, async (job) => w.runById(Number((job.data as { id: number }).id)), {
        connection: options.connections.create('worker', { failFast: false }),
        prefix: options.prefix,
        concurrency: options.concurrency,
      });
      worker.on('error', (error) => options.log('BullMQ worker error', error));
      await sweep();
      sweepTimer = setInterval(() => void sweep(), options.sweepIntervalMs);
      sweepTimer.unref();
    },
    dispatch,
    async stop() {
      if (sweepTimer) clearInterval(sweepTimer);
      sweepTimer = null;
      target = null;
      if (worker) await worker.close();
      worker = null;
      await queue.close();
    },
  };
}
