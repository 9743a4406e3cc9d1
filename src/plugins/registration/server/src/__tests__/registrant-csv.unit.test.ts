import { describe, expect, it } from 'vitest';
import { cellText, exportFileName, neutralizeCell, parseDelimiter } from '../domain/csv';
import { sourceOf } from '../domain/source';
import { checkinCode, decideCheckIn, registrationOfCode } from '../domain/checkin';

const words = { yes: 'да', no: 'нет' };

describe('CSV cells', () => {
  it('puts an apostrophe before every formula start, phone numbers included', () => {
    for (const text of ['=SUM(A1)', '+79001234567', '-2+3', '@cmd', '\tx', '\rx']) expect(neutralizeCell(text)).toBe(`'${text}`);
    for (const text of ['Иванов', '79001234567', 'a=b', ' =x', '']) expect(neutralizeCell(text)).toBe(text);
  });

  it('writes values as a spreadsheet reader expects', () => {
    expect(cellText(null, words)).toBe('');
    expect(cellText(true, words)).toBe('да');
    expect(cellText(false, words)).toBe('нет');
    expect(cellText(['ML', 'Веб'], words)).toBe('ML, Веб');
    expect(cellText(['=1', 'b'], words)).toBe("'=1, b");
    expect(cellText(42, words)).toBe('42');
    expect(cellText(-3, words)).toBe("'-3");
    expect(cellText(new Date('2026-12-05T10:00:00Z'), words)).toBe('2026-12-05T10:00:00.000Z');
  });

  it('takes ; by default and , on request, nothing else', () => {
    expect(parseDelimiter(undefined)).toBe(';');
    expect(parseDelimiter('')).toBe(';');
    expect(parseDelimiter(',')).toBe(',');
    expect(parseDelimiter('\t')).toBeNull();
    expect(parseDelimiter([';'])).toBeNull();
  });

  it('names the file by the slug without anything a header could break on', () => {
    expect(exportFileName('den-otkrytyh-dverej', '2026-12-05')).toBe('registrants-den-otkrytyh-dverej-2026-12-05.csv');
    expect(exportFileName('a"\r\nb', '2026-12-05')).toBe('registrants-ab-2026-12-05.csv');
    expect(exportFileName('ёж', '2026-12-05')).toBe('registrants-event-2026-12-05.csv');
  });
});

describe('source of a registration', () => {
  it('prefers a partner link, then an invitation, then UTM tags, else direct', () => {
    expect(sourceOf({ refCode: 'itmo', utm: { source: 'vk' }, invitation: 'm1' })).toEqual({ source: 'partner', detail: 'itmo' });
    expect(sourceOf({ refCode: null, utm: { source: 'vk' }, invitation: 'm1' })).toEqual({ source: 'invitation', detail: 'm1' });
    expect(sourceOf({ refCode: null, utm: { source: 'vk', campaign: 'winter' }, invitation: null })).toEqual({ source: 'utm', detail: 'vk' });
    expect(sourceOf({ refCode: null, utm: { campaign: 'winter' }, invitation: null })).toEqual({ source: 'utm', detail: 'winter' });
    expect(sourceOf({ refCode: null, utm: {}, invitation: null })).toEqual({ source: 'direct', detail: null });
    expect(sourceOf({ refCode: null, utm: null, invitation: null })).toEqual({ source: 'direct', detail: null });
  });
});

describe('check-in codes', () => {
  const secret = 'a-secret-of-the-platform';

  it('names the registration it was made for, and nothing when altered or made under another secret', () => {
    const code = checkinCode(secret, 1234);
    expect(code).toMatch(/^1234\.[A-Za-z0-9_-]{16}$/);
    expect(registrationOfCode(secret, code)).toBe(1234);
    expect(registrationOfCode(secret, ` ${code}\n`)).toBe(1234);
    expect(registrationOfCode(secret, code.replace(/^1234/, '1235'))).toBeNull();
    expect(registrationOfCode('another-secret', code)).toBeNull();
    const signature = code.split('.')[1] as string;
    const flipped = `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
    expect(registrationOfCode(secret, `1234.${flipped}`)).toBeNull();
    for (const junk of ['', '1234', '0.AAAAAAAAAAAAAAAA', 'x.y', `${'9'.repeat(13)}.AAAAAAAAAAAAAAAA`]) expect(registrationOfCode(secret, junk)).toBeNull();
  });

  it('decides a scan: marks once, warns on a second scan, a cancelled or waiting registration, another event', () => {
    const now = new Date('2026-12-05T09:00:00Z');
    const earlier = new Date('2026-12-05T08:30:00Z');
    const base = { eventDocumentId: 'ev1', status: 'registered' as const, attendedAt: null };
    expect(decideCheckIn(base, 'ev1', now)).toEqual({ kind: 'marked', at: now });
    expect(decideCheckIn({ ...base, attendedAt: earlier }, 'ev1', now)).toEqual({ kind: 'already', at: earlier });
    expect(decideCheckIn({ ...base, status: 'cancelled' }, 'ev1', now)).toEqual({ kind: 'cancelled' });
    expect(decideCheckIn({ ...base, status: 'waitlisted' }, 'ev1', now)).toEqual({ kind: 'waitlisted' });
    expect(decideCheckIn(base, 'ev2', now)).toEqual({ kind: 'other-event' });
  });
});
