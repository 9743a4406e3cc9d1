/** The public API shows published content only, whatever the caller asks for. */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStrapi, type TestApp } from '../../scripts/testing/strapi';

describe('public content API', () => {
  let app: TestApp;
  let draftId: string;

  beforeAll(async () => {
    app = await bootStrapi();
    const events = app.strapi.documents('api::event.event');
    const base = {
      startsAt: '2026-12-01T07:00:00.000Z',
      endsAt: '2026-12-01T15:00:00.000Z',
      timezone: 'Europe/Moscow',
      format: 'offline' as const,
      privacy: 'public' as const,
    };
    await events.create({ data: { ...base, title: 'День открытых дверей', slug: 'den-otkrytyh-dverej' }, status: 'published' });
    const draft = await events.create({ data: { ...base, title: 'Черновик: закрытая стратегическая сессия', slug: 'chernovik' } });
    draftId = draft.documentId;
  });

  afterAll(async () => {
    await app?.stop();
    await app?.db.drop();
  });

  it('lists published events to anonymous visitors', async () => {
    const response = await request(app.server).get('/api/events').expect(200);
    expect(response.body.data.map((e: { slug: string }) => e.slug)).toEqual(['den-otkrytyh-dverej']);
  });

  it('never returns a draft, even for ?status=draft', async () => {
    const list = await request(app.server).get('/api/events?status=draft').expect(200);
    expect(list.body.data.map((e: { slug: string }) => e.slug)).not.toContain('chernovik');
    await request(app.server).get(`/api/events/${draftId}?status=draft`).expect(404);
    await request(app.server).get(`/api/events/${draftId}`).expect(404);
    const filtered = await request(app.server).get('/api/events?status=draft&filters[slug][$eq]=chernovik').expect(200);
    expect(filtered.body.data).toEqual([]);
  });

  it('never returns a draft through GraphQL', async () => {
    const response = await request(app.server)
      .post('/graphql')
      .send({ query: '{ events(status: DRAFT) { slug title } }' })
      .expect(200);
    const slugs = (response.body.data?.events ?? []).map((e: { slug: string }) => e.slug);
    expect(slugs).not.toContain('chernovik');
    expect(response.body.errors ?? []).toEqual([]);
  });

  it('answers writes from anonymous visitors with 403/404 and changes nothing', async () => {
    const response = await request(app.server).post('/api/events').send({ data: { title: 'Взлом', slug: 'vzlom' } });
    expect([403, 404, 405]).toContain(response.status);
    const list = await request(app.server).get('/api/events').expect(200);
    expect(list.body.data).toHaveLength(1);
  });
});
