/**
 * The platform's domain events (src/plugins/platform/server/src/services/events.ts): one row per
 * published event, written in the transaction of the change that caused it (outbox). Delivery to
 * each subscriber is a platform job.
 */
import { createTableOnce } from '../tables';

const TABLE = 'platform_domain_events';

export const up = createTableOnce(TABLE, (table) => {
  table.string('name', 120).notNullable();
  table.text('payload').notNullable();
  // epoch milliseconds, as in the job table
  table.bigInteger('created_at').notNullable();
  table.index(['name', 'created_at'], 'platform_domain_events_name_created');
});
