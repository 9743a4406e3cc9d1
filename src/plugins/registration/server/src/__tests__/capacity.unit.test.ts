import { describe, expect, it } from 'vitest';
import { decideSeat, freeSeats, nextSeat, promotionsDue, seatToMove, seatsLeft, type SeatState } from '../domain/capacity';

const state = (over: Partial<SeatState>): SeatState => ({ capacity: 10, waitlistEnabled: false, registered: 0, waitlisted: 0, ...over });

describe('seats', () => {
  it('registers while seats are free, then waitlists or refuses by the event setting', () => {
    expect(decideSeat(state({ registered: 9 }))).toEqual({ kind: 'register' });
    expect(decideSeat(state({ registered: 10 }))).toEqual({ kind: 'full' });
    expect(decideSeat(state({ registered: 10, waitlistEnabled: true }))).toEqual({ kind: 'waitlist' });
  });

  it('never lets a newcomer pass the waitlist, even when seats are free', () => {
    // capacity was raised to 10 with 8 seated and 3 waiting: the 3 go first, the newcomer waits
    expect(decideSeat(state({ registered: 8, waitlisted: 3, waitlistEnabled: true }))).toEqual({ kind: 'waitlist' });
    expect(decideSeat(state({ registered: 5, waitlisted: 3, waitlistEnabled: true }))).toEqual({ kind: 'register' });
  });

  it('has no limit without a capacity', () => {
    expect(decideSeat(state({ capacity: null, registered: 1_000_000 }))).toEqual({ kind: 'register' });
    expect(freeSeats({ capacity: null, registered: 5 })).toBe(Number.POSITIVE_INFINITY);
    expect(seatsLeft(state({ capacity: null }))).toBeNull();
  });

  it('treats capacity 0 as no seats, and a capacity lowered below the seated count as full', () => {
    expect(decideSeat(state({ capacity: 0, waitlistEnabled: true }))).toEqual({ kind: 'waitlist' });
    expect(freeSeats({ capacity: 5, registered: 7 })).toBe(0);
    expect(seatsLeft(state({ capacity: 5, registered: 7 }))).toBe(0);
  });

  it('promotes as many from the head of the waitlist as seats are free', () => {
    expect(promotionsDue(state({ registered: 9, waitlisted: 4 }))).toBe(1);
    expect(promotionsDue(state({ registered: 2, waitlisted: 4 }))).toBe(4);
    expect(promotionsDue(state({ registered: 10, waitlisted: 4 }))).toBe(0);
    expect(promotionsDue(state({ capacity: null, registered: 10, waitlisted: 4 }))).toBe(4);
  });

  it('shows seats left after the waitlist', () => {
    expect(seatsLeft(state({ registered: 6, waitlisted: 1 }))).toBe(3);
  });

  it('numbers seats 1..seated: a newcomer takes the next, the last seat fills a freed one', () => {
    expect(nextSeat(0)).toBe(1);
    expect(nextSeat(49)).toBe(50);
    expect(seatToMove(3, 50)).toBe(50);
    expect(seatToMove(50, 50)).toBeNull();
  });
});
