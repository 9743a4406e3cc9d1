/**
 * Privacy of events and sessions on every public path: lists, single reads, filters, populate,
 * ?status=draft, GraphQL, and the closed HLS stream. Anonymous, uninvited, invited and allowlisted
 * viewers each see exactly what their access allows.
 */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { bootForFile, createAttendee, createTestEvent, createTestSession, type TestApp } from '../../../../../../scripts/testing/api';

const HLS_SECRET = 'hls-secret-token-7f3a';

interface Fixture {
  events: Record<'pub' | 'lnk' | 'inv' | 'cls' | 'draft', string>;
  sessions: Record<string, string>;
  tokens: Record<'alice' | 'bob' | 'carol', string>;
}

async function seed(app: TestApp): Promise<Fixture> {
  const { strapi } = app;
  const [alice, bob, carol] = await Promise.all([createAttendee(app, 'alice'), createAttendee(app, 'bob'), createAttendee(app, 'carol')]);

  const base = { startsAt: '2026-12-01T07:00:00.000Z', endsAt: '2026-12-02T15:00:00.000Z' };
  const event = (slug: string, privacy: 'public' | 'link' | 'invite' | 'closed', extra: Record<string, unknown> = {}, publish = true) =>
    createTestEvent(app, slug, { ...base, privacy, ...extra }, publish);
  const pub = await event('pub', 'public', { invitedUsers: [alice.id], allowlist: 'bob@uni.test' });
  const lnk = await event('lnk', 'link');
  const inv = await event('inv', 'invite', { invitedUsers: [alice.id] });
  const cls = await event('cls', 'closed', { allowlist: 'someone@else.test\nBOB@uni.test; other@uni.test' });
  const draft = await event('draft', 'public', {}, false);

  const sessions: Record<string, string> = {};
  const session = async (key: string, eventId: string, privacy: string, extra: Record<string, unknown> = {}) => {
    sessions[key] = await createTestSession(app, { title: `Сессия ${key}`, ...base, event: eventId, privacy, ...extra });
  };
  await session('pub-open', pub, 'inherit', { stream: { url: 'https://youtu.be/dQw4w9WgXcQ' } });
  await session('pub-link', pub, 'link');
  await session('pub-invite', pub, 'invite');
  await session('pub-closed', pub, 'closed', { stream: { url: `https://stream.uni.test/live/a.m3u8?token=${HLS_SECRET}` } });
  await session('lnk-open', lnk, 'inherit');
  await session('inv-open', inv, 'inherit');
  await session('cls-open', cls, 'public');

  await strapi.documents('api::track.track').create({ data: { name: 'Трек закрытого события', event: cls } });
  await strapi.documents('api::track.track').create({ data: { name: 'Открытый трек', event: pub } });
  await strapi.documents('api::news-item.news-item').create({
    data: { title: 'Новость закрытого события', slug: 'news-cls', date: base.startsAt, event: cls },
    status: 'published',
  });
  await strapi.documents('api::news-item.news-item').create({ data: { title: 'Черновик новости', slug: 'news-draft', date: base.startsAt, event: pub } });
  await strapi.documents('api::news-item.news-item').create({
    data: { title: 'Новость открытого события', slug: 'news-pub', date: base.startsAt, event: pub },
    status: 'published',
  });
  await strapi.documents('api::news-item.news-item').create({ data: { title: 'Общая новость', slug: 'news-all', date: base.startsAt }, status: 'published' });
  await strapi.documents('api::speaker.speaker').create({
    data: { name: 'Анна Спикерова', slug: 'anna', sessions: [sessions['pub-open'], sessions['pub-closed'], sessions['inv-open']] } as never,
    status: 'published',
  });

  const tokens = { alice: alice.jwt, bob: bob.jwt, carol: carol.jwt };
  return { events: { pub, lnk, inv, cls, draft }, sessions, tokens };
}

describe('privacy of events and sessions', () => {
  let app: TestApp;
  let fx: Fixture;

  const get = (path: string, who?: keyof Fixture['tokens']) => {
    const req = request(app.server).get(path);
    return who ? req.set('authorization', `Bearer ${fx.tokens[who]}`) : req;
  };
  const slugs = (body: { data: Array<{ slug: string }> }) => body.data.map((e) => e.slug).sort();
  const titles = (items: Array<{ title: string }>) => items.map((s) => s.title).sort();
  const gql = (query: string, who?: keyof Fixture['tokens']) => {
    const req = request(app.server).post('/graphql').send({ query });
    return who ? req.set('authorization', `Bearer ${fx.tokens[who]}`) : req;
  };

  bootForFile(seed, (booted, fixture) => {
    app = booted;
    fx = fixture;
  });

  describe('lists', () => {
    it('shows anonymous and uninvited visitors only public events', async () => {
      expect(slugs((await get('/api/events').expect(200)).body)).toEqual(['pub']);
      expect(slugs((await get('/api/events', 'carol').expect(200)).body)).toEqual(['pub']);
    });

    it('adds invite-only events for invited users and closed ones for allowlisted users', async () => {
      expect(slugs((await get('/api/events', 'alice').expect(200)).body)).toEqual(['inv', 'pub']);
      // bob is on the closed event's allowlist (written in capitals among other addresses)
      expect(slugs((await get('/api/events', 'bob').expect(200)).body)).toEqual(['cls', 'pub']);
    });

    it('counts only what it shows', async () => {
      expect((await get('/api/events').expect(200)).body.meta.pagination.total).toBe(1);
    });

    it('lists sessions by the stricter of the event and session levels', async () => {
      expect(titles((await get('/api/sessions').expect(200)).body.data)).toEqual(['Сессия pub-open']);
      expect(titles((await get('/api/sessions', 'alice').expect(200)).body.data)).toEqual(['Сессия inv-open', 'Сессия pub-invite', 'Сессия pub-open']);
      expect(titles((await get('/api/sessions', 'bob').expect(200)).body.data)).toEqual([
        'Сессия cls-open',
        'Сессия pub-closed',
        'Сессия pub-invite',
        'Сессия pub-open',
      ]);
    });

    it('hides the tracks and news of hidden events', async () => {
      expect((await get('/api/tracks').expect(200)).body.data.map((t: { name: string }) => t.name)).toEqual(['Открытый трек']);
      expect(titles((await get('/api/news-items').expect(200)).body.data)).toEqual(['Новость открытого события', 'Общая новость']);
      expect(titles((await get('/api/news-items', 'bob').expect(200)).body.data)).toEqual([
        'Новость закрытого события',
        'Новость открытого события',
        'Общая новость',
      ]);
    });
  });

  describe('single reads and links', () => {
    it('opens a by-link event by its slug or id, without listing it', async () => {
      expect(slugs((await get('/api/events?filters[slug][$eq]=lnk').expect(200)).body)).toEqual(['lnk']);
      await get(`/api/events/${fx.events.lnk}`).expect(200);
      expect(titles((await get('/api/sessions?filters[event][slug][$eq]=lnk').expect(200)).body.data)).toEqual(['Сессия lnk-open']);
    });

    it('answers 404 for invite-only and closed events to those not allowed, 200 to those allowed', async () => {
      await get(`/api/events/${fx.events.inv}`).expect(404);
      await get(`/api/events/${fx.events.inv}`, 'carol').expect(404);
      await get(`/api/events/${fx.events.inv}`, 'alice').expect(200);
      await get(`/api/events/${fx.events.cls}`, 'alice').expect(404);
      await get(`/api/events/${fx.events.cls}`, 'bob').expect(200);
      expect((await get('/api/events?filters[slug][$eq]=cls').expect(200)).body.data).toEqual([]);
      await get(`/api/sessions/${fx.sessions['pub-closed']}`).expect(404);
      await get(`/api/sessions/${fx.sessions['pub-closed']}`, 'bob').expect(200);
    });

    it('never returns a draft, for any status asked', async () => {
      await get(`/api/events/${fx.events.draft}`).expect(404);
      await get(`/api/events/${fx.events.draft}?status=draft`).expect(404);
      expect(slugs((await get('/api/events?status=draft').expect(200)).body)).toEqual(['pub']);
      expect(slugs((await get('/api/events?status=draft', 'bob').expect(200)).body)).toEqual(['cls', 'pub']);
    });
  });

  describe('filters and populate', () => {
    it('cannot find a hidden event by filtering on its fields or its sessions', async () => {
      expect((await get('/api/events?filters[privacy][$eq]=closed').expect(200)).body.data).toEqual([]);
      expect((await get('/api/events?filters[sessions][title][$eq]=Сессия pub-closed').expect(200)).body.data).toEqual([]);
      expect((await get('/api/events?filters[sessions][privacy][$eq]=invite').expect(200)).body.data).toEqual([]);
      expect(slugs((await get('/api/events?filters[sessions][title][$eq]=Сессия pub-closed', 'bob').expect(200)).body)).toEqual(['pub']);
      expect((await get('/api/tracks?filters[event][slug][$eq]=cls').expect(200)).body.data).toEqual([]);
    });

    it('populates only the sessions the viewer may see', async () => {
      const response = await get(`/api/events/${fx.events.pub}?populate[sessions]=true`).expect(200);
      expect(titles(response.body.data.sessions)).toEqual(['Сессия pub-open']);
      const star = await get('/api/events?populate=*').expect(200);
      expect(titles(star.body.data[0].sessions)).toEqual(['Сессия pub-open']);
      const nested = await get('/api/tracks?populate[event][populate][sessions]=true').expect(200);
      expect(titles(nested.body.data[0].event.sessions)).toEqual(['Сессия pub-open']);
      const speaker = await get('/api/speakers?populate=sessions').expect(200);
      expect(titles(speaker.body.data[0].sessions)).toEqual(['Сессия pub-open']);
      const forBob = await get('/api/speakers?populate=sessions', 'bob').expect(200);
      expect(titles(forBob.body.data[0].sessions)).toEqual(['Сессия pub-closed', 'Сессия pub-open']);
    });

    it('never shows the allowlist, invited users, organizers or the pasted stream link', async () => {
      const response = await get('/api/events?populate=*', 'bob').expect(200);
      const text = JSON.stringify(response.body);
      for (const field of ['allowlist', 'invitedUsers', 'admins', 'managers', 'createdBy', 'updatedBy']) {
        expect(text).not.toContain(`"${field}"`);
      }
      expect(text).not.toContain('@uni.test');
      const filtered = await get('/api/events?filters[allowlist][$containsi]=bob');
      expect(filtered.status).toBe(400);
      const sessions = await get('/api/sessions?populate=*', 'bob').expect(200);
      expect(JSON.stringify(sessions.body)).not.toContain(HLS_SECRET);
    });
  });

  describe('GraphQL', () => {
    it('lists only what the viewer may see', async () => {
      const anon = await gql('{ events { slug } sessions { title } }').expect(200);
      expect(anon.body.data.events.map((e: { slug: string }) => e.slug)).toEqual(['pub']);
      expect(titles(anon.body.data.sessions)).toEqual(['Сессия pub-open']);
      const bob = await gql('{ events { slug } }', 'bob').expect(200);
      expect(bob.body.data.events.map((e: { slug: string }) => e.slug).sort()).toEqual(['cls', 'pub']);
    });

    it('does not let a query traverse to hidden sessions or drafts', async () => {
      const traversal = await gql('{ events { slug sessions { title } } }');
      expect(JSON.stringify(traversal.body)).not.toContain('pub-closed');
      const drafts = await gql('{ events(status: DRAFT) { slug } newsItems { event { slug } } }').expect(200);
      expect(JSON.stringify(drafts.body.data)).not.toContain('draft');
      const nested = await gql('{ events { slug news { title } } }').expect(200);
      expect(JSON.stringify(nested.body)).toContain('Новость открытого события');
      expect(JSON.stringify(nested.body)).not.toContain('Черновик новости');
      // a nested relation cannot even ask for drafts
      const nestedDraft = await gql('{ events { slug news(status: DRAFT) { title } } }');
      expect(JSON.stringify(nestedDraft.body)).not.toContain('Черновик новости');
      const filtered = await gql('{ events(filters: { sessions: { title: { eq: "Сессия pub-closed" } } }) { slug } }').expect(200);
      expect(filtered.body.data.events).toEqual([]);
      const secret = await gql('{ sessions { title stream { provider embedUrl } } }', 'bob').expect(200);
      expect(JSON.stringify(secret.body)).not.toContain(HLS_SECRET);
    });
  });

  describe('streams', () => {
    it('gives the public embed of an open stream to anyone', async () => {
      const response = await get(`/api/event-builder/sessions/${fx.sessions['pub-open']}/stream`).expect(200);
      expect(response.body.data).toEqual({ provider: 'youtube', embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', hlsUrl: null });
    });

    it('sends a closed HLS URL only to a viewer allowed to see the session', async () => {
      const anon = await get(`/api/event-builder/sessions/${fx.sessions['pub-closed']}/stream`);
      expect([401, 403, 404]).toContain(anon.status);
      expect(JSON.stringify(anon.body)).not.toContain(HLS_SECRET);
      const carol = await get(`/api/event-builder/sessions/${fx.sessions['pub-closed']}/stream`, 'carol');
      expect(carol.status).toBe(404);
      expect(JSON.stringify(carol.body)).not.toContain(HLS_SECRET);
      // bob may see the session (allowlisted) but the closed stream is for registered attendees
      const unregistered = await get(`/api/event-builder/sessions/${fx.sessions['pub-closed']}/stream`, 'bob').expect(403);
      expect(JSON.stringify(unregistered.body)).not.toContain(HLS_SECRET);
      expect(unregistered.body.error.message).toBe('Закрытая трансляция доступна зарегистрированным участникам события');
      const english = await get(`/api/event-builder/sessions/${fx.sessions['pub-closed']}/stream`, 'bob').set('accept-language', 'en').expect(403);
      expect(english.body.error.message).toBe("This closed stream is for the event's registered attendees");
      const bobUser = (await app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { email: 'bob@uni.test' } })) as { id: number };
      const registrations = app.strapi.plugin('registration').service('registrations') as {
        claim(input: { eventDocumentId: string; user: number; answers: object; refCode: null; utm: null }): Promise<unknown>;
      };
      await registrations.claim({ eventDocumentId: fx.events.pub, user: bobUser.id, answers: {}, refCode: null, utm: null });
      const bob = await get(`/api/event-builder/sessions/${fx.sessions['pub-closed']}/stream`, 'bob').expect(200);
      expect(bob.body.data.hlsUrl).toContain(HLS_SECRET);
    });

    it('refuses to save a link it cannot embed, with a clear message, and keeps the session as it was', async () => {
      const sessions = app.strapi.documents('api::session.session');
      await expect(
        sessions.update({ documentId: fx.sessions['pub-open'] ?? '', data: { stream: { url: 'https://vimeo.com/76979871' } } as never }),
      ).rejects.toThrow('Поддерживаются ссылки YouTube, Rutube, VK Видео');
      const kept = await get(`/api/event-builder/sessions/${fx.sessions['pub-open']}/stream`).expect(200);
      expect(kept.body.data.provider).toBe('youtube');
    });
  });
});
