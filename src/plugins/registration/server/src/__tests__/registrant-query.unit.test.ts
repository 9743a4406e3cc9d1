import { describe, expect, it } from 'vitest';
import {
  columnsOf,
  foldForSearch,
  instantOf,
  parseRegistrantQuery,
  RegistrantQueryError,
  type ColumnSpec,
  type QuestionColumn,
} from '../domain/registrant-query';

const questions: QuestionColumn[] = [
  { key: 'phone', type: 'phone', source: 'profile', options: [] },
  { key: 'track', type: 'single-choice', source: 'event', options: ['ML', 'Веб'] },
  { key: 'topics', type: 'multiple-choice', source: 'event', options: ['a', 'b', 'c'] },
  { key: 'born', type: 'date', source: 'event', options: [] },
  { key: 'age', type: 'number', source: 'event', options: [] },
  { key: 'agree', type: 'checkbox', source: 'event', options: [] },
  { key: 'cv', type: 'file', source: 'event', options: [] },
  { key: 'about', type: 'long-text', source: 'event', options: [] },
];
const columns = columnsOf(questions);
const zone = { timeZone: 'Europe/Moscow' };
const parse = (raw: Record<string, unknown>) => parseRegistrantQuery(raw, columns, zone);
const problemOf = (raw: Record<string, unknown>) => {
  try {
    parse(raw);
  } catch (error) {
    if (error instanceof RegistrantQueryError) return error.problem;
    throw error;
  }
  return null;
};
const column = (key: string): ColumnSpec => {
  const found = columns.find((item) => item.key === key);
  if (!found) throw new Error(key);
  return found;
};

describe('columns of a list', () => {
  it('has the fixed columns, every profile field but email and names, and one column per own question', () => {
    const keys = columns.map((item) => item.key);
    expect(keys.slice(0, 7)).toEqual(['status', 'email', 'firstName', 'lastName', 'source', 'registeredAt', 'attendedAt']);
    expect(keys).toContain('profile.phone');
    expect(keys).toContain('profile.city');
    expect(keys).not.toContain('profile.email');
    expect(keys).not.toContain('answers.phone');
    expect(keys.filter((key) => key.startsWith('answers.'))).toEqual(['answers.track', 'answers.topics', 'answers.born', 'answers.age', 'answers.agree', 'answers.cv', 'answers.about']);
  });

  it('gives each question the kind of its type', () => {
    expect(column('answers.track')).toMatchObject({ kind: 'choice', options: ['ML', 'Веб'], place: 'answers', field: 'track' });
    expect(column('answers.topics').kind).toBe('multi');
    expect(column('answers.born').kind).toBe('day');
    expect(column('answers.age').kind).toBe('number');
    expect(column('answers.agree').kind).toBe('boolean');
    expect(column('answers.cv').kind).toBe('file');
    expect(column('profile.status')).toMatchObject({ kind: 'choice', place: 'profile' });
    expect(column('registeredAt').kind).toBe('instant');
  });
});

describe('parse of a list query', () => {
  it('defaults to the first page of 25, newest registration first, no search, no filter', () => {
    const query = parse({});
    expect(query).toMatchObject({ page: 1, pageSize: 25, q: null, filters: [] });
    expect(query.sort).toEqual({ column: column('registeredAt'), direction: 'desc' });
  });

  it('takes a sort on any column, profile and answers included', () => {
    expect(parse({ sort: 'answers.track:asc' }).sort).toEqual({ column: column('answers.track'), direction: 'asc' });
    expect(parse({ sort: 'profile.city:desc' }).sort.direction).toBe('desc');
    expect(problemOf({ sort: 'answers.nope:asc' })).toEqual({ code: 'bad-sort', sort: 'answers.nope:asc' });
    expect(problemOf({ sort: 'email' })).toMatchObject({ code: 'bad-sort' });
    expect(problemOf({ sort: ['email:asc', 'status:desc'] })).toMatchObject({ code: 'bad-sort' });
  });

  it('refuses pages out of range', () => {
    expect(parse({ page: '3', pageSize: '200' })).toMatchObject({ page: 3, pageSize: 200 });
    for (const raw of [{ page: '0' }, { page: '-1' }, { pageSize: '201' }, { page: '1.5' }, { page: 'x' }, { page: ['1', '2'] }]) {
      expect(problemOf(raw)).toEqual({ code: 'bad-page' });
    }
  });

  it('folds the search text: Cyrillic lower case, ё as е, spaces squeezed', () => {
    expect(parse({ q: '  ЁЖИКОВ   Пётр ' }).q).toBe('ежиков петр');
    expect(foldForSearch('Anna@MAIL.ru')).toBe('anna@mail.ru');
    expect(parse({ q: '   ' }).q).toBeNull();
    expect(problemOf({ q: 'x'.repeat(201) })).toMatchObject({ code: 'bad-value', column: 'q' });
  });

  it('reads $in as an array, as indexed keys or as a comma-separated list, without repeats', () => {
    const expected = ['registered', 'waitlisted'];
    for (const value of [expected, { 0: 'registered', 1: 'waitlisted' }, 'registered,waitlisted', 'registered, waitlisted,registered']) {
      const [filter] = parse({ filters: { status: { $in: value } } }).filters;
      expect(filter).toEqual({ column: column('status'), op: '$in', value: expected });
    }
  });

  it('types values by column: numbers, booleans, days, choices', () => {
    const { filters } = parse({
      filters: {
        'answers.age': { $gte: '18', $lte: '25.5' },
        'answers.agree': { $eq: 'true' },
        'answers.born': { $lte: '2000-02-29' },
        'answers.track': { $eq: 'Веб' },
        'answers.topics': { $contains: 'b' },
        'answers.cv': { $null: 'false' },
      },
    });
    expect(filters.map((filter) => [filter.column.key, filter.op, filter.value])).toEqual([
      ['answers.age', '$gte', 18],
      ['answers.age', '$lte', 25.5],
      ['answers.agree', '$eq', true],
      ['answers.born', '$lte', '2000-02-29'],
      ['answers.track', '$eq', 'Веб'],
      ['answers.topics', '$contains', 'b'],
      ['answers.cv', '$null', false],
    ]);
  });

  it('folds $contains text like the search', () => {
    expect(parse({ filters: { lastName: { $contains: 'ЁЛКИН' } } }).filters[0]?.value).toBe('елкин');
  });

  it('reads a date range of registration times as whole days in the platform zone', () => {
    const [from, to] = parse({ filters: { registeredAt: { $gte: '2026-12-01', $lte: '2026-12-05' } } }).filters;
    expect(from?.value).toEqual(new Date('2026-11-30T21:00:00.000Z'));
    expect(to?.value).toEqual(new Date('2026-12-05T20:59:59.999Z'));
    const [exact] = parse({ filters: { attendedAt: { $gte: '2026-12-05T10:00:00+03:00' } } }).filters;
    expect(exact?.value).toEqual(new Date('2026-12-05T07:00:00.000Z'));
  });

  it('accepts profile and answers columns nested one level as a dot-splitting parser gives them', () => {
    const [filter] = parse({ filters: { profile: { city: { $eq: 'Москва' } } } }).filters;
    expect(filter).toEqual({ column: column('profile.city'), op: '$eq', value: 'Москва' });
  });

  it('refuses what does not fit instead of widening the list', () => {
    expect(problemOf({ filters: { nope: { $eq: 'x' } } })).toEqual({ code: 'unknown-column', column: 'nope' });
    expect(problemOf({ filters: { 'answers.phone': { $eq: 'x' } } })).toMatchObject({ code: 'unknown-column' });
    expect(problemOf({ filters: { status: { $contains: 'reg' } } })).toEqual({ code: 'bad-operator', column: 'status', op: '$contains' });
    expect(problemOf({ filters: { registeredAt: { $eq: '2026-12-01' } } })).toMatchObject({ code: 'bad-operator' });
    expect(problemOf({ filters: { email: { $like: 'x' } } })).toMatchObject({ code: 'bad-operator', op: '$like' });
    expect(problemOf({ filters: { status: { $eq: 'approved' } } })).toEqual({ code: 'bad-value', column: 'status', op: '$eq' });
    expect(problemOf({ filters: { status: { $in: [] } } })).toMatchObject({ code: 'bad-value' });
    expect(problemOf({ filters: { status: { $in: 'registered,' } } })).toMatchObject({ code: 'bad-value' });
    expect(problemOf({ filters: { 'answers.age': { $gte: '1e3' } } })).toMatchObject({ code: 'bad-value' });
    expect(problemOf({ filters: { 'answers.born': { $eq: '2001-02-29' } } })).toMatchObject({ code: 'bad-value' });
    expect(problemOf({ filters: { 'answers.agree': { $eq: 'yes' } } })).toMatchObject({ code: 'bad-value' });
    expect(problemOf({ filters: { 'answers.cv': { $eq: 'x' } } })).toMatchObject({ code: 'bad-operator' });
    expect(problemOf({ filters: { email: { $null: 'maybe' } } })).toMatchObject({ code: 'bad-value' });
    expect(problemOf({ filters: { email: { $eq: { nested: 'x' } } } })).toMatchObject({ code: 'bad-value' });
    expect(problemOf({ filters: { email: 'x' } })).toMatchObject({ code: 'bad-value' });
    expect(problemOf({ filters: 'status' })).toMatchObject({ code: 'bad-value' });
    expect(problemOf({ filters: { registeredAt: { $gte: '05.12.2026' } } })).toMatchObject({ code: 'bad-value' });
  });

  it('bounds the number of conditions and of $in values', () => {
    const wide = columnsOf(Array.from({ length: 41 }, (_, index) => ({ key: `q${index}`, type: 'text' as const, source: 'event' as const, options: [] })));
    const filters = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, index) => [`answers.q${index}`, { $eq: 'a' }]));
    expect(parseRegistrantQuery({ filters: filters(40) }, wide, zone).filters).toHaveLength(40);
    expect(() => parseRegistrantQuery({ filters: filters(41) }, wide, zone)).toThrow(expect.objectContaining({ problem: { code: 'too-many-filters', max: 40 } }));
    expect(problemOf({ filters: { email: { $in: Array.from({ length: 101 }, (_, index) => `a${index}`) } } })).toMatchObject({ code: 'bad-value' });
  });
});

describe('time zones', () => {
  it('takes a whole local day, also across a DST change', () => {
    expect(instantOf('2026-03-29', '$gte', 'Europe/Berlin')).toEqual(new Date('2026-03-28T23:00:00.000Z'));
    expect(instantOf('2026-03-29', '$lte', 'Europe/Berlin')).toEqual(new Date('2026-03-29T21:59:59.999Z'));
    expect(instantOf('2026-02-30', '$gte', 'Europe/Moscow')).toBeNull();
  });
});
