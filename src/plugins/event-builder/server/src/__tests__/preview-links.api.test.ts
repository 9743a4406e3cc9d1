/**
 * The admin's "Open preview" link (config/admin.ts): it points at the site's preview page of the one
 * event, locale and version asked for, with a token the site can check (cms/src/preview.ts) and that
 * opens nothing else; never the shared secret itself.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPreviewToken } from '../../../../../../cms/src/preview';
import { bootStrapi, type TestApp } from '../../../../../../scripts/testing/strapi';

const SECRET = 'preview-secret-of-the-api-test-9c1d';
const SITE = 'https://events.uni.test';

describe("the admin's preview links", () => {
  let app: TestApp;
  let token: string;
  let eventId: string;

  const previewUrl = async (query: string) => {
    const response = await request(app.server).get(`/content-manager/preview/url/api::event.event?${query}`).set('authorization', `Bearer ${token}`).expect(200);
    return new URL((response.body as { data: { url: string } }).data.url);
  };

  beforeAll(async () => {
    app = await bootStrapi({ env: { PREVIEW_SECRET: SECRET, PREVIEW_TOKEN_TTL_SECONDS: '900', NUXT_PUBLIC_SITE_URL: SITE } });
    const role = (await app.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-super-admin' } })) as { id: number };
    const users = app.strapi.service('admin::user') as unknown as { create(data: Record<string, unknown>): Promise<unknown> };
    await users.create({ email: 'preview@admin.test', firstname: 'Preview', lastname: 'Admin', password: 'Test-pass-2026', isActive: true, registrationToken: null, roles: [role.id] });
    token = (await request(app.server).post('/admin/login').send({ email: 'preview@admin.test', password: 'Test-pass-2026' }).expect(200)).body.data.token;
    eventId = (
      await app.strapi.documents('api::event.event').create({
        data: { title: 'Черновик события', slug: 'preview-draft', privacy: 'public', format: 'offline', timezone: 'Europe/Moscow', startsAt: '2027-03-01T07:00:00.000Z', endsAt: '2027-03-01T15:00:00.000Z' } as never,
      })
    ).documentId;
  });

  afterAll(async () => {
    await app?.stop();
    await app?.db.drop();
  });

  it('signs a link for exactly the event, locale and version previewed, valid for the configured time', async () => {
    const before = Date.now();
    const url = await previewUrl(`documentId=${eventId}&locale=ru&status=draft`);
    expect(url.origin).toBe(SITE);
    expect(url.pathname).toBe(`/preview/events/${eventId}`);
    expect(url.searchParams.get('status')).toBe('draft');
    expect(url.searchParams.get('locale')).toBe('ru');
    expect(url.toString()).not.toContain(SECRET);
    expect(url.searchParams.has('secret')).toBe(false);

    const link = url.searchParams.get('token');
    const verdict = await verifyPreviewToken(SECRET, link, { documentId: eventId, locale: 'ru', status: 'draft' });
    expect(verdict.ok).toBe(true);
    const expires = verdict.ok ? verdict.expiresAt.getTime() : 0;
    expect(expires).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 900_000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 900_000);
    // the same token opens neither another event nor the other version or locale, nor after its time
    expect((await verifyPreviewToken(SECRET, link, { documentId: 'anotherevent0000000000000', locale: 'ru', status: 'draft' })).ok).toBe(false);
    expect((await verifyPreviewToken(SECRET, link, { documentId: eventId, locale: 'ru', status: 'published' })).ok).toBe(false);
    expect((await verifyPreviewToken(SECRET, link, { documentId: eventId, locale: 'en', status: 'draft' })).ok).toBe(false);
    expect((await verifyPreviewToken(SECRET, link, { documentId: eventId, locale: 'ru', status: 'draft' }, new Date(Date.now() + 901_000))).ok).toBe(false);
  });

  it('signs the published version separately', async () => {
    const url = await previewUrl(`documentId=${eventId}&locale=en&status=published`);
    expect(url.searchParams.get('status')).toBe('published');
    expect((await verifyPreviewToken(SECRET, url.searchParams.get('token'), { documentId: eventId, locale: 'en', status: 'published' })).ok).toBe(true);
  });

  it('refuses anyone but a signed-in administrator', async () => {
    await request(app.server).get(`/content-manager/preview/url/api::event.event?documentId=${eventId}&locale=ru&status=draft`).expect(401);
  });
});
