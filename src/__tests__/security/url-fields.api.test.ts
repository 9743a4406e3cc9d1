/**
 * Finding 5 (write side): an organizer cannot store a `javascript:` link, whichever way the write
 * comes (the admin panel as an event manager, REST and GraphQL with a full-access token, a script
 * through the document service); the refusal is a 400 that names the field, and nothing is stored.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStrapi, type TestApp } from '../../../scripts/testing/strapi';
import { account, adminApi, draft, EVENT, makeEvent, makeSession, PARTNER, SESSION, type Account } from '../../plugins/event-builder/server/src/__tests__/rbac-fixtures';

const SPEAKER = 'api::speaker.speaker';

describe('security: organizer-typed URLs are checked on write', () => {
  let app: TestApp;
  let manager: Account;
  let event: string;
  let session: string;
  let token: string;

  const errorOf = (body: unknown) => (body as { error?: { status?: number; name?: string; message?: string } }).error;

  beforeAll(async () => {
    app = await bootStrapi();
    manager = await account(app, 'url-manager', ['manager']);
    event = await makeEvent(app, { managers: [manager.id] });
    session = await makeSession(app, event);
    const tokens = app.strapi.service('admin::api-token') as unknown as { create(attributes: Record<string, unknown>): Promise<{ accessKey: string }> };
    token = (await tokens.create({ name: 'security-url-fields', type: 'full-access', lifespan: null, description: '' })).accessKey;
  });

  afterAll(async () => {
    await app?.stop();
    await app?.db.drop();
  });

  describe('in the admin panel (an event manager on their own event)', () => {
    it.each(['javascript:alert(document.cookie)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>'])(
      'refuses a recording link %j with a 400 naming the field, and stores nothing',
      async (value) => {
        const response = await adminApi(app, manager).put(`${adminApi(app, manager).cm(SESSION)}/${session}?locale=ru`, { recordingUrl: value });
        expect(response.status, JSON.stringify(response.body)).toBe(400);
        expect(errorOf(response.body)?.message).toContain('«recordingUrl»');
        expect((await draft(app, SESSION, session))?.recordingUrl ?? null).toBeNull();
      },
    );

    it('accepts an https recording link', async () => {
      const response = await adminApi(app, manager).put(`${adminApi(app, manager).cm(SESSION)}/${session}?locale=ru`, { recordingUrl: 'https://rutube.ru/video/0123456789abcdef0123456789abcdef/' });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect((await draft(app, SESSION, session))?.recordingUrl).toBe('https://rutube.ru/video/0123456789abcdef0123456789abcdef/');
    });

    it("refuses a slider button and a text link in the event's blocks", async () => {
      const api = adminApi(app, manager);
      const slider = await api.put(`${api.cm(EVENT)}/${event}?locale=ru`, {
        blocks: [{ __component: 'blocks.slider', slides: [{ title: 'Слайд', linkUrl: 'javascript:alert(1)' }] }],
      });
      expect(slider.status, JSON.stringify(slider.body)).toBe(400);
      expect(errorOf(slider.body)?.message).toContain('«blocks.0.slides.0.linkUrl»');
      const text = await api.put(`${api.cm(EVENT)}/${event}?locale=ru`, {
        description: [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'жми' }] }] }],
      });
      expect(text.status, JSON.stringify(text.body)).toBe(400);
      expect(errorOf(text.body)?.message).toContain('description');
    });
  });

  describe('through the API with a full-access token', () => {
    it('refuses a partner with a javascript: link over GraphQL (REST has no write routes: 405)', async () => {
      const rest = await request(app.server).post('/api/partners').set('authorization', `Bearer ${token}`).send({ data: { name: 'Злой партнёр', url: 'javascript:alert(1)' } });
      expect(rest.status).toBe(405);
      const response = await request(app.server)
        .post('/graphql')
        .set('authorization', `Bearer ${token}`)
        .send({ query: 'mutation($data: PartnerInput!) { createPartner(data: $data) { documentId } }', variables: { data: { name: 'Злой партнёр', url: 'javascript:alert(1)' } } });
      const errors = (response.body as { errors?: Array<{ message: string }> }).errors ?? [];
      expect(errors.map((error) => error.message).join(' '), JSON.stringify(response.body)).toContain('«url»');
      expect(await app.strapi.db.query(PARTNER).count({ where: { name: 'Злой партнёр' } })).toBe(0);
    });

    it("refuses a speaker's javascript: link over GraphQL", async () => {
      const response = await request(app.server)
        .post('/graphql')
        .set('authorization', `Bearer ${token}`)
        .send({
          query: 'mutation($data: SpeakerInput!) { createSpeaker(data: $data) { documentId } }',
          variables: { data: { name: 'Злой докладчик', slug: 'zloj-dokladchik', links: [{ label: 'x', url: 'javascript:alert(1)' }] } },
        });
      const errors = (response.body as { errors?: Array<{ message: string }> }).errors ?? [];
      expect(errors.map((error) => error.message).join(' '), JSON.stringify(response.body)).toContain('«links.0.url»');
      expect(await app.strapi.db.query(SPEAKER).count({ where: { slug: 'zloj-dokladchik' } })).toBe(0);
    });
  });

  it('refuses a script writing through the document service', async () => {
    await expect(app.strapi.documents(SESSION).update({ documentId: session, locale: 'ru', data: { recordingUrl: 'vbscript:msgbox(1)' } as never })).rejects.toMatchObject({
      name: 'ValidationError',
    });
  });
});
