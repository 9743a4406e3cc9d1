/**
 * The contract of the favorites API (plugin `engagement`, `/api/engagement/...`): the signed-in
 * visitor's favorite sessions and the secret calendar feed of them. The plugin parses its query and
 * shapes its answers with these; the site parses the answers with them.
 */
import { z } from 'zod';

/** Strapi document ids are lowercase alphanumerics (24 today); anything else names no session. */
export const DOCUMENT_ID_PATTERN = /^[a-z0-9]{10,64}$/;
/** The secret of a calendar feed URL: URL-safe base64 of 256 bits (32 to 64 characters accepted). */
export const FEED_TOKEN_PATTERN = /^[A-Za-z0-9_-]{32,64}$/;

export const isDocumentId = (value: unknown): value is string => typeof value === 'string' && DOCUMENT_ID_PATTERN.test(value);
export const isFeedToken = (value: unknown): value is string => typeof value === 'string' && FEED_TOKEN_PATTERN.test(value);

/** GET /api/engagement/favorites?event=&details=true&locale= */
export const favoritesQuerySchema = z.strictObject({
  event: z.string().refine(isDocumentId).optional(),
  details: z.enum(['true', 'false']).optional(),
  locale: z.enum(['ru', 'en']).optional(),
});
export type FavoritesQuery = z.infer<typeof favoritesQuerySchema>;

/** A type, not an interface: it is JSON (the export of a person's data too). */
export const favoriteSchema = z.object({
  sessionDocumentId: z.string(),
  eventDocumentId: z.string().nullable(),
  createdAt: z.string(),
});
export type Favorite = z.infer<typeof favoriteSchema>;

/** A favorite session as the list (with details) and the feed show it, in the language asked for. */
export const favoriteSessionSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  room: z.string().nullable(),
  locale: z.string().nullable(),
  event: z
    .object({
      documentId: z.string(),
      title: z.string(),
      slug: z.string(),
      timezone: z.string(),
      venue: z.string().nullable(),
      address: z.string().nullable(),
    })
    .nullable(),
});
export type FavoriteSession = z.infer<typeof favoriteSessionSchema>;

/** GET /api/engagement/favorites: the favorites, and their sessions with `details=true`. */
export const favoritesResponseSchema = z.object({ data: z.array(favoriteSchema), sessions: z.array(favoriteSessionSchema).optional() });
export type FavoritesResponse = z.infer<typeof favoritesResponseSchema>;

/** PUT /api/engagement/favorites/:sessionDocumentId (DELETE answers 204). */
export const favoriteResponseSchema = z.object({ data: favoriteSchema });

/** GET or POST (a new secret) /api/engagement/favorites/feed */
export const feedTokenResponseSchema = z.object({ data: z.object({ token: z.string().regex(FEED_TOKEN_PATTERN) }) });
export type FeedTokenResponse = z.infer<typeof feedTokenResponseSchema>;

/** GET /api/engagement/feeds/:token?locale=: the favorite sessions of the secret's owner. */
export const feedResponseSchema = z.object({ data: z.object({ sessions: z.array(favoriteSessionSchema) }) });
export type FeedResponse = z.infer<typeof feedResponseSchema>;
