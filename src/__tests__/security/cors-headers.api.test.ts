/**
 * Finding 12 (Strapi side): CORS answers only the site and the configured origins. A page on any other
 * origin must not get its Origin reflected with `Access-Control-Allow-Credentials: true` (it could then
 * read the API's answers with a visitor's or organizer's credentials), on REST, GraphQL (whose Apollo
 * server brings its own CORS) and plugin routes, whatever the path's case. Security headers: nosniff,
 * HSTS (HSTS_MAX_AGE), no framing by other origins.
 * SQLite, or PostgreSQL with DATABASE_CLIENT=postgres.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStrapi, type TestApp } from '../../../scripts/testing/strapi';

const SITE = 'https://events.uni.test';
const PARTNER = 'https://partner.uni.test';
const EVIL = 'https://evil.example';
const PATHS = ['/api/events', '/API/events', '/graphql', '/GRAPHQL', '/api/registration/auth/email-code', '/api/platform/ready', '/admin/init', '/upload/files'];

describe('CORS allowlist and security headers of Strapi', () => {
  let app: TestApp;
  const api = () => request(app.server);

  beforeAll(async () => {
    app = await bootStrapi({ env: { SITE_URL: `${SITE}/`, CORS_ORIGINS: `${PARTNER}, https://other.uni.test`, HSTS_MAX_AGE: '15552000' } });
  });

  afterAll(async () => {
    await app?.stop();
    await app?.db.drop();
  });

  it('never reflects a foreign origin, with or without credentials, on any route (preflight and actual request)', async () => {
    for (const path of PATHS) {
      const preflight = await api().options(path).set({ Origin: EVIL, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,authorization' });
      expect(preflight.headers['access-control-allow-origin'], `preflight ${path}`).toBeUndefined();
      expect(preflight.headers['access-control-allow-credentials'], `preflight ${path}`).toBeUndefined();
      const actual = await api().get(path).set({ Origin: EVIL });
      expect(actual.headers['access-control-allow-origin'], `GET ${path}`).toBeUndefined();
      expect(actual.headers['access-control-allow-credentials'], `GET ${path}`).toBeUndefined();
      const post = await api().post(path).set({ Origin: EVIL, 'content-type': 'application/json' }).send({ query: '{ __typename }' });
      expect(post.headers['access-control-allow-origin'], `POST ${path}`).toBeUndefined();
    }
  });

  it('does not take look-alike origins for the site (suffix, prefix, other scheme or port, null)', async () => {
    for (const origin of [`${SITE}.evil.example`, 'https://evil-events.uni.test', 'http://events.uni.test', `${SITE}:8443`, 'null', `${SITE}/`, SITE.toUpperCase()]) {
      const response = await api().get('/api/events').set({ Origin: origin });
      expect(response.headers['access-control-allow-origin'], origin).toBeUndefined();
    }
  });

  it('answers the site and the configured origins, with credentials', async () => {
    for (const origin of [SITE, PARTNER, 'https://other.uni.test']) {
      for (const path of ['/api/events', '/graphql']) {
        const preflight = await api().options(path).set({ Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' });
        expect(preflight.headers['access-control-allow-origin'], `${origin} ${path}`).toBe(origin);
        expect(preflight.headers['access-control-allow-credentials']).toBe('true');
        expect(preflight.headers.vary ?? '').toMatch(/origin/i);
      }
      const response = await api().get('/api/events').set({ Origin: origin });
      expect(response.headers['access-control-allow-origin']).toBe(origin);
    }
  });

  it('sends nosniff, HSTS with the configured age, and refuses framing by other origins', async () => {
    for (const path of ['/api/events', '/graphql', '/api/platform/ready', '/_health']) {
      const response = await api().get(path);
      expect(response.headers['x-content-type-options'], path).toBe('nosniff');
      expect(response.headers['strict-transport-security'], path).toMatch(/max-age=15552000/);
      expect(response.headers['x-frame-options'] ?? '', path).toMatch(/^(DENY|SAMEORIGIN)$/i);
      expect(response.headers['x-powered-by'], path).toBeUndefined();
    }
  });
});
