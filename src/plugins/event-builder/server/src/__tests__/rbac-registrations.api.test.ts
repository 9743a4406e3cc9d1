/**
 * The registration data of an event in the admin panel: partner links and the registrant list
 * (registrations and the profiles of those registered). Event administrators manage the partner
 * links of their events and see their registrants; managers see both; nobody sees another event's
 * data through lists, single reads, filters or relation pickers; registrations are only read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStrapi, type TestApp } from '../../../../../../scripts/testing/strapi';
import { account, adminApi, EVENT, makeEvent, type Account } from './rbac-fixtures';

// the registration plugin's types, by uid (a plugin imports no other plugin's files)
const PARTNER_LINK_UID = 'plugin::registration.partner-link';
const REGISTRATION_UID = 'plugin::registration.registration';
const USER_UID = 'plugin::users-permissions.user';

interface RegistrationsService {
  claim(input: { eventDocumentId: string; user: number; answers: Record<string, unknown>; refCode: string | null; utm: null }): Promise<{ record: { documentId: string } }>;
  cancel(eventDocumentId: string, userId: number): Promise<unknown>;
}

interface Row {
  id: number;
  documentId: string;
  [key: string]: unknown;
}

const messageOf = (body: unknown) => (body as { error?: { message?: string } }).error?.message ?? '';

describe('organizer roles: registration data of an event', () => {
  let app: TestApp;
  const who = {} as Record<'superAdmin' | 'client' | 'adminA' | 'adminB' | 'managerA' | 'adminManagingA', Account>;
  let eventA: string;
  let eventB: string;
  /** Site users: registered to A, registered to B, registered to A then cancelled, never registered. */
  const user = {} as Record<'inA' | 'inB' | 'cancelledA' | 'stranger', number>;
  const registration = {} as Record<'inA' | 'inB' | 'cancelledA', string>;
  let linkA: string;
  let linkB: string;

  const cm = (uid: string) => `/content-manager/collection-types/${uid}`;
  const listOf = async (account: Account, uid: string, query = '') => {
    const response = await adminApi(app, account).get(`${cm(uid)}?page=1&pageSize=100${query}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return (response.body as { results: Row[] }).results;
  };
  const documentIds = (rows: Row[]) => rows.map((row) => row.documentId).sort();
  const registrationsService = () => app.strapi.plugin('registration').service('registrations') as RegistrationsService;

  async function siteUser(name: string): Promise<number> {
    const created = (await app.strapi.db.query(USER_UID).create({
      data: {
        username: name,
        email: `${name}@site.test`,
        provider: 'local',
        confirmed: true,
        blocked: false,
        firstName: name,
        lastName: 'Участников',
        phone: '+79990000000',
        status: 'student',
      },
    })) as Row;
    return created.id;
  }

  async function register(eventDocumentId: string, userId: number): Promise<string> {
    const claimed = await registrationsService().claim({ eventDocumentId, user: userId, answers: { motivation: 'Хочу учиться' }, refCode: null, utm: null });
    return claimed.record.documentId;
  }

  // without confirmedArrival: the confirmation sweeper sets it in the background, which is no edit
  const storedRegistrations = async () =>
    (JSON.parse(JSON.stringify(await app.strapi.db.query(REGISTRATION_UID).findMany({ orderBy: { id: 'asc' } }))) as Array<Row & { confirmedArrival?: unknown }>).map(
      ({ confirmedArrival: _sweeper, ...row }) => row as Row,
    );

  beforeAll(async () => {
    app = await bootStrapi();
    who.superAdmin = await account(app, 'super', ['superAdmin']);
    who.client = await account(app, 'client', ['clientAdmin']);
    who.adminA = await account(app, 'admin-a', ['eventAdmin']);
    who.adminB = await account(app, 'admin-b', ['eventAdmin']);
    who.managerA = await account(app, 'manager-a', ['manager']);
    who.adminManagingA = await account(app, 'admin-managing-a', ['eventAdmin']);
    eventA = await makeEvent(app, { admins: [who.adminA.id], managers: [who.managerA.id, who.adminManagingA.id] });
    eventB = await makeEvent(app, { admins: [who.adminB.id] });
    user.inA = await siteUser('in-a');
    user.inB = await siteUser('in-b');
    user.cancelledA = await siteUser('cancelled-a');
    user.stranger = await siteUser('stranger');
    registration.inA = await register(eventA, user.inA);
    registration.inB = await register(eventB, user.inB);
    registration.cancelledA = await register(eventA, user.cancelledA);
    await registrationsService().cancel(eventA, user.cancelledA);
    linkA = (await app.strapi.documents(PARTNER_LINK_UID).create({ data: { label: 'Рассылка A', channel: 'email', code: 'event-a-mail', event: eventA } as never })).documentId;
    linkB = (await app.strapi.documents(PARTNER_LINK_UID).create({ data: { label: 'Рассылка B', channel: 'email', code: 'event-b-mail', event: eventB } as never })).documentId;
  });

  afterAll(async () => {
    await app?.stop();
    await app?.db.drop();
  });

  describe('registrations', () => {
    it('are listed to the organizers of their event only', async () => {
      const ofA = [registration.inA, registration.cancelledA].sort();
      expect(documentIds(await listOf(who.adminA, REGISTRATION_UID))).toEqual(ofA);
      expect(documentIds(await listOf(who.managerA, REGISTRATION_UID))).toEqual(ofA);
      expect(documentIds(await listOf(who.adminManagingA, REGISTRATION_UID))).toEqual(ofA);
      expect(documentIds(await listOf(who.adminB, REGISTRATION_UID))).toEqual([registration.inB]);
      expect(documentIds(await listOf(who.client, REGISTRATION_UID))).toEqual(Object.values(registration).sort());
      // the registration's own status, not the publication status Strapi puts under that name
      const statuses = Object.fromEntries((await listOf(who.managerA, REGISTRATION_UID)).map((row) => [row.documentId, row.status]));
      expect(statuses).toEqual({ [registration.inA]: 'registered', [registration.cancelledA]: 'cancelled' });
    });

    it('show the registration to its organizers, not to others', async () => {
      const own = await adminApi(app, who.managerA).get(`${cm(REGISTRATION_UID)}/${registration.inA}`);
      expect(own.status, JSON.stringify(own.body)).toBe(200);
      expect((own.body as { data: Row }).data).toMatchObject({ userId: user.inA, eventDocumentId: eventA, status: 'registered', answers: { motivation: 'Хочу учиться' } });
      for (const account of [who.adminA, who.managerA]) {
        expect([403, 404]).toContain((await adminApi(app, account).get(`${cm(REGISTRATION_UID)}/${registration.inB}`)).status);
      }
    });

    it('cannot be reached through a filter on another event', async () => {
      expect(await listOf(who.adminA, REGISTRATION_UID, `&filters[$and][0][eventDocumentId][$eq]=${eventB}`)).toEqual([]);
      expect(await listOf(who.adminA, REGISTRATION_UID, `&filters[$and][0][userId][$eq]=${user.inB}`)).toEqual([]);
    });

    it('are only read in the admin panel, by everyone', async () => {
      const before = await storedRegistrations();
      for (const account of [who.adminA, who.managerA, who.client, who.superAdmin]) {
        const api = adminApi(app, account);
        const label = account.email;
        expect([label, (await api.put(`${cm(REGISTRATION_UID)}/${registration.inA}`, { refCode: 'hand-edit', seat: 7 })).status]).toEqual([label, 403]);
        expect([label, (await api.delete(`${cm(REGISTRATION_UID)}/${registration.inA}`)).status]).toEqual([label, 403]);
        const created = await api.post(cm(REGISTRATION_UID), { userId: user.stranger, eventDocumentId: eventA, arrival: 99 });
        expect([label, created.status]).toEqual([label, 403]);
      }
      const refused = await adminApi(app, who.superAdmin).put(`${cm(REGISTRATION_UID)}/${registration.inA}`, { refCode: 'hand-edit' });
      expect(messageOf(refused.body)).toMatch(/только просматриваются/);
      expect(await storedRegistrations()).toEqual(before);
    });
  });

  describe('registered site users', () => {
    it('are listed to the organizers of the events they are registered to, and nobody else', async () => {
      const idsOf = async (account: Account) => (await listOf(account, USER_UID)).map((row) => row.id).sort((a, b) => a - b);
      expect(await idsOf(who.adminA)).toEqual([user.inA]);
      expect(await idsOf(who.managerA)).toEqual([user.inA]);
      expect(await idsOf(who.adminB)).toEqual([user.inB]);
      expect(await idsOf(who.client)).toEqual(expect.arrayContaining(Object.values(user)));
    });

    it('show their profile, not their account', async () => {
      const response = await adminApi(app, who.adminA).get(`${cm(USER_UID)}/${(await app.strapi.db.query(USER_UID).findOne({ where: { id: user.inA } }) as Row).documentId}`);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      const data = (response.body as { data: Record<string, unknown> }).data;
      expect(data).toMatchObject({ email: 'in-a@site.test', firstName: 'in-a', lastName: 'Участников', phone: '+79990000000', status: 'student' });
      for (const hidden of ['provider', 'confirmed', 'blocked', 'role', 'password']) expect(data).not.toHaveProperty(hidden);
      const stranger = (await app.strapi.db.query(USER_UID).findOne({ where: { id: user.stranger } })) as Row;
      expect([403, 404]).toContain((await adminApi(app, who.adminA).get(`${cm(USER_UID)}/${stranger.documentId}`)).status);
    });

    it('are the only users the invited-users picker offers an organizer', async () => {
      const response = await adminApi(app, who.adminA).get(`/content-manager/relations/${EVENT}/invitedUsers?locale=ru&pageSize=100&id=${eventA}`);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect((response.body as { results: Row[] }).results.map((row) => row.id)).toEqual([user.inA]);
      const search = await adminApi(app, who.adminA).get(`/content-manager/relations/${EVENT}/invitedUsers?locale=ru&pageSize=100&_q=stranger`);
      expect((search.body as { results: Row[] }).results).toEqual([]);
    });
  });

  describe('partner links', () => {
    const link = (event: string, label: string, code?: string) => ({
      label,
      channel: 'partner',
      active: true,
      ...(code ? { code } : {}),
      event: { connect: [{ documentId: event, locale: 'ru' }] },
    });

    it('are created by the administrators of the event, with a unique code', async () => {
      const api = adminApi(app, who.adminA);
      const created = await api.post(cm(PARTNER_LINK_UID), link(eventA, 'Партнёр А'));
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const stored = (await app.strapi.db.query(PARTNER_LINK_UID).findOne({ where: { label: 'Партнёр А' }, populate: { event: true } })) as { code: string; event: Row };
      expect(stored.code).toMatch(/^[A-Za-z0-9_-]{3,40}$/);
      expect(stored.event.documentId).toBe(eventA);
      const duplicate = await api.post(cm(PARTNER_LINK_UID), link(eventA, 'Тот же код', 'event-b-mail'));
      expect(duplicate.status).toBe(400);
      expect(await app.strapi.db.query(PARTNER_LINK_UID).count({ where: { code: 'event-b-mail' } })).toBe(1);
      // the new link goes again, so the lists stay as seeded for the tests after this one, in any order
      expect((await api.delete(`${cm(PARTNER_LINK_UID)}/${(created.body as { documentId?: string; data?: { documentId: string } }).data?.documentId ?? ''}`)).status).toBe(200);
    });

    it('are not created for another event, nor by those who only manage it', async () => {
      const denied = await adminApi(app, who.adminA).post(cm(PARTNER_LINK_UID), link(eventB, 'В чужое событие'));
      expect(denied.status).toBe(403);
      const managing = await adminApi(app, who.adminManagingA).post(cm(PARTNER_LINK_UID), link(eventA, 'Как менеджер'));
      expect(managing.status).toBe(403);
      expect(messageOf(managing.body)).toMatch(/только администратор события/);
      expect((await adminApi(app, who.managerA).post(cm(PARTNER_LINK_UID), link(eventA, 'Менеджер'))).status).toBe(403);
      const none = await adminApi(app, who.adminA).post(cm(PARTNER_LINK_UID), { label: 'Без события', channel: 'other' });
      expect(none.status).toBe(400);
      expect(await app.strapi.db.query(PARTNER_LINK_UID).count({ where: { label: { $in: ['В чужое событие', 'Как менеджер', 'Менеджер', 'Без события'] } } })).toBe(0);
    });

    it('are seen by the organizers of their event only', async () => {
      const ofA = documentIds(await listOf(who.adminA, PARTNER_LINK_UID));
      expect(ofA).toEqual([linkA]);
      expect(documentIds(await listOf(who.managerA, PARTNER_LINK_UID))).toEqual(ofA);
      expect(documentIds(await listOf(who.adminB, PARTNER_LINK_UID))).toEqual([linkB]);
      expect(documentIds(await listOf(who.client, PARTNER_LINK_UID))).toEqual([...ofA, linkB].sort());
      expect(await listOf(who.adminA, PARTNER_LINK_UID, `&filters[$and][0][event][documentId][$eq]=${eventB}`)).toEqual([]);
      expect([403, 404]).toContain((await adminApi(app, who.adminA).get(`${cm(PARTNER_LINK_UID)}/${linkB}`)).status);
    });

    it('are changed and deleted by the administrators of their event, not by its managers', async () => {
      const own = await app.strapi.documents(PARTNER_LINK_UID).create({ data: { label: 'Партнёр А', channel: 'partner', event: eventA } as never });
      const path = `${cm(PARTNER_LINK_UID)}/${own.documentId}`;
      const manager = adminApi(app, who.managerA);
      expect((await manager.get(path)).status).toBe(200);
      expect((await manager.put(path, { label: 'Правка менеджера' })).status).toBe(403);
      expect((await manager.delete(path)).status).toBe(403);
      const admin = adminApi(app, who.adminA);
      const moved = await admin.put(path, { event: { connect: [{ documentId: eventB, locale: 'ru' }] } });
      expect(moved.status).toBe(403);
      const stored = (await app.strapi.db.query(PARTNER_LINK_UID).findOne({ where: { documentId: own.documentId }, populate: { event: true } })) as {
        label: string;
        event: { documentId: string };
      };
      expect(stored).toMatchObject({ label: 'Партнёр А', event: { documentId: eventA } });
      expect((await admin.put(`${cm(PARTNER_LINK_UID)}/${linkB}`, { label: 'Захвачена' })).status).toBe(403);
      expect((await admin.put(path, { label: 'Партнёр А, осень' })).status).toBe(200);
      expect((await admin.delete(path)).status).toBe(200);
      expect(await app.strapi.db.query(PARTNER_LINK_UID).count({ where: { documentId: own.documentId } })).toBe(0);
      expect(await app.strapi.db.query(PARTNER_LINK_UID).findOne({ where: { documentId: linkB } })).toMatchObject({ label: 'Рассылка B' });
    });
  });
});
