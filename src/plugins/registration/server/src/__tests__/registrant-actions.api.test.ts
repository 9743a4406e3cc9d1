/**
 * Organizers' actions and the check-in through their admin routes, on the database the suite runs on:
 * the seat rules hold (a cancel frees the seat for the head of the waitlist, an over-capacity seat is
 * counted and promotes nobody), each change is in the action log, `attendance.marked` is announced once,
 * a resend is one more outbox mail, the door's outcomes (second scan, cancelled, waitlisted, another
 * event's code), the Cyrillic search, 400s in Russian and English, 403s for another event's organizer.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import jsQR from 'jsqr';
import type { Knex } from 'knex';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkInResponseSchema, checkInSearchResponseSchema, registrantActionResponseSchema } from '../../../../../../cms/src/registrant-actions';
import { registrantCountsSchema, registrantRowSchema } from '../../../../../../cms/src/registrants';
import { checkinCodeResponseSchema, myDataExportSchema } from '../../../../../../cms/src/registration';
import { adminRoleId, adminWithRoles, type TestAdmin } from '../../../../../../scripts/testing/admins';
import { waitForMessage } from '../../../../../../scripts/smtp-sink/sink';
import type { TestApp } from '../../../../../../scripts/testing/strapi';
import { bearer, consentVersion, createEvent, createUser, startHarness, type EventOptions, type Harness } from './fixtures';

/** pngjs (qrcode's own PNG codec) has no types of its own: what the test reads of it. */
const { PNG } = createRequire(import.meta.url)('pngjs') as { PNG: { sync: { read(buffer: Buffer): { width: number; height: number; data: Buffer } } } };

/** The text of the QR code in a PNG data URL, read as a phone's camera would. */
function readQr(dataUrl: string): string | null {
  const png = PNG.sync.read(Buffer.from(dataUrl.slice('data:image/png;base64,'.length), 'base64'));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

interface Claimer {
  claim(input: Record<string, unknown>): Promise<{ record: { id: number; status: string } }>;
}
interface Checkin {
  code(id: number): string;
}

describe('organizers’ actions and check-in', () => {
  let harness: Harness;
  let app: TestApp;
  let knex: Knex;
  let managerA: TestAdmin;
  let managerB: TestAdmin;
  let eventA: string;
  let eventB: string;

  const as = (admin: TestAdmin, method: 'get' | 'post', path: string) => request(app.server)[method](path).set('Authorization', `Bearer ${admin.token}`);
  const act = (admin: TestAdmin, event: string, action: string, registrationIds: number[]) =>
    as(admin, 'post', `/registration/events/${event}/registrants/actions`).send({ action, registrationIds });
  const add = (admin: TestAdmin, event: string, body: Record<string, unknown>) => as(admin, 'post', `/registration/events/${event}/registrants`).send(body);
  const checkIn = (admin: TestAdmin, event: string, body: Record<string, unknown>) => as(admin, 'post', `/registration/events/${event}/checkin`).send(body);
  const counts = async (event: string) =>
    registrantCountsSchema.parse((await as(managerA, 'get', `/registration/events/${event}/registrants/counts`)).body);
  const statusOf = async (id: number) => ((await knex('registration_registrations').where({ id }).first('status')) as { status: string }).status;
  const logOf = async (registrationId: number) =>
    (await knex('registration_actions').where({ registration_id: registrationId }).orderBy('id', 'asc').select('action', 'actor_id', 'actor_email', 'event_document_id')) as Array<{
      action: string;
      actor_id: number;
      actor_email: string;
      event_document_id: string;
    }>;
  const attendanceEvents = async (registrationId: number) =>
    ((await knex('platform_domain_events').where({ name: 'attendance.marked' }).select('payload')) as Array<{ payload: string }>).filter(
      (row) => (JSON.parse(row.payload) as { registrationId: number }).registrationId === registrationId,
    ).length;

  let seq = 0;
  /** A person registered for `event` by the attendee's own path (the registrations service's claim). */
  const registered = async (event: string, lastName = 'Петров'): Promise<{ id: number; userId: number; email: string; token: string; status: string }> => {
    seq += 1;
    const user = await createUser(app, `person${seq}@actions.test`, { lastName });
    const { record } = await (app.strapi.plugin('registration').service('registrations') as Claimer).claim({
      eventDocumentId: event,
      user: user.id,
      answers: {},
      refCode: null,
      utm: null,
    });
    return { id: record.id, userId: user.id, email: user.email, token: user.token, status: record.status };
  };
  /** A published event whose manager is managerA. */
  const managedEvent = async (slug: string, options: EventOptions): Promise<string> => {
    const event = await createEvent(app, slug, options);
    await app.strapi.documents('api::event.event').update({ documentId: event, data: { managers: [managerA.id] } as never, status: 'published' });
    return event;
  };
  const names = { firstName: 'Мария', lastName: 'Иванова' };
  const codeOf = (id: number) => (app.strapi.plugin('registration').service('checkin') as Checkin).code(id);

  beforeAll(async () => {
    harness = await startHarness();
    app = harness.app;
    knex = harness.knex;
    const manager = await adminRoleId(app, 'mmso-event-manager');
    managerA = await adminWithRoles(app, 'actions-manager-a', [manager]);
    managerB = await adminWithRoles(app, 'actions-manager-b', [manager]);
    eventA = await createEvent(app, 'actions-a', { capacity: 2, waitlistEnabled: true });
    eventB = await createEvent(app, 'actions-b', { capacity: 1, waitlistEnabled: false });
    for (const [event, admin] of [
      [eventA, managerA],
      [eventB, managerB],
    ] as const) {
      await app.strapi.documents('api::event.event').update({ documentId: event, data: { managers: [admin.id] } as never, status: 'published' });
    }
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('cancels for the attendee: the seat goes to the head of the waitlist, and the cancel is logged', async () => {
    const event = await managedEvent('actions-cancel', { capacity: 2, waitlistEnabled: true });
    const first = await registered(event);
    await registered(event);
    const waiting = await registered(event);
    expect(waiting.status).toBe('waitlisted');

    const response = await act(managerA, event, 'cancel', [first.id, first.id, 999_999]);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const { results } = registrantActionResponseSchema.parse(response.body);
    expect(results).toEqual([
      { id: first.id, ok: true, changed: true },
      { id: 999_999, ok: false, changed: false, error: { code: 'not-found', message: 'Регистрация не найдена среди участников этого события' } },
    ]);
    expect(await statusOf(first.id)).toBe('cancelled');
    expect(await statusOf(waiting.id)).toBe('registered');
    expect(await counts(event)).toMatchObject({ registered: 2, waitlisted: 0, cancelled: 1, capacity: 2 });
    expect(await logOf(first.id)).toEqual([{ action: 'cancel', actor_id: managerA.id, actor_email: managerA.email, event_document_id: event }]);
    // a second cancel changes nothing and logs nothing
    expect(registrantActionResponseSchema.parse((await act(managerA, event, 'cancel', [first.id])).body).results).toEqual([{ id: first.id, ok: true, changed: false }]);
    expect(await logOf(first.id)).toHaveLength(1);
  });

  it('adds a person on their behalf by the seat rules, and over the capacity only as an explicit override that is counted', async () => {
    const event = await managedEvent('actions-add', { capacity: 1, waitlistEnabled: true, registrationForm: [{ key: 'track', type: 'text', label: 'Направление', required: true }] });
    const seated = await add(managerA, event, { email: 'New.Person@Actions.test', firstName: 'Ёлка', lastName: 'Новая', answers: { track: 'ML' } });
    expect(seated.status, JSON.stringify(seated.body)).toBe(201);
    expect(registrantRowSchema.parse(seated.body)).toMatchObject({ status: 'registered', email: 'new.person@actions.test', firstName: 'Ёлка', lastName: 'Новая', answers: { track: 'ML' } });
    const account = (await knex('up_users').where({ email: 'new.person@actions.test' }).first('confirmed')) as { confirmed: unknown } | undefined;
    expect(Boolean(account?.confirmed)).toBe(true);

    // full: the waitlist
    const waiting = await add(managerA, event, { email: 'second@actions.test', ...names, answers: { track: 'Веб' } });
    expect(waiting.status).toBe(201);
    expect(waiting.body.status).toBe('waitlisted');
    // the override seats beyond the capacity, and says so in the log
    const over = await add(managerA, event, { email: 'third@actions.test', ...names, answers: { track: 'Веб' }, overCapacity: true });
    expect(over.status, JSON.stringify(over.body)).toBe(201);
    expect(over.body.status).toBe('registered');
    expect(await counts(event)).toMatchObject({ registered: 2, waitlisted: 1, capacity: 1 });
    expect((await logOf(over.body.id as number)).map((entry) => entry.action)).toEqual(['add-over-capacity']);
    expect((await logOf(seated.body.id as number)).map((entry) => entry.action)).toEqual(['add']);
    // a seat freed while over the capacity promotes nobody: the override is counted like any seat
    expect((await act(managerA, event, 'cancel', [seated.body.id as number])).status).toBe(200);
    expect(await counts(event)).toMatchObject({ registered: 1, waitlisted: 1 });
    expect(await statusOf(waiting.body.id as number)).toBe('waitlisted');
    // ... the next one does
    expect((await act(managerA, event, 'cancel', [over.body.id as number])).status).toBe(200);
    expect(await statusOf(waiting.body.id as number)).toBe('registered');

    // registered already: 409; the form's rules: 400 naming the field, in the organizer's language
    expect((await add(managerA, event, { email: 'second@actions.test', ...names, answers: { track: 'Веб' } })).status).toBe(409);
    const missing = await add(managerA, event, { email: 'fourth@actions.test' });
    expect(missing.status).toBe(400);
    // the names are asked by every form: a new person without them is refused too
    expect(missing.body.error.details.errors).toEqual([
      { path: ['answers', 'firstName'], message: '«Имя»: обязательное поле', name: 'ValidationError' },
      { path: ['answers', 'lastName'], message: '«Фамилия»: обязательное поле', name: 'ValidationError' },
      { path: ['answers', 'track'], message: '«Направление»: обязательное поле', name: 'ValidationError' },
    ]);
    await app.strapi.db.query('admin::user').update({ where: { id: managerA.id }, data: { preferedLanguage: 'en' } });
    const english = await add(managerA, event, { email: 'fourth@actions.test' });
    await app.strapi.db.query('admin::user').update({ where: { id: managerA.id }, data: { preferedLanguage: 'ru' } });
    expect(english.status).toBe(400);
    expect(english.body.error.details.errors[2]).toMatchObject({ path: ['answers', 'track'], message: '“Направление”: this field is required' });
    expect(await knex('up_users').where({ email: 'fourth@actions.test' }).first('id')).toBeUndefined();
  });

  it('refuses a full event without a waitlist unless overridden', async () => {
    await registered(eventB);
    const refused = await add(managerB, eventB, { email: 'late@actions.test', ...names });
    expect(refused.body, JSON.stringify(refused.body)).toMatchObject({ error: { status: 409 } });
    expect(refused.status).toBe(409);
    expect(await knex('up_users').where({ email: 'late@actions.test' }).first('id')).toBeUndefined();
    const forced = await add(managerB, eventB, { email: 'late@actions.test', ...names, overCapacity: true });
    expect(forced.status).toBe(201);
    expect(forced.body.status).toBe('registered');
  });

  it('marks attendance once (one attendance.marked), clears it, and refuses one without a seat', async () => {
    const event = await managedEvent('actions-attend', { capacity: 1, waitlistEnabled: true });
    const person = await registered(event);
    const first = registrantActionResponseSchema.parse((await act(managerA, event, 'attend', [person.id])).body).results;
    expect(first).toEqual([{ id: person.id, ok: true, changed: true }]);
    const again = registrantActionResponseSchema.parse((await act(managerA, event, 'attend', [person.id])).body).results;
    expect(again).toEqual([{ id: person.id, ok: true, changed: false }]);
    expect(await attendanceEvents(person.id)).toBe(1);
    const row = (await knex('registration_registrations').where({ id: person.id }).first('attended_at')) as { attended_at: unknown };
    expect(row.attended_at).not.toBeNull();
    expect(registrantActionResponseSchema.parse((await act(managerA, event, 'unattend', [person.id])).body).results[0]).toMatchObject({ ok: true, changed: true });
    expect(((await knex('registration_registrations').where({ id: person.id }).first('attended_at')) as { attended_at: unknown }).attended_at).toBeNull();
    expect((await logOf(person.id)).map((entry) => entry.action)).toEqual(['attend', 'unattend']);

    const waiting = await registered(event);
    expect(waiting.status).toBe('waitlisted');
    const refused = registrantActionResponseSchema.parse((await act(managerA, event, 'attend', [waiting.id])).body).results;
    expect(refused[0]).toMatchObject({ ok: false, changed: false, error: { code: 'not-seated' } });
    expect(await attendanceEvents(waiting.id)).toBe(0);
  });

  it('mails the confirmation again through the outbox, one more mail per resend', async () => {
    const event = await managedEvent('actions-resend', { capacity: 10 });
    const person = await registered(event);
    const resends = async () =>
      Number(
        ((await knex('platform_mail_messages')
          .where({ purpose: 'registration-confirmation', recipient: person.email })
          .andWhere('message_key', 'like', '%:resend:%')
          .count({ n: '*' })
          .first()) as { n: number | string }).n,
      );
    expect(await resends()).toBe(0);
    expect((await act(managerA, event, 'resend-confirmation', [person.id])).status).toBe(200);
    expect(await resends()).toBe(1);
    expect((await act(managerA, event, 'resend-confirmation', [person.id])).status).toBe(200);
    expect(await resends()).toBe(2);
    expect((await logOf(person.id)).map((entry) => entry.action)).toEqual(['resend-confirmation', 'resend-confirmation']);
    // the mail carries the entry code: its text, and the QR code shown inline
    const mail = await waitForMessage(harness.sink.dir, (message) => message.to.includes(person.email) && message.text.includes(codeOf(person.id)));
    expect(mail.subject).toMatch(/^Вы зарегистрированы/);
    expect(mail.html).toContain('src="cid:checkin-qr@mmso-connect"');
    expect(await readFile(mail.path, 'latin1')).toMatch(/Content-ID: <checkin-qr@mmso-connect>/i);
  });

  it('checks in by the QR code once, warns on a second scan, a cancelled or waitlisted code, and knows no other event’s code', async () => {
    const event = await managedEvent('actions-door', { capacity: 1, waitlistEnabled: true });
    const seated = await registered(event, 'Ёжиков');
    const waiting = await registered(event, 'Ежикова');
    const first = await checkIn(managerA, event, { code: codeOf(seated.id) });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const marked = checkInResponseSchema.parse(first.body);
    expect(marked).toMatchObject({ outcome: 'checked-in', registrant: { id: seated.id, lastName: 'Ёжиков' } });
    const second = checkInResponseSchema.parse((await checkIn(managerA, event, { code: codeOf(seated.id) })).body);
    expect(second.outcome).toBe('already-checked-in');
    expect(second.firstCheckInAt).toBe(marked.firstCheckInAt);
    expect(await attendanceEvents(seated.id)).toBe(1);
    expect((await logOf(seated.id)).map((entry) => entry.action)).toEqual(['check-in']);

    expect(checkInResponseSchema.parse((await checkIn(managerA, event, { registrationId: waiting.id })).body).outcome).toBe('waitlisted');
    await act(managerA, event, 'cancel', [seated.id]);
    expect(checkInResponseSchema.parse((await checkIn(managerA, event, { code: codeOf(seated.id) })).body).outcome).toBe('cancelled');

    // another event's registration, a forged code, junk: 404
    const elsewhere = await registered(eventA);
    expect((await checkIn(managerA, event, { code: codeOf(elsewhere.id) })).status).toBe(404);
    expect((await checkIn(managerA, event, { registrationId: elsewhere.id })).status).toBe(404);
    expect((await checkIn(managerA, event, { code: `${seated.id}.AAAAAAAAAAAAAAAA` })).status).toBe(404);
    const junk = await checkIn(managerA, event, { code: 'не код' });
    expect(junk.status).toBe(404);
    expect(junk.body.error.message).toBe('Код не найден среди регистраций этого события');

    // the door's search ignores case in Cyrillic (ё as е)
    const search = await as(managerA, 'get', `/registration/events/${event}/checkin/search`).query({ q: 'ЕЖИК' });
    expect(search.status).toBe(200);
    expect(checkInSearchResponseSchema.parse(search.body).results.map((row) => row.lastName)).toEqual(['Ёжиков', 'Ежикова']);
    expect((await as(managerA, 'get', `/registration/events/${event}/checkin/search`).query({ q: '' })).status).toBe(400);
  });

  it('shows the attendee their QR code in the cabinet (it checks them in at the door), and their export holds the attendance', async () => {
    const event = await managedEvent('actions-cabinet', { capacity: 1, waitlistEnabled: true });
    const seated = await registered(event);
    const waiting = await registered(event);
    const documentIdOf = async (id: number) => ((await knex('registration_registrations').where({ id }).first('document_id')) as { document_id: string }).document_id;
    const cabinet = (who: { token: string }, id: string) => request(app.server).get(`/api/registration/me/registrations/${id}/checkin`).set(bearer(who.token));

    const shown = await cabinet(seated, await documentIdOf(seated.id));
    expect(shown.status, JSON.stringify(shown.body)).toBe(200);
    const { code, image } = checkinCodeResponseSchema.parse(shown.body);
    expect(readQr(image)).toBe(code);
    // no code for a waitlist place, nor for someone else's registration, nor signed out
    expect((await cabinet(waiting, await documentIdOf(waiting.id))).status).toBe(404);
    expect((await cabinet(waiting, await documentIdOf(seated.id))).status).toBe(404);
    expect((await request(app.server).get(`/api/registration/me/registrations/${await documentIdOf(seated.id)}/checkin`)).status).toBe(401);

    const door = checkInResponseSchema.parse((await checkIn(managerA, event, { code: readQr(image) ?? '' })).body);
    expect(door.outcome).toBe('checked-in');
    const exported = myDataExportSchema.parse((await request(app.server).get('/api/registration/me/export').set(bearer(seated.token))).body);
    expect(exported.registration.registrations).toEqual([expect.objectContaining({ status: 'registered', attendedAt: door.firstCheckInAt, registeredAt: expect.any(String) })]);
  });

  it('keeps a manual-approval event’s registrations pending until an organizer approves them (the seat rules) or rejects them (a mail)', async () => {
    const slug = 'actions-approval';
    const event = await managedEvent(slug, { capacity: 1, waitlistEnabled: false });
    await app.strapi.documents('api::event.event').update({ documentId: event, data: { registrationApproval: true } as never, status: 'published' });
    const version = await consentVersion(app);
    const people = await Promise.all(['anna', 'boris', 'vera'].map((name) => createUser(app, `${name}.approval@actions.test`)));
    const apply = (who: { token: string }) =>
      request(app.server).post(`/api/registration/events/${slug}/registrations`).set(bearer(who.token)).send({ answers: {}, consent: { accepted: true, version } });
    const ids: number[] = [];
    for (const person of people) {
      const answer = await apply(person);
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      expect(answer.body).toMatchObject({ status: 'pending', created: true, registration: { status: 'pending', waitlistPosition: null } });
      const row = (await knex('registration_registrations').where({ user_id: person.id, event_document_id: event }).first('id', 'seat')) as { id: number; seat: unknown };
      expect(row.seat).toBeNull();
      ids.push(Number(row.id));
    }
    const [anna, boris, vera] = ids as [number, number, number];
    expect(await counts(event)).toMatchObject({ registered: 0, pending: 3, capacity: 1 });
    // waiting is not a seat: not at the door either
    expect(checkInResponseSchema.parse((await checkIn(managerA, event, { registrationId: vera })).body).outcome).toBe('pending');

    // approval seats by the seat rules: the one seat, then full without a waitlist (stays pending)
    const approved = registrantActionResponseSchema.parse((await act(managerA, event, 'approve', [anna, boris])).body).results;
    expect(approved).toEqual([
      { id: anna, ok: true, changed: true },
      { id: boris, ok: false, changed: false, error: { code: 'full', message: 'Свободных мест нет, а лист ожидания не ведётся: регистрация осталась на рассмотрении' } },
    ]);
    expect([await statusOf(anna), await statusOf(boris)]).toEqual(['registered', 'pending']);
    expect(await counts(event)).toMatchObject({ registered: 1, pending: 2 });

    const rejecting = await act(managerA, event, 'reject', [boris, anna]);
    expect(rejecting.status, JSON.stringify(rejecting.body)).toBe(200);
    const rejected = registrantActionResponseSchema.parse(rejecting.body).results;
    expect(rejected).toEqual([
      { id: boris, ok: true, changed: true },
      { id: anna, ok: false, changed: false, error: { code: 'not-pending', message: 'Регистрация не ждёт одобрения' } },
    ]);
    expect(await statusOf(boris)).toBe('rejected');
    const rejectionMails = await knex('platform_mail_messages').where({ purpose: 'registration-rejected', recipient: people[1]?.email }).count({ n: '*' }).first();
    expect(Number((rejectionMails as { n: number | string }).n)).toBe(1);
    // the rejected person cannot apply again by themselves, and sees why
    const again = await apply(people[1] as { token: string });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: 'rejected', created: false });
    const exported = myDataExportSchema.parse((await request(app.server).get('/api/registration/me/export').set(bearer((people[1] as { token: string }).token))).body);
    expect(exported.registration.registrations.map((registration) => registration.status)).toEqual(['rejected']);
    expect((await logOf(anna)).map((entry) => entry.action)).toEqual(['approve']);
    expect((await logOf(boris)).map((entry) => entry.action)).toEqual(['reject']);
    // a seat freed by a cancel goes to no one pending: they wait for the organizer
    await act(managerA, event, 'cancel', [anna]);
    expect(await statusOf(vera)).toBe('pending');
    expect(registrantActionResponseSchema.parse((await act(managerA, event, 'approve', [vera])).body).results[0]).toMatchObject({ ok: true });
    expect(await statusOf(vera)).toBe('registered');
  });

  it('refuses another event’s organizer (403) and bad requests (400 in Russian and English), logging nothing', async () => {
    const person = await registered(eventA);
    const logged = async () => Number(((await knex('registration_actions').count({ n: '*' }).first()) as { n: number | string }).n);
    const accessLogged = async () => Number(((await knex('platform_access_log').count({ n: '*' }).first()) as { n: number | string }).n);
    const [before, accessBefore] = [await logged(), await accessLogged()];
    expect((await act(managerB, eventA, 'cancel', [person.id])).status).toBe(403);
    expect((await act(managerB, eventA, 'attend', [person.id])).status).toBe(403);
    expect((await add(managerB, eventA, { email: 'intruder@actions.test' })).status).toBe(403);
    expect((await checkIn(managerB, eventA, { code: codeOf(person.id) })).status).toBe(403);
    expect((await as(managerB, 'get', `/registration/events/${eventA}/checkin/search`).query({ q: 'Петров' })).status).toBe(403);
    // B's own event does not reach A's registration either
    expect(registrantActionResponseSchema.parse((await act(managerB, eventB, 'cancel', [person.id])).body).results[0]).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect((await checkIn(managerB, eventB, { code: codeOf(person.id) })).status).toBe(404);
    expect(await statusOf(person.id)).toBe('registered');
    expect(await logged()).toBe(before);
    expect(await accessLogged()).toBe(accessBefore);

    const bad = await act(managerA, eventA, 'explode', [person.id]);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['action']);
    expect(bad.body.error.details.errors[0].message).toMatch(/[а-яё]/i);
    await app.strapi.db.query('admin::user').update({ where: { id: managerA.id }, data: { preferedLanguage: 'en' } });
    const english = await act(managerA, eventA, 'cancel', []);
    await app.strapi.db.query('admin::user').update({ where: { id: managerA.id }, data: { preferedLanguage: 'ru' } });
    expect(english.status).toBe(400);
    expect(english.body.error.details.errors[0].path).toEqual(['registrationIds']);
    expect(english.body.error.details.errors[0].message).not.toMatch(/[а-яё]/i);
    expect((await checkIn(managerA, eventA, { code: 'x', registrationId: 1 })).status).toBe(400);
    expect(await logged()).toBe(before);
  });
});
