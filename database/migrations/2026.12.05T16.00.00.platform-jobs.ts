/**
 * The platform's job queue (src/plugins/platform/server/src/queue/store.ts). Until this migration it
 * was created by hand at start: a database that has it keeps it as it is, rows included.
 */
import { createTableOnce } from '../tables';

const TABLE = 'platform_jobs';

export const up = createTableOnce(TABLE, (table) => {
  table.string('name', 120).notNullable();
  table.text('payload').notNullable();
  table.string('status', 16).notNullable().defaultTo('pending');
  table.integer('attempts').notNullable().defaultTo(0);
  table.integer('max_attempts').notNullable();
  // times in epoch milliseconds: portable, comparisons need no time-zone care
  table.bigInteger('run_at').notNullable();
  table.bigInteger('locked_until').nullable();
  table.string('locked_by', 120).nullable();
  table.string('unique_key', 255).nullable().unique({ indexName: 'platform_jobs_unique_key' });
  table.text('last_error').nullable();
  table.bigInteger('created_at').notNullable();
  table.bigInteger('updated_at').notNullable();
  table.bigInteger('finished_at').nullable();
  table.index(['status', 'run_at'], 'platform_jobs_status_run_at');
});
