/** Segment criteria turned into conditions: empty ones dropped, values deduplicated, whole days in Moscow, backwards ranges refused, query strings read. */
import { describe, expect, it } from 'vitest';
import { segmentCriteriaSchema } from '../../../../../../cms/src/audience';
import { criteriaFromQuery, segmentConditions, SegmentCriteriaError } from '../domain/segment';

const MOSCOW = 'Europe/Moscow';

describe('segment criteria', () => {
  it('has no condition for no criteria, empty lists or blank text', () => {
    expect(segmentConditions({}, MOSCOW)).toEqual([]);
    expect(segmentConditions({ registeredFor: [], eventTags: ['  '], cities: [''], statuses: [] }, MOSCOW)).toEqual([]);
  });

  it('makes one condition per criterion, alternatives deduplicated and trimmed', () => {
    expect(
      segmentConditions(
        { registeredFor: ['a1', 'a1', 'b2'], attended: ['c3'], eventTags: [' ai ', 'ai'], sources: ['partner', 'utm', 'partner'], statuses: ['student'], cities: [' Москва', 'Москва'], marketingConsent: false },
        MOSCOW,
      ),
    ).toEqual([
      { kind: 'registered-for', events: ['a1', 'b2'] },
      { kind: 'attended', events: ['c3'] },
      { kind: 'event-tags', tags: ['ai'] },
      { kind: 'source', sources: ['partner', 'utm'] },
      { kind: 'profile', field: 'status', values: ['student'] },
      { kind: 'city', values: ['Москва'] },
      { kind: 'marketing-consent', given: false },
    ]);
  });

  it('takes registration days as whole days in Moscow time, one end or both', () => {
    expect(segmentConditions({ registeredFrom: '2026-12-01', registeredTo: '2026-12-01' }, MOSCOW)).toEqual([
      { kind: 'registered-between', from: new Date('2026-11-30T21:00:00.000Z'), to: new Date('2026-12-01T20:59:59.999Z') },
    ]);
    expect(segmentConditions({ registeredTo: '2026-03-31' }, MOSCOW)).toEqual([{ kind: 'registered-between', from: null, to: new Date('2026-03-31T20:59:59.999Z') }]);
    expect(() => segmentConditions({ registeredFrom: '2026-12-02', registeredTo: '2026-12-01' }, MOSCOW)).toThrow(SegmentCriteriaError);
  });

  it('reads criteria from a query string: single values and comma lists as lists, booleans, paging left out', () => {
    const raw = criteriaFromQuery({ page: '2', pageSize: '50', q: 'иван', statuses: 'student,alumnus', registeredFor: ['a1', 'b2'], marketingConsent: 'true', registeredFrom: '2026-01-01' });
    expect(raw).toEqual({ statuses: ['student', 'alumnus'], registeredFor: ['a1', 'b2'], marketingConsent: true, registeredFrom: '2026-01-01' });
    expect(segmentCriteriaSchema.safeParse(raw).success).toBe(true);
    expect(segmentCriteriaSchema.safeParse(criteriaFromQuery({ statuses: 'pirate' })).success).toBe(false);
    expect(segmentCriteriaSchema.safeParse(criteriaFromQuery({ unknown: 'x' })).success).toBe(false);
    expect(segmentCriteriaSchema.safeParse(criteriaFromQuery({ registeredFor: 'DROP TABLE' })).success).toBe(false);
  });
});
