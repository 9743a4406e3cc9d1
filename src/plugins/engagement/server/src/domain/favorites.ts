/**
 * Favorites of attendees: validation of identifiers and feed tokens. Pure: no Strapi, no database.
 */
import { randomBytes } from 'node:crypto';

/** Strapi document ids are lowercase alphanumerics (24 today); anything else names no session. */
const DOCUMENT_ID = /^[a-z0-9]{10,64}$/;
const FEED_TOKEN = /^[A-Za-z0-9_-]{32,64}$/;

export const isDocumentId = (value: unknown): value is string => typeof value === 'string' && DOCUMENT_ID.test(value);
export const isFeedToken = (value: unknown): value is string => typeof value === 'string' && FEED_TOKEN.test(value);

/** A new secret for a calendar feed URL (256 bits, URL-safe). */
export const newFeedToken = (): string => randomBytes(32).toString('base64url');

export interface FavoriteRow {
  user_id: number;
  session_document_id: string;
  event_document_id: string | null;
  created_at: Date | string | number;
}

/** A type, not an interface: it is JSON (the export of a person's data). */
export type Favorite = {
  sessionDocumentId: string;
  eventDocumentId: string | null;
  createdAt: string;
};

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
