/**
 * Translations by organizers through the content manager. In Strapi 5 saving an entry in a locale
 * it has no version in yet (`PUT .../:documentId?locale=en`) creates that locale and needs the
 * create permission: an event manager adds and edits translations of the events they run and of
 * their content, but creates no event and translates nothing of other events.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStrapi, type TestApp } from '../../../../../../scripts/testing/strapi';
import { account, adminApi, EVENT, ids, makeEvent, makeSession, SESSION, versions, type Account } from './rbac-fixtures';

interface ErrorBody {
  error?: { message?: string };
}

const messageOf = (body: unknown) => (body as ErrorBody).error?.message ?? '';

describe('organizer roles: translations', () => {
  let app: TestApp;
  let manager: Account;
  let admin: Account;
  let rival: Account;
  let rivalManager: Account;
  /** mine: managed by `manager`; theirs: the rival's only; early: managed by `manager`, not translated yet; shared: `admin` is only its manager. */
  const ev = {} as Record<'mine' | 'theirs' | 'early' | 'shared', string>;
  const ses = {} as Record<'mine' | 'theirs' | 'early', string>;

  const englishRows = async (uid: string, documentId: string) =>
    (await versions(app, uid, documentId, uid === EVENT ? ['title', 'slug', 'privacy'] : ['title', 'privacy'])).filter((row) => row.locale === 'en');

  /** What the edit form sends when an organizer fills in the English version of an event. */
  const englishEventForm = (privacy: string) => ({
    title: 'Open day',
    summary: 'The university opens its doors',
    // shared fields come prefilled from the Russian version
    privacy,
    registrationOpen: false,
    capacity: null,
    startsAt: '2026-12-01T07:00:00.000Z',
    endsAt: '2026-12-01T15:00:00.000Z',
    timezone: 'Europe/Moscow',
    format: 'offline',
    // the form generates a required uid for a new locale by itself
    slug: 'event',
    // components and relations are not copied by the form: it sends empty values
    registrationForm: [],
    admins: { connect: [], disconnect: [] },
    managers: { connect: [], disconnect: [] },
    invitedUsers: { connect: [], disconnect: [] },
  });

  /** A fresh event `manager` runs, translated into English by the manager (tests that need a translation make their own). */
  const translatedEvent = async () => {
    const event = await makeEvent(app, { admins: [rival.id], managers: [manager.id], privacy: 'invite' });
    const api = adminApi(app, manager);
    const response = await api.put(`${api.cm(EVENT)}/${event}?locale=en`, englishEventForm('invite'));
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return event;
  };

  beforeAll(async () => {
    app = await bootStrapi();
    manager = await account(app, 'translator', ['manager']);
    admin = await account(app, 'event-admin', ['eventAdmin']);
    rival = await account(app, 'rival', ['eventAdmin']);
    rivalManager = await account(app, 'rival-manager', ['manager']);
    ev.mine = await makeEvent(app, { admins: [rival.id], managers: [manager.id], privacy: 'invite' });
    ev.theirs = await makeEvent(app, { admins: [rival.id], managers: [rivalManager.id] });
    ev.early = await makeEvent(app, { admins: [rival.id], managers: [manager.id] });
    ev.shared = await makeEvent(app, { admins: [rival.id], managers: [admin.id] });
    ses.mine = await makeSession(app, ev.mine);
    ses.theirs = await makeSession(app, ev.theirs);
    ses.early = await makeSession(app, ev.early);
  });

  afterAll(async () => {
    await app?.stop();
    await app?.db.drop();
  });

  describe('events', () => {
    it('lets a manager add the English version of an event they run, with its address and organizers', async () => {
      const api = adminApi(app, manager);
      const russian = (await versions(app, EVENT, ev.mine, ['slug', 'privacy'])).find((row) => row.locale === 'ru');
      const response = await api.put(`${api.cm(EVENT)}/${ev.mine}?locale=en`, englishEventForm('invite'));
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      const [english] = await englishRows(EVENT, ev.mine);
      expect(english).toMatchObject({ title: 'Open day', slug: russian?.slug, privacy: 'invite', publishedAt: null });
      // the translation belongs to the same organizers, and stays the manager's to edit
      const row = (await app.strapi.db.query(EVENT).findOne({ where: { documentId: ev.mine, locale: 'en' }, populate: { admins: true, managers: true } })) as {
        admins: unknown;
        managers: unknown;
      };
      expect(ids(row.admins)).toEqual([rival.id]);
      expect(ids(row.managers)).toEqual([manager.id]);
      const edited = await api.put(`${api.cm(EVENT)}/${ev.mine}?locale=en`, { title: 'Open day 2026' });
      expect(edited.status, JSON.stringify(edited.body)).toBe(200);
      expect((await englishRows(EVENT, ev.mine))[0]?.title).toBe('Open day 2026');
      // the Russian version is untouched
      expect((await versions(app, EVENT, ev.mine, ['title', 'privacy'])).filter((version) => version.locale === 'ru').map((version) => version.privacy)).toEqual([
        'invite',
        'invite',
      ]);
    });

    it('does not let a manager translate an event of someone else', async () => {
      const api = adminApi(app, manager);
      const response = await api.put(`${api.cm(EVENT)}/${ev.theirs}?locale=en`, englishEventForm('public'));
      expect(response.status).toBe(403);
      expect(messageOf(response.body)).toBe('Перевод можно добавить только к событию, которое вы ведёте');
      expect(await englishRows(EVENT, ev.theirs)).toEqual([]);
      // nor read the translation of another manager's event
      const translated = await translatedEvent();
      expect([403, 404]).toContain((await adminApi(app, rivalManager).get(`${api.cm(EVENT)}/${translated}?locale=en`)).status);
    });

    it('does not let a manager change the settings through a new translation', async () => {
      const api = adminApi(app, manager);
      const before = await versions(app, EVENT, ev.early, ['privacy']);
      const response = await api.put(`${api.cm(EVENT)}/${ev.early}?locale=en`, englishEventForm('closed'));
      expect(response.status).toBe(403);
      expect(messageOf(response.body)).toContain('Менеджер события не может менять поле privacy');
      expect(await versions(app, EVENT, ev.early, ['privacy'])).toEqual(before);
    });

    it('keeps an event administrator who only manages an event to its content when translating it', async () => {
      const api = adminApi(app, admin);
      const refused = await api.put(`${api.cm(EVENT)}/${ev.shared}?locale=en`, { ...englishEventForm('public'), capacity: 5 });
      expect(refused.status).toBe(403);
      expect(messageOf(refused.body)).toContain('capacity');
      expect(await englishRows(EVENT, ev.shared)).toEqual([]);
      const translated = await api.put(`${api.cm(EVENT)}/${ev.shared}?locale=en`, englishEventForm('public'));
      expect(translated.status, JSON.stringify(translated.body)).toBe(200);
      expect((await versions(app, EVENT, ev.shared, ['capacity'])).map((row) => row.capacity)).toEqual([null, null, null]);
    });

    it('does not let a manager create or copy an event', async () => {
      const api = adminApi(app, manager);
      const created = await api.post(`${api.cm(EVENT)}?locale=ru`, { title: 'Своё событие', slug: 'svoyo-sobytie-menedzhera' });
      expect(created.status).toBe(403);
      expect(messageOf(created.body)).toMatch(/не создаёт новые события/);
      const published = await api.post(`${api.cm(EVENT)}/actions/publish?locale=ru`, { title: 'Сразу опубликовать', slug: 'srazu-menedzher' });
      expect(published.status).toBe(403);
      const copied = await api.post(`${api.cm(EVENT)}/clone/${ev.mine}?locale=ru`, { title: 'Копия', slug: 'kopiya-menedzhera' });
      expect(copied.status).toBe(403);
      expect(await app.strapi.db.query(EVENT).count({ where: { slug: { $in: ['svoyo-sobytie-menedzhera', 'srazu-menedzher', 'kopiya-menedzhera'] } } })).toBe(0);
    });
  });

  describe('the content of events', () => {
    it('lets a manager translate a session of their event, which stays in the event', async () => {
      const event = await translatedEvent();
      const session = await makeSession(app, event);
      const api = adminApi(app, manager);
      const response = await api.put(`${api.cm(SESSION)}/${session}?locale=en`, { title: 'Welcome talk', event: { connect: [], disconnect: [] } });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      const english = (await app.strapi.db.query(SESSION).findOne({ where: { documentId: session, locale: 'en' }, populate: { event: true } })) as {
        title: string;
        event: { documentId: string; locale: string } | null;
      };
      expect(english).toMatchObject({ title: 'Welcome talk', event: { documentId: event, locale: 'en' } });
      expect((await api.get(`${api.cm(SESSION)}/${session}?locale=en`)).status).toBe(200);
    });

    it('asks for the event’s translation first', async () => {
      const api = adminApi(app, manager);
      const response = await api.put(`${api.cm(SESSION)}/${ses.early}?locale=en`, { title: 'Too early' });
      expect(response.status).toBe(400);
      expect(messageOf(response.body)).toMatch(/Сначала добавьте событию перевод/);
      expect(await englishRows(SESSION, ses.early)).toEqual([]);
    });

    it('does not let a manager translate a session of someone else’s event', async () => {
      const api = adminApi(app, manager);
      const response = await api.put(`${api.cm(SESSION)}/${ses.theirs}?locale=en`, { title: 'Not mine' });
      expect(response.status).toBe(403);
      expect(await englishRows(SESSION, ses.theirs)).toEqual([]);
    });
  });
});
