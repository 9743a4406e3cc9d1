/**
 * The contract of the organizers' registrant lists (admin API of the registration plugin, admin JWT):
 *
 * - `GET /registration/events/:eventDocumentId/registrants?page=&pageSize=&sort=<column>:asc|desc&q=&filters[<column>][<op>]=`
 *   -> 200 RegistrantPage
 * - `GET /registration/events/:eventDocumentId/registrants/export?delimiter=%3B` (same filters) -> 200 text/csv
 *
 * Columns are the fixed ones below, `profile.<key>` for a profile field and `answers.<key>` for a question
 * of the event's form. Filters combine with AND; `q` searches name and email ignoring case (Cyrillic
 * included). The server parses the query by the rules of `registrant-query` in the plugin's domain and
 * answers with rows of `registrantRowSchema` (a unit test checks its answers against it).
 */
import { z } from 'zod';
import { REGISTRATION_STATUSES, answerValueSchema } from './registration.js';

/** Columns every list has (besides `profile.<key>` and `answers.<key>`). */
export const FIXED_COLUMNS = ['status', 'email', 'firstName', 'lastName', 'source', 'registeredAt', 'attendedAt'] as const;
export type FixedColumn = (typeof FIXED_COLUMNS)[number];

/** Filter operators: equals, contains (ignoring case), one of, on or after, on or before, empty (true) / not empty (false). */
export const FILTER_OPERATORS = ['$eq', '$contains', '$in', '$gte', '$lte', '$null'] as const;
export type FilterOperator = (typeof FILTER_OPERATORS)[number];

/**
 * Where a registration came from, first touch: a partner link (`?ref=`), UTM tags, an invitation of a
 * mailing, or none of these (direct).
 */
export const REGISTRANT_SOURCES = ['partner', 'utm', 'invitation', 'direct'] as const;
export type RegistrantSource = (typeof REGISTRANT_SOURCES)[number];

export const PAGE_SIZE_DEFAULT = 25;
export const PAGE_SIZE_MAX = 200;

/** CSV delimiters: `;` (the default: what Excel expects in a Russian locale) or `,`. */
export const CSV_DELIMITERS = [';', ','] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

const isoDate = z.string().datetime({ offset: true });

export const registrantRowSchema = z.strictObject({
  id: z.number().int(),
  /** The person's account (their card: `GET /registration/people/:userId`); null when they erased it. */
  userId: z.number().int().nullable(),
  status: z.enum(REGISTRATION_STATUSES),
  /** Null, with the names, when the person erased their account («Удалённый пользователь»). */
  email: z.string().nullable(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  erased: z.boolean(),
  source: z.enum(REGISTRANT_SOURCES),
  /** The partner link's code or the UTM source (null for direct). */
  sourceDetail: z.string().nullable(),
  /** When the current registration was made (a re-registration after a cancellation counts anew). */
  registeredAt: isoDate,
  /** When the person was marked as attended (null: not marked). */
  attendedAt: isoDate.nullable(),
  profile: z.record(z.string(), answerValueSchema.nullable()),
  answers: z.record(z.string(), answerValueSchema.nullable()),
});
export type RegistrantRow = z.infer<typeof registrantRowSchema>;

export const registrantPageSchema = z.strictObject({
  results: z.array(registrantRowSchema),
  pagination: z.strictObject({ page: z.number().int().min(1), pageSize: z.number().int().min(1), total: z.number().int().min(0) }),
});
export type RegistrantPage = z.infer<typeof registrantPageSchema>;

/** The live counter above a list. */
export const registrantCountsSchema = z.strictObject({
  registered: z.number().int().min(0),
  waitlisted: z.number().int().min(0),
  cancelled: z.number().int().min(0),
  /** Waiting for the organizers' approval (events in the manual-approval mode). */
  pending: z.number().int().min(0),
  attended: z.number().int().min(0),
  /** Null: no limit. */
  capacity: z.number().int().min(0).nullable(),
});
export type RegistrantCounts = z.infer<typeof registrantCountsSchema>;

// ---------------------------------------------------------------------------------------------
// The admin pages (helper F): the organizer's events, a list's columns, the live stream
//
// - `GET /registration/registrant-events` -> 200 RegistrantEvents: the events the organizer may open (newest first)
// - `GET /registration/events/:eventDocumentId/registrants/columns` -> 200 RegistrantColumns (labels in the
//   organizer's language for profile fields and questions; the admin words the fixed columns itself)
// - `GET /registration/events/:eventDocumentId/registrants/stream` -> text/event-stream: the event `ready`, then one
//   event per change of a registration of this event, named by its domain event's bus topic
//   (`domain.registration.created`, ...) with data `registrantChangeSchema` (ids and states only)

/** Kinds of columns: how a column is filtered (which operators) and shown. */
export const COLUMN_KINDS = ['text', 'choice', 'multi', 'instant', 'day', 'number', 'boolean', 'file'] as const;
export type RegistrantColumnKind = (typeof COLUMN_KINDS)[number];

export const registrantEventSchema = z.strictObject({
  documentId: z.string(),
  title: z.string(),
  startsAt: isoDate.nullable(),
  capacity: z.number().int().min(0).nullable(),
  registered: z.number().int().min(0),
  waitlisted: z.number().int().min(0),
});
export type RegistrantEvent = z.infer<typeof registrantEventSchema>;
export const registrantEventsSchema = z.strictObject({ results: z.array(registrantEventSchema) });
export type RegistrantEvents = z.infer<typeof registrantEventsSchema>;

export const registrantColumnSchema = z.strictObject({
  /** As in the query: `status`, `profile.city`, `answers.track`. */
  key: z.string(),
  kind: z.enum(COLUMN_KINDS),
  place: z.enum(['fixed', 'profile', 'answers']),
  /** The question's or profile field's label (null for a fixed column: the admin words it). */
  label: z.string().nullable(),
  operators: z.array(z.enum(FILTER_OPERATORS)),
  /** The values of a choice column, with their labels (null: the admin words them, as for status and source). */
  options: z.array(z.strictObject({ value: z.string(), label: z.string().nullable() })),
});
export type RegistrantColumn = z.infer<typeof registrantColumnSchema>;

export const registrantColumnsSchema = z.strictObject({
  event: z.strictObject({ documentId: z.string(), title: z.string(), slug: z.string(), capacity: z.number().int().min(0).nullable() }),
  columns: z.array(registrantColumnSchema),
});
export type RegistrantColumns = z.infer<typeof registrantColumnsSchema>;

/** The domain events a list follows live (bus topic `domain.<name>`). */
export const REGISTRANT_LIVE_EVENTS = ['registration.created', 'registration.cancelled', 'registration.status-changed', 'attendance.marked'] as const;
export const REGISTRANT_LIVE_TOPICS = REGISTRANT_LIVE_EVENTS.map((name) => `domain.${name}`);

/** What a list's stream carries about a change (the domain event's own message: ids and states, no personal data). */
export const registrantChangeSchema = z.object({
  id: z.number().int(),
  name: z.enum(REGISTRANT_LIVE_EVENTS),
  payload: z.object({ registrationId: z.number().int(), eventDocumentId: z.string() }),
});
export type RegistrantChange = z.infer<typeof registrantChangeSchema>;

// ---------------------------------------------------------------------------------------------
// Exports, person cards, files, the access log (issue 12, helper E)

/**
 * `GET /registration/events/:eventDocumentId/registrants/export?delimiter=%3B&<the list's q, sort, filters>`
 * -> 200 text/csv, streamed (no Content-Length); this header says up front how many data rows follow
 * the header row, so a page can show the progress of a large export by the lines it has received.
 */
export const EXPORT_TOTAL_ROWS_HEADER = 'X-MMSO-Total-Rows';

/** A file a person attached to an answer, with the organizers' download path (admin API). */
export const personFileSchema = z.strictObject({
  id: z.string(),
  /** The question's key. */
  question: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int().min(0),
  /** `/registration/events/:eventDocumentId/registrants/:registrationId/files/:fileId` (admin JWT). */
  downloadPath: z.string(),
});
export type PersonFile = z.infer<typeof personFileSchema>;

/** One registration of a person's history, at an event the organizer may see. */
export const personRegistrationSchema = z.strictObject({
  id: z.number().int(),
  event: z.strictObject({ documentId: z.string(), slug: z.string(), title: z.string(), startsAt: isoDate.nullable() }),
  status: z.enum(REGISTRATION_STATUSES),
  source: z.enum(REGISTRANT_SOURCES),
  sourceDetail: z.string().nullable(),
  registeredAt: isoDate,
  attendedAt: isoDate.nullable(),
  answers: z.record(z.string(), answerValueSchema.nullable()),
  files: z.array(personFileSchema),
});
export type PersonRegistration = z.infer<typeof personRegistrationSchema>;

/**
 * `GET /registration/people/:userId` -> 200 PersonCard: the profile and the registrations at the
 * events the organizer may see (newest first); 404 when they see none of the person's events.
 */
export const personCardSchema = z.strictObject({
  person: z.strictObject({
    id: z.number().int(),
    email: z.string().nullable(),
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    profile: z.record(z.string(), answerValueSchema.nullable()),
  }),
  registrations: z.array(personRegistrationSchema),
});
export type PersonCard = z.infer<typeof personCardSchema>;

/** `GET /registration/access-log?page=&pageSize=` (client administrator only) -> 200 AccessLogPage, newest first. */
export const accessLogRecordSchema = z.strictObject({
  id: z.number().int(),
  at: isoDate,
  /** The organizer who read, by email. */
  actor: z.strictObject({ id: z.number().int(), email: z.string() }),
  action: z.string(),
  eventDocumentId: z.string().nullable(),
  subjectUserId: z.number().int().nullable(),
  detail: z.unknown(),
  ip: z.string(),
  userAgent: z.string().nullable(),
});
export const accessLogPageSchema = z.strictObject({
  results: z.array(accessLogRecordSchema),
  pagination: z.strictObject({ page: z.number().int().min(1), pageSize: z.number().int().min(1), pageCount: z.number().int().min(0), total: z.number().int().min(0) }),
});
export type AccessLogListPage = z.infer<typeof accessLogPageSchema>;
export const ACCESS_LOG_PAGE_SIZE_MAX = 100;
