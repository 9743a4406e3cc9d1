/**
 * Every GET route Strapi serves (read from its router, so routes added later are tried too), asked
 * anonymously, as an uninvited attendee and with the site's API token, with the path spelled in other
 * ways (/API, /Api, //api, a trailing slash, a percent-encoded letter), with ?status=draft, locale and
 * populate tricks, and with the ids and slugs of hidden things in its parameters: no hidden title, slug
 * or document id, no `javascript:` link and no personal data may come back. Plus the spelled paths of
 * finding 1 named one by one (REST, GraphQL and a write route).
 */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { bootForFile } from '../../../scripts/testing/lifecycle';
import type { TestApp } from '../../../scripts/testing/strapi';
import { leaksIn, personalIn, seedPrivacyFixture, SITE_TOKEN, type PrivacyFixture } from './privacy-fixture';

interface Layer {
  path: string;
  methods: string[];
}

type Caller = 'anonymous' | 'attendee' | 'site';

const QUERY_TRICKS = [
  'status=draft',
  'locale=*',
  'locale=en&status=draft',
  'populate=*&status=draft',
  'populate[0]=*&populate[sessions][populate]=*&populate[organization][populate][events][populate]=*&populate[event][populate]=*&status=draft',
  'status=draft&publicationFilter=never-published-document',
  'status=draft&hasPublishedVersion=false',
  'filters[privacy][$in][0]=closed&filters[privacy][$in][1]=invite&status=draft',
];

/** The path spelled as the router still matches it: only the literal segments change. */
function spellings(path: string): string[] {
  const literal = (transform: (segment: string) => string, first = false) =>
    path
      .split('/')
      .map((segment, index) => (segment === '' || /[0-9a-f]{24}|zqx-/.test(segment) || (first && index !== 1) ? segment : transform(segment)))
      .join('/');
  const encoded = path.replace(/^\/([a-z])/, (_match, letter: string) => `/%${letter.charCodeAt(0).toString(16)}`);
  return [...new Set([path, literal((s) => s.toUpperCase()), literal((s) => s[0]!.toUpperCase() + s.slice(1), true), `/${path}`, `${path}/`, encoded])];
}

async function pool<T>(items: T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: size }, async () => {
    while (next < items.length) await run(items[next++]!);
  }));
}

describe('every route the router serves, tried with hidden ids, spellings and query tricks', () => {
  let app: TestApp;
  let fx: PrivacyFixture;

  const auth = (caller: Caller): Record<string, string> =>
    caller === 'site' ? { authorization: `Bearer ${SITE_TOKEN}` } : caller === 'attendee' ? { authorization: `Bearer ${fx.stranger.jwt}` } : {};

  bootForFile(
    seedPrivacyFixture,
    (booted, fixture) => {
      app = booted;
      fx = fixture;
    },
    { SITE_API_TOKEN: SITE_TOKEN },
  );

  /** The REST find/findOne routes of the event space: the only ones where the site's token reads drafts (previews). */
  const previewPath = (path: string): boolean => {
    const plural = Object.values(app.strapi.contentTypes)
      .filter((model) => model.uid.startsWith('api::'))
      .map((model) => model.info.pluralName);
    const clean = decodeURIComponent(path.split('?')[0]!).toLowerCase().replace(/\/+/g, '/').replace(/\/$/, '');
    return plural.some((name) => new RegExp(`^/api/${name}(/[^/]+)?$`).test(clean));
  };

  it('finds nothing hidden, unsafe or personal in any GET answer', async () => {
    const layers = (app.strapi.server.listRoutes() as unknown as Layer[]).filter((layer) => layer.methods.includes('GET'));
    const paths = [...new Set(layers.map((layer) => layer.path))];
    expect(paths.length).toBeGreaterThan(50);
    expect(paths).toEqual(expect.arrayContaining(['/api/events', '/api/events/:id', '/api/platform/ready']));

    const requests: Array<{ url: string; caller: Caller }> = [];
    for (const path of paths) {
      const contentApi = path.startsWith('/api/');
      // admin routes refuse these callers before reading anything: one value is enough there
      const values = /[:(*]/.test(path) ? (contentApi ? fx.probes : fx.probes.slice(0, 1)) : [''];
      for (const value of values) {
        const concrete = path.replace(/:[A-Za-z_]+(\([^)]*\))?\??|\(\.\*\)|\*/g, value);
        const spelled = spellings(concrete);
        // the query tricks with the hidden document ids (the first probes), every spelling with all of them
        const tricks = value === '' || fx.probes.indexOf(value) < 5 ? QUERY_TRICKS : [];
        const urls = contentApi
          ? [...spelled.flatMap((url) => [url, `${url}?status=draft`]), ...spelled.slice(0, 2).flatMap((url) => tricks.map((query) => `${url}?${query}`))]
          : [...spelled.slice(0, 2), `${concrete}?status=draft`];
        for (const url of [...new Set(urls)]) {
          requests.push({ url, caller: 'anonymous' }, { url, caller: 'site' });
          if (url === concrete || url === spelled[1] || url === `${spelled[1]}?status=draft`) requests.push({ url, caller: 'attendee' });
        }
      }
    }

    const leaks: string[] = [];
    let served = 0;
    await pool(requests, 8, async ({ url, caller }) => {
      const response = await request(app.server).get(url).set(auth(caller)).redirects(0);
      const text = response.text ?? '';
      if (response.status === 200) served += 1;
      const found = caller === 'site' && previewPath(url) ? [] : leaksIn(fx, text, url);
      const personal = personalIn(text);
      if (found.length > 0 || personal.length > 0) leaks.push(`${caller} GET ${url} -> ${response.status}: ${[...found, ...personal].join(', ')}`);
    });
    // the walk proves something only if the event space answered
    expect(served).toBeGreaterThan(100);
    console.log(`[security] ${requests.length} GET requests over ${paths.length} routes, ${served} answered 200`);
    expect(leaks.slice(0, 60), `${leaks.length} leaks of ${requests.length} requests`).toEqual([]);
  }, 600_000);

  it('still serves the public event space to everyone (the suite above is not vacuous)', async () => {
    const list = await request(app.server).get('/api/events').expect(200);
    expect(list.text).toContain(fx.visible.eventTitle);
    const spelled = await request(app.server).get('/API/events').expect(200);
    expect(spelled.text).toContain(fx.visible.eventTitle);
    const link = await request(app.server).get(`/api/events?filters[slug][$eq]=${fx.linkIds.slug}`).expect(200);
    expect(link.body.data).toHaveLength(1);
  });

  describe('finding 1: the path spelled otherwise goes through the same rules', () => {
    it('answers /API/events?status=draft without drafts or hidden events', async () => {
      for (const path of ['/API/events?status=draft', '/Api/events?status=draft', '/api/EVENTS?status=draft', '//api/events?status=draft']) {
        const response = await request(app.server).get(path);
        expect(leaksIn(fx, response.text, path), path).toEqual([]);
      }
    });

    it('answers POST /GRAPHQL with status DRAFT without drafts or hidden events', async () => {
      for (const path of ['/GRAPHQL', '/GraphQL', '/graphql/']) {
        const response = await request(app.server)
          .post(path)
          .send({ query: '{ events(status: DRAFT) { title slug documentId } sessions(status: DRAFT) { title documentId } }' });
        expect(leaksIn(fx, response.text, path), path).toEqual([]);
      }
      const get = await request(app.server).get('/GRAPHQL').query({ query: '{ events(status: DRAFT) { title slug documentId } }' });
      expect(leaksIn(fx, get.text, '/GRAPHQL')).toEqual([]);
    });

    it('refuses to save a hidden session as a favorite through a spelled path', async () => {
      const target = fx.hiddenSessionDocumentId;
      for (const path of [`/API/engagement/favorites/${target}`, `/Api/Engagement/Favorites/${target}`, `//api/engagement/favorites/${target}`]) {
        const response = await request(app.server).put(path).set('authorization', `Bearer ${fx.stranger.jwt}`);
        // 404 where the router matches the spelling, 405 where it does not: never saved
        expect([404, 405], `${path}: ${response.status}`).toContain(response.status);
      }
      const list = await request(app.server).get('/api/engagement/favorites').set('authorization', `Bearer ${fx.stranger.jwt}`).expect(200);
      expect(leaksIn(fx, list.text, '')).toEqual([]);
      // the visible session can be saved (the refusal above is about privacy, not the route)
      await request(app.server).put(`/API/engagement/favorites/${fx.visible.sessionDocumentId}`).set('authorization', `Bearer ${fx.stranger.jwt}`).expect((r) => expect(r.status).toBeLessThan(300));
    });
  });
});
