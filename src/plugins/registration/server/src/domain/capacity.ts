/**
 * Seats of an event, derived from its registrations (never from a counter): who gets a seat, who
 * waits, who is promoted when a seat frees. Pure; the service runs these decisions under the
 * event's lock with the state read in the same transaction.
 *
 * A seated registration holds a seat number, and the seats of an event are always exactly
 * 1..seated (a cancelled seat is taken by the head of the waitlist, or by the last seat): so the
 * number seated is the highest seat number, read from an index instead of counted, and a unique
 * index on (event, seat) makes a double sale of a seat impossible even if the lock were missing.
 */
import { REGISTRATION_STATUSES, type RegistrationStatus } from '../../../../../../cms/src/registration';

export { REGISTRATION_STATUSES, type RegistrationStatus };
/** Where a claim places a person: a seat, the waitlist, or (manual approval) waiting for the organizer. */
export type ActiveStatus = 'registered' | 'waitlisted' | 'pending';

export interface SeatState {
  /** null: no limit. */
  capacity: number | null;
  waitlistEnabled: boolean;
  registered: number;
  waitlisted: number;
}

export type SeatDecision = { kind: 'register' } | { kind: 'waitlist' } | { kind: 'full' };

/** Free seats (Infinity without a limit; never negative, even if capacity was lowered under the registered count). */
export function freeSeats(state: Pick<SeatState, 'capacity' | 'registered'>): number {
  if (state.capacity === null) return Number.POSITIVE_INFINITY;
  return Math.max(0, state.capacity - state.registered);
}

/**
 * How many of the waitlist (from its head) get a seat now: after a cancellation, or when the
 * organizer raised the capacity.
 */
export function promotionsDue(state: SeatState): number {
  return Math.min(state.waitlisted, freeSeats(state));
}

/**
 * Where a newcomer goes. Those already waiting go first: a newcomer gets a seat only if one is left
 * after the whole waitlist has been seated.
 */
export function decideSeat(state: SeatState): SeatDecision {
  if (freeSeats(state) > state.waitlisted) return { kind: 'register' };
  return state.waitlistEnabled ? { kind: 'waitlist' } : { kind: 'full' };
}

/** Seats left to show on the form (null: no limit). */
export function seatsLeft(state: SeatState): number | null {
  if (state.capacity === null) return null;
  return Math.max(0, state.capacity - state.registered - state.waitlisted);
}

/** The seat a newcomer or a promoted attendee takes: the next after the highest. */
export const nextSeat = (seated: number) => seated + 1;

/**
 * After seat `freed` of `seated` is given up: which seat moves into it to keep seats 1..seated-1
 * dense (null: the freed seat was the last one, nothing moves).
 */
export function seatToMove(freed: number, seated: number): number | null {
  return freed < seated ? seated : null;
}
