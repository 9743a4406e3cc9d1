/**
 * The filter builder's rows and the list's conditions, both ways. A row is what the organizer picks:
 * a column and a test (contains, equals, one of, a range of dates or numbers, empty, not empty); the
 * list route takes conditions (`filters[<column>][<op>]`), AND-ed. A range is two conditions ($gte,
 * $lte) on one column. Pure.
 */
import type { FilterOperator, RegistrantColumn } from '../../../../../../cms/src/registrants';
import type { Condition } from './list-query';

export const TESTS = ['contains', 'equals', 'oneOf', 'range', 'empty', 'notEmpty'] as const;
export type FilterTest = (typeof TESTS)[number];

export interface FilterRow {
  column: string;
  test: FilterTest;
  /** contains, equals: the value. */
  value: string;
  /** oneOf: the values. */
  values: string[];
  /** range: either end may be empty (on or after / on or before). */
  from: string;
  to: string;
}

const NEEDS: Record<FilterTest, readonly FilterOperator[]> = {
  contains: ['$contains'],
  equals: ['$eq'],
  oneOf: ['$in'],
  range: ['$gte', '$lte'],
  empty: ['$null'],
  notEmpty: ['$null'],
};

/** The tests a column takes (by the operators the server accepts on it). */
export const testsOf = (column: RegistrantColumn): FilterTest[] => TESTS.filter((test) => NEEDS[test].every((op) => column.operators.includes(op)));

export const emptyRow = (column: RegistrantColumn): FilterRow => ({ column: column.key, test: testsOf(column)[0] ?? 'empty', value: '', values: [], from: '', to: '' });

/** Whether the row says something yet (a half-filled row is not sent). */
export function isComplete(row: FilterRow): boolean {
  switch (row.test) {
    case 'contains':
    case 'equals':
      return row.value.trim() !== '';
    case 'oneOf':
      return row.values.some((value) => value.trim() !== '');
    case 'range':
      return row.from !== '' || row.to !== '';
    default:
      return true;
  }
}

export function rowsToConditions(rows: readonly FilterRow[]): Condition[] {
  const conditions: Condition[] = [];
  const add = (column: string, op: FilterOperator, values: string[]) => {
    // one condition per column and operator (the query's shape): a later row of the same test replaces it
    const index = conditions.findIndex((condition) => condition.column === column && condition.op === op);
    if (index >= 0) conditions.splice(index, 1);
    conditions.push({ column, op, values });
  };
  for (const row of rows.filter(isComplete)) {
    if (row.test === 'contains') add(row.column, '$contains', [row.value.trim()]);
    else if (row.test === 'equals') add(row.column, '$eq', [row.value.trim()]);
    else if (row.test === 'oneOf') add(row.column, '$in', row.values.map((value) => value.trim()).filter(Boolean));
    else if (row.test === 'range') {
      if (row.from) add(row.column, '$gte', [row.from]);
      if (row.to) add(row.column, '$lte', [row.to]);
    } else add(row.column, '$null', [row.test === 'empty' ? 'true' : 'false']);
  }
  return conditions;
}

export function conditionsToRows(conditions: readonly Condition[]): FilterRow[] {
  const rows: FilterRow[] = [];
  const base = (column: string, test: FilterTest): FilterRow => ({ column, test, value: '', values: [], from: '', to: '' });
  for (const condition of conditions) {
    const [first = ''] = condition.values;
    if (condition.op === '$gte' || condition.op === '$lte') {
      let range = rows.find((row) => row.column === condition.column && row.test === 'range');
      if (!range) {
        range = base(condition.column, 'range');
        rows.push(range);
      }
      if (condition.op === '$gte') range.from = first;
      else range.to = first;
    } else if (condition.op === '$contains') rows.push({ ...base(condition.column, 'contains'), value: first });
    else if (condition.op === '$eq') rows.push({ ...base(condition.column, 'equals'), value: first });
    else if (condition.op === '$in') rows.push({ ...base(condition.column, 'oneOf'), values: [...condition.values] });
    else rows.push(base(condition.column, first === 'true' ? 'empty' : 'notEmpty'));
  }
  return rows;
}
