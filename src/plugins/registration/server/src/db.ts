/** Database helpers of this plugin's knex paths (PostgreSQL and SQLite). */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

export const knexOf = (strapi: Core.Strapi): Knex => strapi.db.connection as unknown as Knex;

export const isPostgres = (strapi: Core.Strapi) => strapi.db.dialect.client === 'postgres';

/** Whether an error is a unique-index violation (PostgreSQL or SQLite). */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Whether a unique-index violation is the one on an event's seat numbers (PostgreSQL names the index, SQLite the columns). */
export function isSeatConflict(error: unknown): boolean {
  if (!isUniqueViolation(error)) return false;
  const { constraint, message } = error as { constraint?: unknown; message?: unknown };
  return constraint === 'registration_event_seat_uq' || (typeof message === 'string' && /registration_registrations\.seat\b/.test(message));
}

/** A database value as a Date (PostgreSQL gives Date, SQLite epoch milliseconds or text). */
export function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value);
  if (typeof value === 'string') return /^\d+$/.test(value) ? new Date(Number(value)) : new Date(value);
  return null;
}

/** A JSON column's value (PostgreSQL parses jsonb, SQLite returns text). */
export function fromJson<T>(value: unknown, fallback: T): T {
  if (value === null || value === undefined) return fallback;
  if (typeof value === 'string') {
    try {
      return JSON.parse(value) as T;
    } catch {
      return fallback;
    }
  }
  return value as T;
}

const DOCUMENT_ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A document id in Strapi's shape (24 lowercase letters and digits), for rows written with knex. */
export function newDocumentId(random: (size: number) => Buffer): string {
  const bytes = random(24);
  let id = '';
  for (const byte of bytes) id += DOCUMENT_ID_ALPHABET[byte % DOCUMENT_ID_ALPHABET.length];
  return id;
}

/** Rows of `table` matching `where` made within `windowMs` before `now` (the windows of the rate limits). */
export async function countInWindow(db: Knex | Knex.Transaction, table: string, where: Record<string, string>, windowMs: number, now: Date): Promise<number> {
  const row = (await db(table)
    .where(where)
    .andWhere('created_at', '>', new Date(now.getTime() - windowMs))
    .count({ n: '*' })
    .first()) as { n: number | string } | undefined;
  return Number(row?.n ?? 0);
}
