import { describe, expect, it } from 'vitest';
import {
  addDays,
  decideMove,
  eventDays,
  findRoomOverlaps,
  localDate,
  localMinutes,
  offsetMinutes,
  packColumns,
  roomKey,
  snapToSlot,
  timingProblems,
  zonedInstant,
  zoneOrDefault,
} from '../domain/schedule';

const MSK = 'Europe/Moscow';
const iso = (ms: number) => new Date(ms).toISOString();

describe('time zones', () => {
  it('reads wall-clock dates and minutes in the event zone', () => {
    const ms = Date.parse('2026-12-01T22:30:00Z'); // 01:30 on Dec 2 in Moscow
    expect(localDate(ms, MSK)).toBe('2026-12-02');
    expect(localMinutes(ms, MSK)).toBe(90);
    expect(localDate(ms, 'Asia/Vladivostok')).toBe('2026-12-02');
    expect(localDate(ms, 'America/New_York')).toBe('2026-12-01');
    expect(offsetMinutes(ms, MSK)).toBe(180);
  });

  it('turns a wall-clock time of the zone into an instant, across months and past midnight', () => {
    expect(iso(zonedInstant('2026-12-01', 10 * 60, MSK))).toBe('2026-12-01T07:00:00.000Z');
    expect(iso(zonedInstant('2026-12-31', 25 * 60, MSK))).toBe('2026-12-31T22:00:00.000Z');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('handles daylight-saving days of zones that have them', () => {
    // Berlin springs forward at 02:00 on 2026-03-29: 02:30 does not exist, 03:30 is CEST (+2)
    expect(iso(zonedInstant('2026-03-29', 3 * 60 + 30, 'Europe/Berlin'))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(zonedInstant('2026-03-29', 2 * 60 + 30, 'Europe/Berlin'))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(zonedInstant('2026-03-29', 60, 'Europe/Berlin'))).toBe('2026-03-29T00:00:00.000Z');
  });

  it('falls back to Moscow for a missing or unknown zone', () => {
    expect(zoneOrDefault(undefined)).toBe(MSK);
    expect(zoneOrDefault('Mars/Olympus')).toBe(MSK);
    expect(zoneOrDefault('Asia/Yekaterinburg')).toBe('Asia/Yekaterinburg');
  });
});

describe('days of an event', () => {
  it('lists the event days in its zone, with the grid from its start to its end', () => {
    // 10:00 Dec 1 to 18:00 Dec 2, Moscow
    const days = eventDays({ startsAt: '2026-12-01T07:00:00Z', endsAt: '2026-12-02T15:00:00Z', timezone: MSK });
    expect(days.map((day) => day.date)).toEqual(['2026-12-01', '2026-12-02']);
    expect(days[0]).toMatchObject({ startsAt: '2026-11-30T21:00:00.000Z', endsAt: '2026-12-01T21:00:00.000Z', startMinutes: 600, endMinutes: 1200 });
    expect(days[1]).toMatchObject({ startMinutes: 540, endMinutes: 1080 });
  });

  it('uses the event zone, not UTC, to decide the date', () => {
    // 01:00 Dec 2 Moscow is still Dec 1 in UTC
    const days = eventDays({ startsAt: '2026-12-01T22:00:00Z', endsAt: '2026-12-02T03:00:00Z', timezone: MSK });
    expect(days.map((day) => day.date)).toEqual(['2026-12-02']);
    expect(days[0]).toMatchObject({ startMinutes: 60, endMinutes: 360 });
    const vladivostok = eventDays({ startsAt: '2026-12-01T22:00:00Z', endsAt: '2026-12-02T03:00:00Z', timezone: 'Asia/Vladivostok' });
    expect(vladivostok.map((day) => day.date)).toEqual(['2026-12-02']);
    expect(vladivostok[0]).toMatchObject({ startMinutes: 480, endMinutes: 780 });
  });

  it('does not add an empty day for an event ending at midnight, and widens a day to its sessions', () => {
    const event = { startsAt: '2026-12-01T06:00:00Z', endsAt: '2026-12-01T21:00:00Z', timezone: MSK };
    expect(eventDays(event).map((day) => day.date)).toEqual(['2026-12-01']);
    const widened = eventDays(event, [{ startsAt: '2026-12-01T04:45:00Z', endsAt: '2026-12-01T05:30:00Z' }]);
    expect(widened[0]).toMatchObject({ startMinutes: 420, endMinutes: 1440 });
  });

  it('returns no days for an event whose end is not after its start', () => {
    expect(eventDays({ startsAt: '2026-12-02T07:00:00Z', endsAt: '2026-12-01T07:00:00Z', timezone: MSK })).toEqual([]);
  });
});

describe('snapping to slots', () => {
  it('moves an instant to the nearest, previous or next 15-minute boundary of the zone', () => {
    const ms = Date.parse('2026-12-01T07:07:30Z');
    expect(iso(snapToSlot(ms, MSK))).toBe('2026-12-01T07:15:00.000Z');
    expect(iso(snapToSlot(Date.parse('2026-12-01T07:07:00Z'), MSK))).toBe('2026-12-01T07:00:00.000Z');
    expect(iso(snapToSlot(ms, MSK, 15, 'floor'))).toBe('2026-12-01T07:00:00.000Z');
    expect(iso(snapToSlot(ms, MSK, 15, 'ceil'))).toBe('2026-12-01T07:15:00.000Z');
  });

  it('aligns to the local clock in zones with a half-hour offset', () => {
    // India is UTC+5:30: a local 10:00 slot is 04:30 UTC
    expect(iso(snapToSlot(Date.parse('2026-12-01T04:40:00Z'), 'Asia/Kolkata', 60))).toBe('2026-12-01T04:30:00.000Z');
  });
});

describe('overlaps in a room', () => {
  const at = (from: string, to: string) => ({ startsAt: `2026-12-01T${from}:00Z`, endsAt: `2026-12-01T${to}:00Z` });

  it('flags sessions sharing a room at the same time, both ways', () => {
    const overlaps = findRoomOverlaps([
      { id: 'a', room: 'Аудитория 101', ...at('07:00', '08:00') },
      { id: 'b', room: ' аудитория  101 ', ...at('07:30', '08:30') },
      { id: 'c', room: 'Аудитория 102', ...at('07:30', '08:30') },
    ]);
    expect(Object.fromEntries(overlaps)).toEqual({ a: ['b'], b: ['a'] });
  });

  it('does not flag back-to-back sessions, sessions without a room, or different rooms', () => {
    const overlaps = findRoomOverlaps([
      { id: 'a', room: 'Зал', ...at('07:00', '08:00') },
      { id: 'b', room: 'Зал', ...at('08:00', '09:00') },
      { id: 'c', room: null, ...at('07:00', '09:00') },
      { id: 'd', room: '', ...at('07:00', '09:00') },
      { id: 'e', room: 'Холл', ...at('07:00', '09:00') },
    ]);
    expect(overlaps.size).toBe(0);
  });

  it('finds every pair when a long session covers several short ones', () => {
    const overlaps = findRoomOverlaps([
      { id: 'long', room: 'Зал', ...at('07:00', '12:00') },
      { id: 's1', room: 'Зал', ...at('08:00', '09:00') },
      { id: 's2', room: 'Зал', ...at('10:00', '11:00') },
    ]);
    expect(overlaps.get('long')).toEqual(['s1', 's2']);
    expect(overlaps.get('s1')).toEqual(['long']);
    expect(overlaps.get('s2')).toEqual(['long']);
  });

  it('compares rooms without case and extra spaces', () => {
    expect(roomKey('  Большой   ЗАЛ ')).toBe('большой зал');
    expect(roomKey('   ')).toBeNull();
  });
});

describe('validating a move', () => {
  const event = { startsAt: '2026-12-01T07:00:00Z', endsAt: '2026-12-02T15:00:00Z', timezone: MSK };
  const current = { startsAt: '2026-12-01T08:00:00Z', endsAt: '2026-12-01T09:00:00Z', track: 't1', room: 'Зал' };
  const tracks = new Set(['t1', 't2']);

  it('accepts a move within the event and keeps what was not changed', () => {
    const decision = decideMove(current, { startsAt: '2026-12-02T08:00:00+03:00', endsAt: '2026-12-02T09:30:00+03:00' }, event, tracks);
    expect(decision).toEqual({
      ok: true,
      next: { startsAt: '2026-12-02T05:00:00.000Z', endsAt: '2026-12-02T06:30:00.000Z', track: 't1', room: 'Зал' },
    });
  });

  it('changes the track and the room, an empty room meaning none', () => {
    const decision = decideMove(current, { track: 't2', room: '  ' }, event, tracks);
    expect(decision.ok && decision.next).toMatchObject({ track: 't2', room: null });
    expect(decideMove(current, { track: null }, event, tracks)).toMatchObject({ ok: true, next: { track: null } });
  });

  it('refuses an end before or at the start', () => {
    const decision = decideMove(current, { endsAt: '2026-12-01T08:00:00Z' }, event, tracks);
    expect(decision).toMatchObject({ ok: false, problems: [{ code: 'end-not-after-start', path: 'endsAt' }] });
  });

  it('refuses a time outside the event, naming its bounds in its zone', () => {
    const decision = decideMove(current, { startsAt: '2026-12-01T06:45:00Z' }, event, tracks);
    expect(decision.ok).toBe(false);
    if (decision.ok) return;
    expect(decision.problems[0]).toMatchObject({ code: 'outside-event', path: 'startsAt' });
    expect(decision.problems[0]?.message).toContain('2026-12-01 10:00');
    expect(decision.problems[0]?.message).toContain('2026-12-02 18:00');
    expect(timingProblems({ startsAt: '2026-12-02T14:00:00Z', endsAt: '2026-12-02T15:15:00Z' }, event)[0]).toMatchObject({ code: 'outside-event', path: 'endsAt' });
  });

  it('refuses a track of another event and an unreadable time', () => {
    expect(decideMove(current, { track: 'other-event-track' }, event, tracks)).toMatchObject({ ok: false, problems: [{ code: 'unknown-track' }] });
    expect(decideMove(current, { startsAt: 'tomorrow' }, event, tracks)).toMatchObject({ ok: false, problems: [{ code: 'invalid-date' }] });
  });
});

describe('laying out a lane', () => {
  const at = (id: string, from: string, to: string) => ({ id, startsAt: `2026-12-01T${from}:00Z`, endsAt: `2026-12-01T${to}:00Z` });

  it('puts overlapping sessions side by side and a later one back in the full width', () => {
    const layout = packColumns([at('a', '07:00', '08:00'), at('b', '07:30', '08:30'), at('c', '08:00', '09:00'), at('d', '10:00', '11:00')]);
    expect(Object.fromEntries(layout)).toEqual({
      a: { column: 0, columns: 2 },
      b: { column: 1, columns: 2 },
      c: { column: 0, columns: 2 },
      d: { column: 0, columns: 1 },
    });
  });

  it('gives three mutually overlapping sessions three columns', () => {
    const layout = packColumns([at('a', '07:00', '09:00'), at('b', '07:00', '08:00'), at('c', '07:30', '08:30')]);
    expect([...layout.values()].map((slot) => slot.columns)).toEqual([3, 3, 3]);
    expect(new Set([...layout.values()].map((slot) => slot.column)).size).toBe(3);
  });
});
