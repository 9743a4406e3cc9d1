/**
 * The program calendar's admin routes on a real instance: listing events, an event's days, tracks
 * and sessions with room overlaps flagged, creating a session by a slot, moving and resizing it, and
 * refusing bad changes with a 400 that leaves everything as it was. Anonymous callers get 401, admins
 * without session permissions 403, event managers reach only the events they are assigned to.
 */
import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { adminRoleId, adminRoles, adminWithRoles } from '../../../../../../scripts/testing/admins';
import { bootForFile } from '../../../../../../scripts/testing/lifecycle';
import type { TestApp } from '../../../../../../scripts/testing/strapi';
import { CALENDAR_READ } from '../constants';
import { ROLE_CODES } from '../domain/roles';

const SESSION_UID = 'api::session.session';

interface Fixture {
  event: string;
  otherEvent: string;
  tracks: { science: string; career: string; foreign: string };
  sessions: { opening: string; clash: string };
  tokens: { admin: string; manager: string; outsider: string; nobody: string; sessionsOnly: string };
  sessionsOnlyRole: number;
}

interface ScheduleSession {
  documentId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  room: string | null;
  track: string | null;
  state: string;
  overlaps: string[];
}

const sessionRights = () =>
  ['read', 'create', 'update'].map((action) => ({ action: `plugin::content-manager.explorer.${action}`, subject: SESSION_UID, properties: { fields: ['title', 'startsAt', 'endsAt', 'room', 'event', 'track'], locales: ['ru', 'en'] }, conditions: [] }));

async function seed(app: TestApp): Promise<Fixture> {
  const { strapi } = app;
  const roles = adminRoles(app);
  const empty = await roles.create({ name: 'Без прав', description: 'A role with no permissions' });
  // every right on sessions in the content manager, but not the calendar's own switch
  const sessionsOnly = await roles.create({ name: 'Только сессии', description: 'Sessions without the calendar' });
  await roles.assignPermissions(sessionsOnly.id, sessionRights());
  const root = await adminWithRoles(app, 'root', [await adminRoleId(app, ROLE_CODES.clientAdmin)]);
  const manager = await adminWithRoles(app, 'manager', [await adminRoleId(app, ROLE_CODES.eventManager)]);
  const outsider = await adminWithRoles(app, 'outsider', [await adminRoleId(app, ROLE_CODES.eventManager)]);
  const nobody = await adminWithRoles(app, 'nobody', [empty.id]);
  const sessionsOnlyAdmin = await adminWithRoles(app, 'sessions', [sessionsOnly.id]);

  const events = strapi.documents('api::event.event');
  const event = (
    await events.create({
      data: {
        title: 'Научная конференция',
        slug: 'conf',
        startsAt: '2026-12-01T07:00:00.000Z',
        endsAt: '2026-12-02T15:00:00.000Z',
        timezone: 'Europe/Moscow',
        privacy: 'public',
        format: 'offline',
        managers: [manager.id],
      } as never,
      status: 'published',
    })
  ).documentId;
  const otherEvent = (
    await events.create({
      data: { title: 'Другое событие', slug: 'other', startsAt: '2026-11-01T07:00:00.000Z', endsAt: '2026-11-01T15:00:00.000Z', timezone: 'Europe/Moscow', privacy: 'public', format: 'online' },
    })
  ).documentId;
  const tracks = strapi.documents('api::track.track');
  const science = (await tracks.create({ data: { name: 'Наука', color: '#1f3a93', order: 1, event } })).documentId;
  const career = (await tracks.create({ data: { name: 'Карьера', color: '#e4572e', order: 2, event } })).documentId;
  const foreign = (await tracks.create({ data: { name: 'Чужой трек', order: 1, event: otherEvent } })).documentId;
  const sessions = strapi.documents(SESSION_UID);
  const opening = (
    await sessions.create({
      data: { title: 'Открытие', startsAt: '2026-12-01T07:00:00.000Z', endsAt: '2026-12-01T08:00:00.000Z', room: 'Аудитория 101', event, track: science } as never,
      status: 'published',
    })
  ).documentId;
  const clash = (
    await sessions.create({
      data: { title: 'Секция в той же аудитории', startsAt: '2026-12-01T07:30:00.000Z', endsAt: '2026-12-01T08:30:00.000Z', room: ' аудитория 101', event, track: career } as never,
    })
  ).documentId;

  const tokens = { admin: root.token, manager: manager.token, outsider: outsider.token, nobody: nobody.token, sessionsOnly: sessionsOnlyAdmin.token };
  return { event, otherEvent, tracks: { science, career, foreign }, sessions: { opening, clash }, tokens, sessionsOnlyRole: sessionsOnly.id };
}

describe('program calendar admin routes', () => {
  let app: TestApp;
  let fx: Fixture;

  const as = (who: keyof Fixture['tokens'] | null) => {
    const agent = request(app.server);
    const auth = (req: request.Test) => (who ? req.set('authorization', `Bearer ${fx.tokens[who]}`) : req);
    return {
      get: (path: string) => auth(agent.get(path)),
      post: (path: string, body: unknown) => auth(agent.post(path).send(body as object)),
      patch: (path: string, body: unknown) => auth(agent.patch(path).send(body as object)),
      put: (path: string, body: unknown) => auth(agent.put(path).send(body as object)),
    };
  };
  const schedule = async () => (await as('admin').get(`/event-builder/calendar/events/${fx.event}`).expect(200)).body.data;
  const sessionOf = async (documentId: string): Promise<ScheduleSession> => {
    const found = ((await schedule()).sessions as ScheduleSession[]).find((session) => session.documentId === documentId);
    if (!found) throw new Error(`session ${documentId} is not in the schedule`);
    return found;
  };
  /** The stored draft, read past the HTTP layer: what a 400 must not have changed. */
  const stored = async (documentId: string) =>
    (await app.strapi.documents(SESSION_UID).findOne({ documentId, status: 'draft', populate: { track: { fields: ['documentId'] } } })) as unknown as {
      startsAt: string;
      endsAt: string;
      room: string | null;
      track: { documentId: string } | null;
      updatedAt: string;
    };

  bootForFile(seed, (booted, fixture) => {
    app = booted;
    fx = fixture;
  });

  // every test starts from the seeded program (the opening published as seeded, the clash a draft
  // in the same room), whatever the tests before it moved: the file passes in any order
  beforeEach(async () => {
    const sessions = app.strapi.documents(SESSION_UID);
    await sessions.update({ documentId: fx.sessions.opening, data: { startsAt: '2026-12-01T07:00:00.000Z', endsAt: '2026-12-01T08:00:00.000Z', room: 'Аудитория 101', track: fx.tracks.science } as never });
    await sessions.publish({ documentId: fx.sessions.opening });
    await sessions.update({ documentId: fx.sessions.clash, data: { startsAt: '2026-12-01T07:30:00.000Z', endsAt: '2026-12-01T08:30:00.000Z', room: ' аудитория 101', track: fx.tracks.career } as never });
  });

  describe('reading', () => {
    it('lists the events an admin may open, drafts included, the latest first', async () => {
      const response = await as('admin').get('/event-builder/calendar/events').expect(200);
      expect(response.body.data.map((event: { documentId: string }) => event.documentId)).toEqual([fx.event, fx.otherEvent]);
      expect(response.body.data[0]).toMatchObject({ title: 'Научная конференция', timezone: 'Europe/Moscow', startsAt: '2026-12-01T07:00:00.000Z' });
    });

    it("gives an event's days in its time zone, its tracks in order and its sessions with their state", async () => {
      const data = await schedule();
      expect(data.slotMinutes).toBe(15);
      expect(data.locale).toBe('ru');
      expect(data.days.map((day: { date: string }) => day.date)).toEqual(['2026-12-01', '2026-12-02']);
      expect(data.days[0]).toMatchObject({ startMinutes: 600, endMinutes: 1200 });
      expect(data.tracks.map((track: { name: string }) => track.name)).toEqual(['Наука', 'Карьера']);
      const byTitle = Object.fromEntries((data.sessions as ScheduleSession[]).map((session) => [session.title, session]));
      expect(byTitle['Открытие']).toMatchObject({ state: 'published', track: fx.tracks.science, room: 'Аудитория 101' });
      expect(byTitle['Секция в той же аудитории']).toMatchObject({ state: 'draft', track: fx.tracks.career });
    });

    it('flags sessions in the same room at the same time', async () => {
      expect((await sessionOf(fx.sessions.opening)).overlaps).toEqual([fx.sessions.clash]);
      expect((await sessionOf(fx.sessions.clash)).overlaps).toEqual([fx.sessions.opening]);
    });

    it("answers in the organizer's admin language (Russian unless they chose English), whatever the browser's", async () => {
      const backwards = { title: 'Сессия', startsAt: '2026-12-01T12:00:00Z', endsAt: '2026-12-01T11:00:00Z' };
      const russian = await as('admin').post(`/event-builder/calendar/events/${fx.event}/sessions`, backwards).set('accept-language', 'en-US,en;q=0.9').expect(400);
      expect(russian.body.error.details.errors).toEqual([{ path: ['endsAt'], message: 'Окончание сессии должно быть позже её начала', name: 'ValidationError' }]);
      const root = app.strapi.db.query('admin::user');
      await root.update({ where: { email: 'root@admin.test' }, data: { preferedLanguage: 'en' } });
      try {
        const english = await as('admin').post(`/event-builder/calendar/events/${fx.event}/sessions`, backwards).expect(400);
        expect(english.body.error.message).toBe('endsAt: A session must end after it starts');
        const locale = await as('admin').get(`/event-builder/calendar/events/${fx.event}?locale=de`).expect(400);
        expect(locale.body.error.message).toBe('The locale “de” is not set up');
        const outside = await as('admin').patch(`/event-builder/calendar/sessions/${fx.sessions.clash}`, { startsAt: '2026-12-01T06:45:00.000Z' }).expect(400);
        expect(outside.body.error.message).toContain('A session must take place within its event: from 2026-12-01 10:00 to 2026-12-02 18:00 (Europe/Moscow)');
        expect((await as('admin').patch(`/event-builder/calendar/sessions/${fx.sessions.clash}`, {}).expect(400)).body.error.message).toContain('nothing to change');
        expect((await as('admin').get('/event-builder/calendar/events/nosuchevent0000000000000').expect(404)).body.error.message).toBe('Event not found');
      } finally {
        await root.update({ where: { email: 'root@admin.test' }, data: { preferedLanguage: 'ru' } });
      }
    });

    it('answers 404 for an unknown event and 400 for an unknown locale', async () => {
      await as('admin').get('/event-builder/calendar/events/nosuchevent0000000000000').expect(404);
      const response = await as('admin').get(`/event-builder/calendar/events/${fx.event}?locale=de`).expect(400);
      expect(response.body.error.message).toContain('de');
    });
  });

  describe('creating a session by a slot', () => {
    it('creates a draft in the default locale, in the event, with the chosen track and room', async () => {
      const response = await as('admin')
        .post(`/event-builder/calendar/events/${fx.event}/sessions`, {
          title: 'Круглый стол',
          startsAt: '2026-12-01T14:00:00+03:00',
          endsAt: '2026-12-01T15:30:00+03:00',
          track: fx.tracks.career,
          room: ' Зал 2 ',
        })
        .expect(201);
      const created = response.body.data as ScheduleSession & { locale: string };
      expect(created).toMatchObject({
        title: 'Круглый стол',
        startsAt: '2026-12-01T11:00:00.000Z',
        endsAt: '2026-12-01T12:30:00.000Z',
        track: fx.tracks.career,
        room: 'Зал 2',
        locale: 'ru',
        state: 'draft',
        overlaps: [],
      });
      expect(await app.strapi.documents(SESSION_UID).findOne({ documentId: created.documentId, status: 'published' })).toBeNull();
      expect((await schedule()).sessions.map((session: ScheduleSession) => session.title)).toContain('Круглый стол');
    });

    it('creates a session without a track or room', async () => {
      const response = await as('admin')
        .post(`/event-builder/calendar/events/${fx.event}/sessions`, { title: 'Перерыв', startsAt: '2026-12-02T09:00:00Z', endsAt: '2026-12-02T09:15:00Z' })
        .expect(201);
      expect(response.body.data).toMatchObject({ track: null, room: null });
    });

    it.each([
      ['an end before the start', { startsAt: '2026-12-01T12:00:00Z', endsAt: '2026-12-01T11:00:00Z' }, 'позже'],
      ['a time outside the event', { startsAt: '2026-12-03T08:00:00Z', endsAt: '2026-12-03T09:00:00Z' }, 'в рамках события'],
      ['a track of another event', { startsAt: '2026-12-01T12:00:00Z', endsAt: '2026-12-01T13:00:00Z', track: 'FOREIGN' }, 'Трек'],
      ['a time without a zone', { startsAt: '2026-12-01T12:00:00', endsAt: '2026-12-01T13:00:00Z' }, 'startsAt'],
      ['an unknown field', { startsAt: '2026-12-01T12:00:00Z', endsAt: '2026-12-01T13:00:00Z', publishedAt: '2026-01-01T00:00:00Z' }, 'publishedAt'],
    ])('refuses %s with a 400 and creates nothing', async (_label, times, message) => {
      const before = await app.strapi.documents(SESSION_UID).count({});
      const body = { title: 'Не должна появиться', ...times, ...('track' in times ? { track: fx.tracks.foreign } : {}) };
      const response = await as('admin').post(`/event-builder/calendar/events/${fx.event}/sessions`, body).expect(400);
      expect(response.body.error.message).toContain(message);
      expect(await app.strapi.documents(SESSION_UID).count({})).toBe(before);
    });

    it('refuses an empty title', async () => {
      const response = await as('admin')
        .post(`/event-builder/calendar/events/${fx.event}/sessions`, { title: '   ', startsAt: '2026-12-01T12:00:00Z', endsAt: '2026-12-01T13:00:00Z' })
        .expect(400);
      expect(response.body.error.message).toContain('title');
    });
  });

  describe('moving and resizing', () => {
    it('moves a session by dragging (start and end together) and clears the overlap it had', async () => {
      const response = await as('admin')
        .patch(`/event-builder/calendar/sessions/${fx.sessions.clash}`, { startsAt: '2026-12-01T08:00:00.000Z', endsAt: '2026-12-01T09:00:00.000Z' })
        .expect(200);
      expect(response.body.data).toMatchObject({ startsAt: '2026-12-01T08:00:00.000Z', endsAt: '2026-12-01T09:00:00.000Z', overlaps: [] });
      expect((await sessionOf(fx.sessions.opening)).overlaps).toEqual([]);
    });

    it('resizes a session by its end only', async () => {
      const response = await as('admin').patch(`/event-builder/calendar/sessions/${fx.sessions.clash}`, { endsAt: '2026-12-01T09:45:00.000Z' }).expect(200);
      expect(response.body.data).toMatchObject({ startsAt: '2026-12-01T07:30:00.000Z', endsAt: '2026-12-01T09:45:00.000Z' });
    });

    it('takes the same partial change by PUT (the admin page has no PATCH)', async () => {
      const response = await as('admin').put(`/event-builder/calendar/sessions/${fx.sessions.clash}`, { endsAt: '2026-12-01T09:30:00.000Z' }).expect(200);
      expect(response.body.data).toMatchObject({ startsAt: '2026-12-01T07:30:00.000Z', endsAt: '2026-12-01T09:30:00.000Z' });
      await as('admin').put(`/event-builder/calendar/sessions/${fx.sessions.clash}`, { endsAt: '2026-12-01T07:15:00.000Z' }).expect(400);
    });

    it('moves a session to another track and room', async () => {
      const response = await as('admin')
        .patch(`/event-builder/calendar/sessions/${fx.sessions.clash}`, { track: fx.tracks.science, room: 'Аудитория 202' })
        .expect(200);
      expect(response.body.data).toMatchObject({ track: fx.tracks.science, room: 'Аудитория 202' });
      expect((await stored(fx.sessions.clash)).track?.documentId).toBe(fx.tracks.science);
    });

    it('flags a new overlap when a session is moved into an occupied room', async () => {
      const away = await as('admin').patch(`/event-builder/calendar/sessions/${fx.sessions.clash}`, { room: 'Аудитория 202' }).expect(200);
      expect(away.body.data.overlaps).toEqual([]);
      const response = await as('admin')
        .patch(`/event-builder/calendar/sessions/${fx.sessions.clash}`, { startsAt: '2026-12-01T07:45:00.000Z', room: 'АУДИТОРИЯ 101' })
        .expect(200);
      expect(response.body.data.overlaps).toEqual([fx.sessions.opening]);
      expect((await sessionOf(fx.sessions.opening)).overlaps).toEqual([fx.sessions.clash]);
    });

    it('changes the draft of a published session, which then has unpublished changes', async () => {
      await as('admin').patch(`/event-builder/calendar/sessions/${fx.sessions.opening}`, { startsAt: '2026-12-01T07:15:00.000Z' }).expect(200);
      expect((await sessionOf(fx.sessions.opening)).state).toBe('modified');
      const published = (await app.strapi.documents(SESSION_UID).findOne({ documentId: fx.sessions.opening, status: 'published' })) as { startsAt: string } | null;
      expect(new Date(published?.startsAt ?? '').toISOString()).toBe('2026-12-01T07:00:00.000Z');
    });

    it.each([
      ['an end before the start', { endsAt: '2026-12-01T07:00:00.000Z' }, 'позже'],
      ['a start before the event', { startsAt: '2026-12-01T06:45:00.000Z' }, 'в рамках события'],
      ['an end after the event', { endsAt: '2026-12-02T15:15:00.000Z' }, 'в рамках события'],
      ['a track of another event', { track: 'FOREIGN' }, 'Трек'],
      ['nothing to change', {}, 'нечего менять'],
      ['a malformed time', { startsAt: 'завтра утром' }, 'startsAt'],
      ['a field the calendar does not change', { title: 'Новое название' }, 'title'],
    ])('refuses %s with a 400 and changes nothing', async (_label, change, message) => {
      const before = await stored(fx.sessions.clash);
      const body = 'track' in change ? { track: fx.tracks.foreign } : change;
      const response = await as('admin').patch(`/event-builder/calendar/sessions/${fx.sessions.clash}`, body).expect(400);
      expect(response.body.error.message).toContain(message);
      expect(await stored(fx.sessions.clash)).toEqual(before);
    });

    it('answers 404 for an unknown session', async () => {
      await as('admin').patch('/event-builder/calendar/sessions/nosuchsession000000000000', { endsAt: '2026-12-01T09:00:00Z' }).expect(404);
    });
  });

  describe('who may', () => {
    it('answers 401 to anonymous callers on every route', async () => {
      await as(null).get('/event-builder/calendar/events').expect(401);
      await as(null).get(`/event-builder/calendar/events/${fx.event}`).expect(401);
      await as(null).post(`/event-builder/calendar/events/${fx.event}/sessions`, { title: 'x', startsAt: '2026-12-01T12:00:00Z', endsAt: '2026-12-01T13:00:00Z' }).expect(401);
      await as(null).patch(`/event-builder/calendar/sessions/${fx.sessions.clash}`, { endsAt: '2026-12-01T10:00:00Z' }).expect(401);
      await as(null).put(`/event-builder/calendar/sessions/${fx.sessions.clash}`, { endsAt: '2026-12-01T10:00:00Z' }).expect(401);
    });

    it('answers 403 to an admin whose role has no session permissions', async () => {
      await as('nobody').get('/event-builder/calendar/events').expect(403);
      await as('nobody').get(`/event-builder/calendar/events/${fx.event}`).expect(403);
      await as('nobody').post(`/event-builder/calendar/events/${fx.event}/sessions`, { title: 'x', startsAt: '2026-12-01T12:00:00Z', endsAt: '2026-12-01T13:00:00Z' }).expect(403);
      await as('nobody').patch(`/event-builder/calendar/sessions/${fx.sessions.clash}`, { endsAt: '2026-12-01T10:00:00Z' }).expect(403);
    });

    it("answers 403 to an admin with every session right but not the calendar's permission, 200 once the role gets it", async () => {
      await as('sessionsOnly').get('/event-builder/calendar/events').expect(403);
      await as('sessionsOnly').get(`/event-builder/calendar/events/${fx.event}`).expect(403);
      await as('sessionsOnly').post(`/event-builder/calendar/events/${fx.event}/sessions`, { title: 'x', startsAt: '2026-12-01T12:00:00Z', endsAt: '2026-12-01T13:00:00Z' }).expect(403);
      await as('sessionsOnly').put(`/event-builder/calendar/sessions/${fx.sessions.clash}`, { endsAt: '2026-12-01T10:00:00Z' }).expect(403);
      const roles = adminRoles(app);
      await roles.assignPermissions(fx.sessionsOnlyRole, [...sessionRights(), { action: CALENDAR_READ, subject: null, properties: {}, conditions: [] }]);
      // past the policies: the organizer roles then decide which events (none for this role)
      const picker = await as('sessionsOnly').get('/event-builder/calendar/events').expect(200);
      expect(picker.body.data).toEqual([]);
    });

    it('lets a manager of the event plan it, and only it', async () => {
      const picker = await as('manager').get('/event-builder/calendar/events').expect(200);
      expect(picker.body.data.map((event: { documentId: string }) => event.documentId)).toEqual([fx.event]);
      await as('manager').get(`/event-builder/calendar/events/${fx.event}`).expect(200);
      await as('manager').get(`/event-builder/calendar/events/${fx.otherEvent}`).expect(403);
      const moved = await as('manager').patch(`/event-builder/calendar/sessions/${fx.sessions.clash}`, { endsAt: '2026-12-01T10:00:00.000Z' }).expect(200);
      expect(moved.body.data.endsAt).toBe('2026-12-01T10:00:00.000Z');
      await as('manager')
        .post(`/event-builder/calendar/events/${fx.otherEvent}/sessions`, { title: 'Чужая', startsAt: '2026-11-01T08:00:00Z', endsAt: '2026-11-01T09:00:00Z' })
        .expect(403);
    });

    it("keeps a manager of other events out of this one, changing nothing", async () => {
      const before = await stored(fx.sessions.clash);
      expect((await as('outsider').get('/event-builder/calendar/events').expect(200)).body.data).toEqual([]);
      await as('outsider').get(`/event-builder/calendar/events/${fx.event}`).expect(403);
      await as('outsider').patch(`/event-builder/calendar/sessions/${fx.sessions.clash}`, { endsAt: '2026-12-01T10:30:00Z' }).expect(403);
      const count = await app.strapi.documents(SESSION_UID).count({});
      await as('outsider').post(`/event-builder/calendar/events/${fx.event}/sessions`, { title: 'x', startsAt: '2026-12-01T12:00:00Z', endsAt: '2026-12-01T13:00:00Z' }).expect(403);
      expect(await stored(fx.sessions.clash)).toEqual(before);
      expect(await app.strapi.documents(SESSION_UID).count({})).toBe(count);
    });
  });
});
