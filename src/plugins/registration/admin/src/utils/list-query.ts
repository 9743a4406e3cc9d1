/**
 * The list's query as the page keeps it in its address (so a link or a reload reopens the same view)
 * and sends it to the list route unchanged: `q`, `sort=<column>:asc|desc`, `page`, `pageSize`,
 * `filters[<column>][<op>]=<value>` (`$in`: `filters[<column>][$in][<n>]`). Pure.
 */
import { FILTER_OPERATORS, type FilterOperator } from '../../../../../../cms/src/registrants';

export interface Condition {
  column: string;
  op: FilterOperator;
  /** One value; several for `$in`; 'true' (empty) or 'false' (not empty) for `$null`. */
  values: string[];
}

export interface SortOrder {
  column: string;
  direction: 'asc' | 'desc';
}

export const DEFAULT_SORT: SortOrder = { column: 'registeredAt', direction: 'desc' };

const FILTER_KEY = /^filters\[([^\]]+)\]\[(\$[a-z]+)\](?:\[(\d+)\])?$/;
const isOperator = (op: string): op is FilterOperator => (FILTER_OPERATORS as readonly string[]).includes(op);

/** The conditions in the address, in the order they were added. */
export function readConditions(params: URLSearchParams): Condition[] {
  const conditions: Condition[] = [];
  for (const [key, value] of params) {
    const match = FILTER_KEY.exec(key);
    if (!match) continue;
    const [, column = '', op = ''] = match;
    if (!isOperator(op)) continue;
    const existing = conditions.find((condition) => condition.column === column && condition.op === op);
    if (existing) existing.values.push(value);
    else conditions.push({ column, op, values: [value] });
  }
  return conditions;
}

/** The address with `conditions` instead of its filters (back to the first page). */
export function writeConditions(params: URLSearchParams, conditions: readonly Condition[]): URLSearchParams {
  const next = new URLSearchParams();
  for (const [key, value] of params) if (!FILTER_KEY.test(key) && key !== 'page') next.append(key, value);
  for (const condition of conditions) {
    if (condition.op === '$in') condition.values.forEach((value, index) => next.append(`filters[${condition.column}][$in][${index}]`, value));
    else next.append(`filters[${condition.column}][${condition.op}]`, condition.values[0] ?? '');
  }
  return next;
}

export function readSort(params: URLSearchParams): SortOrder {
  const match = /^(.+):(asc|desc)$/.exec(params.get('sort') ?? '');
  return match?.[1] && (match[2] === 'asc' || match[2] === 'desc') ? { column: match[1], direction: match[2] } : DEFAULT_SORT;
}

/** Clicking a column's header: ascending first, then descending. */
export function nextSort(current: SortOrder, column: string): SortOrder {
  return current.column === column && current.direction === 'asc' ? { column, direction: 'desc' } : { column, direction: 'asc' };
}

/** What the list route gets: the address's own list parameters, nothing else. */
export function listQuery(params: URLSearchParams): string {
  const out = new URLSearchParams();
  for (const [key, value] of params) {
    if (key === 'q' || key === 'sort' || key === 'page' || key === 'pageSize' || FILTER_KEY.test(key)) out.append(key, value);
  }
  return out.toString();
}
