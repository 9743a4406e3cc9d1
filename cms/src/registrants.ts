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
  attended: z.number().int().min(0),
  /** Null: no limit. */
  capacity: z.number().int().min(0).nullable(),
});
export type RegistrantCounts = z.infer<typeof registrantCountsSchema>;
