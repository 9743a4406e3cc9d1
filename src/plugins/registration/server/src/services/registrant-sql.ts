/**
 * The SQL of a registrant list: one event's registrations joined with their people, filtered, searched,
 * sorted and paged in the database, the same on SQLite and PostgreSQL (JSON answers read with each
 * database's own operators, text folded by the platform's text search). Column names and JSON keys
 * come from the parsed query's column specs (never from the request's text); every value is a binding.
 */
import type { Knex } from 'knex';
import { containsPattern, foldedSql, type DatabaseClient } from '../../../../platform/server/src/kit';
import type { ColumnSpec, Filter, FilterScalar, RegistrantQuery } from '../domain/registrant-query';
import { PROFILE_KEYS } from '../../../../../../cms/src/registration-form';
import { ACCOUNT_COLUMNS } from './accounts';

export const REGISTRATIONS_TABLE = 'registration_registrations';
export const USERS_TABLE = 'up_users';

/** Columns of the people table, by profile key (the accounts service's names). */
const PERSON_COLUMNS: Readonly<Record<string, string>> = Object.fromEntries(PROFILE_KEYS.map((key) => [key, ACCOUNT_COLUMNS[key] ?? key]));

const FIXED_SQL: Readonly<Record<string, string>> = {
  status: 'r.status',
  email: 'u.email',
  firstName: 'u.first_name',
  lastName: 'u.last_name',
  registeredAt: 'r.registered_at',
  attendedAt: 'r.attended_at',
};

/** A piece of SQL with its bindings. */
interface Sql {
  sql: string;
  bindings: Knex.Value[];
}

const sql = (text: string, bindings: Knex.Value[] = []): Sql => ({ sql: text, bindings });

/** The JSON path SQLite's json functions take for a key (keys are form keys: letters, digits, _). */
const jsonPath = (key: string) => `$."${key}"`;

export class RegistrantSql {
  constructor(private readonly client: DatabaseClient) {}

  /** A UTM tag of the registration as text. */
  private utm(tag: 'source' | 'campaign' | 'medium'): string {
    return this.client === 'postgres' ? `(r.utm ->> '${tag}')` : `json_extract(r.utm, '$.${tag}')`;
  }

  /** Where the registration came from (domain/source.ts says the same for one row): partner link, UTM tags, direct. */
  source(): Sql {
    const tag = `coalesce(nullif(${this.utm('source')}, ''), nullif(${this.utm('campaign')}, ''), nullif(${this.utm('medium')}, ''))`;
    return sql(`(CASE WHEN coalesce(r.ref_code, '') <> '' THEN 'partner' WHEN ${tag} IS NOT NULL THEN 'utm' ELSE 'direct' END)`);
  }

  /** The column's value as text (an answer's JSON text for lists and objects). */
  text(column: ColumnSpec): Sql {
    if (column.place === 'fixed') return column.field === 'source' ? this.source() : sql(FIXED_SQL[column.field] ?? 'NULL');
    if (column.place === 'profile') return sql(`u.${PERSON_COLUMNS[column.field] ?? 'id'}`);
    return this.client === 'postgres' ? sql('(r.answers ->> ?)', [column.field]) : sql('json_extract(r.answers, ?)', [jsonPath(column.field)]);
  }

  /** The column's value typed for comparison and sorting: numbers as numbers. */
  typed(column: ColumnSpec): Sql {
    if (column.place !== 'answers' || column.kind !== 'number') return this.text(column);
    return this.client === 'postgres'
      ? sql(`(CASE WHEN jsonb_typeof(r.answers -> ?) = 'number' THEN (r.answers ->> ?)::numeric END)`, [column.field, column.field])
      : sql(`(CASE WHEN json_type(r.answers, ?) IN ('integer', 'real') THEN json_extract(r.answers, ?) END)`, [jsonPath(column.field), jsonPath(column.field)]);
  }

  /** Whether a multi-choice answer holds `value`. */
  private holds(column: ColumnSpec, value: string): Sql {
    return this.client === 'postgres'
      ? sql(`(jsonb_typeof(r.answers -> ?) = 'array' AND (r.answers -> ?) @> jsonb_build_array(?::text))`, [column.field, column.field, value])
      : sql(`EXISTS (SELECT 1 FROM json_each(r.answers, ?) WHERE json_each.value = ?)`, [jsonPath(column.field), value]);
  }

  /** Whether a checkbox answer is `value`. */
  private isBoolean(column: ColumnSpec, value: boolean): Sql {
    return this.client === 'postgres'
      ? sql(`(r.answers -> ?) = ?::jsonb`, [column.field, value ? 'true' : 'false'])
      : sql(`json_type(r.answers, ?) = ?`, [jsonPath(column.field), value ? 'true' : 'false']);
  }

  private folded(column: ColumnSpec): Sql {
    const value = this.text(column);
    return sql(foldedSql(this.client, value.sql), value.bindings);
  }

  /** Empty: no value, blank text or (an answer) an empty list. */
  private empty(column: ColumnSpec): Sql {
    const value = this.text(column);
    if (column.place === 'answers') return sql(`(${value.sql} IS NULL OR ${value.sql} IN ('', '[]'))`, [...value.bindings, ...value.bindings]);
    if (column.kind === 'text') return sql(`(${value.sql} IS NULL OR ${value.sql} = '')`, [...value.bindings, ...value.bindings]);
    return sql(`${value.sql} IS NULL`, value.bindings);
  }

  private compare(column: ColumnSpec, operator: '=' | '>=' | '<=', value: FilterScalar): Sql {
    if (column.kind === 'boolean' && typeof value === 'boolean') return this.isBoolean(column, value);
    const expression = this.typed(column);
    return sql(`${expression.sql} ${operator} ?`, [...expression.bindings, value]);
  }

  filter(filter: Filter): Sql {
    const { column } = filter;
    switch (filter.op) {
      case '$null': {
        const empty = this.empty(column);
        return filter.value ? empty : sql(`NOT ${empty.sql}`, empty.bindings);
      }
      case '$contains': {
        if (column.kind === 'multi') return this.holds(column, filter.value);
        const folded = this.folded(column);
        return sql(`${folded.sql} LIKE ? ESCAPE '\\'`, [...folded.bindings, containsPattern(filter.value)]);
      }
      case '$in': {
        const parts = filter.value.map((value) => (column.kind === 'multi' && typeof value === 'string' ? this.holds(column, value) : this.compare(column, '=', value)));
        return sql(`(${parts.map((part) => part.sql).join(' OR ')})`, parts.flatMap((part) => part.bindings));
      }
      case '$eq':
        return this.compare(column, '=', filter.value);
      case '$gte':
        return this.compare(column, '>=', filter.value);
      case '$lte':
        return this.compare(column, '<=', filter.value);
    }
  }

  /** Each word of the search in the person's last name, first name, middle name or email. */
  search(q: string): Sql[] {
    const haystack = foldedSql(this.client, `coalesce(u.last_name, '') || ' ' || coalesce(u.first_name, '') || ' ' || coalesce(u.middle_name, '') || ' ' || coalesce(u.email, '')`);
    return q
      .split(' ')
      .filter(Boolean)
      .map((word) => sql(`${haystack} LIKE ? ESCAPE '\\'`, [containsPattern(word)]));
  }

  /** The list's rows of one event with the search and filters applied (no order, no page). */
  where(knex: Knex | Knex.Transaction, eventDocumentId: string, query: Pick<RegistrantQuery, 'q' | 'filters'>): Knex.QueryBuilder {
    const builder = knex(`${REGISTRATIONS_TABLE} as r`).leftJoin(`${USERS_TABLE} as u`, 'u.id', 'r.user_id').where('r.event_document_id', eventDocumentId);
    const conditions = [...(query.q ? this.search(query.q) : []), ...query.filters.map((filter) => this.filter(filter))];
    for (const condition of conditions) builder.andWhereRaw(condition.sql, condition.bindings);
    return builder;
  }

  /** Empty values last in both directions, then the id (a stable order for paging). */
  orderBy(builder: Knex.QueryBuilder, sort: RegistrantQuery['sort']): Knex.QueryBuilder {
    const expression = sort.column.kind === 'text' ? this.folded(sort.column) : this.typed(sort.column);
    const direction = sort.direction === 'asc' ? 'ASC' : 'DESC';
    return builder
      .orderByRaw(`(${expression.sql}) IS NULL`, expression.bindings)
      .orderByRaw(`${expression.sql} ${direction}`, expression.bindings)
      .orderBy('r.id', sort.direction);
  }
}

/** What a list row is read from. */
export const ROW_COLUMNS = [
  'r.id as id',
  'r.status as status',
  'r.answers as answers',
  'r.ref_code as ref_code',
  'r.utm as utm',
  'r.registered_at as registered_at',
  'r.created_at as created_at',
  'r.attended_at as attended_at',
  'r.anonymized_at as anonymized_at',
  'r.user_id as user_id',
  ...Object.entries(PERSON_COLUMNS).map(([key, column]) => `u.${column} as person_${key}`),
];

export interface RawRegistrantRow {
  id: number | string;
  status: string;
  answers: unknown;
  ref_code: string | null;
  utm: unknown;
  registered_at: unknown;
  created_at: unknown;
  attended_at: unknown;
  anonymized_at: unknown;
  user_id: number | string | null;
  [person: `person_${string}`]: unknown;
}
