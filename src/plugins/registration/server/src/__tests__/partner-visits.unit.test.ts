/** Partner-link visits: which openings count, the visitor's key, conversion and the CSV of the statistics. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvDocument } from '../domain/csv';
import { conversionOf, decideVisit, partnerStats, statCells, STATS_HEADERS, visitorKey, VISIT_LIMITS } from '../domain/partner-visits';

describe('partner-link visits', () => {
  it('counts a first opening, not a repeat within the hour, nobody over the limit', () => {
    expect(decideVisit({ openedRecently: false, countedInWindow: 0 })).toBe('count');
    expect(decideVisit({ openedRecently: true, countedInWindow: 1 })).toBe('repeat');
    expect(decideVisit({ openedRecently: false, countedInWindow: VISIT_LIMITS.perVisitor.max })).toBe('limited');
    expect(decideVisit({ openedRecently: false, countedInWindow: VISIT_LIMITS.perVisitor.max - 1 })).toBe('count');
  });

  it('knows a visitor by a keyed hash that is not the address and differs per secret', () => {
    const key = visitorKey('secret-one', '203.0.113.5');
    expect(key).toBe(visitorKey('secret-one', '203.0.113.5'));
    expect(key).not.toContain('203');
    expect(key).not.toBe(visitorKey('secret-two', '203.0.113.5'));
    expect(key).not.toBe(visitorKey('secret-one', '203.0.113.6'));
    expect(key.length).toBeLessThanOrEqual(64);
  });

  it('computes conversion with four decimals, none without visits, and orders links by registrations', () => {
    expect(conversionOf(1, 3)).toBe(0.3333);
    expect(conversionOf(0, 0)).toBeNull();
    expect(conversionOf(5, 0)).toBeNull();
    const stats = partnerStats([
      { code: 'b', label: 'Б', channel: 'email', active: true, visits: 10, registrations: 2, attended: 1 },
      { code: 'a', label: 'А', channel: 'partner', active: false, visits: 40, registrations: 2, attended: 0 },
      { code: 'c', label: 'В', channel: 'ads', active: true, visits: 0, registrations: 0, attended: 0 },
    ]);
    expect(stats.map((stat) => stat.code)).toEqual(['a', 'b', 'c']);
    expect(stats[0]).toEqual({ code: 'a', name: 'А', channel: 'partner', active: false, visits: 40, registrations: 2, attended: 0, conversion: 0.05 });
  });

  it('writes the statistics as CSV a spreadsheet reads back: BOM, quoted cells, formulas neutralized, a decimal comma with «;»', () => {
    const [stat] = partnerStats([{ code: 'x-1', label: '=HYPERLINK("evil"); «Школа»', channel: 'partner', active: true, visits: 3, registrations: 1, attended: 1 }]);
    if (!stat) throw new Error('no row');
    const text = csvDocument(STATS_HEADERS.ru, [statCells(stat, { yes: 'да', no: 'нет' }, true)], ';');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(text.slice(1), { delimiter: ';' }) as string[][];
    expect(rows).toEqual([[...STATS_HEADERS.ru], ['x-1', `'=HYPERLINK("evil"); «Школа»`, 'partner', 'да', '3', '1', '1', '33,3']]);
    const comma = csvDocument(STATS_HEADERS.en, [statCells(stat, { yes: 'yes', no: 'no' }, false)], ',');
    expect((parse(comma.slice(1), { delimiter: ',' }) as string[][])[1]?.[7]).toBe('33.3');
  });
});
