import type { RetryPolicy } from '../domain/backoff';

export type JobStatus = 'pending' | 'running' | 'done' | 'failed';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A job as the database keeps it: the source of truth in both adapters. */
export interface JobRecord {
  id: number;
  name: string;
  payload: JsonValue;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  runAt: Date;
  uniqueKey: string | null;
  lastError: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export interface JobContext {
  job: JobRecord;
  /** 1 for the first attempt. */
  attempt: number;
}

export type JobHandler = (payload: JsonValue, context: JobContext) => Promise<void> | void;

export interface JobDefinition {
  handler: JobHandler;
  retry: RetryPolicy;
}

export interface EnqueueOptions {
  /** Run no earlier than this time (default: now). */
  runAt?: Date;
  /** Enqueueing twice with the same key gives the same job (idempotent). */
  uniqueKey?: string;
  /** Overrides the definition's maxAttempts for this job. */
  maxAttempts?: number;
  /**
   * A knex transaction of the business change that causes the job (outbox): the job row commits
   * or rolls back with it. The job is dispatched once the caller's transaction has committed.
   */
  trx?: unknown;
}

/** How due jobs reach a worker: polling the table in-process, or BullMQ on Redis. */
export interface QueueAdapter {
  readonly kind: 'in-process' | 'bullmq';
  /** Start delivering jobs to the worker (only on instances that run one). */
  start(worker: QueueWorker): Promise<void>;
  /** A job row was written or rescheduled: deliver it at `runAt`. Never throws. */
  dispatch(job: { id: number; attempts: number; runAt: Date }): Promise<void>;
  /** Stop taking jobs; wait for the ones in progress. */
  stop(): Promise<void>;
}

/** What an adapter calls to get work done; the runner behind it keeps the database the source of truth. */
export interface QueueWorker {
  /** Runs one job delivered by id (Redis); does nothing if the job is not due or already taken. */
  runById(id: number): Promise<void>;
  /** Claims up to `limit` due jobs and runs them; resolves with how many it ran. */
  drainDue(limit: number): Promise<number>;
  /** Earliest time a pending job becomes due, or null. */
  nextRunAt(): Promise<number | null>;
  /** Due jobs nobody holds (for re-dispatch after a Redis outage or restart). */
  strays(graceMs: number): Promise<Array<{ id: number; attempts: number; runAt: Date }>>;
}
