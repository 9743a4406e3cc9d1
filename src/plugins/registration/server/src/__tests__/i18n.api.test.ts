/**
 * The API speaks the caller's language: Russian unless `?locale=en` or `Accept-Language: en` asks
 * for English. Errors keep their status, name and details (paths, reasons); only the words change.
 * Mails go in the language of the request that caused them (the waitlist mail: of the registration).
 * SQLite, or PostgreSQL with DATABASE_CLIENT=postgres.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForMessage } from '../../../../../../scripts/smtp-sink/sink';
import { bearer, confirmWithMailedCode, consentVersion, createEvent, createUser, startHarness, type Harness } from './fixtures';

const EN = { 'accept-language': 'en-US,en;q=0.9,ru;q=0.5' };
const CYRILLIC = /[А-Яа-яЁё]/;

interface ErrorBody {
  status: number;
  name: string;
  message: string;
  details: { reason?: string; errors?: Array<{ path: string[]; message: string; name: string }> };
}

describe('the API in the caller’s language', () => {
  let h: Harness;
  let version: number;
  const api = () => request(h.app.server);
  const post = (slug: string, body: object, headers: Record<string, string> = {}) =>
    api().post(`/api/registration/events/${slug}/registrations`).set(headers).send(body);
  const languageOf = async (email: string) => {
    const row = (await h.knex('registration_registrations as r').join('up_users as u', 'u.id', 'r.user_id').where('u.email', email).first('r.language')) as
      | { language: string | null }
      | undefined;
    return row?.language;
  };

  beforeAll(async () => {
    h = await startHarness();
    version = await consentVersion(h.app);
    // email and names with the platform's labels; profile questions the organizer worded (in Russian only)
    await createEvent(h.app, 'i18n-main', {
      registrationForm: [
        { key: 'status', type: 'single-choice', label: 'Кто вы', required: false, order: 1 },
        { key: 'city', type: 'text', label: 'Город проживания', required: false, order: 2 },
      ],
    });
    await createEvent(h.app, 'i18n-one-seat', { capacity: 1 });
    await createEvent(h.app, 'i18n-waitlist', { capacity: 1, waitlistEnabled: true });
    await createEvent(h.app, 'i18n-closed', { registrationOpen: false });
    await createEvent(h.app, 'i18n-soon', { registrationOpensAt: '2099-06-01T09:00:00.000Z' });
  });

  afterAll(async () => {
    await h?.stop();
  });

  describe('validation errors', () => {
    const bad = () => ({ answers: { email: 'no-at-sign', city: '<b>Москва</b>' }, consent: { accepted: true, version } });

    it('names the same fields in English as in Russian, in English words', async () => {
      const ru = await post('i18n-main', bad()).expect(400);
      const en = await post('i18n-main', bad(), EN).expect(400);
      const ruError = ru.body.error as ErrorBody;
      const enError = en.body.error as ErrorBody;
      expect(enError.name).toBe('ValidationError');
      expect(enError.details.errors?.map((issue) => [issue.path, issue.name])).toEqual(ruError.details.errors?.map((issue) => [issue.path, issue.name]));
      expect(enError.details.errors?.map((issue) => issue.path.join('.'))).toEqual(['answers.email', 'answers.firstName', 'answers.lastName', 'answers.city']);
      expect(Object.keys(enError.details)).toEqual(Object.keys(ruError.details));
      expect(enError.details.errors?.map((issue) => issue.message)).toEqual([
        '“Email”: please check the email address',
        '“First name”: this field is required',
        '“Last name”: this field is required',
        // the organizer's label as written; the sentence in English
        '“Город проживания”: please remove HTML markup and scripts',
      ]);
      expect(ruError.details.errors?.map((issue) => issue.message)).toEqual([
        '«Email»: проверьте адрес почты',
        '«Имя»: обязательное поле',
        '«Фамилия»: обязательное поле',
        '«Город проживания»: уберите HTML-разметку и скрипты',
      ]);
      expect(enError.message).toBe(enError.details.errors?.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
      expect(ruError.message).toBe(ruError.details.errors?.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
    });

    it('words problems with the request itself in English too (?locale=en as well as the header)', async () => {
      const unknown = await api().post('/api/registration/events/i18n-main/registrations?locale=en').send({ answers: {}, admin: true }).expect(400);
      expect(unknown.body.error.details.errors).toEqual([{ path: ['admin'], message: 'Unknown field', name: 'ValidationError' }]);
      expect(unknown.body.error.message).toBe('admin: Unknown field');
      const noConsent = await post(
        'i18n-main',
        { answers: { email: 'consent-en@uni.test', firstName: 'Ann', lastName: 'Smith' } },
        EN,
      ).expect(400);
      expect(noConsent.body.error.details.errors).toEqual([
        { path: ['consent'], message: 'Consent to the processing of personal data is required', name: 'ValidationError' },
      ]);
      const multipart = await api().post('/api/registration/events/i18n-main/registrations').set(EN).attach('files.cv', Buffer.from('%PDF-1.4'), 'cv.pdf');
      expect(multipart.status).toBe(400);
      expect(multipart.body.error.details.errors).toContainEqual({ path: ['data'], message: 'The data part with the answers in JSON is missing', name: 'ValidationError' });
      const email = await api().post('/api/registration/auth/email-code').set(EN).send({ email: 'not-an-email' }).expect(400);
      expect(email.body.error.details.errors).toEqual([{ path: ['email'], message: 'Please check the email address', name: 'ValidationError' }]);
      const code = await api().post('/api/registration/auth/verify').set(EN).send({ email: 'a@uni.test', code: '12ab' }).expect(400);
      expect(code.body.error.details.errors).toEqual([{ path: ['code'], message: 'Invalid format', name: 'ValidationError' }]);
    });

    it('answers in Russian when English is asked for less than Russian', async () => {
      const response = await post('i18n-main', bad(), { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.8' }).expect(400);
      expect(response.body.error.details.errors[0].message).toBe('«Email»: проверьте адрес почты');
    });
  });

  describe('refusals', () => {
    it('says a full event is full (409) in English, keeping the reason', async () => {
      const [a, b] = await Promise.all([createUser(h.app, 'i18n-seat-a@uni.test'), createUser(h.app, 'i18n-seat-b@uni.test')]);
      if (!a || !b) throw new Error('users');
      await post('i18n-one-seat', { answers: {}, consent: { accepted: true, version } }, bearer(a.token)).expect(201);
      const full = await post('i18n-one-seat', { answers: {}, consent: { accepted: true, version } }, { ...bearer(b.token), ...EN }).expect(409);
      expect(full.body.error).toEqual({
        status: 409,
        name: 'ConflictError',
        message: 'There are no seats left and this event has no waitlist',
        details: { reason: 'full' },
      });
    });

    it('says a closed window is closed (403) in English, with the opening time in Moscow time', async () => {
      const user = await createUser(h.app, 'i18n-window@uni.test');
      const closed = await post('i18n-closed', { answers: {}, consent: { accepted: true, version } }, { ...bearer(user.token), ...EN }).expect(403);
      expect(closed.body.error).toEqual({
        status: 403,
        name: 'ForbiddenError',
        message: 'Registration for this event is not open',
        details: { reason: 'disabled' },
      });
      const soon = await post('i18n-soon', { answers: {}, consent: { accepted: true, version } }, { ...bearer(user.token), ...EN }).expect(403);
      expect(soon.body.error.message).toBe('Registration opens on 1 June 2099 at 12:00 (Moscow time)');
      const ru = await post('i18n-soon', { answers: {}, consent: { accepted: true, version } }, bearer(user.token)).expect(403);
      expect(ru.body.error.message).toBe('Регистрация откроется 1 июня 2099 г. в 12:00 (МСК)');
    });

    it('says an unknown event is not found (404) in English', async () => {
      const ru = await api().get('/api/registration/events/no-such-event/form').expect(404);
      expect(ru.body.error).toEqual({ status: 404, name: 'NotFoundError', message: 'Событие не найдено', details: {} });
      const en = await api().get('/api/registration/events/no-such-event/form?locale=en').expect(404);
      expect(en.body.error).toEqual({ status: 404, name: 'NotFoundError', message: 'Event not found', details: {} });
      const posted = await post('no-such-event', { answers: {} }, EN).expect(404);
      expect(posted.body.error.message).toBe('Event not found');
    });

    it('asks to sign in (401) in English', async () => {
      const me = await api().get('/api/registration/me').set(EN).expect(401);
      expect(me.body.error).toMatchObject({ status: 401, name: 'UnauthorizedError', message: 'Sign in to your account' });
      const expired = await api().get('/api/registration/me').set({ ...EN, ...bearer('a.b.c') }).expect(401);
      expect(expired.body.error.message).toBe('Your session has expired or is invalid: please sign in again');
      const code = await api().post('/api/registration/auth/verify').set(EN).send({ email: 'nobody-en@uni.test', code: '000000' }).expect(401);
      // no reason: a code never requested answers as a wrong one does (issue 10, finding 7)
      expect(code.body.error).toMatchObject({ message: 'Wrong or expired code', details: {} });
      const cancel = await api().delete('/api/registration/events/i18n-main/registrations/me').set(EN).expect(401);
      expect(cancel.body.error.message).toBe('Sign in to cancel your registration');
    });

    it('limits code requests (429) in English', async () => {
      for (let i = 0; i < 3; i += 1) await api().post('/api/registration/auth/email-code').send({ email: 'i18n-flood@uni.test' }).expect(204);
      const limited = await api().post('/api/registration/auth/email-code').set(EN).send({ email: 'i18n-flood@uni.test' }).expect(429);
      expect(limited.body.error).toEqual({
        status: 429,
        name: 'RateLimitError',
        message: 'Too many code requests. Please try again in 10 min.',
        details: {},
      });
      const ru = await api().post('/api/registration/auth/email-code').send({ email: 'i18n-flood@uni.test' }).expect(429);
      expect(ru.body.error.message).toBe('Слишком много запросов кода. Попробуйте через 10 мин.');
    });
  });

  describe('the form', () => {
    it('labels the platform’s fields and statuses in English with ?locale=en, and keeps the organizer’s words', async () => {
      const en = await api().get('/api/registration/events/i18n-main/form?locale=en').expect(200);
      const labels = Object.fromEntries(en.body.fields.map((field: { key: string; label: string }) => [field.key, field.label]));
      expect(labels).toEqual({ email: 'Email', firstName: 'First name', lastName: 'Last name', status: 'Кто вы', city: 'Город проживания' });
      const status = en.body.fields.find((field: { key: string }) => field.key === 'status');
      expect(status.options).toContainEqual({ value: 'applicant', label: 'Prospective student' });
      expect(status.options).toContainEqual({ value: 'alumnus', label: 'Alumnus' });
      const ru = await api().get('/api/registration/events/i18n-main/form').expect(200);
      expect(ru.body.fields.map((field: { label: string }) => field.label)).toEqual(['Email', 'Имя', 'Фамилия', 'Кто вы', 'Город проживания']);
      expect(ru.body.fields.find((field: { key: string }) => field.key === 'status').options).toContainEqual({ value: 'applicant', label: 'Абитуриент' });
      // the same by the header alone
      const header = await api().get('/api/registration/events/i18n-main/form').set(EN).expect(200);
      expect(header.body.fields.map((field: { label: string }) => field.label)).toEqual(en.body.fields.map((field: { label: string }) => field.label));
      expect(header.headers.vary).toMatch(/accept-language/i);
    });

    it('says why registration is closed in English', async () => {
      const soon = await api().get('/api/registration/events/i18n-soon/form?locale=en').expect(200);
      expect(soon.body.registration).toMatchObject({ open: false, reason: 'not-yet', message: 'Registration opens on 1 June 2099 at 12:00 (Moscow time)' });
    });
  });

  describe('mails', () => {
    it('sends the sign-in code in the language of the request that asked for it', async () => {
      await api().post('/api/registration/auth/email-code').set(EN).send({ email: 'i18n-code-en@uni.test' }).expect(204);
      const en = await waitForMessage(h.sink.dir, (m) => m.to.includes('i18n-code-en@uni.test'));
      expect(en.subject).toMatch(/^Sign-in code: \d{6}$/);
      expect(en.text).toContain('Your sign-in code:');
      expect(en.text).toContain('It is valid for 10 minutes');
      expect(`${en.subject}\n${en.text}`).not.toMatch(CYRILLIC);
      await api().post('/api/registration/auth/email-code').send({ email: 'i18n-code-ru@uni.test' }).expect(204);
      const ru = await waitForMessage(h.sink.dir, (m) => m.to.includes('i18n-code-ru@uni.test'));
      expect(ru.subject).toMatch(/^Код для входа: \d{6}$/);
      expect(ru.headers['x-mmso-purpose']).toBe('sign-in-code');
    });

    it('sends the code of an anonymous registration in its language, and keeps the language with the registration', async () => {
      const answers = { email: 'i18n-anon-en@uni.test', firstName: 'Ann', lastName: 'Smith' };
      const pending = await post('i18n-main', { answers, consent: { accepted: true, version } }, EN).expect(202);
      expect(pending.body.message).toBe('We have sent a code to i18n-anon-en@uni.test. Enter it to complete your registration');
      const mail = await waitForMessage(h.sink.dir, (m) => m.to.includes('i18n-anon-en@uni.test') && /^Registration confirmation code/.test(m.subject));
      expect(mail.subject).toMatch(/^Registration confirmation code: \d{6}$/);
      // worded for the registration it completes, and logged under its own purpose
      expect(mail.text).toContain('To complete your registration for');
      expect(mail.headers['x-mmso-purpose']).toBe('registration-code');
      const code = /(\d{6})/.exec(mail.subject)?.[1] ?? '';
      const created = await api().post('/api/registration/events/i18n-main/registrations/confirm').set(EN).send({ email: 'i18n-anon-en@uni.test', code });
      expect(created.status).toBe(201);
      expect(created.body.accountCreated).toBe(true);
      expect(await languageOf('i18n-anon-en@uni.test')).toBe('en');
      await post('i18n-main', { answers: { ...answers, email: 'i18n-anon-ru@uni.test' }, consent: { accepted: true, version } }).expect(202);
      expect((await confirmWithMailedCode(h.app, h.sink, 'i18n-main', 'i18n-anon-ru@uni.test', 0)).status).toBe(201);
      expect(await languageOf('i18n-anon-ru@uni.test')).toBe('ru');
    });

    it('mails a promotion from the waitlist in the language the attendee registered in', async () => {
      const before = h.app.strapi.config.get('plugin::registration.siteUrl') as string;
      h.app.strapi.config.set('plugin::registration.siteUrl', 'https://site.test/');
      try {
        const [seated, english, russian] = await Promise.all(
          ['i18n-wl-seated', 'i18n-wl-en', 'i18n-wl-ru'].map((name) => createUser(h.app, `${name}@uni.test`, { firstName: 'Pat' })),
        );
        if (!seated || !english || !russian) throw new Error('users');
        const consent = { accepted: true, version };
        await post('i18n-waitlist', { answers: {}, consent }, bearer(seated.token)).expect(201);
        const waiting = await post('i18n-waitlist', { answers: {}, consent }, { ...bearer(english.token), ...EN }).expect(201);
        expect(waiting.body.status).toBe('waitlisted');
        await post('i18n-waitlist', { answers: {}, consent }, bearer(russian.token)).expect(201);
        expect(await languageOf('i18n-wl-en@uni.test')).toBe('en');
        expect(await languageOf('i18n-wl-ru@uni.test')).toBe('ru');

        await api().delete('/api/registration/events/i18n-waitlist/registrations/me').set(bearer(seated.token)).expect(200);
        const en = await waitForMessage(h.sink.dir, (m) => m.to.includes('i18n-wl-en@uni.test') && /^A seat has freed up/.test(m.subject));
        expect(en.subject).toBe('A seat has freed up: you are registered for “Событие i18n-waitlist”');
        expect(en.text).toContain('Hello, Pat!');
        expect(en.text).toContain('Event page: https://site.test/en/events/i18n-waitlist');

        // a registration from before languages were kept has none: its mails stay Russian
        const russianRow = (await h.knex('up_users').where({ email: 'i18n-wl-ru@uni.test' }).first('id')) as { id: number };
        await h.knex('registration_registrations').where({ user_id: russianRow.id }).update({ language: null });
        await api().delete('/api/registration/events/i18n-waitlist/registrations/me').set(bearer(english.token)).expect(200);
        const ru = await waitForMessage(h.sink.dir, (m) => m.to.includes('i18n-wl-ru@uni.test') && /^Место освободилось/.test(m.subject));
        expect(ru.subject).toBe('Место освободилось: вы зарегистрированы на «Событие i18n-waitlist»');
        expect(ru.text).toContain('Страница события: https://site.test/events/i18n-waitlist');
      } finally {
        h.app.strapi.config.set('plugin::registration.siteUrl', before);
      }
    });
  });
});
