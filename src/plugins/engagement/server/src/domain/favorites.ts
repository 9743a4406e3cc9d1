/**
 * Favorites of attendees: feed tokens and records of the API (its contract, identifiers and answers,
 * is `cms/src/favorites.ts`). Pure: no Strapi, no database.
 */
import { randomBytes } from 'node:crypto';
import type { Favorite } from '../../../../../../cms/src/favorites';

export { isDocumentId, isFeedToken, type Favorite } from '../../../../../../cms/src/favorites';

/** A new secret for a calendar feed URL (256 bits, URL-safe). */
export const newFeedToken = (): string => randomBytes(32).toString('base64url');

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A document id for a row written without the document service (a letter, then 23 lowercase letters
 * or digits, as Strapi's own): the admin opens a document by it.
 */
export function newDocumentId(): string {
  const bytes = randomBytes(24);
  return Array.from(bytes, (byte, index) => ALPHABET[byte % (index === 0 ? 26 : 36)]).join('');
}

export interface FavoriteRow {
  user_id: number;
  session_document_id: string;
  event_document_id: string | null;
  created_at: Date | string | number;
}

/** A database timestamp (SQLite gives numbers or strings, PostgreSQL dates) as ISO text. */
export function toIsoDate(value: Date | string | number): string {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? new Date(0).toISOString() : date.toISOString();
}

/** Database rows as API records. */
export function toFavorite(row: FavoriteRow): Favorite {
  return {
    sessionDocumentId: row.session_document_id,
    eventDocumentId: row.event_document_id,
    createdAt: toIsoDate(row.created_at),
  };
}
