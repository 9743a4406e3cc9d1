/**
 * The audience base: people who ever registered, within the reader's scope (every event for the client
 * administrator, the events of an event administrator or manager), filtered by segment conditions in
 * SQL, the same on SQLite and PostgreSQL; saved segments; and `segmentAudience(segmentId)`, the
 * recipients of a segment for the mailings module.
 *
 * Conditions about registrations look at registrations that are not cancelled, in the reader's events
 * only (an organizer never selects people by events they may not see).
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { AudiencePage, AudiencePerson, Segment, SegmentCriteria, SegmentInput } from '../../../../../../cms/src/audience';
import { segmentCriteriaSchema } from '../../../../../../cms/src/audience';
import { DEFAULT_TIME_ZONE } from '../../../../../../cms/src/zoned-time';
import { containsPattern, databaseClient, foldedSql, foldText, platform, type AdminUserLike } from '../../../../platform/server/src/kit';
import { segmentConditions, type SegmentCondition } from '../domain/segment';
import { EVENT_UID, SEGMENT_UID, TABLES } from '../constants';
import { knexOf, toDate, fromJson } from '../db';
import { RegistrantSql, USERS_TABLE } from './registrant-sql';

/** The events whose people a reader sees: every event, or these. */
export type AudienceScope = 'all' | readonly string[];

export interface AudienceQuery {
  page: number;
  pageSize: number;
  q: string;
  criteria: SegmentCriteria;
}

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

interface PersonRow {
  id: number | string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  status: string | null;
  city: string | null;
  registrations: number | string;
  attended: number | string;
  last_registered_at: unknown;
}

interface SegmentRow {
  id: number;
  name: string;
  description: string | null;
  criteria: unknown;
  ownerId: number | null;
  updatedAt: unknown;
}

const REGISTRATIONS = TABLES.registrations;

const audience = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => knexOf(strapi);
  const client = () => databaseClient(strapi);

  /** Registrations of the person (`u`) in scope, alias `alias`; not cancelled unless `anyStatus`. */
  const registrationsOf = (db: Knex, scope: AudienceScope, alias: string, anyStatus = false) => {
    const query = db(`${REGISTRATIONS} as ${alias}`).whereRaw(`${alias}.user_id = u.id`);
    if (scope !== 'all') query.whereIn(`${alias}.event_document_id`, [...scope]);
    if (!anyStatus) query.whereNot(`${alias}.status`, 'cancelled');
    return query;
  };

  /** Document ids of events carrying any of the tags (by slug). */
  const eventsTagged = (db: Knex, tags: readonly string[]) => {
    const link = (strapi.db.metadata.get(EVENT_UID).attributes.tags as { joinTable?: JoinTable } | undefined)?.joinTable;
    if (!link) throw new Error('[registration] the events have no tags link table');
    return db('events as te')
      .join(`${link.name} as tl`, `tl.${link.joinColumn.name}`, 'te.id')
      .join('tags as tt', 'tt.id', `tl.${link.inverseJoinColumn.name}`)
      .whereIn('tt.slug', [...tags])
      .select('te.document_id');
  };

  /** Adds one condition to the people query. */
  const apply = (db: Knex, query: Knex.QueryBuilder, scope: AudienceScope, condition: SegmentCondition) => {
    switch (condition.kind) {
      case 'registered-for':
        return query.whereExists(registrationsOf(db, scope, 'rf').whereIn('rf.event_document_id', condition.events).select(db.raw('1')));
      case 'attended':
        return query.whereExists(registrationsOf(db, scope, 'ra').whereIn('ra.event_document_id', condition.events).whereNotNull('ra.attended_at').select(db.raw('1')));
      case 'event-tags':
        return query.whereExists(registrationsOf(db, scope, 'rt').whereIn('rt.event_document_id', eventsTagged(db, condition.tags)).select(db.raw('1')));
      case 'source': {
        // RegistrantSql's source expression reads the registration as `r`
        const source = new RegistrantSql(client()).source();
        return query.whereExists(
          registrationsOf(db, scope, 'r')
            .whereRaw(`${source.sql} IN (${condition.sources.map(() => '?').join(', ')})`, [...source.bindings, ...condition.sources])
            .select(db.raw('1')),
        );
      }
      case 'registered-between': {
        const sub = registrationsOf(db, scope, 'rd');
        if (condition.from) sub.where('rd.registered_at', '>=', condition.from);
        if (condition.to) sub.where('rd.registered_at', '<=', condition.to);
        return query.whereExists(sub.select(db.raw('1')));
      }
      case 'profile':
        return query.whereIn('u.status', condition.values);
      case 'city':
        return query.whereRaw(`${foldedSql(client(), 'u.city')} IN (${condition.values.map(() => '?').join(', ')})`, condition.values.map(foldText));
      case 'marketing-consent': {
        const consent = db(`${TABLES.marketingConsents} as mc`).whereRaw('mc.user_id = u.id').whereNull('mc.withdrawn_at').select(db.raw('1'));
        return condition.given ? query.whereExists(consent) : query.whereNotExists(consent);
      }
    }
  };

  /** The people of the scope that meet every condition and every word of `q` (name or email). */
  const people = (db: Knex, scope: AudienceScope, conditions: readonly SegmentCondition[], q = '') => {
    const query = db(`${USERS_TABLE} as u`).whereExists(registrationsOf(db, scope, 'r0', true).select(db.raw('1')));
    for (const condition of conditions) apply(db, query, scope, condition);
    const words = foldText(q).split(/\s+/).filter((word) => word !== '').slice(0, 5);
    const haystack = foldedSql(client(), `(coalesce(u.last_name, '') || ' ' || coalesce(u.first_name, '') || ' ' || coalesce(u.email, ''))`);
    for (const word of words) query.whereRaw(`${haystack} LIKE ? ESCAPE '\\'`, [containsPattern(word)]);
    return query;
  };

  const toPerson = (row: PersonRow): AudiencePerson => ({
    userId: Number(row.id),
    email: row.email,
    firstName: row.first_name,
    lastName: row.last_name,
    status: row.status,
    city: row.city,
    registrations: Number(row.registrations),
    attended: Number(row.attended),
    lastRegisteredAt: toDate(row.last_registered_at)?.toISOString() ?? null,
  });

  const toSegment = (row: SegmentRow): Segment => {
    const criteria = segmentCriteriaSchema.safeParse(fromJson<unknown>(row.criteria, {}));
    return {
      id: row.id,
      name: row.name,
      description: row.description ?? null,
      criteria: criteria.success ? criteria.data : {},
      ownerId: row.ownerId ?? null,
      updatedAt: toDate(row.updatedAt)?.toISOString() ?? new Date(0).toISOString(),
    };
  };

  const service = {
    /** The events whose people the admin sees (their events at manager level or above; every event for the client administrator). */
    async scopeOf(admin: AdminUserLike): Promise<AudienceScope> {
      return platform(strapi).access.accessibleEventIds(admin, 'manager');
    },

    /** The conditions of criteria (a SegmentCriteriaError for a range that ends before it starts). */
    conditions(criteria: SegmentCriteria): SegmentCondition[] {
      return segmentConditions(criteria, DEFAULT_TIME_ZONE);
    },

    /** One page of the audience, by last name. */
    async page(scope: AudienceScope, query: AudienceQuery): Promise<AudiencePage> {
      const db = knex();
      const filtered = people(db, scope, service.conditions(query.criteria), query.q);
      const counted = (await filtered.clone().countDistinct({ total: 'u.id' }).first()) as { total: number | string } | undefined;
      const registrations = registrationsOf(db, scope, 'rc', true).count('*');
      const attended = registrationsOf(db, scope, 'rx', true).whereNotNull('rx.attended_at').count('*');
      const last = registrationsOf(db, scope, 'rl', true).max('rl.registered_at');
      const rows = (await filtered
        .select('u.id', 'u.email', 'u.first_name', 'u.last_name', 'u.status', 'u.city', registrations.as('registrations'), attended.as('attended'), last.as('last_registered_at'))
        .orderBy([{ column: 'u.last_name', order: 'asc' }, { column: 'u.first_name', order: 'asc' }, { column: 'u.id', order: 'asc' }])
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize)) as PersonRow[];
      return { results: rows.map(toPerson), pagination: { page: query.page, pageSize: query.pageSize, total: Number(counted?.total ?? 0) } };
    },

    /** Ids and addresses of everyone the criteria select in the scope (blocked accounts left out). */
    async recipients(scope: AudienceScope, criteria: SegmentCriteria): Promise<Array<{ userId: number; email: string }>> {
      const rows = (await people(knex(), scope, service.conditions(criteria)).where((q) => q.whereNull('u.blocked').orWhere('u.blocked', false)).select('u.id', 'u.email').orderBy('u.id')) as Array<{
        id: number | string;
        email: string;
      }>;
      return rows.map((row) => ({ userId: Number(row.id), email: row.email }));
    },

    /**
     * The audience of a saved segment for invitations (the mailings module calls it by name:
     * `strapi.plugin('registration').service('audience').segmentAudience(id)`): user ids and emails of
     * the people it selects today, in the scope of the organizer who saved it (every event for a segment
     * without one). Null when there is no such segment.
     */
    async segmentAudience(segmentId: number): Promise<Array<{ userId: number; email: string }> | null> {
      const segment = await service.findSegment(segmentId);
      if (!segment) return null;
      const scope: AudienceScope = segment.ownerId === null ? 'all' : await service.scopeOf({ id: segment.ownerId });
      return service.recipients(scope, segment.criteria);
    },

    /** The person's consents to news and invitations (their export). */
    async marketingConsentsOf(userId: number): Promise<Array<{ givenAt: string | null; withdrawnAt: string | null }>> {
      const rows = (await knex()(TABLES.marketingConsents).where({ user_id: userId }).orderBy('given_at').select('given_at', 'withdrawn_at')) as Array<{ given_at: unknown; withdrawn_at: unknown }>;
      return rows.map((row) => ({ givenAt: toDate(row.given_at)?.toISOString() ?? null, withdrawnAt: toDate(row.withdrawn_at)?.toISOString() ?? null }));
    },

    /** The person's marketing consents go with their account (in the erasure's transaction). */
    async eraseMarketingConsents(userId: number, trx: Knex.Transaction): Promise<void> {
      await trx(TABLES.marketingConsents).where({ user_id: userId }).delete();
    },

    async listSegments(ownerId: number | null): Promise<Segment[]> {
      const rows = (await strapi.db.query(SEGMENT_UID).findMany({ where: ownerId === null ? {} : { ownerId }, orderBy: { name: 'asc' } })) as SegmentRow[];
      return rows.map(toSegment);
    },

    async findSegment(id: number): Promise<Segment | null> {
      const row = (await strapi.db.query(SEGMENT_UID).findOne({ where: { id } })) as SegmentRow | null;
      return row ? toSegment(row) : null;
    },

    async createSegment(input: SegmentInput, ownerId: number): Promise<Segment> {
      service.conditions(input.criteria);
      const row = (await strapi.db.query(SEGMENT_UID).create({ data: { name: input.name, description: input.description ?? null, criteria: input.criteria, ownerId } })) as SegmentRow;
      return toSegment(row);
    },

    async updateSegment(id: number, input: SegmentInput): Promise<Segment> {
      service.conditions(input.criteria);
      const row = (await strapi.db.query(SEGMENT_UID).update({ where: { id }, data: { name: input.name, description: input.description ?? null, criteria: input.criteria } })) as SegmentRow;
      return toSegment(row);
    },

    async deleteSegment(id: number): Promise<void> {
      await strapi.db.query(SEGMENT_UID).delete({ where: { id } });
    },
  };
  return service;
};

export type AudienceService = ReturnType<typeof audience>;
export default audience;
