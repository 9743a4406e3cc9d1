/**
 * Favorites over HTTP: signed-in attendees save and remove sessions they may see, the list and the
 * calendar feed show only what the owner may still see, and nobody reaches another user's favorites.
 */
import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { bootForFile, createAttendee, createTestEvent, createTestSession, type TestApp } from '../../../../../../scripts/testing/api';

interface Fixture {
  sessions: Record<'open' | 'link' | 'closed' | 'hiddenEvent' | 'draft', string>;
  tokens: Record<'alice' | 'bob', string>;
  users: Record<'alice' | 'bob', number>;
}

async function seed(app: TestApp): Promise<Fixture> {
  const [alice, bob] = await Promise.all([createAttendee(app, 'alice'), createAttendee(app, 'bob')]);
  const pub = await createTestEvent(app, 'pub');
  const closed = await createTestEvent(app, 'cls', { privacy: 'closed', allowlist: 'bob@uni.test' });
  const session = (title: string, event: string, privacy: string, startsAt: string, publish = true) =>
    createTestSession(app, { title, event, privacy, startsAt }, publish);
  const sessions = {
    open: await session('Открытая сессия', pub, 'inherit', '2026-12-01T09:00:00.000Z'),
    link: await session('Сессия по ссылке', pub, 'link', '2026-12-01T08:00:00.000Z'),
    closed: await session('Закрытая сессия', pub, 'closed', '2026-12-01T10:00:00.000Z'),
    hiddenEvent: await session('Сессия закрытого события', closed, 'inherit', '2026-12-01T07:00:00.000Z'),
    draft: await session('Черновик сессии', pub, 'inherit', '2026-12-01T07:30:00.000Z', false),
  };
  return {
    sessions,
    users: { alice: alice.id, bob: bob.id },
    tokens: { alice: alice.jwt, bob: bob.jwt },
  };
}

describe('favorites', () => {
  let app: TestApp;
  let fx: Fixture;
  const as = (who: keyof Fixture['tokens']) => ({ authorization: `Bearer ${fx.tokens[who]}` });

  bootForFile(seed, (booted, fixture) => {
    app = booted;
    fx = fixture;
  });

  // every test starts with no favorites and bob on the closed event's allowlist, whatever ran before it
  beforeEach(async () => {
    await app.strapi.db.query('plugin::engagement.favorite').deleteMany({});
    const closedEvent = (await app.strapi.db.query('api::event.event').findOne({ where: { slug: 'cls' } })) as { documentId: string };
    await app.strapi.documents('api::event.event').update({ documentId: closedEvent.documentId, data: { allowlist: 'bob@uni.test' } as never, status: 'published' });
  });
  /** Bob's favorites as the 404 test leaves them: the closed event's session (he is on its list) and the link-only one. */
  const bobSaves = async () => {
    await request(app.server).put(`/api/engagement/favorites/${fx.sessions.hiddenEvent}`).set(as('bob')).expect(200);
    await request(app.server).put(`/api/engagement/favorites/${fx.sessions.link}`).set(as('bob')).expect(200);
  };

  it('refuses anonymous callers', async () => {
    await request(app.server).get('/api/engagement/favorites').expect(403);
    await request(app.server).put(`/api/engagement/favorites/${fx.sessions.open}`).expect(403);
  });

  it('saves a visible session once, lists it, and removes it', async () => {
    const first = await request(app.server).put(`/api/engagement/favorites/${fx.sessions.open}`).set(as('alice')).expect(200);
    expect(first.body.data.sessionDocumentId).toBe(fx.sessions.open);
    await request(app.server).put(`/api/engagement/favorites/${fx.sessions.open}`).set(as('alice')).expect(200);
    const list = await request(app.server).get('/api/engagement/favorites').set(as('alice')).expect(200);
    expect(list.body.data.map((item: { sessionDocumentId: string }) => item.sessionDocumentId)).toEqual([fx.sessions.open]);
    expect(list.headers['cache-control']).toBe('private, no-store');

    // bob's list is his own
    expect((await request(app.server).get('/api/engagement/favorites').set(as('bob')).expect(200)).body.data).toEqual([]);

    await request(app.server).delete(`/api/engagement/favorites/${fx.sessions.open}`).set(as('alice')).expect(204);
    expect((await request(app.server).get('/api/engagement/favorites').set(as('alice')).expect(200)).body.data).toEqual([]);
    await request(app.server).delete(`/api/engagement/favorites/${fx.sessions.open}`).set(as('alice')).expect(204);
  });

  it('answers 404 for sessions the user may not see, drafts and malformed ids', async () => {
    await request(app.server).put(`/api/engagement/favorites/${fx.sessions.closed}`).set(as('alice')).expect(404);
    await request(app.server).put(`/api/engagement/favorites/${fx.sessions.hiddenEvent}`).set(as('alice')).expect(404);
    await request(app.server).put(`/api/engagement/favorites/${fx.sessions.draft}`).set(as('alice')).expect(404);
    await request(app.server).put('/api/engagement/favorites/not-an-id!').set(as('alice')).expect(404);
    // a session opened by its link may be saved
    await request(app.server).put(`/api/engagement/favorites/${fx.sessions.link}`).set(as('alice')).expect(200);
    // bob is on the closed event's allowlist (not on the public event's, whose closed session stays hidden)
    await request(app.server).put(`/api/engagement/favorites/${fx.sessions.hiddenEvent}`).set(as('bob')).expect(200);
    await request(app.server).put(`/api/engagement/favorites/${fx.sessions.closed}`).set(as('bob')).expect(404);
    await request(app.server).put(`/api/engagement/favorites/${fx.sessions.link}`).set(as('bob')).expect(200);
  });

  it('answers its errors in the caller\'s language (Russian unless asked otherwise), naming the field', async () => {
    const missing = await request(app.server).put('/api/engagement/favorites/not-an-id!').set(as('alice')).expect(404);
    expect(missing.body.error).toMatchObject({ status: 404, name: 'NotFoundError', message: 'Сессия не найдена' });
    const english = await request(app.server).put('/api/engagement/favorites/not-an-id!').set(as('alice')).set('accept-language', 'en-GB,en;q=0.9').expect(404);
    expect(english.body.error.message).toBe('Session not found');
    expect(english.headers.vary).toMatch(/accept-language/i);
    const bad = await request(app.server).get('/api/engagement/favorites?unknown=1').set(as('bob')).set('accept-language', 'en').expect(400);
    expect(bad.body.error.details.errors).toEqual([{ path: ['unknown'], message: 'Unknown field', name: 'ValidationError' }]);
    const feed = await request(app.server).get('/api/engagement/feeds/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA?locale=en').expect(404);
    expect(feed.body.error.message).toBe('Calendar not found');
  });

  it('filters by event, gives session details, and validates the query', async () => {
    await bobSaves();
    const details = await request(app.server).get('/api/engagement/favorites?details=true').set(as('bob')).expect(200);
    expect(details.body.sessions.map((s: { title: string }) => s.title)).toEqual(['Сессия закрытого события', 'Сессия по ссылке']);
    expect(details.body.sessions[0].event.slug).toBe('cls');
    await request(app.server).get('/api/engagement/favorites?event=x').set(as('bob')).expect(400);
    await request(app.server).get('/api/engagement/favorites?unknown=1').set(as('bob')).expect(400);
  });

  it('serves the owner\'s calendar feed by its secret, shows only what the owner may see, and rotates', async () => {
    await bobSaves();
    const token = (await request(app.server).get('/api/engagement/favorites/feed').set(as('bob')).expect(200)).body.data.token as string;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await request(app.server).get('/api/engagement/favorites/feed').set(as('bob')).expect(200)).body.data.token).toBe(token);

    const feed = await request(app.server).get(`/api/engagement/feeds/${token}`).expect(200);
    expect(feed.body.data.sessions.map((s: { title: string }) => s.title)).toEqual(['Сессия закрытого события', 'Сессия по ссылке']);

    // bob leaves the allowlist: the feed no longer shows the closed event's sessions
    const closedEvent = (await app.strapi.db.query('api::event.event').findOne({ where: { slug: 'cls' } })) as { documentId: string };
    await app.strapi.documents('api::event.event').update({ documentId: closedEvent.documentId, data: { allowlist: '' } as never, status: 'published' });
    const after = await request(app.server).get(`/api/engagement/feeds/${token}`).expect(200);
    expect(after.body.data.sessions.map((s: { title: string }) => s.title)).toEqual(['Сессия по ссылке']);

    const rotated = (await request(app.server).post('/api/engagement/favorites/feed').set(as('bob')).expect(200)).body.data.token as string;
    expect(rotated).not.toBe(token);
    await request(app.server).get(`/api/engagement/feeds/${token}`).expect(404);
    await request(app.server).get(`/api/engagement/feeds/${rotated}`).expect(200);
    await request(app.server).get('/api/engagement/feeds/short').expect(404);
  });

  it('gives reminders the users of a session, and forgets a deleted account', async () => {
    // an account of this test's own is deleted, so alice and bob stay for the other tests
    const carol = await createAttendee(app, 'carol');
    await request(app.server).put(`/api/engagement/favorites/${fx.sessions.open}`).set({ authorization: `Bearer ${carol.jwt}` }).expect(200);
    await request(app.server).put(`/api/engagement/favorites/${fx.sessions.open}`).set(as('bob')).expect(200);
    const service = app.strapi.plugin('engagement').service('favorites') as { usersForSession(id: string): Promise<number[]> };
    expect((await service.usersForSession(fx.sessions.open)).sort()).toEqual([carol.id, fx.users.bob].sort());
    await app.strapi.db.query('plugin::users-permissions.user').delete({ where: { id: carol.id } });
    expect(await service.usersForSession(fx.sessions.open)).toEqual([fx.users.bob]);
  });
});
