import { describe, expect, it } from 'vitest';
import type { RegistrantColumn } from '../../../../../../cms/src/registrants';
import { conditionsToRows, emptyRow, rowsToConditions, testsOf, type FilterRow } from '../utils/filters';
import { listQuery, nextSort, readConditions, readSort, writeConditions } from '../utils/list-query';

const column = (key: string, kind: RegistrantColumn['kind'], operators: RegistrantColumn['operators']): RegistrantColumn => ({
  key,
  kind,
  place: 'fixed',
  label: null,
  operators,
  options: [],
});
const email = column('email', 'text', ['$eq', '$contains', '$in', '$null']);
const registeredAt = column('registeredAt', 'instant', ['$gte', '$lte', '$null']);
const row = (partial: Partial<FilterRow> & Pick<FilterRow, 'column' | 'test'>): FilterRow => ({ value: '', values: [], from: '', to: '', ...partial });

describe('the filter builder', () => {
  it('offers each column the tests its operators allow', () => {
    expect(testsOf(email)).toEqual(['contains', 'equals', 'oneOf', 'empty', 'notEmpty']);
    expect(testsOf(registeredAt)).toEqual(['range', 'empty', 'notEmpty']);
    expect(emptyRow(registeredAt).test).toBe('range');
  });

  it('turns rows into the list’s conditions and back (a range is two; half-filled rows are left out)', () => {
    const rows = [
      row({ column: 'email', test: 'contains', value: ' ivan ' }),
      row({ column: 'registeredAt', test: 'range', from: '2026-12-01', to: '2026-12-05' }),
      row({ column: 'status', test: 'oneOf', values: ['registered', 'waitlisted'] }),
      row({ column: 'attendedAt', test: 'notEmpty' }),
      row({ column: 'lastName', test: 'equals', value: '   ' }),
    ];
    const conditions = rowsToConditions(rows);
    expect(conditions).toEqual([
      { column: 'email', op: '$contains', values: ['ivan'] },
      { column: 'registeredAt', op: '$gte', values: ['2026-12-01'] },
      { column: 'registeredAt', op: '$lte', values: ['2026-12-05'] },
      { column: 'status', op: '$in', values: ['registered', 'waitlisted'] },
      { column: 'attendedAt', op: '$null', values: ['false'] },
    ]);
    expect(rowsToConditions(conditionsToRows(conditions))).toEqual(conditions);
  });

  it('keeps the query in the address as the list route reads it', () => {
    const params = writeConditions(new URLSearchParams('q=Ёж&page=3&sort=email:asc&tab=x'), [
      { column: 'answers.track', op: '$in', values: ['ML', 'Веб'] },
      { column: 'attendedAt', op: '$null', values: ['true'] },
    ]);
    expect(params.get('page')).toBeNull();
    expect(readConditions(params)).toEqual([
      { column: 'answers.track', op: '$in', values: ['ML', 'Веб'] },
      { column: 'attendedAt', op: '$null', values: ['true'] },
    ]);
    const query = new URLSearchParams(listQuery(params));
    expect([...query.keys()]).toEqual(['q', 'sort', 'filters[answers.track][$in][0]', 'filters[answers.track][$in][1]', 'filters[attendedAt][$null]']);
    expect(readSort(params)).toEqual({ column: 'email', direction: 'asc' });
    expect(nextSort({ column: 'email', direction: 'asc' }, 'email')).toEqual({ column: 'email', direction: 'desc' });
    expect(nextSort({ column: 'email', direction: 'desc' }, 'status')).toEqual({ column: 'status', direction: 'asc' });
  });
});
