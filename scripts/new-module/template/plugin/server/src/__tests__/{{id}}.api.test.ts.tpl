/**
 * The {{id}} module on a real Strapi (SQLite, or PostgreSQL + Redis with DATABASE_CLIENT=postgres),
 * mail going to a local SMTP sink: a signed-in person keeps a note (refusals in Russian or English),
 * an admin reads it only with the module's action (shown on the Roles page) and the platform's event
 * access of a client administrator, each read logged; the note is in the cabinet's export and goes
 * with the account; a registration (a domain event) is welcomed by one mail through the outbox.
 * Answers are parsed with the module's contract in cms/.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { {{camel}}NoteResponseSchema } from '../../../../../../cms/src/{{id}}';
import { platform } from '../../../../platform/server/src/kit';
import { readMessages } from '../../../../../../scripts/smtp-sink/sink';
import { adminWith, superAdmin } from '../../../../../../scripts/testing/admins';
import { bootWithMailSink, eraseMyAccount, exportMyData, type MailingApp } from '../../../../../../scripts/testing/personal-data';
import { createAttendee, type TestUser } from '../../../../../../scripts/testing/users';
import { waitFor } from '../../../../../../scripts/testing/wait';
import { ACTIONS, MAIL_PURPOSES, NOTES_TABLE, PLUGIN_ID } from '../constants';
import { getService } from '../get-service';

describe('{{id}} module', () => {
  let m: MailingApp;
  const api = () => request(m.app.server);
  const as = (who: TestUser) => ({ authorization: `Bearer ${who.jwt}` });
  const saveNote = (who: TestUser, text: string) => api().put(`/api/${PLUGIN_ID}/note`).set(as(who)).send({ text });

  beforeAll(async () => {
    m = await bootWithMailSink();
  });
  afterAll(async () => {
    await m?.stop();
  });

  it('keeps a signed-in person\'s note for them alone, and none for anonymous callers', async () => {
    const [alice, bob] = [await createAttendee(m.app, 'alice'), await createAttendee(m.app, 'bob')];
    await api().get(`/api/${PLUGIN_ID}/note`).expect(403);
    await api().put(`/api/${PLUGIN_ID}/note`).send({ text: 'x' }).expect(403);
    const saved = {{camel}}NoteResponseSchema.parse((await saveNote(alice, '  взять паспорт ').expect(200)).body);
    expect(saved.data?.text).toBe('взять паспорт');
    const read = async (who: TestUser) => {{camel}}NoteResponseSchema.parse((await api().get(`/api/${PLUGIN_ID}/note`).set(as(who)).expect(200)).body).data;
    expect(await read(alice)).toEqual(saved.data);
    expect(await read(bob)).toBeNull();
  });

  it('refuses a bad note with a 400 naming the field, in Russian or in English when asked', async () => {
    const carol = await createAttendee(m.app, 'carol');
    const ru = await saveNote(carol, 'a'.repeat(1_001)).expect(400);
    expect(ru.body.error.details.errors).toEqual([expect.objectContaining({ path: ['text'], message: 'Заметка длиннее 1000 символов' })]);
    const en = await saveNote(carol, 'a'.repeat(1_001)).set('accept-language', 'en-US,en;q=0.9').expect(400);
    expect(en.body.error.details.errors).toEqual([expect.objectContaining({ path: ['text'], message: 'The note is longer than 1000 characters' })]);
    expect((await saveNote(carol, '   ').expect(400)).body.error.details.errors[0].message).toBe('Заметка пуста');
    const unknown = await api().put(`/api/${PLUGIN_ID}/note`).set(as(carol)).send({ text: 'ok', other: 1 }).expect(400);
    expect(unknown.body.error.details.errors).toEqual([expect.objectContaining({ path: ['other'], message: 'Неизвестное поле' })]);
    expect((await api().get(`/api/${PLUGIN_ID}/note`).set(as(carol)).expect(200)).body.data).toBeNull();
  });

  it('shows a person\'s note only to an admin with the module\'s action who sees every event, and logs each read', async () => {
    const [organizer, refused] = [await adminWith(m.app, 'organizer', [ACTIONS.read]), await adminWith(m.app, 'refused', [])];
    // a Super Admin has every action, and the platform's event access gives it (and client administrators) every event
    const granted = await superAdmin(m.app, 'reader');
    const dave = await createAttendee(m.app, 'dave');
    await saveNote(dave, 'заметка Дейва').expect(200);
    const path = `/${PLUGIN_ID}/people/${dave.id}/note`;
    const logOf = async () => (await platform(m.app.strapi).accessLog.list({ filters: { subjectUserId: dave.id } })).results;

    await api().get(path).expect(401);
    await api().get(path).set('authorization', `Bearer ${refused.token}`).expect(403);
    // the route's permission is not enough: the kit's access check refuses an event's organizer, in Russian
    const organizers = await api().get(path).set('authorization', `Bearer ${organizer.token}`).expect(403);
    expect(organizers.body.error.message).toBe('Заметки участников читает только администратор клиента');
    expect(await logOf()).toEqual([]);

    const response = await api().get(path).set('authorization', `Bearer ${granted.token}`).expect(200);
    expect({{camel}}NoteResponseSchema.parse(response.body).data?.text).toBe('заметка Дейва');
    expect(await logOf()).toEqual([expect.objectContaining({ actor: { id: granted.id, email: granted.email }, action: 'card', subjectUserId: dave.id })]);
    await api().get(`/${PLUGIN_ID}/people/nobody/note`).set('authorization', `Bearer ${granted.token}`).expect(400);
  });

  it('shows its action on the Roles page (the permissions the admin lists)', async () => {
    const root = await superAdmin(m.app);
    const response = await api().get('/admin/permissions').set('authorization', `Bearer ${root.token}`).expect(200);
    const plugins = response.body.data.sections.plugins as Array<{ action: string; plugin: string }>;
    expect(plugins).toContainEqual(expect.objectContaining({ action: ACTIONS.read, plugin: PLUGIN_ID }));
  });

  it('puts the note in the cabinet\'s export, and erases it with the account (and nobody else\'s)', async () => {
    const [erin, frank] = [await createAttendee(m.app, 'erin'), await createAttendee(m.app, 'frank')];
    await saveNote(erin, 'мой секрет').expect(200);
    await saveNote(frank, 'чужая заметка').expect(200);
    expect((await exportMyData(m.app, erin.jwt))[PLUGIN_ID]).toEqual({ note: { text: 'мой секрет', updatedAt: expect.any(String) } });

    await eraseMyAccount(m, erin);

    expect(await m.app.strapi.db.connection(NOTES_TABLE).where({ user_id: erin.id })).toEqual([]);
    expect((await exportMyData(m.app, frank.jwt))[PLUGIN_ID]).toMatchObject({ note: { text: 'чужая заметка' } });
  });

  it('welcomes a registration (a domain event) with one mail through the outbox, with its purpose', async () => {
    const gina = await createAttendee(m.app, 'gina');
    const payload = { registrationId: 9_001, userId: gina.id, eventDocumentId: 'event-doc', status: 'registered' as const, at: new Date().toISOString() };
    await platform(m.app.strapi).events.publish('registration.created', payload);
    const mail = await waitFor(async () => (await readMessages(m.sink.dir)).find((message) => message.to.includes(gina.email)), 'the welcome mail');
    expect(mail.headers['x-mmso-purpose']).toBe(MAIL_PURPOSES.welcome);
    expect(mail.subject).toBe('Вы зарегистрировались на событие');

    // the same registration again (a second delivery, a retry): the outbox sends nothing more
    await getService(m.app.strapi, 'welcome').registered(payload.registrationId, gina.id);
    expect(await platform(m.app.strapi).mail.list({ purpose: MAIL_PURPOSES.welcome, to: gina.email })).toHaveLength(1);
  });
});
