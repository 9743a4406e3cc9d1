import { describe, expect, it } from 'vitest';
import { eventPhase, formatEventDates, resolveTimeZone } from '../event-dates';

const openDay = { startsAt: '2026-12-01T08:00:00.000Z', endsAt: '2026-12-01T13:00:00.000Z', timezone: 'Europe/Moscow' };

describe('formatEventDates', () => {
  it('shows the wall-clock time of the event in its own timezone', () => {
    expect(formatEventDates(openDay, 'ru-RU')).toBe('1 декабря 2026 г., 11:00–16:00 GMT+3');
    expect(formatEventDates({ ...openDay, timezone: 'Asia/Novosibirsk' }, 'ru-RU')).toBe('1 декабря 2026 г., 15:00–20:00 GMT+7');
    expect(formatEventDates(openDay, 'en-GB', { withZone: false })).toBe('1 December 2026, 11:00–16:00');
  });

  it('spells out both days of a multi-day event and uses plain spaces only', () => {
    const text = formatEventDates({ ...openDay, endsAt: '2026-12-03T15:00:00.000Z' }, 'ru-RU');
    expect(text).toBe('1 декабря 2026 г. в 11:00 – 3 декабря 2026 г. в 18:00 GMT+3');
    expect(text).not.toMatch(/[\u00a0\u2009\u202f]/);
  });

  it('falls back to Moscow time for an unknown or missing timezone', () => {
    expect(resolveTimeZone('Mars/Olympus')).toBe('Europe/Moscow');
    expect(resolveTimeZone(null)).toBe('Europe/Moscow');
    expect(formatEventDates({ ...openDay, timezone: 'Mars/Olympus' }, 'ru-RU')).toBe('1 декабря 2026 г., 11:00–16:00 GMT+3');
  });
});

describe('eventPhase', () => {
  it('is upcoming before the start, ongoing until the end, then past', () => {
    expect(eventPhase(openDay, Date.parse('2026-12-01T07:59:00Z'))).toBe('upcoming');
    expect(eventPhase(openDay, Date.parse('2026-12-01T08:00:00Z'))).toBe('ongoing');
    expect(eventPhase(openDay, Date.parse('2026-12-01T13:00:00Z'))).toBe('ongoing');
    expect(eventPhase(openDay, Date.parse('2026-12-01T13:00:01Z'))).toBe('past');
  });
});
