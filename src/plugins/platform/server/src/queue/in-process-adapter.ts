/**
 * In-process delivery: the instance polls its own job table. Wakes early when a job is enqueued
 * here, sleeps until the next due job otherwise (at most one poll interval).
 */
import type { QueueAdapter, QueueWorker } from './types';

export interface InProcessOptions {
  pollIntervalMs: number;
  concurrency: number;
  log: (message: string, error?: unknown) => void;
}

export function createInProcessAdapter(options: InProcessOptions): QueueAdapter {
  let worker: QueueWorker | null = null;
  let running = false;
  let timer: NodeJS.Timeout | null = null;
  let wake: (() => void) | null = null;
  let loop: Promise<void> | null = null;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, ms);
    }).finally(() => {
      if (timer) clearTimeout(timer);
      timer = null;
      wake = null;
    });

  async function run(): Promise<void> {
    while (running && worker) {
      let ran = 0;
      try {
        ran = await worker.drainDue(options.concurrency);
      } catch (error) {
        options.log('job poll failed', error);
      }
      if (!running) break;
      if (ran > 0) continue;
      let wait = options.pollIntervalMs;
      try {
        const next = await worker.nextRunAt();
        if (next !== null) wait = Math.max(0, Math.min(wait, next - Date.now()));
      } catch (error) {
        options.log('job poll failed', error);
      }
      if (running) await sleep(wait);
    }
  }

  return {
    kind: 'in-process',
    async start(w) {
      worker = w;
      running = true;
      loop = run();
    },
    async dispatch(job) {
      if (running && wake && job.runAt.getTime() <= Date.now() + options.pollIntervalMs) wake();
    },
    async stop() {
      running = false;
      wake?.();
      await loop;
      loop = null;
    },
  };
}
