/**
 * The access log of personal data (152-FZ): who among the organizers read whose data, when, from
 * where. The entry and the list query as they are accepted, and rows as records. Pure.
 */
import { z } from 'zod';
import type { JsonValue } from '../queue/types';


const jsonValue: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonValue), z.record(z.string(), jsonValue)]),
);

/** What was read: a list of registrants, one person's card, a file they sent, an export; or a module's own word. */
export const accessLogEntrySchema = z.strictObject({
  actor: z.strictObject({ id: z.number().int().positive(), email: z.string().min(1).max(255) }),
  action: z.union([z.enum(['list', 'card', 'file', 'export']), z.string().regex(/^[a-z][a-z0-9.-]{0,39}$/)]),
  eventDocumentId: z.string().min(1).max(64).optional(),
  subjectUserId: z.number().int().positive().optional(),
  /** What exactly (filters of a list, a file's name): no personal data of the subject beyond what identifies the read. */
  detail: jsonValue.optional(),
  ip: z.string().min(1).max(64),
  userAgent: z.string().optional(),
});
export type AccessLogEntry = z.input<typeof accessLogEntrySchema>;

export const accessLogQuerySchema = z.strictObject({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
  filters: z
    .strictObject({
      actorId: z.number().int().positive().optional(),
      action: z.string().max(40).optional(),
      eventDocumentId: z.string().max(64).optional(),
      subjectUserId: z.number().int().positive().optional(),
      from: z.date().optional(),
      to: z.date().optional(),
    })
    .default({}),
});
export type AccessLogQuery = z.input<typeof accessLogQuerySchema>;

export interface AccessLogRecord {
  id: number;
  at: string;
  actor: { id: number; email: string };
  action: string;
  eventDocumentId: string | null;
  subjectUserId: number | null;
  detail: JsonValue;
  ip: string;
  userAgent: string | null;
}

export interface AccessLogRow {
  id: number;
  created_at: number | string;
  actor_id: number;
  actor_email: string;
  action: string;
  event_document_id: string | null;
  subject_user_id: number | null;
  detail: string | null;
  ip: string;
  user_agent: string | null;
}

const USER_AGENT_MAX = 512;

/** The row written for an entry (already parsed) at `now`. */
export function toAccessLogRow(entry: z.output<typeof accessLogEntrySchema>, now: Date): Omit<AccessLogRow, 'id'> {
  return {
    created_at: now.getTime(),
    actor_id: entry.actor.id,
    actor_email: entry.actor.email,
    action: entry.action,
    event_document_id: entry.eventDocumentId ?? null,
    subject_user_id: entry.subjectUserId ?? null,
    detail: entry.detail === undefined ? null : JSON.stringify(entry.detail),
    ip: entry.ip,
    user_agent: entry.userAgent ? entry.userAgent.slice(0, USER_AGENT_MAX) : null,
  };
}

/** A row as a record (PostgreSQL gives bigints as text). */
export function toAccessLogRecord(row: AccessLogRow): AccessLogRecord {
  return {
    id: Number(row.id),
    at: new Date(Number(row.created_at)).toISOString(),
    actor: { id: Number(row.actor_id), email: row.actor_email },
    action: row.action,
    eventDocumentId: row.event_document_id,
    subjectUserId: row.subject_user_id === null ? null : Number(row.subject_user_id),
    detail: row.detail === null ? null : (JSON.parse(row.detail) as JsonValue),
    ip: row.ip,
    userAgent: row.user_agent,
  };
}
