/**
 * How the organizer roles scope the admin panel beyond single reads and writes: lists, creating
 * events and their content, moving content between events, the event's own organizer lists, the
 * role capping the listing, partners, bulk routes, translations, the roles themselves and the
 * organizer scope other plugins ask (`platform(strapi).access`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStrapi, type TestApp } from '../../../../../../scripts/testing/strapi';
import { ROLE_CODES, ROLES } from '../domain/roles';
import { syncOrganizerRoles } from '../rbac/roles';
import { platform } from '../../../../platform/server/src/kit';
import { account, adminApi, draft, EVENT, ids, makeEvent, makeSession, PARTNER, SESSION, versions, type Account } from './rbac-fixtures';

describe('organizer roles: scoping in the admin panel', () => {
  let app: TestApp;
  let client: Account;
  let admin: Account;
  let manager: Account;
  let rival: Account;
  /** e1: admin's; e2: admin listed as manager; e3: manager's; e4: manager listed as admin; e5: the rival's. */
  const ev = {} as Record<'e1' | 'e2' | 'e3' | 'e4' | 'e5', string>;
  const ses = {} as Record<'s1' | 's3' | 's5', string>;

  const organizers = () => platform(app.strapi).access;
  const listOf = async (who: Account, uid: string) => {
    const response = await adminApi(app, who).get(`/content-manager/collection-types/${uid}?page=1&pageSize=100&locale=ru`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return (response.body as { results: Array<{ documentId: string }> }).results.map((row) => row.documentId).sort();
  };

  beforeAll(async () => {
    app = await bootStrapi();
    client = await account(app, 'client', ['clientAdmin']);
    admin = await account(app, 'event-admin', ['eventAdmin']);
    manager = await account(app, 'manager', ['manager']);
    rival = await account(app, 'rival', ['eventAdmin']);
    ev.e1 = await makeEvent(app, { admins: [admin.id] });
    ev.e2 = await makeEvent(app, { admins: [rival.id], managers: [admin.id] });
    ev.e3 = await makeEvent(app, { admins: [rival.id], managers: [manager.id] });
    ev.e4 = await makeEvent(app, { admins: [manager.id] });
    ev.e5 = await makeEvent(app, { admins: [rival.id] });
    ses.s1 = await makeSession(app, ev.e1);
    ses.s3 = await makeSession(app, ev.e3);
    ses.s5 = await makeSession(app, ev.e5);
  });

  afterAll(async () => {
    await app?.stop();
    await app?.db.drop();
  });

  describe('roles', () => {
    it('exist by code with their Russian names, and a second sync changes nothing', async () => {
      const roles = (await app.strapi.db.query('admin::role').findMany({ where: { code: { $in: Object.values(ROLE_CODES) } } })) as Array<{ code: string; name: string; description: string }>;
      expect(roles.map((role) => role.name).sort()).toEqual(ROLES.map((role) => role.name).sort());
      const permissionsBefore = (await app.strapi.db.query('admin::permission').findMany({ select: ['id'], orderBy: { id: 'asc' } })) as Array<{ id: number }>;
      await syncOrganizerRoles(app.strapi);
      const permissionsAfter = (await app.strapi.db.query('admin::permission').findMany({ select: ['id'], orderBy: { id: 'asc' } })) as Array<{ id: number }>;
      expect(permissionsAfter).toEqual(permissionsBefore);
      expect(await app.strapi.db.query('admin::role').count({ where: { code: { $in: Object.values(ROLE_CODES) } } })).toBe(3);
    });
  });

  describe('lists', () => {
    it('show an event administrator and a manager only the events they are listed on', async () => {
      expect(await listOf(admin, EVENT)).toEqual([ev.e1, ev.e2].sort());
      expect(await listOf(manager, EVENT)).toEqual([ev.e3, ev.e4].sort());
      expect(await listOf(client, EVENT)).toEqual(expect.arrayContaining(Object.values(ev)));
    });

    it('show sessions of those events only', async () => {
      expect(await listOf(admin, SESSION)).toEqual([ses.s1]);
      expect(await listOf(manager, SESSION)).toEqual([ses.s3]);
    });

    it('offer only their events when picking the event of a session', async () => {
      const response = await adminApi(app, manager).get(`/content-manager/relations/${SESSION}/event?locale=ru&pageSize=100`);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      const offered = (response.body as { results: Array<{ documentId: string }> }).results.map((row) => row.documentId).sort();
      expect(offered).toEqual([ev.e3, ev.e4].sort());
    });
  });

  describe('creating', () => {
    // tests that add events, sessions or organizers use accounts and events of their own, so the
    // lists and scopes of the shared accounts above stay as seeded whatever order the tests run in
    it('makes the event administrator who creates an event its administrator', async () => {
      const creator = await account(app, 'creator', ['eventAdmin']);
      const api = adminApi(app, creator);
      const response = await api.post(`${api.cm(EVENT)}?locale=ru`, {
        title: 'Новое событие',
        slug: 'novoe-sobytie-rbac',
        startsAt: '2026-12-10T07:00:00.000Z',
        endsAt: '2026-12-10T10:00:00.000Z',
        timezone: 'Europe/Moscow',
        format: 'online',
        privacy: 'public',
      });
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      const documentId = (response.body as { data: { documentId: string } }).data.documentId;
      expect(ids((await draft(app, EVENT, documentId, { admins: true }))?.admins)).toEqual([creator.id]);
      expect((await api.get(`${api.cm(EVENT)}/${documentId}?locale=ru`)).status).toBe(200);
      expect(await listOf(creator, EVENT)).toEqual([documentId]);
    });

    it('does not let a manager create events', async () => {
      const api = adminApi(app, manager);
      const response = await api.post(`${api.cm(EVENT)}?locale=ru`, { title: 'Чужое', slug: 'chuzhoe-rbac' });
      expect(response.status).toBe(403);
      expect(await app.strapi.db.query(EVENT).count({ where: { slug: 'chuzhoe-rbac' } })).toBe(0);
    });

    it('lets a manager add sessions to its events only, and only with an event', async () => {
      const author = await account(app, 'session-author', ['manager']);
      const own = await makeEvent(app, { admins: [rival.id], managers: [author.id] });
      const api = adminApi(app, author);
      const session = (event?: string) => ({
        title: 'Доклад менеджера',
        startsAt: '2026-12-01T10:00:00.000Z',
        endsAt: '2026-12-01T11:00:00.000Z',
        privacy: 'inherit',
        ...(event ? { event: { connect: [{ documentId: event, locale: 'ru' }] } } : {}),
      });
      const created = await api.post(`${api.cm(SESSION)}?locale=ru`, session(own));
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const other = await api.post(`${api.cm(SESSION)}?locale=ru`, { ...session(ev.e5), title: 'В чужое событие' });
      expect(other.status).toBe(403);
      const none = await api.post(`${api.cm(SESSION)}?locale=ru`, { ...session(), title: 'Без события' });
      expect(none.status).toBe(400);
      expect(await app.strapi.db.query(SESSION).count({ where: { title: { $in: ['В чужое событие', 'Без события'] } } })).toBe(0);
    });
  });

  describe('moving content and organizer lists', () => {
    it('does not let a session move to an event its organizer does not run', async () => {
      const api = adminApi(app, admin);
      const before = await versions(app, SESSION, ses.s1, ['title']);
      const moved = await api.put(`${api.cm(SESSION)}/${ses.s1}?locale=ru`, { event: { connect: [{ documentId: ev.e5, locale: 'ru' }] } });
      expect(moved.status).toBe(403);
      expect((await draft(app, SESSION, ses.s1, { event: true }))?.event).toMatchObject({ documentId: ev.e1 });
      expect(await versions(app, SESSION, ses.s1, ['title'])).toEqual(before);
      const orphaned = await api.put(`${api.cm(SESSION)}/${ses.s1}?locale=ru`, { event: { disconnect: [{ documentId: ev.e1, locale: 'ru' }] } });
      expect(orphaned.status).toBe(400);
      expect((await draft(app, SESSION, ses.s1, { event: true }))?.event).toMatchObject({ documentId: ev.e1 });
      const within = await api.put(`${api.cm(SESSION)}/${ses.s1}?locale=ru`, { event: { connect: [{ documentId: ev.e2, locale: 'ru' }] } });
      expect(within.status, JSON.stringify(within.body)).toBe(200);
      await api.put(`${api.cm(SESSION)}/${ses.s1}?locale=ru`, { event: { connect: [{ documentId: ev.e1, locale: 'ru' }] } });
    });

    it('does not let a manager appoint itself administrator', async () => {
      const api = adminApi(app, manager);
      const response = await api.put(`${api.cm(EVENT)}/${ev.e3}?locale=ru`, { admins: { connect: [{ id: manager.id }] } });
      expect(response.status).toBe(403);
      expect(ids((await draft(app, EVENT, ev.e3, { admins: true }))?.admins)).toEqual([rival.id]);
    });

    it('does not let an event administrator list itself on an event of someone else', async () => {
      const api = adminApi(app, admin);
      const response = await api.put(`${api.cm(EVENT)}/${ev.e5}?locale=ru`, { managers: { connect: [{ id: admin.id }] } });
      expect([403, 404]).toContain(response.status);
      expect(ids((await draft(app, EVENT, ev.e5, { managers: true }))?.managers)).toEqual([]);
    });

    it('lets the role cap the listing: settings stay with event administrators', async () => {
      // the event administrator listed as a manager of e2 edits its content, not its settings
      const asManager = adminApi(app, admin);
      expect((await asManager.put(`${asManager.cm(EVENT)}/${ev.e2}?locale=ru`, { title: 'Правка контента' })).status).toBe(200);
      expect((await asManager.put(`${asManager.cm(EVENT)}/${ev.e2}?locale=ru`, { privacy: 'closed' })).status).toBe(403);
      expect((await asManager.delete(`${asManager.cm(EVENT)}/${ev.e2}?locale=ru`)).status).toBe(403);
      // the manager listed among the administrators of e4 is still a manager
      const listedAsAdmin = adminApi(app, manager);
      expect((await listedAsAdmin.put(`${listedAsAdmin.cm(EVENT)}/${ev.e4}?locale=ru`, { capacity: 10 })).status).toBe(403);
      expect((await listedAsAdmin.post(`${listedAsAdmin.cm(EVENT)}/${ev.e4}/actions/publish?locale=ru`, {})).status).toBe(403);
      expect((await draft(app, EVENT, ev.e2))?.privacy).toBe('public');
      expect((await draft(app, EVENT, ev.e4))?.capacity).toBeNull();
    });

    it('accepts a save that sends the settings back unchanged', async () => {
      const api = adminApi(app, manager);
      const response = await api.put(`${api.cm(EVENT)}/${ev.e3}?locale=ru`, {
        title: 'Сохранено менеджером',
        privacy: 'public',
        capacity: null,
        registrationOpen: false,
        admins: { connect: [], disconnect: [] },
      });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect((await draft(app, EVENT, ev.e3))?.title).toBe('Сохранено менеджером');
    });

    it('accepts the whole edit form sent back, and refuses a change inside the registration form by name', async () => {
      await app.strapi.documents(EVENT).update({
        documentId: ev.e3,
        locale: 'ru',
        data: {
          registrationForm: [
            { key: 'faculty', type: 'single-choice', label: 'Факультет', required: true, options: 'Физический\nХимический', order: 1 },
            { key: 'phone', type: 'phone', label: 'Телефон', required: false, order: 2 },
          ],
        } as never,
      });
      const api = adminApi(app, manager);
      const path = `${api.cm(EVENT)}/${ev.e3}?locale=ru`;
      const read = await api.get(path);
      expect(read.status, JSON.stringify(read.body)).toBe(200);
      // what the edit form does with what it read: no metadata, relation counts become "no change", the rest goes back as is
      const form = Object.fromEntries(
        Object.entries((read.body as { data: Record<string, unknown> }).data)
          .filter(([key]) => !['status', 'localizations', 'createdBy', 'updatedBy'].includes(key))
          .map(([key, value]) => [key, value !== null && typeof value === 'object' && !Array.isArray(value) && 'count' in value ? { connect: [], disconnect: [] } : value]),
      );
      const saved = await api.put(path, { ...form, title: 'Сохранено всей формой' });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      expect((await draft(app, EVENT, ev.e3))?.title).toBe('Сохранено всей формой');

      const questions = form.registrationForm as Array<Record<string, unknown>>;
      const changed = await api.put(path, { ...form, registrationForm: [{ ...questions[0], label: 'Институт' }, questions[1]] });
      expect(changed.status).toBe(403);
      expect((changed.body as { error: { message: string } }).error.message).toMatch(/^Менеджер события не может менять поле registrationForm\.label \(форма регистрации\)/);
      const stored = (await draft(app, EVENT, ev.e3, { registrationForm: true }))?.registrationForm as Array<{ label: string }>;
      expect(stored.map((question) => question.label)).toEqual(['Факультет', 'Телефон']);
    });

    it('lets a manager make a session stricter', async () => {
      const api = adminApi(app, manager);
      const response = await api.put(`${api.cm(SESSION)}/${ses.s3}?locale=ru`, { privacy: 'invite' });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect((await draft(app, SESSION, ses.s3))?.privacy).toBe('invite');
    });

    it('keeps an event’s organizers the same on all its versions', async () => {
      const owner = await account(app, 'versions-owner', ['eventAdmin']);
      const appointed = await account(app, 'appointed', ['manager']);
      const event = await makeEvent(app, { admins: [owner.id] });
      const api = adminApi(app, owner);
      const publishedBefore = (await versions(app, EVENT, event, [])).find((row) => row.publishedAt !== null);
      const response = await api.put(`${api.cm(EVENT)}/${event}?locale=ru`, { managers: { connect: [{ id: appointed.id }] } });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      // the Russian draft and published version (a translation another test may have added has its own pair)
      const rows = (await app.strapi.db.query(EVENT).findMany({ where: { documentId: event }, populate: { managers: true } })) as Array<{ managers: unknown }>;
      expect(rows.length).toBe(2);
      for (const row of rows) expect(ids(row.managers)).toEqual([appointed.id]);
      expect(await organizers().canAccessEvent(appointed, event, 'manager')).toBe(true);
      // the list is no content: the published version keeps its date, so the draft still shows its edits
      expect((await versions(app, EVENT, event, [])).find((row) => row.publishedAt !== null)?.updatedAt).toBe(publishedBefore?.updatedAt);
    });

    it('gives a new translation the organizers of the event', async () => {
      const api = adminApi(app, admin);
      const response = await api.put(`${api.cm(EVENT)}/${ev.e1}?locale=en`, {
        title: 'English title',
        slug: (await draft(app, EVENT, ev.e1))?.slug,
        startsAt: '2026-12-01T07:00:00.000Z',
        endsAt: '2026-12-01T15:00:00.000Z',
        timezone: 'Europe/Moscow',
        format: 'offline',
        privacy: 'public',
      });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      const english = (await app.strapi.db.query(EVENT).findOne({ where: { documentId: ev.e1, locale: 'en', publishedAt: null }, populate: { admins: true } })) as {
        admins: unknown;
      } | null;
      expect(ids(english?.admins)).toEqual([admin.id]);
      expect((await api.get(`${api.cm(EVENT)}/${ev.e1}?locale=en`)).status).toBe(200);
      expect((await adminApi(app, rival).get(`${api.cm(EVENT)}/${ev.e1}?locale=en`)).status).toBe(403);
    });
  });

  describe('partners', () => {
    let p1: string;
    let p5: string;

    beforeAll(async () => {
      p1 = (await app.strapi.documents(PARTNER).create({ data: { name: 'Партнёр своего события', events: [ev.e1] } as never })).documentId;
      p5 = (await app.strapi.documents(PARTNER).create({ data: { name: 'Партнёр чужого события', events: [ev.e5] } as never })).documentId;
    });

    it('are edited through the events they are on', async () => {
      const api = adminApi(app, admin);
      expect((await api.put(`${api.cm(PARTNER)}/${p1}`, { name: 'Переименован' })).status).toBe(200);
      expect((await api.put(`${api.cm(PARTNER)}/${p5}`, { name: 'Захвачен' })).status).toBe(403);
      expect(await app.strapi.db.query(PARTNER).findOne({ where: { documentId: p5 } })).toMatchObject({ name: 'Партнёр чужого события' });
    });

    it('cannot be linked to, or taken from, an event of someone else', async () => {
      const api = adminApi(app, admin);
      const linked = await api.put(`${api.cm(PARTNER)}/${p1}`, { events: { connect: [{ documentId: ev.e5, locale: 'ru' }] } });
      expect(linked.status).toBe(403);
      const row = (await app.strapi.db.query(PARTNER).findOne({ where: { documentId: p1 }, populate: { events: { select: ['documentId'] } } })) as {
        events: Array<{ documentId: string }>;
      };
      expect([...new Set(row.events.map((event) => event.documentId))]).toEqual([ev.e1]);
    });
  });

  describe('routes that read many entries at once', () => {
    it('check every entry against the conditions', async () => {
      const api = adminApi(app, admin);
      const denied = await api.post(`${api.cm(EVENT)}/actions/bulkFindForValidation`, { documentIds: [ev.e1, ev.e5], locale: 'ru' });
      expect(denied.status).toBe(403);
      const own = await api.post(`${api.cm(EVENT)}/actions/bulkFindForValidation`, { documentIds: [ev.e1], locale: 'ru' });
      expect(own.status, JSON.stringify(own.body)).toBe(200);
      const row = (await app.strapi.db.query(EVENT).findOne({ where: { documentId: ev.e5, locale: 'ru', publishedAt: null } })) as { id: number };
      const nonLocalized = await api.post('/i18n/content-manager/actions/get-non-localized-fields', { model: EVENT, id: row.id, locale: 'en' });
      expect(nonLocalized.status).toBe(403);
      // a clone copies its source, with its allowlist and invited users
      const cloned = await api.post(`${api.cm(EVENT)}/clone/${ev.e5}?locale=ru`, { title: 'Копия чужого', slug: 'kopiya-chuzhogo-rbac' });
      expect(cloned.status).toBe(403);
      expect(await app.strapi.db.query(EVENT).count({ where: { slug: 'kopiya-chuzhogo-rbac' } })).toBe(0);
      const copy = await api.post(`${api.cm(EVENT)}/clone/${ev.e1}?locale=ru`, { title: 'Копия своего', slug: 'kopiya-svoego-rbac' });
      expect(copy.status, JSON.stringify(copy.body)).toBe(200);
      // the copy goes again, so the event administrator's list stays as seeded for the tests after this one
      const copied = (copy.body as { data: { documentId: string } }).data.documentId;
      expect(await listOf(admin, EVENT)).toContain(copied);
      await app.strapi.documents(EVENT).delete({ documentId: copied });
      // the preview link of someone else's draft
      expect((await api.get(`/content-manager/preview/url/${EVENT}?documentId=${ev.e5}&locale=ru&status=draft`)).status).toBe(403);
      expect([200, 204]).toContain((await api.get(`/content-manager/preview/url/${EVENT}?documentId=${ev.e1}&locale=ru&status=draft`)).status);
    });
  });

  describe('the organizer scope (platform access)', () => {
    it('answers for each role and listing', async () => {
      const cases: Array<[Account, keyof typeof ev, 'admin' | 'manager' | null]> = [
        [admin, 'e1', 'admin'],
        [admin, 'e2', 'manager'],
        [admin, 'e5', null],
        [manager, 'e3', 'manager'],
        [manager, 'e4', 'manager'],
        [manager, 'e5', null],
        [client, 'e5', 'admin'],
      ];
      for (const [who, event, level] of cases) expect([who.email, event, await organizers().levelFor(who, ev[event])]).toEqual([who.email, event, level]);
      expect(await organizers().canAccessEvent(admin, ev.e2, 'admin')).toBe(false);
      expect(await organizers().canAccessEvent(client, 'no-such-event', 'manager')).toBe(false);
      await expect(organizers().assertCanAccessEvent(manager, ev.e5, 'manager')).rejects.toMatchObject({ name: 'NotFoundError' });
      await expect(organizers().assertCanAccessEvent(manager, ev.e4, 'admin')).rejects.toMatchObject({ name: 'PolicyError' });
      await expect(organizers().canAccessEvent(admin, ev.e1, 'read' as 'manager')).rejects.toThrow(/unknown event level/);
    });

    it('gives plugins a filter of the events a user may work on', async () => {
      const found = async (who: Account, level: 'admin' | 'manager') => {
        const filter = await organizers().eventFilter(who, level);
        const rows = (await app.strapi.documents(EVENT).findMany({ filters: filter, fields: ['documentId'], locale: 'ru' } as never)) as Array<{ documentId: string }>;
        return rows.map((row) => row.documentId).filter((id) => Object.values(ev).includes(id)).sort();
      };
      expect(await found(admin, 'admin')).toEqual([ev.e1]);
      expect(await found(admin, 'manager')).toEqual([ev.e1, ev.e2].sort());
      expect(await found(manager, 'admin')).toEqual([]);
      expect(await found(client, 'admin')).toEqual(Object.values(ev).sort());
      const accessible = await organizers().accessibleEventIds(manager, 'manager');
      if (accessible === 'all') throw new Error('a manager is not scoped to all events');
      expect(accessible.filter((id) => Object.values(ev).includes(id)).sort()).toEqual([ev.e3, ev.e4].sort());
    });
  });
});
