/**
 * The CMS's side of the site cache: a publication tells every site instance (with the shared secret),
 * saving a draft does not; the site's preview token is provisioned with the configured key.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStrapi, type TestApp } from '../../scripts/testing/strapi';

const SECRET = 'site-revalidate-secret-for-tests';
const TOKEN = 'site-preview-token-for-tests-0123456789abcdef';

describe('site cache and preview token', () => {
  let app: TestApp;
  let site: Server;
  const calls: Array<{ url: string; headers: IncomingHttpHeaders; body: string }> = [];

  beforeAll(async () => {
    site = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        calls.push({ url: req.url ?? '', headers: req.headers, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const port = (site.address() as AddressInfo).port;
    app = await bootStrapi({ env: { SITE_REVALIDATE_URLS: `http://127.0.0.1:${port}`, SITE_REVALIDATE_SECRET: SECRET, SITE_API_TOKEN: TOKEN } });
  });

  afterAll(async () => {
    await app?.stop();
    await app?.db.drop();
    await new Promise((resolve) => site?.close(resolve));
  });

  const waitForCalls = async (count: number) => {
    for (let i = 0; i < 40 && calls.length < count; i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
  };

  it('tells the site when an event is published, not when a draft is saved', async () => {
    const events = app.strapi.documents('api::event.event');
    const base = { startsAt: '2026-12-01T07:00:00.000Z', endsAt: '2026-12-01T15:00:00.000Z', timezone: 'Europe/Moscow', format: 'offline' as const, privacy: 'public' as const };
    const draft = await events.create({ data: { ...base, title: 'Черновик', slug: 'draft-only' } });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(calls).toEqual([]);

    await events.publish({ documentId: draft.documentId });
    await waitForCalls(1);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('/api/_cache/revalidate');
    expect(calls[0]?.headers.authorization).toBe(`Bearer ${SECRET}`);
    expect(JSON.parse(calls[0]?.body ?? '{}')).toMatchObject({ uid: 'api::event.event', documentId: draft.documentId });

    // content without drafts is live when saved: a new tag reaches the site at once
    await app.strapi.documents('api::tag.tag').create({ data: { name: 'Новая тема', slug: 'novaya-tema' } });
    await waitForCalls(2);
    expect(calls).toHaveLength(2);
  });

  it('provisions the preview token, limited to the reads of the event space, with the configured key', async () => {
    await request(app.server).get('/api/events').set('authorization', `Bearer ${TOKEN}`).expect(200);
    await request(app.server).get('/api/events').set('authorization', 'Bearer not-the-token').expect(401);
    // a custom token (issue 10, finding 8): a read-only one would also read accounts and registrations
    await request(app.server).get('/api/users').set('authorization', `Bearer ${TOKEN}`).expect(403);
    const tokens = (await app.strapi.db.query('admin::api-token').findMany({ where: { name: 'Site preview' } })) as Array<{ type: string }>;
    expect(tokens.map((token) => token.type)).toEqual(['custom']);
  });
});
