/**
 * Issue 10, finding 4: anonymous registration trusted a typed email. A seat or a waitlist place is
 * taken only by a confirmed address: a visitor who is not signed in gets the same 202 ("we sent you
 * a code") whatever the address; the registration is made when the mailed code is entered. Privacy
 * comes first everywhere (a hidden event is a 404 before the window or the answers are looked at),
 * submissions are limited per address and per IP, and no answer tells whether an address has an
 * account. Allowlists open an event only to a confirmed account's address.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  codesFor,
  consentVersion,
  createEvent,
  createUser,
  FILES,
  mailedCode,
  startHarness,
  type Harness,
  type TestUser,
  storedFileIds,
} from '../../plugins/registration/server/src/__tests__/fixtures';

const FORM = [
  { key: 'track', type: 'single-choice', label: 'Секция', required: true, options: 'Физика\nХимия', order: 1 },
  { key: 'cv', type: 'file', label: 'Резюме', order: 2 },
];

describe('anonymous registration needs a confirmed address (issue 10, finding 4)', () => {
  let h: Harness;
  let version: number;
  let owner: TestUser;
  const ids: Record<string, string> = {};
  const api = () => request(h.app.server);
  const submit = (slug: string, body: unknown, token?: string) => {
    const req = api().post(`/api/registration/events/${slug}/registrations`);
    return (token ? req.set(bearer(token)) : req).send(body as object);
  };
  const confirm = (slug: string, body: unknown) => api().post(`/api/registration/events/${slug}/registrations/confirm`).send(body as object);
  const answers = (email: string, extra: Record<string, unknown> = {}) => ({ email, firstName: 'Аня', lastName: 'Проверкина', track: 'Физика', ...extra });
  const registrationsOf = async (eventId: string) => h.knex('registration_registrations').where({ event_document_id: eventId });
  const userByEmail = (email: string) => h.knex('up_users').where({ email }).first();
  const hiddenTitle = (slug: string) => `Событие ${slug}`;

  beforeAll(async () => {
    h = await startHarness();
    version = await consentVersion(h.app);
    owner = await createUser(h.app, 'owner@uni.test', { phone: '+79990000001' });
    ids.open = await createEvent(h.app, 'open-event', { registrationForm: FORM });
    ids.waitlist = await createEvent(h.app, 'one-seat-wl', { capacity: 1, waitlistEnabled: true });
    ids.closed = await createEvent(h.app, 'closed-vip', { privacy: 'closed', allowlist: 'vip@uni.test, owner@uni.test, unconf@uni.test', registrationForm: FORM });
    ids.invite = await createEvent(h.app, 'invite-vip', { privacy: 'invite', invitedUsers: [owner.id], registrationOpen: false });
    ids.closedShut = await createEvent(h.app, 'closed-shut', {
      privacy: 'closed',
      allowlist: 'vip@uni.test',
      registrationClosesAt: new Date(Date.now() - 60_000).toISOString(),
    });
  });

  afterAll(async () => {
    await h?.stop();
  });

  describe('privacy first: a hidden event is a 404 like an unknown slug, on form, submit and cancel', () => {
    it('refuses an allowlisted address typed by anyone, with nothing of the event in the answer', async () => {
      const unknown = await submit('no-such-event', { answers: answers('vip@uni.test'), consent: { accepted: true, version } }).expect(404);
      const typed = await submit('closed-vip', { answers: answers('vip@uni.test'), consent: { accepted: true, version } });
      expect(typed.status).toBe(404);
      expect(typed.body.error).toEqual(unknown.body.error);
      expect(JSON.stringify(typed.body)).not.toContain(hiddenTitle('closed-vip'));
      expect(await registrationsOf(ids.closed ?? '')).toHaveLength(0);
      expect(await userByEmail('vip@uni.test')).toBeUndefined();
      expect(await codesFor(h.sink, 'vip@uni.test')).toEqual([]);
    });

    it('answers 404 before looking at the window or the answers of a hidden event', async () => {
      const unknown = await submit('no-such-event', { answers: {} }).expect(404);
      for (const slug of ['invite-vip', 'closed-shut', 'closed-vip']) {
        const empty = await submit(slug, { answers: {} });
        expect(empty.status, `${slug} with no answers`).toBe(404);
        expect(empty.body.error).toEqual(unknown.body.error);
        const bad = await submit(slug, { answers: { email: 'x', track: 'Биология' } });
        expect(bad.status, `${slug} with bad answers`).toBe(404);
      }
      // a signed-in visitor who is not on the lists sees the same
      const stranger = await createUser(h.app, 'stranger@uni.test');
      const refused = await submit('invite-vip', { answers: {}, consent: { accepted: true, version } }, stranger.token);
      expect(refused.status).toBe(404);
      expect(refused.body.error).toEqual(unknown.body.error);
    });

    it('answers 404 to a code entered for a hidden event, before the code is checked', async () => {
      const unknown = await confirm('no-such-event', { email: 'vip@uni.test', code: '123456' }).expect(404);
      for (const slug of ['closed-vip', 'invite-vip']) {
        const hidden = await confirm(slug, { email: 'vip@uni.test', code: '123456' });
        expect(hidden.status, slug).toBe(404);
        expect(hidden.body.error).toEqual(unknown.body.error);
      }
    });

    it('answers 404 to cancelling at a hidden event, signed in or not', async () => {
      const unknown = await api().delete('/api/registration/events/no-such-event/registrations/me').expect(404);
      const anonymous = await api().delete('/api/registration/events/closed-vip/registrations/me');
      expect(anonymous.status).toBe(404);
      expect(anonymous.body.error).toEqual(unknown.body.error);
      const stranger = await createUser(h.app, 'stranger2@uni.test');
      const signedIn = await api().delete('/api/registration/events/invite-vip/registrations/me').set(bearer(stranger.token));
      expect(signedIn.status).toBe(404);
      expect(signedIn.body.error).toEqual(unknown.body.error);
    });
  });

  describe('an anonymous submission takes nothing until the code is entered', () => {
    it('answers 202 the same way for an address with an account and one without, and stores no seat and no account', async () => {
      const known = await submit('open-event', { answers: answers('Owner@Uni.test'), consent: { accepted: true, version } });
      const fresh = await submit('open-event', { answers: answers('fresh@uni.test'), consent: { accepted: true, version } });
      expect(known.status).toBe(202);
      expect(fresh.status).toBe(202);
      const shape = (body: Record<string, unknown>) => JSON.stringify(body).replaceAll(/owner@uni\.test|fresh@uni\.test/gi, 'ADDRESS').replaceAll(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'TIME');
      expect(shape(known.body)).toBe(shape(fresh.body));
      expect(fresh.body.status).toBe('pending');
      expect(await registrationsOf(ids.open ?? '')).toHaveLength(0);
      expect(await userByEmail('fresh@uni.test')).toBeUndefined();
      expect(await userByEmail('owner@uni.test')).toMatchObject({ first_name: 'Иван' });
      // each address gets its code by mail
      await mailedCode(h.sink, 'fresh@uni.test');
      await mailedCode(h.sink, 'owner@uni.test');
    });

    it('registers when the mailed code is entered: 201, the registration, and a signed-in session', async () => {
      await submit('open-event', { answers: answers('newbie@uni.test', { track: 'Химия' }), consent: { accepted: true, version } }).expect(202);
      const code = await mailedCode(h.sink, 'newbie@uni.test');
      const done = await confirm('open-event', { email: 'newbie@uni.test', code });
      expect(done.status).toBe(201);
      expect(done.body).toMatchObject({ status: 'registered', created: true });
      expect(done.body.registration.event).toMatchObject({ slug: 'open-event' });
      expect(typeof done.body.jwt).toBe('string');
      const user = await userByEmail('newbie@uni.test');
      expect(user).toMatchObject({ first_name: 'Аня', last_name: 'Проверкина' });
      expect(Boolean(user.confirmed)).toBe(true);
      const [row] = await registrationsOf(ids.open ?? '');
      expect(row).toMatchObject({ user_id: user.id, status: 'registered' });
      expect(await h.knex('registration_consents').where({ user_id: user.id })).toHaveLength(1);
      const form = await api().get('/api/registration/events/open-event/form').set(bearer(done.body.jwt)).expect(200);
      expect(form.body.myRegistration).toMatchObject({ status: 'registered' });
      // the code is used up
      const again = await confirm('open-event', { email: 'newbie@uni.test', code });
      expect(again.status).toBe(401);
    });

    it('answers a wrong code as the sign-in check does (401), and registers nothing', async () => {
      await submit('open-event', { answers: answers('wrong@uni.test'), consent: { accepted: true, version } }).expect(202);
      const code = await mailedCode(h.sink, 'wrong@uni.test');
      const wrong = code === '000000' ? '111111' : '000000';
      const refused = await confirm('open-event', { email: 'wrong@uni.test', code: wrong });
      expect(refused.status).toBe(401);
      await api().post('/api/registration/auth/email-code').send({ email: 'other-wrong@uni.test' }).expect(204);
      await mailedCode(h.sink, 'other-wrong@uni.test');
      const signIn = await api().post('/api/registration/auth/verify').send({ email: 'other-wrong@uni.test', code: wrong }).expect(401);
      expect(refused.body.error).toEqual(signIn.body.error);
      expect(await userByEmail('wrong@uni.test')).toBeUndefined();
    });

    it('answers 410 when the kept answers have expired, and the sweeper removes them and their files', async () => {
      const before = (await storedFileIds(h)).length;
      await api()
        .post('/api/registration/events/open-event/registrations')
        .field('data', JSON.stringify({ answers: answers('late@uni.test'), consent: { accepted: true, version } }))
        .attach('files.cv', FILES.pdf, 'cv.pdf')
        .expect(202);
      expect((await storedFileIds(h)).length).toBe(before + 1);
      const code = await mailedCode(h.sink, 'late@uni.test');
      await h.knex('registration_pending_registrations').where({ email: 'late@uni.test' }).update({ expires_at: new Date(Date.now() - 1000) });
      const gone = await confirm('open-event', { email: 'late@uni.test', code });
      expect(gone.status).toBe(410);
      expect(await registrationsOf(ids.open ?? '').then((rows) => rows.filter((r: { answers: unknown }) => String(r.answers).includes('late')))).toHaveLength(0);
      await h.app.strapi.plugin('registration').service('pending-registrations').sweep();
      // what stays (while the limits count it) holds no answers
      const kept = (await h.knex('registration_pending_registrations').where({ email: 'late@uni.test' })) as Array<{ answers: unknown; profile: unknown }>;
      expect(JSON.stringify(kept)).not.toContain('Проверкина');
      expect((await storedFileIds(h)).length).toBe(before);
    });

    it('keeps an attached file until the code is entered, then it belongs to the registration', async () => {
      await api()
        .post('/api/registration/events/open-event/registrations')
        .field('data', JSON.stringify({ answers: answers('filer@uni.test'), consent: { accepted: true, version } }))
        .attach('files.cv', FILES.pdf, 'cv.pdf')
        .expect(202);
      const code = await mailedCode(h.sink, 'filer@uni.test');
      await confirm('open-event', { email: 'filer@uni.test', code }).expect(201);
      const user = await userByEmail('filer@uni.test');
      const row = await h.knex('registration_registrations').where({ user_id: user.id }).first();
      const stored = (typeof row.answers === 'string' ? JSON.parse(row.answers) : row.answers).cv as { file: string };
      expect((await storedFileIds(h)).includes(stored.file)).toBe(true);
      await h.app.strapi.plugin('registration').service('pending-registrations').sweep();
      expect((await storedFileIds(h)).includes(stored.file)).toBe(true);
    });

    it('takes a waitlist place only on confirmation', async () => {
      const seated = await createUser(h.app, 'seated@uni.test');
      await submit('one-seat-wl', { answers: {}, consent: { accepted: true, version } }, seated.token).expect(201);
      await submit('one-seat-wl', { answers: { email: 'waiter@uni.test', firstName: 'Вера', lastName: 'Ждущая' }, consent: { accepted: true, version } }).expect(202);
      expect(await registrationsOf(ids.waitlist ?? '')).toHaveLength(1);
      const code = await mailedCode(h.sink, 'waiter@uni.test');
      const done = await confirm('one-seat-wl', { email: 'waiter@uni.test', code }).expect(201);
      expect(done.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    });
  });

  describe('limits', () => {
    it('refuses a sixth submission for one address within the hour (429), with nothing stored', async () => {
      for (let i = 0; i < 5; i += 1) {
        await submit('open-event', { answers: answers('flood@uni.test'), consent: { accepted: true, version } }).expect((r) => expect([202, 429]).toContain(r.status));
      }
      const sixth = await submit('open-event', { answers: answers('flood@uni.test'), consent: { accepted: true, version } });
      expect(sixth.status).toBe(429);
      const kept = (await h.knex('registration_pending_registrations').where({ email: 'flood@uni.test' }).count({ n: '*' }).first()) as { n: number | string };
      expect(Number(kept.n)).toBeLessThanOrEqual(5);
    });

    it('refuses submissions from one IP over its limit (429)', async () => {
      const key = 'plugin::registration.pending.perIp';
      const saved = h.app.strapi.config.get(key);
      h.app.strapi.config.set(key, { max: 2, windowMs: 60 * 60_000 });
      try {
        let last = 0;
        for (let i = 0; i < 4; i += 1) {
          last = (await submit('open-event', { answers: answers(`ip-${i}@uni.test`), consent: { accepted: true, version } })).status;
        }
        expect(last).toBe(429);
      } finally {
        h.app.strapi.config.set(key, saved);
      }
    });
  });

  describe('signed-in visitors, allowlists', () => {
    it('keeps one-click registration for a signed-in visitor, and lets a confirmed allowlisted account in', async () => {
      const done = await submit('closed-vip', { answers: { track: 'Физика' }, consent: { accepted: true, version } }, owner.token);
      expect(done.status).toBe(201);
      expect(done.body.status).toBe('registered');
    });

    it('does not open an allowlisted event to an account whose address was never confirmed', async () => {
      const unconfirmed = await createUser(h.app, 'unconf@uni.test', { confirmed: false });
      const form = await api().get('/api/registration/events/closed-vip/form').set(bearer(unconfirmed.token));
      expect(form.status).toBe(404);
      const reg = await submit('closed-vip', { answers: { track: 'Физика' }, consent: { accepted: true, version } }, unconfirmed.token);
      expect(reg.status).toBe(404);
      const page = await api().get('/api/events').query({ filters: { slug: 'closed-vip' } }).set(bearer(unconfirmed.token));
      expect(JSON.stringify(page.body)).not.toContain('closed-vip');
      expect(await registrationsOf(ids.closed ?? '').then((rows) => rows.filter((r: { user_id: number }) => r.user_id === unconfirmed.id))).toHaveLength(0);
    });
  });
});
