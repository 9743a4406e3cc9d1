/**
 * Finding 8: the site's API token (SITE_API_TOKEN) reads the event space for previews and nothing
 * else: no users, registrations, consents, email codes or other personal data through REST or
 * GraphQL, no admin route, and on the plugin routes that check tokens themselves it acts as nobody.
 */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { bootForFile } from '../../../scripts/testing/lifecycle';
import type { TestApp } from '../../../scripts/testing/strapi';
import { personalIn, seedPrivacyFixture, SITE_TOKEN, type PrivacyFixture } from './privacy-fixture';

describe("the site's API token", () => {
  let app: TestApp;
  let fx: PrivacyFixture;
  const site = { authorization: `Bearer ${SITE_TOKEN}` };

  bootForFile(
    seedPrivacyFixture,
    (booted, fixture) => {
      app = booted;
      fx = fixture;
    },
    { SITE_API_TOKEN: SITE_TOKEN },
  );

  it('reads a draft of the event space for the preview', async () => {
    const response = await request(app.server).get(`/api/events/${fx.visible.eventDocumentId}?status=draft`).set(site).expect(200);
    expect(response.body.data.title).toBe('ZQX-pub-unpublished-title');
  });

  it('is a token limited to the find and findOne of the public content types', async () => {
    const token = (await app.strapi.db.query('admin::api-token').findOne({
      where: { name: { $contains: 'Site' } },
      populate: ['permissions'],
    })) as { type: string; permissions: Array<{ action: string }> } | null;
    expect(token?.type).toBe('custom');
    const actions = (token?.permissions ?? []).map((permission) => permission.action);
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((action) => !/^api::[a-z-]+\.[a-z-]+\.(find|findOne)$/.test(action))).toEqual([]);
  });

  it('reads no personal data through REST', async () => {
    const paths = ['/api/users', '/api/users/me', `/api/users/${fx.person.id}`, '/api/users-permissions/roles', '/api/users/count', '/api/registration/me', '/api/registration/me/export', '/api/engagement/favorites', '/api/engagement/favorites/feed', '/api/upload/files'];
    for (const path of paths) {
      const response = await request(app.server).get(path).set(site);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(personalIn(response.text), path).toEqual([]);
    }
  });

  it('reads no personal data through GraphQL', async () => {
    const queries = [
      '{ usersPermissionsUsers { email username } }',
      '{ registrationRegistrations { answers eventDocumentId } }',
      '{ registrationConsents { ip userAgent } }',
      '{ registrationEmailCodes { email ip } }',
      '{ me { email } }',
      `{ events { title invitedUsers { email } } }`,
    ];
    for (const query of queries) {
      const response = await request(app.server).post('/graphql').set(site).send({ query });
      expect(personalIn(response.text), query).toEqual([]);
      expect(response.body.errors, query).toBeDefined();
    }
  });

  it('acts as nobody on the routes that check tokens themselves', async () => {
    const attempts: Array<[string, string, Record<string, unknown>?]> = [
      ['get', '/api/registration/me'],
      ['patch', '/api/registration/me', { language: 'en' }],
      ['delete', '/api/registration/me'],
      ['get', '/api/registration/me/export'],
      ['post', `/api/registration/events/${fx.visible.eventSlug}/registrations`, { answers: {} }],
      ['delete', `/api/registration/events/${fx.visible.eventSlug}/registrations/me`],
      ['get', '/api/engagement/favorites'],
      ['put', `/api/engagement/favorites/${fx.visible.sessionDocumentId}`],
    ];
    for (const [method, path, body] of attempts) {
      const call = (request(app.server) as unknown as Record<string, (url: string) => request.Test>)[method]!(path).set(site);
      const response = await (body ? call.send(body) : call);
      expect([401, 403, 404], `${method} ${path}: ${response.status}`).toContain(response.status);
      expect(personalIn(response.text), path).toEqual([]);
    }
  });

  it('opens no admin route', async () => {
    for (const path of ['/admin/users', '/content-manager/collection-types/plugin::users-permissions.user', '/admin/api-tokens']) {
      const response = await request(app.server).get(path).set(site);
      expect(response.status, path).toBe(401);
    }
  });
});
