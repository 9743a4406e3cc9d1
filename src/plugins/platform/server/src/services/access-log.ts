/**
 * The access log of personal data (152-FZ) for the client administrator: modules record each read
 * of a person's data by an organizer; the log is only appended to and read (no update or delete).
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { ACCESS_LOG_TABLE } from '../constants';
import {
  accessLogEntrySchema,
  accessLogQuerySchema,
  toAccessLogRecord,
  toAccessLogRow,
  type AccessLogEntry,
  type AccessLogQuery,
  type AccessLogRecord,
  type AccessLogRow,
} from '../domain/access-log';

export type { AccessLogEntry, AccessLogQuery, AccessLogRecord } from '../domain/access-log';

export interface AccessLogPage {
  results: AccessLogRecord[];
  pagination: { page: number; pageSize: number; pageCount: number; total: number };
}

const accessLog = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;

  return {
    /**
     * Records a read of personal data (in the caller's transaction when given, so a read that fails
     * to be logged is not served). @throws Error naming the fields of a malformed entry (a bug of the caller).
     */
    async record(entry: AccessLogEntry, options: { trx?: Knex.Transaction; now?: Date } = {}): Promise<void> {
      const parsed = accessLogEntrySchema.safeParse(entry);
      if (!parsed.success) throw new Error(`[platform] access log: invalid entry: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      await (options.trx ?? knex())(ACCESS_LOG_TABLE).insert(toAccessLogRow(parsed.data, options.now ?? new Date()));
    },

    /** A page of the log, newest first, filtered by actor, action, event, subject and time (`from` inclusive, `to` exclusive). */
    async list(query: AccessLogQuery = {}): Promise<AccessLogPage> {
      const { page, pageSize, filters } = accessLogQuerySchema.parse(query);
      const where = (builder: Knex.QueryBuilder) => {
        if (filters.actorId !== undefined) builder.where('actor_id', filters.actorId);
        if (filters.action !== undefined) builder.where('action', filters.action);
        if (filters.eventDocumentId !== undefined) builder.where('event_document_id', filters.eventDocumentId);
        if (filters.subjectUserId !== undefined) builder.where('subject_user_id', filters.subjectUserId);
        if (filters.from !== undefined) builder.where('created_at', '>=', filters.from.getTime());
        if (filters.to !== undefined) builder.where('created_at', '<', filters.to.getTime());
      };
      const counted = (await knex()(ACCESS_LOG_TABLE).modify(where).count({ total: '*' }).first()) as { total: number | string } | undefined;
      const total = Number(counted?.total ?? 0);
      const rows = (await knex()(ACCESS_LOG_TABLE)
        .modify(where)
        .orderBy([
          { column: 'created_at', order: 'desc' },
          { column: 'id', order: 'desc' },
        ])
        .limit(pageSize)
        .offset((page - 1) * pageSize)) as AccessLogRow[];
      return { results: rows.map(toAccessLogRecord), pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } };
    },
  };
};

export type AccessLogService = ReturnType<typeof accessLog>;
export default accessLog;
