import { describe, expect, it } from 'vitest';
import { buildIcs, foldLine, icsFileName, icsText } from '../../../shared/utils/ics';

describe('buildIcs', () => {
  const calendar = buildIcs({
    name: 'Избранное',
    stamp: new Date('2026-11-25T10:00:00Z'),
    refreshMinutes: 60,
    items: [
      {
        uid: 'session-abc@mmso-connect',
        title: 'Доклад; часть 1, вводная',
        startsAt: '2026-12-01T07:00:00.000Z',
        endsAt: '2026-12-01T08:30:00.000Z',
        description: 'Строка 1\nСтрока 2',
        location: 'Москва, ауд. 101',
        url: 'https://site.test/events/x',
      },
    ],
  });

  it('writes a calendar with UTC times, escaped text and CRLF line ends', () => {
    expect(calendar.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(calendar).toContain('DTSTART:20261201T070000Z\r\n');
    expect(calendar).toContain('DTEND:20261201T083000Z\r\n');
    expect(calendar).toContain('SUMMARY:Доклад\\; часть 1\\, вводная\r\n');
    expect(calendar).toContain('DESCRIPTION:Строка 1\\nСтрока 2');
    expect(calendar).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT60M');
    expect(calendar.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(calendar.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('folds long lines at 75 octets without splitting a Cyrillic letter', () => {
    const line = `SUMMARY:${'Я'.repeat(80)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n ').join('')).toBe(line);
  });

  it('escapes backslashes and names files safely', () => {
    expect(icsText('a\\b')).toBe('a\\\\b');
    expect(icsFileName('den-otkrytyh-dverej')).toBe('den-otkrytyh-dverej.ics');
    expect(icsFileName('../../etc')).toBe('etc.ics');
  });
});
