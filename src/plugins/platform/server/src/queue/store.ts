/**
 * The job table (created by the migration database/migrations/*.platform-jobs.ts) and every read and write of it. Plain knex so that both SQLite and PostgreSQL
 * get the same semantics: claim is an atomic conditional update, so one attempt runs once.
 * Times are epoch milliseconds (bigint): portable, and comparisons need no time-zone care.
 */
import type { Knex } from 'knex';
import type { JobRecord, JobStatus, JsonValue } from './types';
import { JOBS_TABLE } from '../constants';


interface JobRow {
  id: number | string;
  name: string;
  payload: string;
  status: JobStatus;
  attempts: number | string;
  max_attempts: number | string;
  run_at: number | string;
  locked_until: number | string | null;
  locked_by: string | null;
  unique_key: string | null;
  last_error: string | null;
  created_at: number | string;
  updated_at: number | string;
  finished_at: number | string | null;
}

const toNumber = (value: number | string): number => (typeof value === 'number' ? value : Number(value));

/** `text` with every occurrence of `lower` (any case) masked. */
function maskAll(text: string, lower: string): string {
  let out = '';
  let from = 0;
  for (let at = text.toLowerCase().indexOf(lower); at !== -1; at = text.toLowerCase().indexOf(lower, from)) {
    out += `${text.slice(from, at)}***`;
    from = at + lower.length;
  }
  return out + text.slice(from);
}

function toRecord(row: JobRow): JobRecord {
  return {
    id: toNumber(row.id),
    name: row.name,
    payload: JSON.parse(row.payload) as JsonValue,
    status: row.status,
    attempts: toNumber(row.attempts),
    maxAttempts: toNumber(row.max_attempts),
    runAt: new Date(toNumber(row.run_at)),
    uniqueKey: row.unique_key,
    lastError: row.last_error,
    createdAt: new Date(toNumber(row.created_at)),
    finishedAt: row.finished_at === null ? null : new Date(toNumber(row.finished_at)),
  };
}

export interface InsertJob {
  name: string;
  payload: JsonValue;
  maxAttempts: number;
  runAt: number;
  uniqueKey: string | null;
  now: number;
}

export function createJobStore(knex: Knex, isPostgres: boolean) {
  const table = (db: Knex | Knex.Transaction = knex) => db<JobRow>(JOBS_TABLE);

  /** Condition of a row that may be taken now: due and pending, or running past its lease. */
  const takeable = (query: Knex.QueryBuilder, now: number) =>
    query.where((q) =>
      q
        .where((p) => p.where('status', 'pending').andWhere('run_at', '<=', now))
        .orWhere((r) => r.where('status', 'running').andWhere('locked_until', '<', now)),
    );

  return {
    /** Inserts a job; with a unique key already taken, returns the existing job instead. */
    async insert(job: InsertJob, db: Knex | Knex.Transaction = knex): Promise<{ record: JobRecord; created: boolean }> {
      const row = {
        name: job.name,
        payload: JSON.stringify(job.payload),
        status: 'pending' as const,
        attempts: 0,
        max_attempts: job.maxAttempts,
        run_at: job.runAt,
        unique_key: job.uniqueKey,
        created_at: job.now,
        updated_at: job.now,
      };
      const query = table(db).insert(row);
      const inserted: Array<{ id: number | string }> = job.uniqueKey
        ? await query.onConflict('unique_key').ignore().returning('id')
        : await query.returning('id');
      const first = inserted[0];
      if (first) {
        const created = await table(db).where('id', toNumber(first.id)).first();
        if (!created) throw new Error('job row vanished after insert');
        return { record: toRecord(created as JobRow), created: true };
      }
      const existing = await table(db).where('unique_key', job.uniqueKey).first();
      if (!existing) throw new Error(`job with unique key ${job.uniqueKey} neither inserted nor found`);
      return { record: toRecord(existing as JobRow), created: false };
    },

    async get(id: number): Promise<JobRecord | null> {
      const row = await table().where('id', id).first();
      return row ? toRecord(row as JobRow) : null;
    },

    async list(filter: { name?: string; status?: JobStatus } = {}): Promise<JobRecord[]> {
      const query = table().orderBy('id', 'asc');
      if (filter.name) query.where('name', filter.name);
      if (filter.status) query.where('status', filter.status);
      const rows = (await query) as JobRow[];
      return rows.map(toRecord);
    },

    /** Takes up to `limit` due jobs of the given names for `worker`; each is counted as an attempt. */
    async claimDue(names: string[], limit: number, worker: string, now: number, leaseMs: number): Promise<JobRecord[]> {
      if (names.length === 0 || limit < 1) return [];
      return knex.transaction(async (trx) => {
        const candidates = takeable(table(trx).select('id').whereIn('name', names), now)
          .orderBy('run_at', 'asc')
          .limit(limit);
        if (isPostgres) candidates.forUpdate().skipLocked();
        const ids = ((await candidates) as Array<{ id: number | string }>).map((row) => toNumber(row.id));
        if (ids.length === 0) return [];
        await table(trx)
          .whereIn('id', ids)
          .update({
            status: 'running',
            attempts: trx.raw('attempts + 1'),
            locked_until: now + leaseMs,
            locked_by: worker,
            updated_at: now,
          });
        const rows = (await table(trx).whereIn('id', ids).orderBy('run_at', 'asc')) as JobRow[];
        return rows.map(toRecord);
      });
    },

    /**
     * Takes one job by id if it is due and this instance knows its name (used when Redis delivers
     * it); null otherwise: a job no handler is defined for yet stays pending for the sweep.
     */
    async claimById(id: number, names: string[], worker: string, now: number, leaseMs: number): Promise<JobRecord | null> {
      if (names.length === 0) return null;
      const updated = await takeable(table().where('id', id).whereIn('name', names), now).update({
        status: 'running',
        attempts: knex.raw('attempts + 1'),
        locked_until: now + leaseMs,
        locked_by: worker,
        updated_at: now,
      });
      if (updated !== 1) return null;
      return this.get(id);
    },

    async markDone(id: number, worker: string, now: number): Promise<void> {
      await table()
        .where({ id, locked_by: worker, status: 'running' })
        .update({ status: 'done', locked_until: null, finished_at: now, updated_at: now });
    },

    async markRetry(id: number, worker: string, runAt: number, error: string, now: number): Promise<void> {
      await table()
        .where({ id, locked_by: worker, status: 'running' })
        .update({ status: 'pending', run_at: runAt, locked_until: null, last_error: error, updated_at: now });
    },

    async markFailed(id: number, worker: string, error: string, now: number): Promise<void> {
      await table()
        .where({ id, locked_by: worker, status: 'running' })
        .update({ status: 'failed', locked_until: null, last_error: error, finished_at: now, updated_at: now });
    },

    /** Due jobs that no worker holds: what the Redis adapter re-dispatches after an outage or restart. */
    async strays(now: number, graceMs: number, limit: number): Promise<JobRecord[]> {
      const rows = (await takeable(table(), now - graceMs).orderBy('run_at', 'asc').limit(limit)) as JobRow[];
      return rows.map(toRecord);
    },

    /**
     * Erases `needle` (an erased person's address, lowercase) from the table: jobs not running whose
     * payload holds it are deleted (nobody is left to act for), and it is masked in stored errors.
     * @returns how many jobs were deleted and how many errors masked
     */
    async scrub(needle: string): Promise<{ deleted: number; masked: number }> {
      const lower = needle.toLowerCase();
      // LIKE's wildcards only widen the candidates; the exact check is below
      const pattern = `%${lower}%`;
      const candidates = (await table()
        .whereRaw('lower(payload) like ?', [pattern])
        .orWhereRaw('lower(last_error) like ?', [pattern])
        .select('id', 'status', 'payload', 'last_error')) as Array<Pick<JobRow, 'status' | 'payload' | 'last_error'> & { id: number | string }>;
      let deleted = 0;
      let masked = 0;
      for (const row of candidates) {
        const id = toNumber(row.id);
        if (row.payload.toLowerCase().includes(lower) && row.status !== 'running') {
          deleted += await table().where('id', id).delete();
        } else if (row.last_error?.toLowerCase().includes(lower)) {
          await table().where('id', id).update({ last_error: maskAll(row.last_error, lower) });
          masked += 1;
        }
      }
      return { deleted, masked };
    },

    /** Earliest run time among pending jobs of these names (to sleep until then). */
    async nextRunAt(names: string[]): Promise<number | null> {
      if (names.length === 0) return null;
      const row = (await table().whereIn('name', names).where('status', 'pending').min({ next: 'run_at' }).first()) as
        | { next: number | string | null }
        | undefined;
      return row && row.next !== null ? toNumber(row.next) : null;
    },
  };
}

export type JobStore = ReturnType<typeof createJobStore>;
