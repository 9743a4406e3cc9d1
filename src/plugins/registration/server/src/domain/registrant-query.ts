/**
 * The query of an organizer's registrant list: which columns an event's list has (the fixed ones, the
 * profile's and one per question of its form), which operators each kind of column takes, and the
 * parse of `page`, `pageSize`, `sort`, `q` and `filters[<column>][<op>]` as the query string arrives
 * (nested objects, or arrays, or comma-separated lists). Pure: the service turns the result into SQL,
 * the export and the page use the same parse.
 */
import {
  FIXED_COLUMNS,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  REGISTRANT_SOURCES,
  type FilterOperator,
  type FixedColumn,
} from '../../../../../../cms/src/registrants';
import { REGISTRATION_STATUSES } from '../../../../../../cms/src/registration';
import { addDays, zonedInstant } from '../../../../../../cms/src/zoned-time';
import { PROFILE_FIELDS, PROFILE_KEYS, PROFILE_STATUSES, type FieldType, type ProfileKey } from '../../../../../../cms/src/registration-form';
import { isRecord } from '../../../../platform/server/src/kit';

/**
 * text: free text; choice: one of `options`; multi: a list of `options`; instant: a moment (registration
 * and attendance times); day: a calendar date `YYYY-MM-DD`; number; boolean (a checkbox); file (an
 * attachment: only empty / not empty).
 */
export type ColumnKind = 'text' | 'choice' | 'multi' | 'instant' | 'day' | 'number' | 'boolean' | 'file';

export interface ColumnSpec {
  /** As in the query: `status`, `profile.city`, `answers.track`. */
  key: string;
  kind: ColumnKind;
  /** Where the value lives: a column of the list itself, the person's profile, or the registration's answers. */
  place: 'fixed' | 'profile' | 'answers';
  /** The key inside the profile or the answers (the column's own name for a fixed column). */
  field: string;
  /** The allowed values of a choice or multi column (empty otherwise). */
  options: readonly string[];
}

export const OPERATORS_BY_KIND: Readonly<Record<ColumnKind, readonly FilterOperator[]>> = {
  text: ['$eq', '$contains', '$in', '$null'],
  choice: ['$eq', '$in', '$null'],
  multi: ['$contains', '$in', '$null'],
  instant: ['$gte', '$lte', '$null'],
  day: ['$eq', '$gte', '$lte', '$null'],
  number: ['$eq', '$in', '$gte', '$lte', '$null'],
  boolean: ['$eq', '$null'],
  file: ['$null'],
};

const KIND_OF_TYPE: Readonly<Record<FieldType, ColumnKind>> = {
  text: 'text',
  'long-text': 'text',
  email: 'text',
  phone: 'text',
  link: 'text',
  number: 'number',
  date: 'day',
  'single-choice': 'choice',
  'multiple-choice': 'multi',
  checkbox: 'boolean',
  file: 'file',
};

/** A question of the event's form, as the list needs it. */
export interface QuestionColumn {
  key: string;
  type: FieldType;
  /** Profile questions live in the person's profile, the others in the registration's answers. */
  source: 'profile' | 'event';
  options: readonly string[];
}

const FIXED_SPECS: Readonly<Record<FixedColumn, Pick<ColumnSpec, 'kind' | 'options'>>> = {
  status: { kind: 'choice', options: REGISTRATION_STATUSES },
  email: { kind: 'text', options: [] },
  firstName: { kind: 'text', options: [] },
  lastName: { kind: 'text', options: [] },
  source: { kind: 'choice', options: REGISTRANT_SOURCES },
  registeredAt: { kind: 'instant', options: [] },
  attendedAt: { kind: 'instant', options: [] },
};

/** Profile fields that are columns of their own (email and names are fixed columns). */
const PROFILE_COLUMN_KEYS = PROFILE_KEYS.filter((key) => key !== 'email' && key !== 'firstName' && key !== 'lastName');

function profileColumn(key: ProfileKey): ColumnSpec {
  const spec = PROFILE_FIELDS[key];
  return spec.statusChoice
    ? { key: `profile.${key}`, kind: 'choice', place: 'profile', field: key, options: PROFILE_STATUSES }
    : { key: `profile.${key}`, kind: KIND_OF_TYPE[spec.type], place: 'profile', field: key, options: [] };
}

/**
 * The columns of an event's list, in the order a table shows them: the fixed ones, every profile field,
 * then the event's own questions. Every profile field is a column (a person's profile may hold it from
 * another event's form); a question whose key is a profile field is that profile column.
 */
export function columnsOf(questions: readonly QuestionColumn[]): ColumnSpec[] {
  const columns: ColumnSpec[] = FIXED_COLUMNS.map((key) => ({ key, place: 'fixed', field: key, ...FIXED_SPECS[key] }));
  columns.push(...PROFILE_COLUMN_KEYS.map(profileColumn));
  for (const question of questions) {
    if (question.source === 'profile') continue;
    columns.push({ key: `answers.${question.key}`, kind: KIND_OF_TYPE[question.type], place: 'answers', field: question.key, options: question.options });
  }
  return columns;
}

/** A filter value, typed by the operator (instants as Date, days as `YYYY-MM-DD`). */
export type FilterScalar = string | number | boolean | Date;
export type Filter =
  | { column: ColumnSpec; op: '$eq' | '$gte' | '$lte'; value: FilterScalar }
  | { column: ColumnSpec; op: '$contains'; value: string }
  | { column: ColumnSpec; op: '$in'; value: FilterScalar[] }
  /** true: empty; false: not empty. */
  | { column: ColumnSpec; op: '$null'; value: boolean };

export interface RegistrantQuery {
  page: number;
  pageSize: number;
  sort: { column: ColumnSpec; direction: 'asc' | 'desc' };
  /** Lower-cased search over names and email (see `foldForSearch`), null: none. */
  q: string | null;
  filters: Filter[];
}

export type RegistrantQueryProblem =
  | { code: 'unknown-column'; column: string }
  | { code: 'bad-operator'; column: string; op: string }
  | { code: 'bad-value'; column: string; op: string }
  | { code: 'bad-sort'; sort: string }
  | { code: 'bad-page' }
  | { code: 'too-many-filters'; max: number };

export class RegistrantQueryError extends Error {
  constructor(readonly problem: RegistrantQueryProblem) {
    super(`registrant query: ${problem.code}`);
    this.name = 'RegistrantQueryError';
  }
}

/** The most conditions one query may carry, and the most values of one `$in`. */
export const MAX_FILTERS = 40;
export const MAX_IN_VALUES = 100;
const MAX_TEXT = 200;

/**
 * Text as search compares it: lower case (Cyrillic included), `ё` as `е`, runs of white space as one
 * space. The database side applies the same folding (see the service).
 */
export const foldForSearch = (text: string): string => text.toLocaleLowerCase('ru').replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

/** One value as the query string gave it: a string (a number or boolean arrives as text). */
function single(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/** A list: an array, an object with index keys (`[0]=a&[1]=b`), or a comma-separated string. */
function list(value: unknown): string[] | null {
  let items: unknown[];
  if (Array.isArray(value)) items = value;
  else if (isRecord(value)) items = Object.keys(value).every((key) => /^\d+$/.test(key)) ? Object.values(value) : [];
  else if (typeof value === 'string') items = value.split(',');
  else return null;
  const texts = items.map(single);
  if (texts.length === 0 || texts.some((text) => text === null)) return null;
  return (texts as string[]).map((text) => text.trim());
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isDay(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A moment from a filter's text: a full ISO time as given, or a calendar day in `timeZone` (from its
 * first moment for `$gte`, to its last for `$lte`, so that a range of days includes both ends).
 */
export function instantOf(text: string, op: '$gte' | '$lte', timeZone: string): Date | null {
  if (isDay(text)) {
    const instant = op === '$gte' ? zonedInstant(text, 0, timeZone) : zonedInstant(addDays(text, 1), 0, timeZone) - 1;
    return new Date(instant);
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

function scalarOf(column: ColumnSpec, op: '$eq' | '$gte' | '$lte' | '$in', text: string, timeZone: string): FilterScalar | null {
  switch (column.kind) {
    case 'text':
      return text.length <= MAX_TEXT ? text : null;
    case 'choice':
    case 'multi':
      return column.options.includes(text) ? text : null;
    case 'day':
      return isDay(text) ? text : null;
    case 'instant':
      return op === '$gte' || op === '$lte' ? instantOf(text, op, timeZone) : null;
    case 'number': {
      if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
      const value = Number(text);
      return Number.isFinite(value) ? value : null;
    }
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : null;
    case 'file':
      return null;
  }
}

function parseFilter(column: ColumnSpec, op: string, raw: unknown, timeZone: string): Filter {
  const bad = () => new RegistrantQueryError({ code: 'bad-value', column: column.key, op });
  if (!(OPERATORS_BY_KIND[column.kind] as readonly string[]).includes(op)) {
    throw new RegistrantQueryError({ code: 'bad-operator', column: column.key, op });
  }
  if (op === '$in') {
    const texts = list(raw);
    if (!texts || texts.length > MAX_IN_VALUES) throw bad();
    const values = texts.map((text) => scalarOf(column, '$in', text, timeZone));
    if (values.some((value) => value === null)) throw bad();
    return { column, op, value: [...new Set(values as FilterScalar[])] };
  }
  const text = single(raw);
  if (text === null) throw bad();
  if (op === '$null') {
    if (text !== 'true' && text !== 'false') throw bad();
    return { column, op, value: text === 'true' };
  }
  if (op === '$contains') {
    if (column.kind === 'multi') {
      if (!column.options.includes(text)) throw bad();
      return { column, op, value: text };
    }
    const folded = foldForSearch(text);
    if (!folded || text.length > MAX_TEXT) throw bad();
    return { column, op, value: folded };
  }
  if (op !== '$eq' && op !== '$gte' && op !== '$lte') throw bad();
  const value = scalarOf(column, op, text.trim(), timeZone);
  if (value === null) throw bad();
  return { column, op, value };
}

/**
 * `filters[profile.city][$eq]` arrives as the key `profile.city`; a parser that splits dots gives
 * `filters[profile][city][$eq]`: both mean the same column.
 */
function flattenFilters(filters: Record<string, unknown>): Array<[string, unknown]> {
  const entries: Array<[string, unknown]> = [];
  for (const [key, value] of Object.entries(filters)) {
    const nested = (key === 'profile' || key === 'answers') && isRecord(value) && Object.keys(value).every((inner) => !inner.startsWith('$'));
    if (nested) for (const [inner, conditions] of Object.entries(value)) entries.push([`${key}.${inner}`, conditions]);
    else entries.push([key, value]);
  }
  return entries;
}

function positiveInt(raw: unknown, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  const text = single(raw);
  if (text === null || !/^\d{1,6}$/.test(text)) throw new RegistrantQueryError({ code: 'bad-page' });
  const value = Number(text);
  if (value < 1 || value > max) throw new RegistrantQueryError({ code: 'bad-page' });
  return value;
}

export interface ParseOptions {
  /** The zone calendar days of date filters are in (the platform's, Europe/Moscow by default). */
  timeZone: string;
}

/**
 * The query of a list from the query string's parsed object. Unknown columns, operators that do not
 * fit the column, values that do not fit it, a bad sort or page: a RegistrantQueryError (a 400 for the
 * organizer), never a silently widened list. Default order: newest registration first.
 */
export function parseRegistrantQuery(raw: Record<string, unknown>, columns: readonly ColumnSpec[], options: ParseOptions): RegistrantQuery {
  const byKey = new Map(columns.map((column) => [column.key, column]));
  const columnOf = (key: string): ColumnSpec => {
    const column = byKey.get(key);
    if (!column) throw new RegistrantQueryError({ code: 'unknown-column', column: key.slice(0, 100) });
    return column;
  };

  const page = positiveInt(raw.page, 1, 1_000_000);
  const pageSize = positiveInt(raw.pageSize, PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX);

  let sort: RegistrantQuery['sort'] = { column: columnOf('registeredAt'), direction: 'desc' };
  if (raw.sort !== undefined) {
    const text = single(raw.sort);
    const match = text === null ? null : /^([A-Za-z][A-Za-z0-9_.]{0,60}):(asc|desc)$/.exec(text);
    if (!match || !byKey.has(match[1] as string)) throw new RegistrantQueryError({ code: 'bad-sort', sort: (text ?? '').slice(0, 100) });
    sort = { column: columnOf(match[1] as string), direction: match[2] as 'asc' | 'desc' };
  }

  let q: string | null = null;
  if (raw.q !== undefined) {
    const text = single(raw.q);
    if (text === null || text.length > MAX_TEXT) throw new RegistrantQueryError({ code: 'bad-value', column: 'q', op: 'q' });
    q = foldForSearch(text) || null;
  }

  const filters: Filter[] = [];
  if (raw.filters !== undefined) {
    if (!isRecord(raw.filters)) throw new RegistrantQueryError({ code: 'bad-value', column: 'filters', op: 'filters' });
    for (const [key, conditions] of flattenFilters(raw.filters)) {
      const column = columnOf(key);
      if (!isRecord(conditions)) throw new RegistrantQueryError({ code: 'bad-value', column: key, op: '' });
      for (const [op, value] of Object.entries(conditions)) {
        filters.push(parseFilter(column, op, value, options.timeZone));
        if (filters.length > MAX_FILTERS) throw new RegistrantQueryError({ code: 'too-many-filters', max: MAX_FILTERS });
      }
    }
  }
  return { page, pageSize, sort, q, filters };
}
