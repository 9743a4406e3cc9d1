import { describe, expect, it } from 'vitest';
import { answerWithExisting, CLAIM_ATTEMPTS, claimPath, placeClaim, retryClaim, type ClaimSeats } from '../domain/claim';

const seats = (over: Partial<ClaimSeats>): ClaimSeats => ({ capacity: 2, waitlistEnabled: true, registered: 0, waitlisted: 0, maxArrival: 0, ...over });

describe('placeClaim', () => {
  it('gives the next seat and the next arrival while seats are free', () => {
    expect(placeClaim(seats({ registered: 1, maxArrival: 4 }))).toEqual({ kind: 'placed', status: 'registered', seat: 2, arrival: 5, waitlistPosition: null, overCapacity: false });
  });

  it('puts a newcomer at the end of the waitlist when the seats are taken', () => {
    expect(placeClaim(seats({ registered: 2, waitlisted: 3, maxArrival: 7 }))).toEqual({ kind: 'placed', status: 'waitlisted', seat: null, arrival: 8, waitlistPosition: 4, overCapacity: false });
  });

  it('seats nobody ahead of the waitlist: a free seat that those waiting will take is not the newcomer\'s', () => {
    expect(placeClaim(seats({ registered: 1, waitlisted: 1, maxArrival: 2 }))).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });
  });

  it('is full when the seats are taken and there is no waitlist', () => {
    expect(placeClaim(seats({ registered: 2, waitlistEnabled: false }))).toEqual({ kind: 'full' });
  });

  it('never runs out without a capacity', () => {
    expect(placeClaim(seats({ capacity: null, registered: 500, maxArrival: 500 }))).toMatchObject({ status: 'registered', seat: 501, arrival: 501 });
  });

  it('seats beyond the capacity only by the organizer\'s override, and says so', () => {
    const full = seats({ registered: 2, waitlisted: 1, waitlistEnabled: false, maxArrival: 3 });
    expect(placeClaim(full, 'over-capacity')).toEqual({ kind: 'placed', status: 'registered', seat: 3, arrival: 4, waitlistPosition: null, overCapacity: true });
    // with a seat free for the newcomer the override changes nothing
    expect(placeClaim(seats({ registered: 1 }), 'over-capacity')).toMatchObject({ status: 'registered', seat: 2, overCapacity: false });
  });

  it('keeps a registration of a manual-approval event pending, without a seat, whatever the seats', () => {
    expect(placeClaim(seats({ registered: 2, waitlistEnabled: false, maxArrival: 9 }), 'approval')).toEqual({
      kind: 'placed',
      status: 'pending',
      seat: null,
      arrival: 10,
      waitlistPosition: null,
      overCapacity: false,
    });
  });
});

describe('claimPath', () => {
  it('claims in one statement only for a known user with nothing else to write', () => {
    expect(claimPath({ userKnown: true, writesWithRegistration: false })).toBe('one-statement');
    expect(claimPath({ userKnown: true, writesWithRegistration: true })).toBe('transaction');
    expect(claimPath({ userKnown: false, writesWithRegistration: false })).toBe('transaction');
  });
});

describe('answerWithExisting', () => {
  it('answers with the other click\'s registration only for the per-user index of a known user', () => {
    expect(answerWithExisting({ uniqueViolation: true, seatConflict: false }, true)).toBe(true);
    expect(answerWithExisting({ uniqueViolation: true, seatConflict: true }, true)).toBe(false);
    expect(answerWithExisting({ uniqueViolation: true, seatConflict: false }, false)).toBe(false);
    expect(answerWithExisting({ uniqueViolation: false, seatConflict: false }, true)).toBe(false);
  });
});

describe('retryClaim', () => {
  it('tries a seat conflict again, a few times only, and nothing else', () => {
    expect(retryClaim(1, true)).toBe(true);
    expect(retryClaim(CLAIM_ATTEMPTS - 1, true)).toBe(true);
    expect(retryClaim(CLAIM_ATTEMPTS, true)).toBe(false);
    expect(retryClaim(1, false)).toBe(false);
  });
});
