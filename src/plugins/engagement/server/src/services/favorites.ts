/**
 * Favorite sessions of attendees. Rows are the plugin's content types (favorite, feed-token), written
 * with knex for the unique pair and its conflict handling, which the document service lacks; whether a
 * session may be saved or shown is decided by the event-builder's public read rules (the document
 * service, read as the request's viewer), so a session the viewer may not see can be neither added
 * nor listed.
 * Reminders call `usersForSession`; the platform's personal-data registry `dataOf` and `forgetUser`.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { httpError } from '../../../../platform/server/src/kit';
import { FAVORITES_TABLE, FEED_TOKENS_TABLE, SESSION_UID, USER_UID } from '../constants';
import { t } from '../i18n/messages';
import type { FavoriteSession } from '../../../../../../cms/src/favorites';
import { newDocumentId, newFeedToken, toFavorite, toIsoDate, type Favorite, type FavoriteRow } from '../domain/favorites';

/** A favorite session as the list and the feed answer it (the contract's shape). */
export type { FavoriteSession } from '../../../../../../cms/src/favorites';

type SessionDocument = Omit<FavoriteSession, 'event'> & { event?: FavoriteSession['event'] };

const DEFAULT_LOCALE = 'ru';

/** What Strapi's document service would write on a row of a content type without drafts. */
function newRow() {
  const now = new Date();
  return { document_id: newDocumentId(), created_at: now, updated_at: now, published_at: now };
}

const favorites = ({ strapi }: { strapi: Core.Strapi }) => {
  const db = () => strapi.db.connection;

  /** The session as the current request's viewer may see it, in `locale` or else the default one. */
  async function readSession(documentId: string, locale?: string): Promise<FavoriteSession | null> {
    const read = (lang: string) =>
      strapi.documents(SESSION_UID).findOne({
        documentId,
        locale: lang,
        fields: ['title', 'description', 'startsAt', 'endsAt', 'room', 'locale'],
        populate: { event: { fields: ['title', 'slug', 'timezone', 'venue', 'address'] } },
      }) as unknown as Promise<SessionDocument | null>;
    const found = (locale && locale !== DEFAULT_LOCALE ? await read(locale) : null) ?? (await read(DEFAULT_LOCALE));
    if (!found) return null;
    return {
      documentId: found.documentId,
      title: found.title,
      description: found.description ?? null,
      startsAt: found.startsAt,
      endsAt: found.endsAt,
      room: found.room ?? null,
      locale: found.locale ?? null,
      event: found.event
        ? {
            documentId: found.event.documentId,
            title: found.event.title,
            slug: found.event.slug,
            timezone: found.event.timezone,
            venue: found.event.venue ?? null,
            address: found.event.address ?? null,
          }
        : null,
    };
  }

  const service = {
    /** The user's favorites, newest first (all of them, or those of one event). */
    async listForUser(userId: number, options: { eventDocumentId?: string } = {}): Promise<Favorite[]> {
      const query = db()(FAVORITES_TABLE).where({ user_id: userId });
      if (options.eventDocumentId) query.andWhere({ event_document_id: options.eventDocumentId });
      const rows = (await query.orderBy([{ column: 'created_at', order: 'desc' }, { column: 'id', order: 'desc' }])) as FavoriteRow[];
      return rows.map(toFavorite);
    },

    /** Ids of the users who saved a session (reminders). */
    async usersForSession(sessionDocumentId: string): Promise<number[]> {
      const rows = (await db()(FAVORITES_TABLE).where({ session_document_id: sessionDocumentId }).select('user_id')) as Array<{ user_id: number }>;
      return rows.map((row) => Number(row.user_id));
    },

    /**
     * Saves a session the viewer may see; saving it again changes nothing.
     * @throws NotFoundError when there is no such session for this viewer.
     */
    async add(userId: number, sessionDocumentId: string): Promise<Favorite> {
      const session = await readSession(sessionDocumentId);
      if (!session) throw httpError.notFound(t('session.not-found'));
      await db()(FAVORITES_TABLE)
        .insert({ ...newRow(), user_id: userId, session_document_id: sessionDocumentId, event_document_id: session.event?.documentId ?? null })
        .onConflict(['user_id', 'session_document_id'])
        .ignore();
      const row = (await db()(FAVORITES_TABLE).where({ user_id: userId, session_document_id: sessionDocumentId }).first()) as FavoriteRow;
      return toFavorite(row);
    },

    /** Removes a session from the user's favorites (nothing happens when it was not there). */
    async remove(userId: number, sessionDocumentId: string): Promise<void> {
      await db()(FAVORITES_TABLE).where({ user_id: userId, session_document_id: sessionDocumentId }).delete();
    },

    /**
     * The favorite sessions the current viewer may still see, soonest first: a session that became
     * hidden or was unpublished drops out without losing the row.
     */
    async sessionsOf(items: Favorite[], locale?: string): Promise<FavoriteSession[]> {
      const sessions: FavoriteSession[] = [];
      for (let index = 0; index < items.length; index += 8) {
        const batch = await Promise.all(items.slice(index, index + 8).map((item) => readSession(item.sessionDocumentId, locale)));
        for (const session of batch) if (session) sessions.push(session);
      }
      return sessions.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    },

    /** The secret of the user's calendar feed URL, created on first use; `rotate` replaces it (the old URL stops working). */
    async feedToken(userId: number, rotate = false): Promise<string> {
      if (!rotate) {
        const row = (await db()(FEED_TOKENS_TABLE).where({ user_id: userId }).first()) as { token: string } | undefined;
        if (row) return row.token;
      }
      const token = newFeedToken();
      const row = newRow();
      await db()(FEED_TOKENS_TABLE)
        .insert({ ...row, user_id: userId, token })
        .onConflict('user_id')
        .merge({ token, created_at: row.created_at, updated_at: row.updated_at });
      return token;
    },

    /** Deletes a user's favorites and calendar feed token (account erasure: in its transaction). */
    async forgetUser(userId: number, trx: Knex.Transaction): Promise<void> {
      await trx(FAVORITES_TABLE).where({ user_id: userId }).delete();
      await trx(FEED_TOKENS_TABLE).where({ user_id: userId }).delete();
    },

    /** What the plugin keeps about a user, for the export of their data: favorites and the calendar feed. */
    async dataOf(userId: number): Promise<{ favorites: Favorite[]; calendarFeed: { token: string; createdAt: string } | null }> {
      const feed = (await db()(FEED_TOKENS_TABLE).where({ user_id: userId }).first()) as { token: string; created_at: Date | string | number } | undefined;
      return {
        favorites: await service.listForUser(userId),
        calendarFeed: feed ? { token: feed.token, createdAt: toIsoDate(feed.created_at) } : null,
      };
    },

    /** The owner of a feed token, or null. */
    async ownerOfFeed(token: string): Promise<{ id: number; email: string } | null> {
      const row = (await db()(FEED_TOKENS_TABLE).where({ token }).first()) as { user_id: number } | undefined;
      if (!row) return null;
      const user = (await strapi.db.query(USER_UID).findOne({ where: { id: row.user_id }, select: ['id', 'email', 'blocked'] })) as
        | { id: number; email: string; blocked?: boolean | null }
        | null;
      return user && !user.blocked ? { id: user.id, email: user.email } : null;
    },
  };
  return service;
};

export type FavoritesService = ReturnType<typeof favorites>;
export default favorites;
