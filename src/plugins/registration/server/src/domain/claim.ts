/**
 * How one claim of a seat runs and what it answers: the decisions of the registrations service's claim,
 * without the database. The service has two ways to run a claim: on PostgreSQL a server-side function
 * decides and writes in one statement (seat-function.ts); on SQLite the service decides here, under the
 * event's lock (one transaction at a time), and writes.
 */
import { decideSeat, nextSeat, type ActiveStatus, type SeatState } from './capacity';

/** Tries of one claim: a seat number taken twice (only possible without the lock) is tried again. */
export const CLAIM_ATTEMPTS = 5;

/** Whether a failed try is tried again: only a seat-number conflict, and only a few times. */
export function retryClaim(attempt: number, seatConflict: boolean): boolean {
  return seatConflict && attempt < CLAIM_ATTEMPTS;
}

/**
 * PostgreSQL: a known user with nothing else to write claims in one statement (its own transaction, the
 * lock inside the function); a new account or writes that belong with the registration (profile, consent)
 * share one transaction with the seat, the seat decided last.
 */
export type ClaimPath = 'one-statement' | 'transaction';

export function claimPath(input: { userKnown: boolean; writesWithRegistration: boolean }): ClaimPath {
  return input.userKnown && !input.writesWithRegistration ? 'one-statement' : 'transaction';
}

/**
 * A write refused by a unique index: when it is the one-registration-per-user index (not the seat
 * index) and the user was known before the claim, two first clicks of that user raced (possible only
 * without the lock) and the registration the other click wrote is the answer.
 */
export function answerWithExisting(refusal: { uniqueViolation: boolean; seatConflict: boolean }, userKnown: boolean): boolean {
  return refusal.uniqueViolation && !refusal.seatConflict && userKnown;
}

/** The seats of an event as read under its lock, with the last arrival number given out. */
export interface ClaimSeats extends SeatState {
  maxArrival: number;
}

/** Where a new (or renewed, after a cancellation) registration goes. */
export type Placement =
  | { kind: 'full' }
  | {
      kind: 'placed';
      status: ActiveStatus;
      seat: number | null;
      arrival: number;
      waitlistPosition: number | null;
      /** The seat is beyond the capacity (an organizer's explicit override). */
      overCapacity: boolean;
    };

/**
 * How a claim is placed: by the seat rules (a seat, else the waitlist, else full); `over-capacity`, an
 * organizer's override: a seat even when none is free (the seat beyond the capacity is counted like any
 * other: no one is promoted into it, newcomers wait); `approval`: the event's manual-approval mode, the
 * registration waits for an organizer without a seat (the seat rules apply when it is approved).
 */
export type ClaimMode = 'seat-rules' | 'over-capacity' | 'approval';

/** SQLite path (and every claim that is not by the plain seat rules): a seat (the next number), the waitlist's end, pending or full. */
export function placeClaim(seats: ClaimSeats, mode: ClaimMode = 'seat-rules'): Placement {
  const arrival = seats.maxArrival + 1;
  if (mode === 'approval') return { kind: 'placed', status: 'pending', seat: null, arrival, waitlistPosition: null, overCapacity: false };
  const decision = decideSeat(seats);
  if (decision.kind === 'register' || mode === 'over-capacity') {
    return { kind: 'placed', status: 'registered', seat: nextSeat(seats.registered), arrival, waitlistPosition: null, overCapacity: decision.kind !== 'register' };
  }
  if (decision.kind === 'full') return { kind: 'full' };
  return { kind: 'placed', status: 'waitlisted', seat: null, arrival, waitlistPosition: seats.waitlisted + 1, overCapacity: false };
}
