/**
 * Favorites and the calendar feed are a person's data (issue 11): the cabinet's export contains
 * them, and the account's erasure removes them, through the platform's personal-data registry.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootWithMailSink, eraseMyAccount, exportMyData, type MailingApp } from '../../../../../../scripts/testing/personal-data';
import { createAttendee, type TestUser } from '../../../../../../scripts/testing/users';

describe('favorites in the export and the erasure of a person\'s data', () => {
  let m: MailingApp;
  let alice: TestUser;
  let bob: TestUser;
  let session: string;
  const api = () => request(m.app.server);
  const as = (who: TestUser) => ({ authorization: `Bearer ${who.jwt}` });

  beforeAll(async () => {
    m = await bootWithMailSink();
    const { strapi } = m.app;
    const event = await strapi.documents('api::event.event').create({
      data: { title: 'Событие', slug: 'pd-event', privacy: 'public', startsAt: '2027-06-01T07:00:00.000Z', endsAt: '2027-06-01T15:00:00.000Z', timezone: 'Europe/Moscow', format: 'offline' } as never,
      status: 'published',
    });
    session = (
      await strapi.documents('api::session.session').create({
        data: { title: 'Сессия', startsAt: '2027-06-01T09:00:00.000Z', endsAt: '2027-06-01T10:00:00.000Z', event: event.documentId, privacy: 'inherit' } as never,
        status: 'published',
      })
    ).documentId;
    alice = await createAttendee(m.app, 'alice');
    bob = await createAttendee(m.app, 'bob');
    for (const who of [alice, bob]) await api().put(`/api/engagement/favorites/${session}`).set(as(who)).expect(200);
  });
  afterAll(async () => {
    await m?.stop();
  });

  it('exports my favorites and my calendar feed, and nobody else\'s', async () => {
    const token = (await api().get('/api/engagement/favorites/feed').set(as(alice)).expect(200)).body.data.token as string;
    const data = await exportMyData(m.app, alice.jwt);
    expect(data.engagement).toEqual({
      favorites: [{ sessionDocumentId: session, eventDocumentId: expect.any(String), createdAt: expect.any(String) }],
      calendarFeed: { token, createdAt: expect.any(String) },
    });
    const bobs = await exportMyData(m.app, bob.jwt);
    expect(bobs.engagement).toMatchObject({ calendarFeed: null });
  });

  it('erases my favorites and my calendar feed with my account, and nobody else\'s', async () => {
    const knex = m.app.strapi.db.connection;
    const token = (await api().get('/api/engagement/favorites/feed').set(as(alice)).expect(200)).body.data.token as string;
    await api().get(`/api/engagement/feeds/${token}`).expect(200);

    await eraseMyAccount(m, alice);

    expect(await knex('engagement_favorites').where({ user_id: alice.id })).toEqual([]);
    expect(await knex('engagement_feed_tokens').where({ user_id: alice.id })).toEqual([]);
    await api().get(`/api/engagement/feeds/${token}`).expect(404);
    expect(await knex('engagement_favorites').where({ user_id: bob.id })).toHaveLength(1);
    expect((await exportMyData(m.app, bob.jwt)).engagement).toMatchObject({ favorites: [{ sessionDocumentId: session }] });
  });
});
