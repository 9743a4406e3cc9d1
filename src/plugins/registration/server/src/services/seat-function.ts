/**
 * PostgreSQL: the seat claim as one server-side function, so that the event's lock is held only for
 * the time PostgreSQL itself needs (no network round trip, no wait for Node's event loop while
 * locked: with many requests in flight that wait, not the database, is what serializes them).
 *
 * It mirrors `domain/capacity.ts` exactly (the TypeScript decision is the specification, and the
 * SQLite path runs it): seat-function.api.test.ts compares both on every small state, and the API
 * tests run the same scenarios on both databases.
 *
 * It reads the `events` table (capacity, waitlist, published), as `readSeats` does on SQLite: that is the
 * application's event content type (`api::event.event`, src/api/event), which every module shares, not
 * event-builder's. The capacity is read here on purpose, under the event's lock: passed in by the caller it
 * would come from the per-process event cache (stale on other instances) or cost one more round trip.
 */
import type { Knex } from 'knex';
import { DEFAULT_LOCALE, type Locale } from '../domain/locale';
import { TABLES } from '../constants';

/**
 * The function's name carries its version: a new signature gets a new name, so that an instance of
 * the previous release (during a rolling restart) keeps calling, and re-creating, its own.
 * v1 took no language; it is left in place (nothing calls it once every instance runs this code).
 */
export const CLAIM_FUNCTION = 'registration_claim_seat_v2';
const CLAIM_ARGUMENTS = 'text, integer, jsonb, text, jsonb, text, timestamp, boolean, text';
/** Namespace of the per-event advisory lock (the same as `lockKey(..., 'event', ...)`). */
export const EVENT_LOCK_NAMESPACE = 0x52_45_47_01;

export interface ClaimRow {
  outcome: 'created' | 'existing' | 'full' | 'not-found';
  id: number | null;
  document_id: string | null;
  status: 'registered' | 'waitlisted' | null;
  arrival: number | null;
  seat: number | null;
  created_at: Date | null;
  promotions_due: number;
}

const SQL = `
CREATE FUNCTION ${CLAIM_FUNCTION}(
  p_event text, p_user integer, p_answers jsonb, p_ref text, p_utm jsonb, p_document_id text, p_now timestamp, p_lock boolean,
  p_language text
) RETURNS TABLE (outcome text, id integer, document_id text, status text, arrival integer, seat integer, created_at timestamp, promotions_due integer)
LANGUAGE plpgsql
-- plan every statement with the table as it is now: a plan cached while an event's rows were few
-- (a sequential scan) would stay in use as a hot event fills up
SET plan_cache_mode = force_custom_plan
AS $fn$
#variable_conflict use_column
DECLARE
  v_existing_id integer;
  v_existing_status text;
  v_existing_arrival integer;
  v_published integer;
  v_capacity integer;
  v_waitlist boolean;
  v_seated integer;
  v_waitlisted integer;
  v_max integer;
  v_free bigint;
  v_status text;
  v_seat integer;
  v_id integer;
BEGIN
  IF p_lock THEN
    PERFORM pg_advisory_xact_lock(${EVENT_LOCK_NAMESPACE}, hashtext(p_event));
  END IF;

  SELECT r.id, r.status, r.arrival INTO v_existing_id, v_existing_status, v_existing_arrival
    FROM ${TABLES.registrations} r WHERE r.user_id = p_user AND r.event_document_id = p_event;
  IF v_existing_id IS NOT NULL AND v_existing_status <> 'cancelled' THEN
    RETURN QUERY SELECT 'existing'::text, v_existing_id, NULL::text, v_existing_status, v_existing_arrival, NULL::integer, NULL::timestamp, 0;
    RETURN;
  END IF;

  SELECT count(*), max(e.capacity), bool_or(e.waitlist_enabled) INTO v_published, v_capacity, v_waitlist
    FROM events e WHERE e.document_id = p_event AND e.published_at IS NOT NULL;
  IF v_published = 0 THEN
    RETURN QUERY SELECT 'not-found'::text, NULL::integer, NULL::text, NULL::text, NULL::integer, NULL::integer, NULL::timestamp, 0;
    RETURN;
  END IF;

  -- seats are 1..seated: the highest seat number is the number seated (an index lookup, no count)
  SELECT coalesce(max(r.seat), 0) INTO v_seated FROM ${TABLES.registrations} r WHERE r.event_document_id = p_event;
  v_free := CASE WHEN v_capacity IS NULL THEN 9223372036854775807 ELSE greatest(0, v_capacity - v_seated) END;
  -- only whether the waitlist is shorter than the free seats matters (and how many to promote)
  SELECT count(*) INTO v_waitlisted FROM (
    SELECT 1 FROM ${TABLES.registrations} r WHERE r.event_document_id = p_event AND r.status = 'waitlisted'
    LIMIT CASE WHEN v_capacity IS NULL THEN NULL ELSE v_free + 1 END) waiting;
  SELECT coalesce(max(r.arrival), 0) INTO v_max FROM ${TABLES.registrations} r WHERE r.event_document_id = p_event;

  -- domain/capacity.ts: decideSeat, promotionsDue, nextSeat
  IF v_free > v_waitlisted THEN
    v_status := 'registered';
    v_seat := v_seated + 1;
  ELSIF coalesce(v_waitlist, false) THEN
    v_status := 'waitlisted';
  ELSE
    RETURN QUERY SELECT 'full'::text, NULL::integer, NULL::text, NULL::text, NULL::integer, NULL::integer, NULL::timestamp,
      least(v_waitlisted::bigint, v_free)::integer;
    RETURN;
  END IF;

  IF v_existing_id IS NOT NULL THEN
    UPDATE ${TABLES.registrations} SET status = v_status, seat = v_seat, arrival = v_max + 1, answers = p_answers, ref_code = p_ref, utm = p_utm,
      language = p_language, promoted_at = NULL, cancelled_at = NULL, registered_at = p_now, attended_at = NULL, updated_at = p_now
      WHERE ${TABLES.registrations}.id = v_existing_id;
    v_id := v_existing_id;
  ELSE
    INSERT INTO ${TABLES.registrations} (document_id, user_id, event_document_id, status, seat, arrival, answers, ref_code, utm, language,
        registered_at, created_at, updated_at, published_at)
      VALUES (p_document_id, p_user, p_event, v_status, v_seat, v_max + 1, p_answers, p_ref, p_utm, p_language, p_now, p_now, p_now, p_now)
      RETURNING ${TABLES.registrations}.id INTO v_id;
  END IF;

  -- the waitlist place is counted by the caller, after the lock is gone
  RETURN QUERY SELECT 'created'::text, v_id, p_document_id, v_status, v_max + 1, v_seat, p_now, least(v_waitlisted::bigint, v_free)::integer;
END
$fn$;
`;

/** Creates the function afresh (its definition may have changed); run at every start. */
export async function ensureClaimFunction(knex: Knex): Promise<void> {
  await knex.transaction(async (trx) => {
    await trx.raw(`DROP FUNCTION IF EXISTS ${CLAIM_FUNCTION}(${CLAIM_ARGUMENTS})`);
    await trx.raw(SQL);
  });
}

/** Runs the claim (in `db`'s transaction when it is one). */
export async function claimSeat(
  db: Knex | Knex.Transaction,
  input: {
    eventDocumentId: string;
    userId: number;
    answers: unknown;
    refCode: string | null;
    utm: unknown;
    documentId: string;
    now: Date;
    lock: boolean;
    /** The attendee's language (Russian unless told). */
    language?: Locale;
  },
): Promise<ClaimRow> {
  const result = (await db.raw(`select * from ${CLAIM_FUNCTION}(?, ?, ?::jsonb, ?, ?::jsonb, ?, ?, ?, ?)`, [
    input.eventDocumentId,
    input.userId,
    JSON.stringify(input.answers),
    input.refCode,
    input.utm === null ? null : JSON.stringify(input.utm),
    input.documentId,
    input.now,
    input.lock,
    input.language ?? DEFAULT_LOCALE,
  ])) as { rows: ClaimRow[] };
  const row = result.rows[0];
  if (!row) throw new Error(`[registration] ${CLAIM_FUNCTION} returned nothing`);
  return row;
}
