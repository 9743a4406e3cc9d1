/**
 * Favorites and calendar feed tokens are content types (in the admin and in `strapi export`), and a
 * database of the release before, whose tables engagement's bootstrap made by hand, keeps its rows:
 * the migration database/migrations/2026.12.06T00.30.00.engagement-content-types.ts moves them.
 */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
import { bootStrapi, type TestApp } from '../../../../../../scripts/testing/strapi';
import { superAdmin } from '../../../../../../scripts/testing/admins';
import { createAttendee } from '../../../../../../scripts/testing/users';
import { FAVORITE_UID, FEED_TOKEN_UID } from '../constants';

const MIGRATION = '2026.12.06T00.30.00.engagement-content-types.js';
const TOKEN = 'kept-feed-token-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** The two tables as engagement's bootstrap created them before they were content types. */
async function handMadeTables(knex: Knex): Promise<void> {
  await knex.schema.createTable('engagement_favorites', (table) => {
    table.increments('id').primary();
    table.integer('user_id').notNullable();
    table.string('session_document_id', 64).notNullable();
    table.string('event_document_id', 64).nullable();
    table.timestamp('created_at').notNullable().defaultTo(knex.fn.now());
    table.unique(['user_id', 'session_document_id'], { indexName: 'engagement_favorites_user_session_uq' });
    table.index(['session_document_id'], 'engagement_favorites_session_idx');
  });
  await knex.schema.createTable('engagement_feed_tokens', (table) => {
    table.integer('user_id').primary();
    table.string('token', 64).notNullable().unique({ indexName: 'engagement_feed_tokens_token_uq' });
    table.timestamp('created_at').notNullable().defaultTo(knex.fn.now());
  });
}

async function publishedSession(app: TestApp, slug: string): Promise<{ event: string; session: string }> {
  const event = await app.strapi.documents('api::event.event').create({
    data: { title: 'Событие', slug, privacy: 'public', startsAt: '2027-06-01T07:00:00.000Z', endsAt: '2027-06-01T15:00:00.000Z', timezone: 'Europe/Moscow', format: 'offline' } as never,
    status: 'published',
  });
  const session = await app.strapi.documents('api::session.session').create({
    data: { title: `Сессия ${slug}`, startsAt: '2027-06-01T09:00:00.000Z', endsAt: '2027-06-01T10:00:00.000Z', event: event.documentId, privacy: 'inherit' } as never,
    status: 'published',
  });
  return { event: event.documentId, session: session.documentId };
}

describe('engagement content types', () => {
  it('shows favorites and feed tokens in the admin as documents', async () => {
    const app = await bootStrapi();
    try {
      const { session } = await publishedSession(app, 'ct-admin');
      const alice = await createAttendee(app, 'alice');
      await request(app.server).put(`/api/engagement/favorites/${session}`).set({ authorization: `Bearer ${alice.jwt}` }).expect(200);
      await request(app.server).get('/api/engagement/favorites/feed').set({ authorization: `Bearer ${alice.jwt}` }).expect(200);

      const admin = await superAdmin(app);
      const list = await request(app.server).get(`/content-manager/collection-types/${FAVORITE_UID}`).set({ authorization: `Bearer ${admin.token}` }).expect(200);
      expect(list.body.results).toEqual([expect.objectContaining({ userId: alice.id, sessionDocumentId: session, documentId: expect.stringMatching(/^[a-z][a-z0-9]{23}$/) })]);
      const feeds = await app.strapi.documents(FEED_TOKEN_UID).findMany({});
      expect(feeds).toEqual([expect.objectContaining({ userId: alice.id, documentId: expect.stringMatching(/^[a-z][a-z0-9]{23}$/) })]);
    } finally {
      await app.stop();
      await app.db.drop();
    }
  }, 120_000);

  it('moves the rows of the hand-made tables of the release before into the content types', async () => {
    const first = await bootStrapi();
    try {
      const knex = () => first.strapi.db.connection as unknown as Knex;
      const { event, session } = await publishedSession(first, 'ct-move');
      const alice = await createAttendee(first, 'alice');
      // the release before: the two tables made by hand with a favorite and a feed, and no migration run
      await knex().schema.dropTable('engagement_favorites');
      await knex().schema.dropTable('engagement_feed_tokens');
      await handMadeTables(knex());
      const savedAt = new Date('2026-11-20T10:00:00.000Z');
      await knex()('engagement_favorites').insert({ user_id: alice.id, session_document_id: session, event_document_id: event, created_at: savedAt });
      await knex()('engagement_feed_tokens').insert({ user_id: alice.id, token: TOKEN, created_at: savedAt });
      await knex()('strapi_migrations').where({ name: MIGRATION }).delete();
      await first.stop();

      const second = await bootStrapi({ db: first.db });
      try {
        const as = { authorization: `Bearer ${alice.jwt}` };
        const list = await request(second.server).get('/api/engagement/favorites').set(as).expect(200);
        expect(list.body.data).toEqual([{ sessionDocumentId: session, eventDocumentId: event, createdAt: savedAt.toISOString() }]);
        expect((await request(second.server).get('/api/engagement/favorites/feed').set(as).expect(200)).body.data.token).toBe(TOKEN);
        const feed = await request(second.server).get(`/api/engagement/feeds/${TOKEN}`).expect(200);
        expect(feed.body.data.sessions.map((item: { documentId: string }) => item.documentId)).toEqual([session]);
        // documents now, as the admin reads them; and the pair stays unique
        const documents = await second.strapi.documents(FAVORITE_UID).findMany({ filters: { userId: alice.id } });
        expect(documents).toEqual([expect.objectContaining({ sessionDocumentId: session, documentId: expect.stringMatching(/^[a-z][a-z0-9]{23}$/) })]);
        await request(second.server).put(`/api/engagement/favorites/${session}`).set(as).expect(200);
        expect((await request(second.server).get('/api/engagement/favorites').set(as).expect(200)).body.data).toHaveLength(1);
        const ran = (await (second.strapi.db.connection as unknown as Knex)('strapi_migrations').where({ name: MIGRATION })) as unknown[];
        expect(ran).toHaveLength(1);
      } finally {
        await second.stop();
      }
    } finally {
      await first.db.drop();
    }
  }, 240_000);
});
