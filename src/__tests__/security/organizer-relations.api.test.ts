/**
 * Finding 6: an organizer gains nothing over a shared item (a partner, a speaker, a file) by linking it to
 * their own event. A shared item is changed or deleted only by organizers of every event that uses
 * it, or by a client administrator; whoever created it included. What a rival event shows stays as
 * its organizers left it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStrapi, type TestApp } from '../../../scripts/testing/strapi';
import { account, adminApi, EVENT, makeEvent, makeSession, PARTNER, SESSION, type Account } from '../../plugins/event-builder/server/src/__tests__/rbac-fixtures';

const SPEAKER = 'api::speaker.speaker';

describe('security: organizer scope through shared items', () => {
  let app: TestApp;
  let client: Account;
  let manager: Account;
  let admin: Account;
  let rival: Account;
  /** own: the manager's event; adminOwn: the event administrator's; rivals: the rival's. */
  let own: string;
  let adminOwn: string;
  let rivals: string;
  let rivalSession: string;
  let adminSession: string;

  const partnerRow = async (documentId: string) =>
    (await app.strapi.db.query(PARTNER).findOne({ where: { documentId }, populate: { events: { select: ['documentId'] } } })) as {
      name: string;
      events: Array<{ documentId: string }>;
    } | null;
  const speakerDraft = async (documentId: string) =>
    (await app.strapi.db.query(SPEAKER).findOne({ where: { documentId, locale: 'ru', publishedAt: null } })) as { name: string; bio: string | null } | null;
  const makePartner = async (name: string, events: string[]) => (await app.strapi.documents(PARTNER).create({ data: { name, url: 'https://partner.test', events } as never })).documentId;
  const makeSpeaker = async (name: string, slug: string) =>
    (await app.strapi.documents(SPEAKER).create({ locale: 'ru', data: { name, slug, bio: 'Исходная биография' } as never, status: 'published' })).documentId;
  const putOnSession = async (who: Account, session: string, speaker: string) => {
    const api = adminApi(app, who);
    return api.put(`${api.cm(SESSION)}/${session}?locale=ru`, { speakers: { connect: [{ documentId: speaker, locale: 'ru' }] } });
  };

  beforeAll(async () => {
    app = await bootStrapi();
    client = await account(app, 'shared-client', ['clientAdmin']);
    manager = await account(app, 'shared-manager', ['manager']);
    admin = await account(app, 'shared-admin', ['eventAdmin']);
    rival = await account(app, 'shared-rival', ['eventAdmin']);
    own = await makeEvent(app, { managers: [manager.id], title: 'Событие менеджера' });
    adminOwn = await makeEvent(app, { admins: [admin.id], title: 'Событие администратора' });
    rivals = await makeEvent(app, { admins: [rival.id], title: 'Чужое событие' });
    rivalSession = await makeSession(app, rivals, { published: false });
    adminSession = await makeSession(app, adminOwn, { published: false });
  });

  afterAll(async () => {
    await app?.stop();
    await app?.db.drop();
  });

  describe('a partner of another event', () => {
    let shared: string;

    beforeAll(async () => {
      shared = await makePartner('Партнёр чужого события', [rivals]);
    });

    it('may be linked to the manager’s own event (linking is allowed)', async () => {
      const api = adminApi(app, manager);
      const linked = await api.put(`${api.cm(EVENT)}/${own}?locale=ru`, { partners: { connect: [{ documentId: shared }] } });
      expect(linked.status, JSON.stringify(linked.body)).toBe(200);
      expect((await partnerRow(shared))?.events.map((event) => event.documentId)).toContain(own);
    });

    it('is not editable by the manager after linking: 403, and the rival event shows it unchanged', async () => {
      const api = adminApi(app, manager);
      const edited = await api.put(`${api.cm(PARTNER)}/${shared}`, { name: 'Захвачен', url: 'https://evil.test' });
      expect(edited.status, JSON.stringify(edited.body)).toBe(403);
      expect((edited.body as { error: { message: string } }).error.message).toContain('партнёр');
      expect(await partnerRow(shared)).toMatchObject({ name: 'Партнёр чужого события' });
    });

    it('is not deletable by the manager after linking', async () => {
      const api = adminApi(app, manager);
      const deleted = await api.delete(`${api.cm(PARTNER)}/${shared}`);
      expect(deleted.status, JSON.stringify(deleted.body)).toBe(403);
      const bulk = await api.post(`${api.cm(PARTNER)}/actions/bulkDelete`, { documentIds: [shared] });
      expect(bulk.status, JSON.stringify(bulk.body)).toBe(403);
      expect((await partnerRow(shared))?.events.map((event) => event.documentId)).toContain(rivals);
    });

    it('is not editable by the rival either while the manager’s event uses it; a client administrator edits it', async () => {
      const api = adminApi(app, rival);
      expect((await api.put(`${api.cm(PARTNER)}/${shared}`, { name: 'Переименован соперником' })).status).toBe(403);
      const byClient = await adminApi(app, client).put(`${api.cm(PARTNER)}/${shared}`, { name: 'Переименован администратором клиента' });
      expect(byClient.status, JSON.stringify(byClient.body)).toBe(200);
      expect(await partnerRow(shared)).toMatchObject({ name: 'Переименован администратором клиента' });
    });

    it('may be unlinked from the manager’s own event', async () => {
      const api = adminApi(app, manager);
      const unlinked = await api.put(`${api.cm(EVENT)}/${own}?locale=ru`, { partners: { disconnect: [{ documentId: shared }] } });
      expect(unlinked.status, JSON.stringify(unlinked.body)).toBe(200);
      expect((await partnerRow(shared))?.events.map((event) => event.documentId)).not.toContain(own);
    });
  });

  describe("a partner of the organizer's own events only", () => {
    it('stays editable by its organizers', async () => {
      const mine = await makePartner('Свой партнёр', [own]);
      const api = adminApi(app, manager);
      const edited = await api.put(`${api.cm(PARTNER)}/${mine}`, { name: 'Свой партнёр, новое имя' });
      expect(edited.status, JSON.stringify(edited.body)).toBe(200);
      expect(await partnerRow(mine)).toMatchObject({ name: 'Свой партнёр, новое имя' });
    });

    it('is no longer editable by its creator once another organizer’s event uses it', async () => {
      const api = adminApi(app, admin);
      const created = await api.post(api.cm(PARTNER), { name: 'Партнёр администратора', url: 'https://partner.test', events: { connect: [{ documentId: adminOwn, locale: 'ru' }] } });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const partner = (created.body as { data: { documentId: string } }).data.documentId;
      const linked = await adminApi(app, rival).put(`${api.cm(EVENT)}/${rivals}?locale=ru`, { partners: { connect: [{ documentId: partner }] } });
      expect(linked.status, JSON.stringify(linked.body)).toBe(200);
      expect((await api.put(`${api.cm(PARTNER)}/${partner}`, { name: 'Изменён создателем' })).status).toBe(403);
      expect(await partnerRow(partner)).toMatchObject({ name: 'Партнёр администратора' });
    });
  });

  describe('a speaker', () => {
    it('on a rival session may be put on the event administrator’s own session, but not edited, published or deleted by them', async () => {
      const speaker = await makeSpeaker('Спикер соперника', 'spiker-sopernika');
      expect((await putOnSession(rival, rivalSession, speaker)).status).toBe(200);
      const linked = await putOnSession(admin, adminSession, speaker);
      expect(linked.status, JSON.stringify(linked.body)).toBe(200);
      const api = adminApi(app, admin);
      const edited = await api.put(`${api.cm(SPEAKER)}/${speaker}?locale=ru`, { bio: 'Подменённая биография' });
      expect(edited.status, JSON.stringify(edited.body)).toBe(403);
      expect((edited.body as { error: { message: string } }).error.message).toContain('спикер');
      expect((await api.post(`${api.cm(SPEAKER)}/${speaker}/actions/unpublish?locale=ru`, {})).status).toBe(403);
      expect((await api.delete(`${api.cm(SPEAKER)}/${speaker}?locale=ru`)).status).toBe(403);
      expect(await speakerDraft(speaker)).toMatchObject({ bio: 'Исходная биография' });
      expect(await app.strapi.db.query(SPEAKER).count({ where: { documentId: speaker, publishedAt: { $notNull: true } } })).toBe(1);
    });

    it('shown by a rival event’s speakers block is not editable through one’s own session', async () => {
      const speaker = await makeSpeaker('Спикер из блока', 'spiker-iz-bloka');
      await app.strapi.documents(EVENT).update({ documentId: rivals, locale: 'ru', data: { blocks: [{ __component: 'blocks.speakers', heading: 'Спикеры', mode: 'selected', speakers: [speaker] }] } as never });
      expect((await putOnSession(admin, adminSession, speaker)).status).toBe(200);
      const api = adminApi(app, admin);
      expect((await api.put(`${api.cm(SPEAKER)}/${speaker}?locale=ru`, { bio: 'Подменённая биография' })).status).toBe(403);
      expect(await speakerDraft(speaker)).toMatchObject({ bio: 'Исходная биография' });
    });

    it("of the administrator's own program only stays editable by them", async () => {
      const speaker = await makeSpeaker('Свой спикер', 'svoj-spiker');
      expect((await putOnSession(admin, adminSession, speaker)).status).toBe(200);
      const api = adminApi(app, admin);
      const edited = await api.put(`${api.cm(SPEAKER)}/${speaker}?locale=ru`, { bio: 'Новая биография' });
      expect(edited.status, JSON.stringify(edited.body)).toBe(200);
      expect(await speakerDraft(speaker)).toMatchObject({ bio: 'Новая биография' });
    });
  });

  describe('an uploaded file', () => {
    const FILE = 'plugin::upload.file';
    let counter = 0;
    const makeFile = async (createdBy: Account) => {
      counter += 1;
      const created = (await app.strapi.db.query(FILE).create({
        data: { name: `logo-${counter}.png`, hash: `logo_${counter}_${Date.now()}`, ext: '.png', mime: 'image/png', size: 1, url: `/uploads/logo_${counter}.png`, provider: 'local', createdBy: createdBy.id, updatedBy: createdBy.id },
      })) as { id: number };
      return created.id;
    };
    const caption = async (id: number) => ((await app.strapi.db.query(FILE).findOne({ where: { id } })) as { caption: string | null } | null)?.caption ?? null;
    const setCaption = (who: Account, id: number, text: string) => adminApi(app, who).put(`/upload/files/${id}`, { fileInfo: { caption: text } });

    it('that the uploader’s own event shows stays editable by them', async () => {
      const file = await makeFile(manager);
      await app.strapi.documents(EVENT).update({ documentId: own, locale: 'ru', data: { cover: file } as never });
      const edited = await setCaption(manager, file, 'Своя подпись');
      expect(edited.status, JSON.stringify(edited.body)).toBe(200);
      expect(await caption(file)).toBe('Своя подпись');
    });

    it('that a rival event also shows (in a component) is not changed, replaced or deleted by its uploader', async () => {
      const file = await makeFile(manager);
      await app.strapi.documents(EVENT).update({ documentId: own, locale: 'ru', data: { cover: file } as never });
      await app.strapi.documents(EVENT).update({ documentId: rivals, locale: 'ru', data: { seo: { metaTitle: 'Чужое', shareImage: file } } as never });
      const edited = await setCaption(manager, file, 'Подменённая подпись');
      expect(edited.status, JSON.stringify(edited.body)).toBe(403);
      expect((edited.body as { error: { message: string } }).error.message).toContain('файл');
      const viaUpload = await adminApi(app, manager).post(`/upload?id=${file}`, { fileInfo: { caption: 'Подменённая подпись' } });
      expect(viaUpload.status, JSON.stringify(viaUpload.body)).toBe(403);
      const bulk = await adminApi(app, manager).post('/upload/actions/bulk-update', { updates: [{ id: file, fileInfo: { caption: 'Подменённая подпись' } }] });
      expect(bulk.status, JSON.stringify(bulk.body)).toBe(403);
      expect(await caption(file)).toBeNull();
      expect((await adminApi(app, client).put(`/upload/files/${file}`, { fileInfo: { caption: 'Подпись администратора клиента' } })).status).toBe(200);
    });
  });

  describe('a clone of an event', () => {
    it('copies no program: the original keeps its sessions, whoever clones it', async () => {
      // the event administrator is only a manager of the rival's event: they may read (and so clone) it
      const source = await makeEvent(app, { admins: [rival.id], managers: [admin.id], published: false, title: 'Событие соперника с программой' });
      const session = await makeSession(app, source, { published: false });
      const api = adminApi(app, admin);
      const cloned = await api.post(`${api.cm(EVENT)}/clone/${source}?locale=ru`, { title: 'Копия', slug: 'kopiya-s-programmoj' });
      expect(cloned.status, JSON.stringify(cloned.body)).toBe(200);
      const sessionsOf = async (where: Record<string, unknown>) =>
        (((await app.strapi.db.query(EVENT).findOne({ where: { ...where, locale: 'ru', publishedAt: null }, populate: { sessions: { select: ['documentId'] } } })) as { sessions?: Array<{ documentId: string }> } | null)?.sessions ?? []).map(
          (row) => row.documentId,
        );
      expect(await sessionsOf({ documentId: source })).toEqual([session]);
      expect(await sessionsOf({ slug: 'kopiya-s-programmoj' })).toEqual([]);
      const byClient = await adminApi(app, client).post(`${api.cm(EVENT)}/clone/${source}?locale=ru`, { title: 'Копия 2', slug: 'kopiya-s-programmoj-2' });
      expect(byClient.status, JSON.stringify(byClient.body)).toBe(200);
      expect(await sessionsOf({ documentId: source })).toEqual([session]);
    });
  });
});
