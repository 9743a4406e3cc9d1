/**
 * A session's recording link on the public APIs: withheld before the session has ended (and before
 * the recording's publication time), never for "never", only for signed-in registered participants
 * of the event for "registered", for all after the end for "everyone". Lists, single reads, populate
 * from events and speakers, GraphQL; no filter or sort on the link. Times are relative to the real
 * clock: the rule runs on the server's clock.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStrapi, type TestApp } from '../../../../../../scripts/testing/strapi';
import { createAttendee } from '../../../../../../scripts/testing/users';

const HOUR = 60 * 60 * 1000;
const SESSION_KEYS = ['everyone-ended', 'everyone-upcoming', 'everyone-running', 'everyone-unpublished', 'registered-ended', 'registered-upcoming', 'never-ended', 'other-registered'] as const;
type SessionKey = (typeof SESSION_KEYS)[number];
type Who = 'anonymous' | 'alice' | 'bob' | 'carol' | 'dave';

const urlOf = (key: SessionKey) => `https://video.uni.test/${key}`;

interface RegistrationService {
  claim(input: { eventDocumentId: string; user: number; answers: object; refCode: null; utm: null }): Promise<{ record: { status: string } }>;
  cancel(eventDocumentId: string, userId: number): Promise<unknown>;
}

describe('recording links on the public APIs', () => {
  let app: TestApp;
  const tokens = {} as Record<Exclude<Who, 'anonymous'>, string>;
  const ids = {} as Record<SessionKey, string>;
  let eventId: string;
  let speakerId: string;

  const get = (path: string, who: Who = 'anonymous') => {
    const req = request(app.server).get(path);
    return who === 'anonymous' ? req : req.set('authorization', `Bearer ${tokens[who]}`);
  };
  const gql = (query: string, who: Who = 'anonymous') => {
    const req = request(app.server).post('/graphql').send({ query });
    return who === 'anonymous' ? req : req.set('authorization', `Bearer ${tokens[who]}`);
  };
  /** The links a caller receives, by session title (null: withheld). */
  const linksIn = (sessions: Array<{ title: string; recordingUrl?: string | null }>) =>
    Object.fromEntries(sessions.map((session) => [session.title, session.recordingUrl ?? null]));
  const listed = async (who: Who) =>
    linksIn((await get(`/api/sessions?filters[event][documentId][$eq]=${eventId}&pagination[pageSize]=50`, who).expect(200)).body.data);
  /** What each caller should receive: the links of these sessions, and null for the others. */
  const only = (...keys: SessionKey[]) =>
    Object.fromEntries(SESSION_KEYS.filter((key) => key !== 'other-registered' && key !== 'everyone-unpublished').map((key) => [key, keys.includes(key) ? urlOf(key) : null]));

  beforeAll(async () => {
    app = await bootStrapi();
    const { strapi } = app;
    const now = Date.now();
    const iso = (offset: number) => new Date(now + offset).toISOString();
    const [alice, bob, carol, dave] = await Promise.all(['alice', 'bob', 'carol', 'dave'].map((name) => createAttendee(app, `${name}-rec`)));
    Object.assign(tokens, { alice: alice!.jwt, bob: bob!.jwt, carol: carol!.jwt, dave: dave!.jwt });

    const events = strapi.documents('api::event.event');
    const event = async (slug: string) =>
      (
        await events.create({
          data: { title: `Событие ${slug}`, slug, privacy: 'public', format: 'online', timezone: 'Europe/Moscow', startsAt: iso(-48 * HOUR), endsAt: iso(48 * HOUR), capacity: 1, waitlistEnabled: true } as never,
          status: 'published',
        })
      ).documentId;
    eventId = await event('rec-main');
    const otherEvent = await event('rec-other');

    const session = async (key: SessionKey, event: string, availability: string, startsIn: number, extra: Record<string, unknown> = {}, publish = true) => {
      ids[key] = (
        await strapi.documents('api::session.session').create({
          data: {
            title: key,
            event,
            startsAt: iso(startsIn),
            endsAt: iso(startsIn + HOUR),
            recordingUrl: urlOf(key),
            recordingAvailability: availability,
            ...extra,
          } as never,
          ...(publish ? { status: 'published' as const } : {}),
        })
      ).documentId;
    };
    await session('everyone-ended', eventId, 'everyone', -3 * HOUR, { recordingAvailableAt: iso(-HOUR) });
    // ended, but the organizer publishes the recording tomorrow
    await session('everyone-upcoming', eventId, 'everyone', -3 * HOUR, { recordingAvailableAt: iso(24 * HOUR) });
    await session('everyone-running', eventId, 'everyone', -0.5 * HOUR);
    await session('everyone-unpublished', eventId, 'everyone', -3 * HOUR, {}, false);
    await session('registered-ended', eventId, 'registered', -3 * HOUR);
    await session('registered-upcoming', eventId, 'registered', 2 * HOUR);
    await session('never-ended', eventId, 'never', -3 * HOUR);
    await session('other-registered', otherEvent, 'registered', -3 * HOUR);
    // an English version of the event and of two sessions: the link is not localized, so it travels with them
    await events.update({ documentId: eventId, locale: 'en', data: { title: 'Event rec-main', slug: 'rec-main' } as never });
    await events.publish({ documentId: eventId, locale: 'en' });
    for (const key of ['registered-ended', 'everyone-upcoming'] as const) {
      await strapi.documents('api::session.session').update({ documentId: ids[key], locale: 'en', data: { title: `${key} (en)`, event: eventId } as never });
      await strapi.documents('api::session.session').publish({ documentId: ids[key], locale: 'en' });
    }
    speakerId = (
      await strapi.documents('api::speaker.speaker').create({
        data: { name: 'Лектор Записей', slug: 'rec-speaker', sessions: [ids['everyone-ended'], ids['registered-ended'], ids['never-ended']] } as never,
        status: 'published',
      })
    ).documentId;

    // one seat: alice holds it, bob waits, carol waited and cancelled; dave holds a seat at another event
    const registrations = strapi.plugin('registration').service('registrations') as RegistrationService;
    const claim = (event: string, user: number) => registrations.claim({ eventDocumentId: event, user, answers: {}, refCode: null, utm: null });
    expect((await claim(eventId, alice!.id)).record.status).toBe('registered');
    expect((await claim(eventId, bob!.id)).record.status).toBe('waitlisted');
    expect((await claim(eventId, carol!.id)).record.status).toBe('waitlisted');
    await registrations.cancel(eventId, carol!.id);
    expect((await claim(otherEvent, dave!.id)).record.status).toBe('registered');
  });

  afterAll(async () => {
    await app?.stop();
    await app?.db.drop();
  });

  it('gives anonymous visitors only "everyone" recordings of ended sessions, from their publication time', async () => {
    expect(await listed('anonymous')).toEqual(only('everyone-ended'));
  });

  it('adds "registered" recordings of ended sessions for a registered participant only', async () => {
    expect(await listed('alice')).toEqual(only('everyone-ended', 'registered-ended'));
    // waitlisted, cancelled, or registered for another event: no
    for (const who of ['bob', 'carol', 'dave'] as const) expect(await listed(who)).toEqual(only('everyone-ended'));
    const other = (await get(`/api/sessions/${ids['other-registered']}`, 'alice').expect(200)).body.data;
    expect(other.recordingUrl).toBeNull();
    expect((await get(`/api/sessions/${ids['other-registered']}`, 'dave').expect(200)).body.data.recordingUrl).toBe(urlOf('other-registered'));
  });

  it('withholds it in single reads and when only the link is asked for', async () => {
    const one = async (key: SessionKey, who: Who) => (await get(`/api/sessions/${ids[key]}?fields[0]=recordingUrl`, who).expect(200)).body.data.recordingUrl;
    expect(await one('everyone-ended', 'anonymous')).toBe(urlOf('everyone-ended'));
    expect(await one('everyone-running', 'alice')).toBeNull();
    expect(await one('registered-ended', 'anonymous')).toBeNull();
    expect(await one('registered-ended', 'bob')).toBeNull();
    expect(await one('registered-ended', 'alice')).toBe(urlOf('registered-ended'));
    expect(await one('registered-upcoming', 'alice')).toBeNull();
    expect(await one('never-ended', 'alice')).toBeNull();
    // the availability itself stays readable: the site says "for registered participants" or "later"
    const session = (await get(`/api/sessions/${ids['registered-ended']}`).expect(200)).body.data;
    expect(session).toMatchObject({ recordingAvailability: 'registered', recordingUrl: null });
  });

  it('withholds it in sessions populated from an event or a speaker', async () => {
    const fromEvent = async (who: Who) =>
      linksIn((await get(`/api/events/${eventId}?populate[sessions][fields][0]=title&populate[sessions][fields][1]=recordingUrl`, who).expect(200)).body.data.sessions);
    expect(await fromEvent('anonymous')).toEqual(only('everyone-ended'));
    expect(await fromEvent('alice')).toEqual(only('everyone-ended', 'registered-ended'));
    const fromSpeaker = async (who: Who) => linksIn((await get(`/api/speakers/${speakerId}?populate=sessions`, who).expect(200)).body.data.sessions);
    expect(await fromSpeaker('bob')).toEqual({ 'everyone-ended': urlOf('everyone-ended'), 'registered-ended': null, 'never-ended': null });
    expect(await fromSpeaker('alice')).toEqual({ 'everyone-ended': urlOf('everyone-ended'), 'registered-ended': urlOf('registered-ended'), 'never-ended': null });
  });

  it('withholds it in the other-language versions of a session', async () => {
    const localized = async (key: SessionKey, who: Who) =>
      linksIn((await get(`/api/sessions/${ids[key]}?populate[localizations][fields][0]=title&populate[localizations][fields][1]=recordingUrl`, who).expect(200)).body.data.localizations);
    expect(await localized('registered-ended', 'bob')).toEqual({ 'registered-ended (en)': null });
    expect(await localized('registered-ended', 'alice')).toEqual({ 'registered-ended (en)': urlOf('registered-ended') });
    expect(await localized('everyone-upcoming', 'alice')).toEqual({ 'everyone-upcoming (en)': null });
    const query = (key: SessionKey) => `{ sessions(filters: { title: { eq: "${key}" } }) { title recordingUrl localizations { title recordingUrl } } }`;
    const viaGraphql = async (key: SessionKey, who: Who) => {
      const body = (await gql(query(key), who).expect(200)).body;
      expect(body.errors).toBeUndefined();
      return body.data.sessions[0];
    };
    expect(await viaGraphql('registered-ended', 'bob')).toEqual({ title: 'registered-ended', recordingUrl: null, localizations: [{ title: 'registered-ended (en)', recordingUrl: null }] });
    expect(await viaGraphql('registered-ended', 'alice')).toEqual({
      title: 'registered-ended',
      recordingUrl: urlOf('registered-ended'),
      localizations: [{ title: 'registered-ended (en)', recordingUrl: urlOf('registered-ended') }],
    });
    expect((await viaGraphql('everyone-upcoming', 'anonymous')).localizations).toEqual([{ title: 'everyone-upcoming (en)', recordingUrl: null }]);
  });

  it('refuses filters and sorting on the link (they would reveal it piece by piece)', async () => {
    const probes = [
      `/api/sessions?filters[recordingUrl][$startsWith]=https://video.uni.test/registered`,
      `/api/sessions?filters[$or][0][recordingUrl][$notNull]=true`,
      `/api/events?filters[sessions][recordingUrl][$contains]=never`,
      `/api/events/${eventId}?populate[sessions][filters][recordingUrl][$contains]=never`,
      `/api/sessions?sort=recordingUrl:asc`,
      `/api/sessions?sort[0]=title&sort[1]=recordingUrl:desc`,
      `/api/events/${eventId}?populate[sessions][sort]=recordingUrl`,
    ];
    for (const probe of probes) {
      const response = await get(probe);
      expect(response.status, probe).toBe(400);
      expect(JSON.stringify(response.body), probe).not.toContain('video.uni.test');
    }
  });

  it('applies the same rule on GraphQL', async () => {
    const query = `{ sessions(filters: { event: { documentId: { eq: "${eventId}" } } }, pagination: { pageSize: 50 }) { title recordingUrl } }`;
    const anonymous = await gql(query).expect(200);
    expect(anonymous.body.errors).toBeUndefined();
    expect(linksIn(anonymous.body.data.sessions)).toEqual(only('everyone-ended'));
    expect(linksIn((await gql(query, 'alice').expect(200)).body.data.sessions)).toEqual(only('everyone-ended', 'registered-ended'));
    const single = await gql(`{ session(documentId: "${ids['registered-ended']}") { recordingUrl } }`, 'bob').expect(200);
    expect(single.body.data.session.recordingUrl).toBeNull();
    const filtered = await gql(`{ sessions(filters: { recordingUrl: { contains: "registered" } }) { title } }`);
    expect(filtered.body.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(filtered.body)).not.toContain('registered-ended');
  });

  it('never reveals the link of an unpublished session', async () => {
    expect(Object.keys(await listed('alice'))).not.toContain('everyone-unpublished');
    expect((await get(`/api/sessions/${ids['everyone-unpublished']}?status=draft`, 'alice')).body.data?.recordingUrl ?? null).toBeNull();
  });
});
