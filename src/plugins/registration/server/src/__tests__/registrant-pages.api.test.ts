/**
 * What the admin pages of the registrant lists read besides the list itself: the organizer's events
 * (the picker), a list's columns with their labels, and the list's live stream (admin JWT in the
 * Authorization header; only this event's changes, within 2 s); the module's admin actions given to
 * the organizer roles, and a role without them refused.
 */
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveStreamRefused, openLiveStream, type LiveEvent } from '../../../../../../cms/src/live';
import { registrantColumnsSchema, registrantEventsSchema } from '../../../../../../cms/src/registrants';
import { adminRoleId, adminWith, adminWithRoles, superAdmin, type TestAdmin } from '../../../../../../scripts/testing/admins';
import { startPeer, type Peer } from '../../../../../../scripts/testing/peer';
import type { TestApp } from '../../../../../../scripts/testing/strapi';
import { waitFor } from '../../../../../../scripts/testing/wait';
import { platform } from '../../../../platform/server/src/kit';
import { ADMIN_ACTIONS } from '../domain/admin-actions';
import { bearer, createEvent, startHarness, type Harness } from './fixtures';

const FORM = [{ key: 'track', type: 'single-choice', label: 'Направление', required: false, options: 'ML\nВеб' }];

describe('the registrant pages’ routes', () => {
  let harness: Harness;
  let app: TestApp;
  let base: string;
  let root: TestAdmin;
  let managerA: TestAdmin;
  let managerB: TestAdmin;
  let stranger: TestAdmin;
  let eventA: string;
  let eventB: string;
  let peer: Peer | null = null;

  async function makeEvent(slug: string, managers: number[]): Promise<string> {
    const documentId = await createEvent(app, slug, { capacity: 40, registrationForm: FORM });
    // organizers' lists are the draft's (the document's latest word)
    await app.strapi.documents('api::event.event').update({ documentId, data: { managers } as never });
    return documentId;
  }

  const get = (admin: TestAdmin, path: string) => request(app.server).get(`/registration${path}`).set(bearer(admin.token)).set('accept-language', 'ru');

  beforeAll(async () => {
    harness = await startHarness();
    app = harness.app;
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', () => resolve()));
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    root = await superAdmin(app, 'pages-root');
    const managerRole = await adminRoleId(app, 'mmso-event-manager');
    managerA = await adminWithRoles(app, 'pages-manager-a', [managerRole]);
    managerB = await adminWithRoles(app, 'pages-manager-b', [managerRole]);
    // a role of its own with the media library only: no right to the lists
    stranger = await adminWith(app, 'pages-stranger', ['plugin::upload.read']);
    eventA = await makeEvent('pages-a', [managerA.id]);
    eventB = await makeEvent('pages-b', [managerB.id]);
    if (process.env.REDIS_URL) peer = await startPeer(app);
  });

  afterAll(async () => {
    await peer?.stop();
    await harness?.stop();
  });

  it('gives the organizer roles the module’s actions (the access log: the client administrator only)', async () => {
    for (const code of ['mmso-event-manager', 'mmso-event-admin', 'mmso-client-admin']) {
      const role = await adminRoleId(app, code);
      const actions = ((await app.strapi.db.query('admin::permission').findMany({ where: { role: { id: role } }, select: ['action'] })) as Array<{ action: string }>).map(
        (permission) => permission.action,
      );
      for (const key of ['read', 'manage', 'export', 'checkin', 'audience'] as const) expect(actions, `${code} ${key}`).toContain(ADMIN_ACTIONS[key]);
      if (code === 'mmso-client-admin') expect(actions).toContain(ADMIN_ACTIONS.accessLog);
      else expect(actions).not.toContain(ADMIN_ACTIONS.accessLog);
    }
  });

  it('lists to each organizer the events they may open, with their counts', async () => {
    const ofA = registrantEventsSchema.parse((await get(managerA, '/registrant-events').expect(200)).body).results;
    expect(ofA.map((event) => event.documentId)).toEqual([eventA]);
    expect(ofA[0]).toMatchObject({ title: 'Событие pages-a', capacity: 40, registered: 0, waitlisted: 0, startsAt: expect.stringMatching(/-06-01T07:00:00.000Z$/) });
    const ofRoot = registrantEventsSchema.parse((await get(root, '/registrant-events').expect(200)).body).results.map((event) => event.documentId);
    expect(ofRoot).toEqual(expect.arrayContaining([eventA, eventB]));
    await get(stranger, '/registrant-events').expect(403);
  });

  it('words a list’s columns in the organizer’s language, for that event’s organizers only', async () => {
    const answer = registrantColumnsSchema.parse((await get(managerA, `/events/${eventA}/registrants/columns`).expect(200)).body);
    expect(answer.event).toEqual({ documentId: eventA, title: 'Событие pages-a', slug: 'pages-a', capacity: 40 });
    expect(answer.columns.find((column) => column.key === 'answers.track')).toMatchObject({ label: 'Направление', kind: 'choice', options: [{ value: 'ML', label: 'ML' }, { value: 'Веб', label: 'Веб' }] });
    expect(answer.columns.find((column) => column.key === 'profile.city')?.label).toBe('Город');
    // an organizer whose admin speaks English (the admin profile's language wins over the browser's)
    await app.strapi.db.query('admin::user').update({ where: { id: root.id }, data: { preferedLanguage: 'en' } });
    const english = registrantColumnsSchema.parse((await get(root, `/events/${eventA}/registrants/columns`).expect(200)).body);
    expect(english.columns.find((column) => column.key === 'profile.city')?.label).toBe('City');
    expect((await get(managerB, `/events/${eventA}/registrants/columns`).expect(403)).body.error.message).toBe('Нет доступа к участникам этого события');
    await get(stranger, `/events/${eventA}/registrants`).expect(403);
  });

  it('streams the changes of this event’s registrations only, within 2 s, to its organizers (the token in the header, never the URL)', async () => {
    const url = `${base}/registration/events/${eventA}/registrants/stream`;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(`${url}?token=${managerA.token}`)).status).toBe(401);
    const refused = new AbortController();
    await expect(openLiveStream({ url, token: managerB.token, signal: refused.signal, onEvent: () => undefined, reconnect: false })).rejects.toEqual(new LiveStreamRefused(403));

    const events: LiveEvent[] = [];
    const controller = new AbortController();
    const done = openLiveStream({ url, token: managerA.token, signal: controller.signal, onEvent: (event) => void events.push(event), reconnect: false });
    await waitFor(() => events.some((event) => event.event === 'ready'), 'the ready event', 10_000);
    const at = new Date().toISOString();
    const started = Date.now();
    // what the platform broadcasts after a domain event's commit (`onCommitted`'s topic)
    const broadcast = (id: number, eventDocumentId: string) =>
      platform(app.strapi).bus.publish('domain.registration.created', {
        id,
        name: 'registration.created',
        payload: { registrationId: id, userId: 7, eventDocumentId, status: 'registered', at },
        publishedAt: at,
      });
    await broadcast(901, eventB);
    await broadcast(902, eventA);
    await waitFor(() => events.find((event) => event.event === 'domain.registration.created'), 'the change on the stream', 2_000);
    expect(Date.now() - started).toBeLessThan(2_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const changes = events.filter((event) => event.event === 'domain.registration.created');
    expect(changes.map((event) => (event.data as { payload: { registrationId: number } }).payload.registrationId)).toEqual([902]);
    controller.abort();
    await done;
  });

  it.skipIf(!process.env.REDIS_URL)('streams a change committed on another instance within 2 s (Redis)', async () => {
    const events: LiveEvent[] = [];
    const controller = new AbortController();
    const done = openLiveStream({
      url: `${base}/registration/events/${eventA}/registrants/stream`,
      token: managerA.token,
      signal: controller.signal,
      onEvent: (event) => void events.push(event),
      reconnect: false,
    });
    await waitFor(() => events.some((event) => event.event === 'ready'), 'the ready event', 10_000);
    const at = new Date().toISOString();
    const started = Date.now();
    // the second instance publishes the domain event's broadcast (asked over the bus)
    const message = { id: 903, name: 'registration.cancelled', payload: { registrationId: 903, userId: 7, eventDocumentId: eventA, previousStatus: 'registered', at }, publishedAt: at };
    await platform(app.strapi).bus.publish('test.ping', { relay: { topic: 'domain.registration.cancelled', message } });
    await waitFor(() => events.find((event) => event.event === 'domain.registration.cancelled'), 'the change from the second instance', 2_000);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(peer?.lines.find((line) => line.received !== undefined)?.pid).not.toBe(process.pid);
    controller.abort();
    await done;
  });
});
