/**
 * Organizers' registrant lists: one event's registrations with their people and answers, searched,
 * filtered, sorted and paged in the database (registrant-sql.ts), and the counts above the list.
 * Who may read a list, and the access log of each read, are the controller's (through the kit).
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { RegistrantCounts, RegistrantEvent, RegistrantPage, RegistrantRow } from '../../../../../../cms/src/registrants';
import type { AnswerValue, RegistrationStatus } from '../../../../../../cms/src/registration';
import { DEFAULT_TIME_ZONE } from '../../../../../../cms/src/zoned-time';
import { databaseClient } from '../../../../platform/server/src/kit';
import { buildForm, type RawField } from '../domain/form';
import { columnsOf, parseRegistrantQuery, type ColumnSpec, type QuestionColumn, type RegistrantQuery } from '../domain/registrant-query';
import type { QuestionWording } from '../domain/registrant-columns';
import { sourceOf } from '../domain/source';
import { EVENT_UID } from '../constants';
import { fromJson, knexOf, toDate } from '../db';
import { RegistrantSql, REGISTRATIONS_TABLE, ROW_COLUMNS, type RawRegistrantRow } from './registrant-sql';

/** An event as its list needs it (any version: a list stays readable when the event is unpublished). */
export interface ListedEvent {
  documentId: string;
  slug: string;
  title: string;
  capacity: number | null;
  columns: ColumnSpec[];
  /** The form's questions as the organizer worded them (the admin's column labels). */
  questions: QuestionWording[];
}

interface EventRow {
  documentId: string;
  slug: string;
  title: string;
  locale?: string | null;
  publishedAt?: unknown;
  capacity: number | string | null;
  registrationForm?: RawField[] | null;
}

const iso = (value: unknown): string | null => toDate(value)?.toISOString() ?? null;

function answerOf(value: unknown): AnswerValue | null {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
  return null;
}

/** A row of the list from the database's row. An erased person's row carries no personal data. */
export function toRegistrantRow(raw: RawRegistrantRow, columns: readonly ColumnSpec[]): RegistrantRow {
  const erased = raw.user_id === null || raw.anonymized_at !== null;
  const answers = fromJson<Record<string, unknown>>(raw.answers, {});
  const person = (key: string): unknown => (erased ? null : raw[`person_${key}`]);
  const text = (key: string): string | null => {
    const value = person(key);
    return typeof value === 'string' ? value : null;
  };
  const source = sourceOf({ refCode: raw.ref_code, utm: fromJson<{ source?: string; medium?: string; campaign?: string } | null>(raw.utm, null), invitation: null });
  const row: RegistrantRow = {
    id: Number(raw.id),
    userId: erased ? null : Number(raw.user_id),
    status: raw.status as RegistrationStatus,
    email: text('email'),
    firstName: text('firstName'),
    lastName: text('lastName'),
    erased,
    source: source.source,
    sourceDetail: source.detail,
    registeredAt: iso(raw.registered_at) ?? iso(raw.created_at) ?? new Date(0).toISOString(),
    attendedAt: iso(raw.attended_at),
    profile: {},
    answers: {},
  };
  for (const column of columns) {
    if (column.place === 'profile') row.profile[column.field] = answerOf(person(column.field));
    if (column.place === 'answers') row.answers[column.field] = erased ? null : answerOf(answers[column.field]);
  }
  return row;
}

const registrants = ({ strapi }: { strapi: Core.Strapi }) => {
  const sql = () => new RegistrantSql(databaseClient(strapi));
  const timeZone = () => DEFAULT_TIME_ZONE;

  const service = {
    /** Registrations made before the lists existed get their registration time (once; cheap when done). */
    async backfill(): Promise<void> {
      await knexOf(strapi)(REGISTRATIONS_TABLE).whereNull('registered_at').update({ registered_at: knexOf(strapi).ref('created_at') });
    },

    /** The event and its list's columns, or null when no version of it exists. */
    async event(eventDocumentId: string): Promise<ListedEvent | null> {
      const rows = (await strapi.db.query(EVENT_UID).findMany({
        where: { documentId: eventDocumentId },
        select: ['documentId', 'slug', 'title', 'locale', 'publishedAt', 'capacity'],
        populate: { registrationForm: true },
      })) as EventRow[];
      // the published Russian version is the one attendees answered; else any
      const row =
        rows.find((r) => r.publishedAt && r.locale === 'ru') ?? rows.find((r) => r.publishedAt) ?? rows.find((r) => r.locale === 'ru') ?? rows[0];
      if (!row) return null;
      const form = buildForm(row.registrationForm ?? []);
      const questions: QuestionColumn[] = form.map((field) => ({
        key: field.key,
        type: field.type,
        source: field.source,
        options: field.options.map((option) => option.value),
      }));
      return {
        documentId: row.documentId,
        slug: row.slug,
        title: row.title,
        capacity: row.capacity === null || row.capacity === undefined ? null : Number(row.capacity),
        columns: columnsOf(questions),
        questions: form.map(({ key, label, options }) => ({ key, label, options })),
      };
    },

    /**
     * The events an organizer may open (`documentIds`: theirs, or 'all'), newest first, with how
     * many are registered and waitlisted: the admin's event picker.
     */
    async organizerEvents(documentIds: readonly string[] | 'all'): Promise<RegistrantEvent[]> {
      if (documentIds !== 'all' && documentIds.length === 0) return [];
      const where = documentIds === 'all' ? {} : { documentId: { $in: [...documentIds] } };
      const rows = (await strapi.db.query(EVENT_UID).findMany({
        where,
        select: ['documentId', 'title', 'locale', 'publishedAt', 'startsAt', 'capacity'],
        orderBy: [{ startsAt: 'desc' }, { id: 'desc' }],
      })) as Array<EventRow & { startsAt?: unknown }>;
      // one row per event: the Russian draft (the organizers' version), else any
      const byDocument = new Map<string, EventRow & { startsAt?: unknown }>();
      for (const row of rows) {
        const kept = byDocument.get(row.documentId);
        const rank = (candidate: EventRow) => (candidate.locale === 'ru' ? 2 : 0) + (candidate.publishedAt ? 0 : 1);
        if (!kept || rank(row) > rank(kept)) byDocument.set(row.documentId, row);
      }
      const ids = [...byDocument.keys()];
      const counts = ids.length
        ? ((await knexOf(strapi)(REGISTRATIONS_TABLE)
            .whereIn('event_document_id', ids)
            .whereIn('status', ['registered', 'waitlisted'])
            .groupBy('event_document_id', 'status')
            .select('event_document_id', 'status')
            .count({ count: '*' })) as Array<{ event_document_id: string; status: string; count: number | string }>)
        : [];
      const countOf = (documentId: string, status: RegistrationStatus) =>
        Number(counts.find((row) => row.event_document_id === documentId && row.status === status)?.count ?? 0);
      return [...byDocument.values()].map((row) => ({
        documentId: row.documentId,
        title: row.title,
        startsAt: iso(row.startsAt),
        capacity: row.capacity === null || row.capacity === undefined ? null : Number(row.capacity),
        registered: countOf(row.documentId, 'registered'),
        waitlisted: countOf(row.documentId, 'waitlisted'),
      }));
    },

    /** The parse of a list's query string for the event (a RegistrantQueryError for a bad one). */
    parse(event: ListedEvent, raw: Record<string, unknown>): RegistrantQuery {
      return parseRegistrantQuery(raw, event.columns, { timeZone: timeZone() });
    },

    /** One page of the list. */
    async page(event: ListedEvent, query: RegistrantQuery, db: Knex = knexOf(strapi)): Promise<RegistrantPage> {
      const builder = sql();
      const filtered = builder.where(db, event.documentId, query);
      const counted = (await filtered.clone().count({ total: '*' }).first()) as { total: number | string } | undefined;
      const rows = (await builder
        .orderBy(filtered.clone().select(ROW_COLUMNS), query.sort)
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)) as RawRegistrantRow[];
      return {
        results: rows.map((row) => toRegistrantRow(row, event.columns)),
        pagination: { page: query.page, pageSize: query.pageSize, total: Number(counted?.total ?? 0) },
      };
    },

    /** Rows of the event's list by registration id (ids of other events are left out), in no order. */
    async rowsById(event: ListedEvent, ids: readonly number[], db: Knex = knexOf(strapi)): Promise<RegistrantRow[]> {
      if (ids.length === 0) return [];
      const rows = (await sql()
        .where(db, event.documentId, { q: null, filters: [] })
        .whereIn('r.id', [...ids])
        .select(ROW_COLUMNS)) as RawRegistrantRow[];
      return rows.map((row) => toRegistrantRow(row, event.columns));
    },

    /** The counter above the list. */
    async counts(event: ListedEvent): Promise<RegistrantCounts> {
      const rows = (await knexOf(strapi)(REGISTRATIONS_TABLE)
        .where({ event_document_id: event.documentId })
        .groupBy('status')
        .select('status')
        .count({ count: '*' })) as Array<{ status: string; count: number | string }>;
      const attended = (await knexOf(strapi)(REGISTRATIONS_TABLE)
        .where({ event_document_id: event.documentId })
        .whereNotNull('attended_at')
        .count({ attended: '*' })
        .first()) as { attended: number | string } | undefined;
      const of = (status: RegistrationStatus) => Number(rows.find((row) => row.status === status)?.count ?? 0);
      return { registered: of('registered'), waitlisted: of('waitlisted'), cancelled: of('cancelled'), pending: of('pending'), attended: Number(attended?.attended ?? 0), capacity: event.capacity };
    },
  };
  return service;
};

export type RegistrantsService = ReturnType<typeof registrants>;
export default registrants;
