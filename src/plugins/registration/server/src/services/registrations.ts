/**
 * Registrations and seats. Seats are derived from the registration rows of an event (never from a
 * counter); the final check and the write happen in one transaction holding the event's lock
 * (PostgreSQL advisory lock; SQLite runs one transaction at a time). One registration per user and
 * event is also guaranteed by a unique index. The waitlist is ordered by `arrival`, a per-event
 * sequence taken under the lock.
 *
 * This is the hot path: plain knex on the plugin's own table, never the document service. On
 * PostgreSQL the final check and the write run as one server-side function (see seat-function.ts).
 */
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Knex } from 'knex';
import { nextSeat, promotionsDue, seatToMove, type RegistrationStatus, type SeatState } from '../domain/capacity';
import { answerWithExisting, claimPath, placeClaim, retryClaim, type ClaimMode, type Placement } from '../domain/claim';
import type { AnswerValue } from '../domain/form';
import { DEFAULT_LOCALE, localeOfTag, type Locale } from '../domain/locale';
import type { Utm } from '../contracts';
import { ConflictError, localized } from '../errors';
import { message } from '../i18n/messages';
import { platform } from '../../../../platform/server/src/kit';
import { JOBS, TABLES } from '../constants';
import { getConfig } from '../get-service';
import { fromJson, isPostgres, isSeatConflict, isUniqueViolation, knexOf, newDocumentId, toDate } from '../db';
import { ACCOUNT_COLUMNS, toAccount, type Account, type UserRow } from './accounts';
import { lockKey } from './locks';
import { claimSeat, type ClaimRow } from './seat-function';
import { eventNotFound } from './events';

const TABLE = TABLES.registrations;

export type StoredAnswer = AnswerValue | { file: string; name: string; mime: string; size: number };

export interface RegistrationRecord {
  id: number;
  documentId: string;
  userId: number | null;
  eventDocumentId: string;
  status: RegistrationStatus;
  arrival: number;
  /** Seat number (1..seated) while registered; null while waiting or cancelled. */
  seat: number | null;
  answers: Record<string, StoredAnswer>;
  refCode: string | null;
  utm: Utm | null;
  /** The language the attendee registered in: mails about this registration are written in it. */
  language: Locale;
  createdAt: Date;
  updatedAt: Date;
  promotedAt: Date | null;
  cancelledAt: Date | null;
  /** When the current registration was made (a re-registration starts anew); when the person was marked as attended. */
  registeredAt: Date | null;
  attendedAt: Date | null;
}

interface Row {
  id: number | string;
  document_id: string;
  user_id: number | string | null;
  event_document_id: string;
  status: RegistrationStatus;
  arrival: number | string;
  seat: number | string | null;
  answers: unknown;
  ref_code: string | null;
  utm: unknown;
  language: string | null;
  created_at: unknown;
  updated_at: unknown;
  promoted_at: unknown;
  cancelled_at: unknown;
  registered_at: unknown;
  attended_at: unknown;
}

const COLUMNS = [
  'id',
  'document_id',
  'user_id',
  'event_document_id',
  'status',
  'arrival',
  'seat',
  'answers',
  'ref_code',
  'utm',
  'language',
  'created_at',
  'updated_at',
  'promoted_at',
  'cancelled_at',
  'registered_at',
  'attended_at',
];

function toRecord(row: Row): RegistrationRecord {
  return {
    id: Number(row.id),
    documentId: row.document_id,
    userId: row.user_id === null ? null : Number(row.user_id),
    eventDocumentId: row.event_document_id,
    status: row.status,
    arrival: Number(row.arrival),
    seat: row.seat === null || row.seat === undefined ? null : Number(row.seat),
    answers: fromJson<Record<string, StoredAnswer>>(row.answers, {}),
    refCode: row.ref_code,
    utm: fromJson<Utm | null>(row.utm, null),
    // rows from before languages were kept have none: they were made in Russian
    language: localeOfTag(row.language ?? '') ?? DEFAULT_LOCALE,
    createdAt: toDate(row.created_at) ?? new Date(0),
    updatedAt: toDate(row.updated_at) ?? new Date(0),
    promotedAt: toDate(row.promoted_at),
    cancelledAt: toDate(row.cancelled_at),
    registeredAt: toDate(row.registered_at),
    attendedAt: toDate(row.attended_at),
  };
}

/** The registration the seat function just wrote, from its answer and the claim's own values. */
function recordOfClaimRow(row: ClaimRow, input: Claim, userId: number): RegistrationRecord {
  return {
    id: Number(row.id),
    documentId: row.document_id ?? '',
    userId,
    eventDocumentId: input.eventDocumentId,
    status: row.status ?? 'registered',
    arrival: Number(row.arrival),
    seat: row.seat === null ? null : Number(row.seat),
    answers: input.answers,
    refCode: input.refCode,
    utm: input.utm,
    language: input.language,
    createdAt: toDate(row.created_at) ?? input.now,
    updatedAt: input.now,
    promotedAt: null,
    cancelledAt: null,
    registeredAt: input.now,
    attendedAt: null,
  };
}

interface SeatSnapshot extends SeatState {
  published: boolean;
  maxArrival: number;
}

export interface ClaimInput {
  eventDocumentId: string;
  /** The registering user, or a function that creates the account inside the transaction. */
  user: number | ((trx: Knex.Transaction) => Promise<number>);
  answers: Record<string, StoredAnswer>;
  refCode: string | null;
  utm: Utm | null;
  /** The language the attendee registers in (Russian unless told). */
  language?: Locale;
  /** Writes that belong with a new registration (profile, consent): same transaction, after the seat is decided. */
  withRegistration?: (trx: Knex.Transaction, userId: number) => Promise<void>;
  /** By the seat rules (default); an organizer's over-capacity override; or pending, for a manual-approval event. */
  mode?: ClaimMode;
  now?: Date;
}

/** A claim with its defaults filled in. */
type Claim = ClaimInput & { now: Date; language: Locale };

export interface ClaimResult {
  /** false: the user was registered already and this is that registration. */
  created: boolean;
  record: RegistrationRecord;
  /** 1-based place in the waitlist, null when not waiting. */
  waitlistPosition: number | null;
  /** The seat was given beyond the capacity (the organizer's override). */
  overCapacity?: boolean;
}

/** Rolls back a transaction that found the user registered already. */
class AlreadyRegistered extends Error {
  constructor(readonly userId: number) {
    super('already registered');
  }
}

const registrations = ({ strapi }: { strapi: Core.Strapi }) => {
  const table = (db: Knex | Knex.Transaction) => db(TABLE);

  const activeOf = async (db: Knex | Knex.Transaction, userId: number, eventDocumentId: string): Promise<RegistrationRecord | null> => {
    const row = (await table(db).where({ user_id: userId, event_document_id: eventDocumentId }).first(COLUMNS)) as Row | undefined;
    return row ? toRecord(row) : null;
  };

  const positionOf = async (db: Knex | Knex.Transaction, record: RegistrationRecord): Promise<number | null> => {
    if (record.status !== 'waitlisted') return null;
    const ahead = (await table(db)
      .where({ event_document_id: record.eventDocumentId, status: 'waitlisted' })
      .andWhere('arrival', '<', record.arrival)
      .count({ n: '*' })
      .first()) as { n: number | string } | undefined;
    return Number(ahead?.n ?? 0) + 1;
  };

  /** Capacity of the published event, the number seated (its highest seat) and waiting, in one round trip. */
  const readSeats = async (db: Knex | Knex.Transaction, eventDocumentId: string): Promise<SeatSnapshot> => {
    const event = (q: Knex.QueryBuilder) => q.from('events').where({ document_id: eventDocumentId }).whereNotNull('published_at');
    const regs = (q: Knex.QueryBuilder) => q.from(TABLE).where({ event_document_id: eventDocumentId });
    const row = (await db
      .select({
        published: event(db.count('*')),
        capacity: event(db.select('capacity')).limit(1),
        waitlist: event(db.select('waitlist_enabled')).limit(1),
        registered: regs(db.max('seat')),
        waitlisted: regs(db.count('*')).andWhere({ status: 'waitlisted' }),
        maxArrival: regs(db.max('arrival')),
      })
      .first()) as Record<'published' | 'capacity' | 'waitlist' | 'registered' | 'waitlisted' | 'maxArrival', number | string | boolean | null>;
    return {
      published: Number(row.published) > 0,
      capacity: row.capacity === null ? null : Number(row.capacity),
      waitlistEnabled: row.waitlist === true || Number(row.waitlist) === 1,
      registered: row.registered === null ? 0 : Number(row.registered),
      waitlisted: Number(row.waitlisted),
      maxArrival: row.maxArrival === null ? 0 : Number(row.maxArrival),
    };
  };

  /**
   * Announces a new registration (domain event registration.created), in the transaction that wrote it: seated,
   * waitlisted, or pending an organizer's approval (a claim makes nothing else).
   */
  const announceCreated = (trx: Knex.Transaction, record: { id: number; status: string }, userId: number, eventDocumentId: string, now: Date) =>
    platform(strapi).events.publish(
      'registration.created',
      {
        registrationId: record.id,
        userId,
        eventDocumentId,
        status: record.status === 'waitlisted' || record.status === 'pending' ? record.status : 'registered',
        at: now.toISOString(),
      },
      { trx },
    );

  /** Seats the head of the waitlist while seats are free; mails each promoted attendee (outbox). */
  const promoteDue = async (trx: Knex.Transaction, eventDocumentId: string, seats: SeatSnapshot, now: Date): Promise<number> => {
    const due = promotionsDue(seats);
    if (due <= 0) return 0;
    const heads = (await table(trx)
      .where({ event_document_id: eventDocumentId, status: 'waitlisted' })
      .orderBy('arrival', 'asc')
      .limit(due)
      .select('id', 'arrival', 'user_id')) as Array<{ id: number | string; arrival: number | string; user_id: number | string | null }>;
    if (heads.length === 0) return 0;
    // each takes the next seat: seats stay 1..seated. The promotion mail is their confirmation: the
    // arrival is marked confirmed, so the confirmation sweeper (confirmations.ts) does not mail it too
    for (const [index, head] of heads.entries()) {
      await table(trx)
        .where({ id: Number(head.id) })
        .update({
          status: 'registered',
          seat: nextSeat(seats.registered + index),
          promoted_at: now,
          updated_at: now,
          confirmed_arrival: trx.ref('arrival'),
        });
    }
    for (const head of heads) {
      await platform(strapi).jobs.enqueue(JOBS.promotedMail, { registrationId: Number(head.id) }, { uniqueKey: `registration:promoted:${head.id}:${head.arrival}`, trx });
      if (head.user_id !== null) {
        await platform(strapi).events.publish(
          'registration.status-changed',
          { registrationId: Number(head.id), userId: Number(head.user_id), eventDocumentId, from: 'waitlisted', to: 'registered', at: now.toISOString() },
          { trx },
        );
      }
    }
    seats.registered += heads.length;
    seats.waitlisted -= heads.length;
    return heads.length;
  };

  const withLock = async (trx: Knex.Transaction, eventDocumentId: string) => {
    // TEST ONLY switch: the control run of the race test shows what happens without the lock
    if (getConfig(strapi, 'unsafeDisableSeatLock')) return;
    await lockKey(strapi, trx, 'event', eventDocumentId);
  };

  /** The user's registration, answered as not created (they were registered already). */
  const existingClaim = async (userId: number, eventDocumentId: string): Promise<ClaimResult> => {
    const found = await service.find(userId, eventDocumentId);
    if (!found) throw new Error('[registration] the registration reported as existing is not there');
    return { created: false, ...found };
  };

  const full = () => localized(ConflictError, message('register.full'), { reason: 'full' });

  /** PostgreSQL: the seat function decides and writes in one statement (the event's lock inside it). */
  const claimOnPostgres = async (input: Claim): Promise<ClaimResult> => {
    const eventId = input.eventDocumentId;
    const knex = knexOf(strapi);
    const run = async (db: Knex | Knex.Transaction, userId: number) => {
      const row = await claimSeat(db, {
        eventDocumentId: eventId,
        userId,
        answers: input.answers,
        refCode: input.refCode,
        utm: input.utm,
        language: input.language,
        documentId: newDocumentId(randomBytes),
        now: input.now,
        // TEST ONLY switch: the control run of the race test shows what happens without the lock
        lock: !getConfig(strapi, 'unsafeDisableSeatLock'),
      });
      if (row.outcome === 'not-found') throw eventNotFound();
      return row;
    };
    const path = claimPath({ userKnown: typeof input.user === 'number', writesWithRegistration: Boolean(input.withRegistration) });
    let row: ClaimRow;
    let userId: number;
    if (path === 'one-statement' && typeof input.user === 'number') {
      // one statement (the lock lives inside it) and, when it registered, the domain event: one transaction
      const id = input.user;
      userId = id;
      row = await knex.transaction(async (trx) => {
        const claimed = await run(trx, id);
        if (claimed.outcome === 'created') await announceCreated(trx, { id: Number(claimed.id), status: claimed.status ?? 'registered' }, id, eventId, input.now);
        return claimed;
      });
    } else {
      const create = input.user;
      ({ row, userId } = await strapi.db.transaction(async ({ trx: strapiTrx }) => {
        const trx = strapiTrx as unknown as Knex.Transaction;
        const id = typeof create === 'number' ? create : await create(trx);
        // the account's own writes first: the seat decision (and the event lock) comes last
        await input.withRegistration?.(trx, id);
        const claimed = await run(trx, id);
        // nothing of this request stays when it changes nothing (full; or a concurrent first click won)
        if (claimed.outcome === 'full') throw full();
        if (claimed.outcome === 'existing') throw new AlreadyRegistered(id);
        await announceCreated(trx, { id: Number(claimed.id), status: claimed.status ?? 'registered' }, id, eventId, input.now);
        return { row: claimed, userId: id };
      }));
    }
    if (row.promotions_due > 0) await service.promote(eventId, input.now);
    if (row.outcome === 'full') throw full();
    if (row.outcome === 'existing') return existingClaim(userId, eventId);
    const record = recordOfClaimRow(row, input, userId);
    return { created: true, record, waitlistPosition: await positionOf(knex, record) };
  };

  /**
   * SQLite: one connection runs one transaction at a time, which is the lock; the decision is domain/claim.ts's.
   * Also on PostgreSQL (under the event's advisory lock, the seat function's) for the claims the seat function
   * does not make: an organizer's over-capacity override, and a manual-approval event's pending registrations.
   */
  const claimUnderLock = async (input: Claim): Promise<ClaimResult> =>
    strapi.db.transaction(async ({ trx: strapiTrx }) => {
      const trx = strapiTrx as unknown as Knex.Transaction;
      const eventId = input.eventDocumentId;
      const userId = typeof input.user === 'number' ? input.user : await input.user(trx);
      await withLock(trx, eventId);
      const current = await activeOf(trx, userId, eventId);
      if (current && current.status !== 'cancelled') return { created: false, record: current, waitlistPosition: await positionOf(trx, current) };
      const seats = await readSeats(trx, eventId);
      if (!seats.published) throw eventNotFound();
      await promoteDue(trx, eventId, seats, input.now);
      const placement = placeClaim(seats, input.mode);
      if (placement.kind === 'full') throw full();
      await input.withRegistration?.(trx, userId);
      await writeClaim(trx, input, userId, placement, current);
      const record = await activeOf(trx, userId, eventId);
      if (!record) throw new Error('[registration] the registration just written is not there');
      await announceCreated(trx, record, userId, eventId, input.now);
      return { created: true, record, waitlistPosition: placement.waitlistPosition, overCapacity: placement.overCapacity };
    });

  /** Writes the placed registration: a new row, or the user's cancelled one taken up again. */
  const writeClaim = async (trx: Knex.Transaction, input: Claim, userId: number, placement: Extract<Placement, { kind: 'placed' }>, cancelled: RegistrationRecord | null) => {
    const values = {
      status: placement.status,
      seat: placement.seat,
      arrival: placement.arrival,
      answers: JSON.stringify(input.answers),
      ref_code: input.refCode,
      utm: input.utm ? JSON.stringify(input.utm) : null,
      language: input.language,
      promoted_at: null,
      cancelled_at: null,
      // the current registration's time (a re-registration starts anew, unattended)
      registered_at: input.now,
      attended_at: null,
      updated_at: input.now,
    };
    if (cancelled) {
      await table(trx).where({ id: cancelled.id }).update(values);
      return;
    }
    await table(trx).insert({
      ...values,
      document_id: newDocumentId(randomBytes),
      user_id: userId,
      event_document_id: input.eventDocumentId,
      created_at: input.now,
      published_at: input.now,
    });
  };

  const service = {
    /**
     * Takes a seat (or a waitlist place) for a user. A user with an active registration gets it back
     * (`created: false`). A full event without a waitlist is a ConflictError; nothing is written then.
     */
    async claim(input: ClaimInput): Promise<ClaimResult> {
      // a seat number taken twice is refused by its unique index; that can only happen without the
      // event lock (the test-only switch), and a new try takes the next seat
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await service.claimOnce(input);
        } catch (error) {
          if (!retryClaim(attempt, isSeatConflict(error))) throw error;
        }
      }
    },

    /** One try of `claim` (use `claim`): PostgreSQL's seat function, or the SQLite path. */
    async claimOnce(input: ClaimInput): Promise<ClaimResult> {
      const claim = { ...input, now: input.now ?? new Date(), language: input.language ?? DEFAULT_LOCALE };
      try {
        const bySeatFunction = isPostgres(strapi) && (claim.mode ?? 'seat-rules') === 'seat-rules';
        return bySeatFunction ? await claimOnPostgres(claim) : await claimUnderLock(claim);
      } catch (error) {
        if (error instanceof AlreadyRegistered) return existingClaim(error.userId, claim.eventDocumentId);
        const refusal = { uniqueViolation: isUniqueViolation(error), seatConflict: isSeatConflict(error) };
        if (typeof input.user === 'number' && answerWithExisting(refusal, true)) return existingClaim(input.user, claim.eventDocumentId);
        throw error;
      }
    },

    /** Cancels a user's registration; a freed seat goes to the head of the waitlist at once. */
    async cancel(eventDocumentId: string, userId: number, now = new Date()): Promise<RegistrationRecord> {
      return strapi.db.transaction(async ({ trx: strapiTrx }) => {
        const trx = strapiTrx as unknown as Knex.Transaction;
        await withLock(trx, eventDocumentId);
        const existing = await activeOf(trx, userId, eventDocumentId);
        if (!existing || existing.status === 'cancelled') throw localized(errors.NotFoundError, message('cancel.not-registered'));
        const seated = existing.status === 'registered' ? (await readSeats(trx, eventDocumentId)).registered : 0;
        await table(trx).where({ id: existing.id }).update({ status: 'cancelled', seat: null, cancelled_at: now, updated_at: now });
        await platform(strapi).events.publish(
          'registration.cancelled',
          { registrationId: existing.id, userId, eventDocumentId, previousStatus: existing.status, at: now.toISOString() },
          { trx },
        );
        if (existing.status === 'registered') {
          // keep seats 1..seated: the last seat moves into the freed one
          const moving = existing.seat === null ? null : seatToMove(existing.seat, seated);
          if (moving !== null) await table(trx).where({ event_document_id: eventDocumentId, seat: moving }).update({ seat: existing.seat, updated_at: now });
          const seats = await readSeats(trx, eventDocumentId);
          await promoteDue(trx, eventDocumentId, seats, now);
        }
        return { ...existing, status: 'cancelled' as const, seat: null, cancelledAt: now, updatedAt: now };
      });
    },

    /**
     * An organizer's decision on a registration that waits for approval, under the event's lock (in the
     * caller's transaction when there is one): approved, the seat rules place it (a seat, else the end of the
     * waitlist: a new arrival, so its confirmation is mailed; full without a waitlist: it stays pending and
     * null is answered); rejected, it holds nothing. A registration that is not pending is answered as it is.
     */
    async decidePending(id: number, decision: 'approve' | 'reject', now = new Date()): Promise<RegistrationRecord | null> {
      return strapi.db.transaction(async ({ trx: strapiTrx }) => {
        const trx = strapiTrx as unknown as Knex.Transaction;
        const found = (await table(trx).where({ id }).first(COLUMNS)) as Row | undefined;
        if (!found) return null;
        await withLock(trx, found.event_document_id);
        const row = (await table(trx).where({ id }).first(COLUMNS)) as Row | undefined;
        if (!row || row.status !== 'pending') return row ? toRecord(row) : null;
        if (decision === 'reject') {
          await table(trx).where({ id }).update({ status: 'rejected', seat: null, updated_at: now });
        } else {
          const seats = await readSeats(trx, row.event_document_id);
          await promoteDue(trx, row.event_document_id, seats, now);
          const placement = placeClaim(seats);
          if (placement.kind === 'full') return null;
          await table(trx).where({ id }).update({ status: placement.status, seat: placement.seat, arrival: placement.arrival, updated_at: now });
        }
        const updated = (await table(trx).where({ id }).first(COLUMNS)) as Row | undefined;
        if (!updated) return null;
        const record = toRecord(updated);
        if (record.userId !== null) {
          await platform(strapi).events.publish(
            'registration.status-changed',
            { registrationId: id, userId: record.userId, eventDocumentId: record.eventDocumentId, from: 'pending', to: record.status, at: now.toISOString() },
            { trx },
          );
        }
        return record;
      });
    },

    /** Seats waitlisted attendees while seats are free (after the organizer raised the capacity). */
    async promote(eventDocumentId: string, now = new Date()): Promise<number> {
      return strapi.db.transaction(async ({ trx: strapiTrx }) => {
        const trx = strapiTrx as unknown as Knex.Transaction;
        await withLock(trx, eventDocumentId);
        const seats = await readSeats(trx, eventDocumentId);
        if (!seats.published) return 0;
        return promoteDue(trx, eventDocumentId, seats, now);
      });
    },

    /** Whether the user holds a seat at the event (waitlisted or cancelled: no). Used by other plugins. */
    async isRegistered(userId: number, eventDocumentId: string): Promise<boolean> {
      const row = await table(knexOf(strapi)).where({ user_id: userId, event_document_id: eventDocumentId, status: 'registered' }).first('id');
      return Boolean(row);
    },

    /** The user's registration for the event (any status) and its waitlist place. */
    async find(userId: number, eventDocumentId: string): Promise<{ record: RegistrationRecord; waitlistPosition: number | null } | null> {
      const knex = knexOf(strapi);
      const record = await activeOf(knex, userId, eventDocumentId);
      return record ? { record, waitlistPosition: await positionOf(knex, record) } : null;
    },

    /**
     * What a signed-in user's registration request needs first, in one round trip: the account,
     * its registration for the event (any status), and whether it accepted consent `version`.
     */
    async preflight(
      userId: number,
      eventDocumentId: string,
      consentVersion: number | null,
    ): Promise<{ account: Account | null; existing: { record: RegistrationRecord; waitlistPosition: number | null } | null; consentAccepted: boolean }> {
      const knex = knexOf(strapi);
      const accepted =
        consentVersion === null
          ? knex.raw('1')
          : knex(TABLES.consents).select(knex.raw('count(*)')).where({ user_id: userId, text_version: consentVersion }).whereNull('withdrawn_at');
      const userColumns = Object.fromEntries(Object.entries(ACCOUNT_COLUMNS).map(([attribute, column]) => [`u_${attribute}`, `u.${column}`]));
      const row = (await knex
        .select({ accepted, ...userColumns }, ...COLUMNS.map((column) => `r.${column}`))
        .from('up_users as u')
        .leftJoin(`${TABLE} as r`, (join) => join.on('r.user_id', '=', 'u.id').andOn('r.event_document_id', '=', knex.raw('?', [eventDocumentId])))
        .where('u.id', userId)
        .first()) as (Row & { accepted: number | string } & Record<string, unknown>) | undefined;
      if (!row) return { account: null, existing: null, consentAccepted: false };
      const user = Object.fromEntries(Object.keys(ACCOUNT_COLUMNS).map((attribute) => [attribute, row[`u_${attribute}`]])) as unknown as UserRow;
      const account = toAccount(user);
      const consentAccepted = Number(row.accepted ?? 0) > 0;
      if (row.id === null) return { account, existing: null, consentAccepted };
      const record = toRecord(row);
      return { account, existing: { record, waitlistPosition: await positionOf(knex, record) }, consentAccepted };
    },

    /** Seat counts of an event (a snapshot, for display). */
    async seats(eventDocumentId: string): Promise<SeatState> {
      const { capacity, waitlistEnabled, registered, waitlisted } = await readSeats(knexOf(strapi), eventDocumentId);
      return { capacity, waitlistEnabled, registered, waitlisted };
    },

    /** Every registration of a user, newest first, with waitlist places. */
    async listForUser(userId: number): Promise<Array<{ record: RegistrationRecord; waitlistPosition: number | null }>> {
      const knex = knexOf(strapi);
      const rows = (await table(knex).where({ user_id: userId }).orderBy('created_at', 'desc').select(COLUMNS)) as Row[];
      return Promise.all(
        rows.map(async (row) => {
          const record = toRecord(row);
          return { record, waitlistPosition: await positionOf(knex, record) };
        }),
      );
    },

    /** Registrations of an event in arrival order (organizer lists and tests). */
    async listForEvent(eventDocumentId: string): Promise<RegistrationRecord[]> {
      const rows = (await table(knexOf(strapi)).where({ event_document_id: eventDocumentId }).orderBy('arrival', 'asc').select(COLUMNS)) as Row[];
      return rows.map(toRecord);
    },

    async byId(id: number): Promise<RegistrationRecord | null> {
      const row = (await table(knexOf(strapi)).where({ id }).first(COLUMNS)) as Row | undefined;
      return row ? toRecord(row) : null;
    },

    /** A registration by id and its waitlist place (null when not waiting). */
    async byIdWithPlace(id: number): Promise<{ record: RegistrationRecord; waitlistPosition: number | null } | null> {
      const record = await service.byId(id);
      return record ? { record, waitlistPosition: await positionOf(knexOf(strapi), record) } : null;
    },

    /**
     * Account erasure, first step: the user's registrations for events not over yet are cancelled
     * (their seats freed for the waitlist), each under its event's lock, before the erasure's transaction.
     */
    async cancelOngoing(userId: number, ongoingEventIds: ReadonlySet<string>, now = new Date()): Promise<void> {
      const rows = (await table(knexOf(strapi)).where({ user_id: userId }).select(COLUMNS)) as Row[];
      for (const row of rows.map(toRecord)) {
        if (row.status !== 'cancelled' && ongoingEventIds.has(row.eventDocumentId)) await service.cancel(row.eventDocumentId, userId, now);
      }
    },

    /**
     * Detaches a deleted account's registrations (in the erasure's transaction): the user, the answers
     * and the UTM and ref values (which could link a registration back to the person through consent
     * records) go; status and times stay for statistics.
     */
    async anonymizeUser(userId: number, trx: Knex.Transaction, now = new Date()): Promise<number> {
      return table(trx)
        .where({ user_id: userId })
        .update({ user_id: null, answers: JSON.stringify({}), ref_code: null, utm: null, anonymized_at: now, updated_at: now });
    },
  };
  return service;
};

export type RegistrationsService = ReturnType<typeof registrations>;
export default registrations;
