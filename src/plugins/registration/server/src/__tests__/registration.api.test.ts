/**
 * Registering for events through the public API: the form, anonymous and signed-in ("Хочу пойти")
 * registration, repeats, capacity and waitlist, window, privacy, partner links, files, and every
 * kind of bad input (a 4xx naming the field, and nothing stored).
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForMessage } from '../../../../../../scripts/smtp-sink/sink';
import { waitFor } from '../../../../../../scripts/testing/wait';
import { getService } from '../get-service';
import { bearer, codesFor, confirmWithMailedCode, consentVersion, createEvent, createUser, FILES, mailedCode, startHarness, storedFileBytes, storedFileIds, type Harness, type TestUser } from './fixtures';

const FORM = [
  { key: 'phone', type: 'phone', label: 'Телефон для связи', required: true, order: 1 },
  { key: 'status', type: 'single-choice', label: 'Кто вы', required: false, order: 2 },
  { key: 'track', type: 'single-choice', label: 'Секция', required: true, options: 'Физика\nХимия\n\nХимия', order: 3 },
  { key: 'topics', type: 'multiple-choice', label: 'Темы', options: 'ИИ\nРобототехника\nБиология', order: 4 },
  { key: 'about', type: 'long-text', label: 'О себе', order: 5 },
  { key: 'age', type: 'number', label: 'Возраст', order: 6 },
  { key: 'birthday', type: 'date', label: 'Дата рождения', order: 7 },
  { key: 'site', type: 'link', label: 'Портфолио', order: 8 },
  { key: 'agree', type: 'checkbox', label: 'Приду вовремя', required: true, order: 9 },
  { key: 'cv', type: 'file', label: 'Резюме', order: 10 },
];

describe('registration for events', () => {
  let h: Harness;
  let version: number;
  let known: TestUser;
  const events: Record<string, string> = {};
  const api = () => request(h.app.server);
  const post = (slug: string, body: unknown, token?: string) => {
    const req = api().post(`/api/registration/events/${slug}/registrations`);
    return (token ? req.set(bearer(token)) : req).send(body as object);
  };
  const registrationsOf = async (eventId: string) =>
    (await h.knex('registration_registrations').where({ event_document_id: eventId }).orderBy('arrival')) as Array<{
      user_id: number | null;
      status: string;
      arrival: number;
      ref_code: string | null;
      utm: unknown;
      answers: unknown;
    }>;
  const userByEmail = (email: string) => h.knex('up_users').where({ email }).first();
  const fullAnswers = () => ({
    email: 'anna@uni.test',
    firstName: 'Анна',
    lastName: 'Смирнова',
    phone: '8 (900) 123-45-67',
    track: 'Химия',
    agree: true,
  });

  beforeAll(async () => {
    h = await startHarness();
    version = await consentVersion(h.app);
    const partner = await createUser(h.app, 'partner-mgr@uni.test');
    void partner;
    events.main = await createEvent(h.app, 'main', { registrationForm: FORM });
    events.simple = await createEvent(h.app, 'simple');
    events.other = await createEvent(h.app, 'other');
    events.knownCheck = await createEvent(h.app, 'known-check');
    events.one = await createEvent(h.app, 'one-seat', { capacity: 1 });
    events.wait = await createEvent(h.app, 'with-waitlist', { capacity: 1, waitlistEnabled: true });
    events.raise = await createEvent(h.app, 'raise-capacity', { capacity: 1, waitlistEnabled: true });
    events.closed = await createEvent(h.app, 'reg-closed', { registrationOpen: false });
    events.soon = await createEvent(h.app, 'reg-soon', { registrationOpensAt: new Date(Date.now() + 86_400_000).toISOString() });
    events.over = await createEvent(h.app, 'reg-over', { registrationClosesAt: new Date(Date.now() - 60_000).toISOString() });
    known = await createUser(h.app, 'known@uni.test', { phone: '+79990000000', status: 'student' });
    events.invite = await createEvent(h.app, 'invite-only', { privacy: 'invite', invitedUsers: [known.id] });
    events.allow = await createEvent(h.app, 'closed-list', { privacy: 'closed', allowlist: 'listed@uni.test, known@uni.test' });
    const links = h.app.strapi.documents('plugin::registration.partner-link');
    await links.create({ data: { code: 'vk-main', label: 'VK университета', channel: 'social', event: events.main } as never });
    await links.create({ data: { code: 'tg-other', label: 'Telegram', channel: 'messenger', event: events.other } as never });
    await links.create({ data: { code: 'off-main', label: 'Старая рассылка', channel: 'email', event: events.main, active: false } as never });
  });

  afterAll(async () => {
    await h?.stop();
  });

  describe('the form', () => {
    it('shows an anonymous visitor every field, what is required, the consent text and the seats', async () => {
      const response = await api().get('/api/registration/events/main/form').expect(200);
      const body = response.body;
      expect(body.event).toMatchObject({ slug: 'main', title: 'Событие main', privacy: 'public' });
      expect(body.fields.map((f: { key: string }) => f.key)).toEqual([
        'email',
        'firstName',
        'lastName',
        'phone',
        'status',
        'track',
        'topics',
        'about',
        'age',
        'birthday',
        'site',
        'agree',
        'cv',
      ]);
      const byKey = Object.fromEntries(body.fields.map((f: { key: string }) => [f.key, f]));
      expect(byKey.phone).toMatchObject({ source: 'profile', type: 'phone', label: 'Телефон для связи', required: true });
      expect(byKey.status.options.map((o: { value: string }) => o.value)).toContain('alumnus');
      expect(byKey.track).toMatchObject({
        source: 'event',
        options: [
          { value: 'Физика', label: 'Физика' },
          { value: 'Химия', label: 'Химия' },
        ],
      });
      expect(body.missing).toEqual(['email', 'firstName', 'lastName', 'phone', 'track', 'agree']);
      expect(body.consent).toMatchObject({ version, accepted: false });
      expect(body.consent.body).toMatch(/152-ФЗ/);
      expect(body.registration).toMatchObject({ open: true, capacity: null, seatsLeft: null, waitlistEnabled: false });
      expect(body.myRegistration).toBeNull();
      expect(body.files.maxBytes).toBe(5 * 1024 * 1024);
      expect(body.files.types).toContainEqual({ kind: 'jpeg', mime: 'image/jpeg', extensions: ['jpg', 'jpeg'] });
    });

    it('tells the file rules the server will apply (size limit, accepted kinds) as configured', async () => {
      const before = h.app.strapi.config.get('plugin::registration.files') as Record<string, unknown>;
      h.app.strapi.config.set('plugin::registration.files', { ...before, maxBytes: 2048, allowedKinds: ['pdf', 'docx'] });
      try {
        const { body } = await api().get('/api/registration/events/main/form').expect(200);
        expect(body.files).toEqual({
          maxBytes: 2048,
          types: [
            { kind: 'pdf', mime: 'application/pdf', extensions: ['pdf'] },
            { kind: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
          ],
        });
      } finally {
        h.app.strapi.config.set('plugin::registration.files', before);
      }
    });

    it('asks a signed-in user only for what the profile lacks', async () => {
      const user = await createUser(h.app, 'no-phone@uni.test');
      const response = await api().get('/api/registration/events/main/form').set(bearer(user.token)).expect(200);
      expect(response.body.missing).toEqual(['phone', 'track', 'agree']);
      const simple = await api().get('/api/registration/events/simple/form').set(bearer(known.token)).expect(200);
      expect(simple.body.missing).toEqual([]);
    });

    it('answers 404 for an unknown or unpublished event', async () => {
      await api().get('/api/registration/events/nope/form').expect(404);
      await h.app.strapi.documents('api::event.event').create({
        data: {
          title: 'Черновик',
          slug: 'draft-event',
          startsAt: '2030-01-01T00:00:00.000Z',
          endsAt: '2030-01-02T00:00:00.000Z',
          registrationOpen: true,
        } as never,
      });
      await api().get('/api/registration/events/draft-event/form').expect(404);
      await post('draft-event', { answers: fullAnswers(), consent: { accepted: true, version } }).expect(404);
    });

    it('tells when registration is not open', async () => {
      const closed = await api().get('/api/registration/events/reg-closed/form').expect(200);
      expect(closed.body.registration).toMatchObject({ open: false, reason: 'disabled' });
      const soon = await api().get('/api/registration/events/reg-soon/form').expect(200);
      expect(soon.body.registration.message).toMatch(/Регистрация откроется/);
    });
  });

  describe('anonymous registration', () => {
    it('keeps the answers and mails a code; the code makes the account, the consent and the registration', async () => {
      const mainBefore = await registrationsOf(events.main ?? '');
      const response = await post('main', {
        answers: {
          ...fullAnswers(),
          topics: ['ИИ', 'Биология'],
          about: 'Люблю химию & физику',
          age: 17,
          birthday: '2009-03-15',
          site: 'https://anna.example.ru/',
        },
        consent: { accepted: true, version },
        ref: 'vk-main',
        utm: { source: 'vk', campaign: 'spring' },
      }).expect(202);
      expect(response.body).toMatchObject({ status: 'pending', email: 'anna@uni.test' });
      expect(response.body.message).toMatch(/Мы отправили код на anna@uni.test/);
      // nothing is taken for a typed address (other tests may have registered for `main` before, in any order)
      expect(await userByEmail('anna@uni.test')).toBeUndefined();
      expect(await registrationsOf(events.main ?? '')).toEqual(mainBefore);

      const confirmed = await confirmWithMailedCode(h.app, h.sink, 'main', 'anna@uni.test', 0);
      expect(confirmed.status).toBe(201);
      expect(confirmed.body).toMatchObject({ status: 'registered', waitlistPosition: null, created: true, accountCreated: true });
      expect(confirmed.body.registration.event).toMatchObject({ slug: 'main' });
      const user = await userByEmail('anna@uni.test');
      expect(user).toMatchObject({ first_name: 'Анна', last_name: 'Смирнова', phone: '+79001234567' });
      expect(Boolean(user.confirmed)).toBe(true);
      const registration = (await registrationsOf(events.main ?? '')).find((row) => row.user_id === user.id);
      expect(registration).toMatchObject({ user_id: user.id, status: 'registered', ref_code: 'vk-main' });
      const answers = typeof registration?.answers === 'string' ? JSON.parse(registration.answers) : registration?.answers;
      expect(answers).toEqual({
        track: 'Химия',
        topics: ['ИИ', 'Биология'],
        about: 'Люблю химию & физику',
        age: 17,
        birthday: '2009-03-15',
        site: 'https://anna.example.ru/',
        agree: true,
      });
      const utm = typeof registration?.utm === 'string' ? JSON.parse(registration.utm) : registration?.utm;
      expect(utm).toEqual({ source: 'vk', campaign: 'spring' });
      const consents = await h.knex('registration_consents').where({ user_id: user.id });
      expect(consents).toHaveLength(1);
      expect(consents[0]).toMatchObject({ text_version: version, event_document_id: events.main });
      expect(consents[0].ip).toBeTruthy();
      // the confirmation signs the visitor in
      const form = await api().get('/api/registration/events/main/form').set(bearer(confirmed.body.jwt)).expect(200);
      expect(form.body.myRegistration).toMatchObject({ status: 'registered' });
      expect(form.body.consent.accepted).toBe(true);
    });

    // before issue 10 a known address got a 401 "sign in" (an account oracle) and an unknown one a seat at once
    it('answers a known address as any other (202 + a code), changes nothing until the code, and keeps its profile', async () => {
      const before = (await codesFor(h.sink, 'known@uni.test')).length;
      const response = await post('known-check', {
        answers: { email: 'Known@Uni.test', firstName: 'Кто-то', lastName: 'Другой' },
        consent: { accepted: true, version },
      }).expect(202);
      expect(response.body).toMatchObject({ status: 'pending', email: 'known@uni.test' });
      expect(await registrationsOf(events.knownCheck ?? '')).toEqual([]);
      const confirmed = await confirmWithMailedCode(h.app, h.sink, 'known-check', 'known@uni.test', before);
      expect(confirmed.status).toBe(201);
      expect(confirmed.body).toMatchObject({ created: true, accountCreated: false });
      expect(await registrationsOf(events.knownCheck ?? '')).toHaveLength(1);
      expect(await userByEmail('known@uni.test')).toMatchObject({ first_name: 'Иван', last_name: 'Петров' });
    });
  });

  describe('signed-in registration ("Хочу пойти")', () => {
    it('registers in one click when the profile has everything and the consent was given', async () => {
      // the consent is given once, with the first registration
      await post('other', { answers: {}, consent: { accepted: true, version } }, known.token).expect(201);
      const response = await post('simple', { answers: {} }, known.token).expect(201);
      expect(response.body.status).toBe('registered');
      expect(await h.knex('registration_consents').where({ user_id: known.id })).toHaveLength(1);
    });

    it('returns the existing registration on a repeat (200), and keeps one row', async () => {
      const user = await createUser(h.app, 'repeat@uni.test');
      await post('simple', { answers: {}, consent: { accepted: true, version } }, user.token).expect(201);
      const first = await post('simple', { answers: {} }, user.token).expect(200);
      expect(first.body).toMatchObject({ status: 'registered', created: false });
      const results = await Promise.all(Array.from({ length: 10 }, () => post('simple', { answers: {} }, user.token)));
      expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
      expect((await registrationsOf(events.simple ?? '')).filter((r) => r.user_id === user.id)).toHaveLength(1);
    });

    it('asks for the required fields the profile lacks, then saves them to the profile', async () => {
      const user = await createUser(h.app, 'fill@uni.test');
      const missing = await post('main', { answers: { track: 'Физика', agree: true }, consent: { accepted: true, version } }, user.token).expect(400);
      expect(missing.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toEqual(['answers.phone']);
      expect(missing.body.error.message).toMatch(/Телефон для связи/);
      await post('main', { answers: { track: 'Физика', agree: true, phone: '+7 901 000-00-01' }, consent: { accepted: true, version } }, user.token).expect(
        201,
      );
      expect(await h.knex('up_users').where({ id: user.id }).first()).toMatchObject({ phone: '+79010000001' });
    });

    it('needs the consent once, and refuses an outdated consent version', async () => {
      const user = await createUser(h.app, 'consent@uni.test');
      const none = await post('simple', { answers: {} }, user.token).expect(400);
      expect(none.body.error.details.errors[0].path).toEqual(['consent']);
      const old = await post('simple', { answers: {}, consent: { accepted: true, version: version + 1 } }, user.token).expect(400);
      expect(old.body.error.details.errors[0].path).toEqual(['consent', 'version']);
      expect((await registrationsOf(events.simple ?? '')).filter((r) => r.user_id === user.id)).toEqual([]);
    });
  });

  describe('bad input: a 4xx naming the field, nothing stored', () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['an unknown top-level field', { answers: {}, admin: true }, 'admin'],
      ['an unknown answer', { answers: { ...fullAnswersFor('x1'), salary: 100 } }, 'answers.salary'],
      ['a wrong type', { answers: { ...fullAnswersFor('x2'), age: 'семнадцать' } }, 'answers.age'],
      ['a script in a text answer', { answers: { ...fullAnswersFor('x3'), about: 'Привет <script>alert(1)</script>' } }, 'answers.about'],
      ['markup in a profile field', { answers: { ...fullAnswersFor('x4'), firstName: '<img src=x onerror=alert(1)>' } }, 'answers.firstName'],
      ['a choice not among the options', { answers: { ...fullAnswersFor('x5'), track: 'Биология' } }, 'answers.track'],
      ['a repeated multiple choice', { answers: { ...fullAnswersFor('x6'), topics: ['ИИ', 'ИИ'] } }, 'answers.topics'],
      ['an impossible date', { answers: { ...fullAnswersFor('x7'), birthday: '2009-02-30' } }, 'answers.birthday'],
      ['a javascript: link', { answers: { ...fullAnswersFor('x8'), site: 'javascript:alert(1)' } }, 'answers.site'],
      ['a bad phone', { answers: { ...fullAnswersFor('x9'), phone: '12' } }, 'answers.phone'],
      ['a bad email', { answers: { ...fullAnswersFor('x10'), email: 'no-at-sign' } }, 'answers.email'],
      ['an unchecked required checkbox', { answers: { ...fullAnswersFor('x11'), agree: false } }, 'answers.agree'],
      ['a missing required answer', { answers: { ...fullAnswersFor('x12'), track: undefined } }, 'answers.track'],
      ['no consent', { answers: fullAnswersFor('x13'), consent: undefined }, 'consent'],
      ['a consent not accepted', { answers: fullAnswersFor('x14'), consent: { accepted: false, version: 1 } }, 'consent.accepted'],
      ['a ref code of another event', { answers: fullAnswersFor('x15'), ref: 'tg-other' }, 'ref'],
      ['an unknown ref code', { answers: fullAnswersFor('x16'), ref: 'nobody' }, 'ref'],
      ['a disabled ref code', { answers: fullAnswersFor('x17'), ref: 'off-main' }, 'ref'],
      ['a malformed ref code', { answers: fullAnswersFor('x18'), ref: '<b>' }, 'ref'],
      ['an unknown utm tag', { answers: fullAnswersFor('x19'), utm: { source: 'vk', gclid: '1' } }, 'utm.gclid'],
      ['a file given as text', { answers: { ...fullAnswersFor('x20'), cv: 'resume.pdf' } }, 'answers.cv'],
      ['answers that are not an object', { answers: ['a'] }, 'answers'],
    ];

    function fullAnswersFor(name: string) {
      return { email: `${name}@uni.test`, firstName: 'Тест', lastName: 'Тестов', phone: '+79000000000', track: 'Физика', agree: true };
    }

    it.each(cases)('refuses %s', async (_name, body, path) => {
      const before = await registrationsOf(events.main ?? '');
      const response = await post('main', { consent: { accepted: true, version }, ...body });
      expect(response.status).toBe(400);
      const paths = response.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'));
      expect(paths).toContain(path);
      expect(response.body.error.message).toContain(path);
      expect(await registrationsOf(events.main ?? '')).toHaveLength(before.length);
      const answers = (body.answers ?? {}) as { email?: string };
      if (typeof answers.email === 'string' && answers.email.includes('@')) expect(await userByEmail(answers.email)).toBeUndefined();
    });

    it('refuses a body that is not JSON, or an empty one', async () => {
      const text = await api().post('/api/registration/events/main/registrations').set('content-type', 'text/plain').send('hello');
      expect(text.status).toBeGreaterThanOrEqual(400);
      expect(text.status).toBeLessThan(500);
      const empty = await api().post('/api/registration/events/main/registrations').send({}).expect(400);
      expect(empty.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toContain('answers.email');
    });
  });

  describe('files', () => {
    const multipart = (slug: string, data: unknown, files: Record<string, { content: Buffer; name: string }>, token?: string) => {
      let req = api().post(`/api/registration/events/${slug}/registrations`).field('data', JSON.stringify(data));
      for (const [part, file] of Object.entries(files)) req = req.attach(part, file.content, file.name);
      return token ? req.set(bearer(token)) : req;
    };
    const answers = (email: string) => ({ email, firstName: 'Файл', lastName: 'Файлов', phone: '+79000000001', track: 'Физика', agree: true });

    it('keeps an allowed file (checked by its bytes) in the database (every instance serves it)', async () => {
      await multipart('main', { answers: answers('pdf@uni.test'), consent: { accepted: true, version } }, { 'files.cv': { content: FILES.pdf, name: 'cv.pdf' } }).expect(
        202,
      );
      const response = await confirmWithMailedCode(h.app, h.sink, 'main', 'pdf@uni.test', 0);
      expect(response.body.status).toBe('registered');
      const user = await userByEmail('pdf@uni.test');
      const row = await h.knex('registration_registrations').where({ user_id: user.id }).first();
      const stored = (typeof row.answers === 'string' ? JSON.parse(row.answers) : row.answers).cv as { file: string; name: string; mime: string; size: number };
      expect(stored).toMatchObject({ name: 'cv.pdf', mime: 'application/pdf', size: FILES.pdf.length });
      expect(Buffer.compare((await storedFileBytes(h, stored.file)) ?? Buffer.alloc(0), FILES.pdf)).toBe(0);
    });

    it('refuses a program named .pdf, a too large file, an unknown file part, and stores nothing', async () => {
      const before = (await storedFileIds(h)).length;
      const exe = await multipart(
        'main',
        { answers: answers('exe@uni.test'), consent: { accepted: true, version } },
        { 'files.cv': { content: FILES.exe, name: 'cv.pdf' } },
      ).expect(400);
      expect(exe.body.error.details.errors[0].path).toEqual(['answers', 'cv']);
      expect(exe.body.error.message).toMatch(/тип файла не принимается/);
      const renamed = await multipart(
        'main',
        { answers: answers('png@uni.test'), consent: { accepted: true, version } },
        { 'files.cv': { content: FILES.png, name: 'cv.pdf' } },
      ).expect(400);
      expect(renamed.body.error.message).toMatch(/не соответствует расширению/);
      const big = Buffer.concat([FILES.pdf, Buffer.alloc(5 * 1024 * 1024 + 1, 32)]);
      const large = await multipart(
        'main',
        { answers: answers('big@uni.test'), consent: { accepted: true, version } },
        { 'files.cv': { content: big, name: 'cv.pdf' } },
      ).expect(400);
      expect(large.body.error.message).toMatch(/Файл больше 5 МБ/);
      const unknown = await multipart(
        'main',
        { answers: answers('part@uni.test'), consent: { accepted: true, version } },
        { 'files.photo': { content: FILES.png, name: 'me.png' } },
      ).expect(400);
      expect(unknown.body.error.details.errors[0].path).toEqual(['files', 'photo']);
      const stray = await multipart(
        'main',
        { answers: answers('stray@uni.test'), consent: { accepted: true, version } },
        { avatar: { content: FILES.png, name: 'me.png' } },
      ).expect(400);
      expect(stray.body.error.details.errors[0].path).toEqual(['avatar']);
      expect((await storedFileIds(h)).length).toBe(before);
      for (const email of ['exe@uni.test', 'png@uni.test', 'big@uni.test', 'part@uni.test', 'stray@uni.test']) expect(await userByEmail(email)).toBeUndefined();
    });

    it('refuses multipart without the data part', async () => {
      const response = await api().post('/api/registration/events/main/registrations').attach('files.cv', FILES.pdf, 'cv.pdf').expect(400);
      expect(response.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toContain('data');
    });
  });

  describe('window, privacy', () => {
    it('refuses while registration is closed, not yet open or over (403, with the reason)', async () => {
      const closed = await post('reg-closed', { answers: {}, consent: { accepted: true, version } }, known.token).expect(403);
      expect(closed.body.error.message).toBe('Регистрация на это событие не открыта');
      const soon = await post('reg-soon', { answers: {} }, known.token).expect(403);
      expect(soon.body.error.message).toMatch(/Регистрация откроется/);
      const over = await post('reg-over', { answers: {} }, known.token).expect(403);
      expect(over.body.error.message).toBe('Регистрация на это событие завершена');
    });

    it('lets only invited users register for an invite-only event', async () => {
      // to anyone not invited the form is as absent as an unknown slug's: nothing tells the event exists
      const unknown = await api().get('/api/registration/events/no-such-event/form').expect(404);
      const signedOut = await api().get('/api/registration/events/invite-only/form').expect(404);
      expect(signedOut.body.error).toEqual(unknown.body.error);
      const stranger = await createUser(h.app, 'stranger@uni.test');
      // privacy first (issue 10): as absent on submit as on the form, not a 403 that tells it exists
      const refused = await post('invite-only', { answers: {}, consent: { accepted: true, version } }, stranger.token).expect(404);
      expect(refused.body.error).toEqual(unknown.body.error);
      const uninvited = await api().get('/api/registration/events/invite-only/form').set(bearer(stranger.token)).expect(404);
      expect(uninvited.body.error).toEqual(unknown.body.error);
      const anonymous = await post('invite-only', {
        answers: { email: 'anon-inv@uni.test', firstName: 'А', lastName: 'Б' },
        consent: { accepted: true, version },
      }).expect(404);
      expect(anonymous.body.error).toEqual(unknown.body.error);
      await api().get('/api/registration/events/invite-only/form').set(bearer(known.token)).expect(200);
      await post('invite-only', { answers: {}, consent: { accepted: true, version } }, known.token).expect(201);
      expect(await userByEmail('anon-inv@uni.test')).toBeUndefined();
    });

    // before issue 10 a typed allowlisted address was enough; now the address must be confirmed (signed in by code)
    it('lets allowlisted addresses register for a closed event once they confirmed the address', async () => {
      const typed = await post('closed-list', { answers: { email: 'listed@uni.test', firstName: 'Лиза', lastName: 'Списочная' }, consent: { accepted: true, version } });
      expect(typed.status).toBe(404);
      expect(await userByEmail('listed@uni.test')).toBeUndefined();
      const signIn = async (email: string) => {
        await api().post('/api/registration/auth/email-code').send({ email }).expect(204);
        const code = await mailedCode(h.sink, email);
        return (await api().post('/api/registration/auth/verify').send({ email, code }).expect(200)).body.jwt as string;
      };
      const listed = await signIn('listed@uni.test');
      await api().get('/api/registration/events/closed-list/form').set(bearer(listed)).expect(200);
      await post('closed-list', { answers: { firstName: 'Лиза', lastName: 'Списочная' }, consent: { accepted: true, version } }, listed).expect(201);
      const unlisted = await signIn('unlisted@uni.test');
      await post('closed-list', { answers: { firstName: 'Н', lastName: 'Н' }, consent: { accepted: true, version } }, unlisted).expect(404);
      await post('closed-list', { answers: {}, consent: { accepted: true, version } }, known.token).expect(201);
      await api().get('/api/registration/events/closed-list/form').expect(404);
      const form = await api().get('/api/registration/events/closed-list/form').set(bearer(known.token)).expect(200);
      expect(form.body.myRegistration.status).toBe('registered');
    });
  });

  describe('capacity, waitlist, cancelling', () => {
    it('answers 409 with a clear message when the event is full and has no waitlist', async () => {
      const a = await createUser(h.app, 'seat-a@uni.test');
      const b = await createUser(h.app, 'seat-b@uni.test');
      await post('one-seat', { answers: {}, consent: { accepted: true, version } }, a.token).expect(201);
      const full = await post('one-seat', { answers: {}, consent: { accepted: true, version } }, b.token).expect(409);
      expect(full.body.error).toMatchObject({ status: 409, name: 'ConflictError', message: 'Свободных мест нет, а лист ожидания на этом событии не ведётся' });
      expect(await h.knex('registration_consents').where({ user_id: b.id })).toHaveLength(0);
      const form = await api().get('/api/registration/events/one-seat/form').expect(200);
      expect(form.body.registration).toMatchObject({ capacity: 1, seatsLeft: 0 });
    });

    it('waitlists when full, promotes in order when a seat frees, and mails the promoted attendee', async () => {
      const [a, b, c] = await Promise.all(['wl-a', 'wl-b', 'wl-c'].map((name) => createUser(h.app, `${name}@uni.test`)));
      if (!a || !b || !c) throw new Error('users');
      await post('with-waitlist', { answers: {}, consent: { accepted: true, version } }, a.token).expect(201);
      const second = await post('with-waitlist', { answers: {}, consent: { accepted: true, version } }, b.token).expect(201);
      expect(second.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
      const third = await post('with-waitlist', { answers: {}, consent: { accepted: true, version } }, c.token).expect(201);
      expect(third.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });
      expect(await h.app.strapi.plugin('registration').service('registrations').isRegistered(b.id, events.wait)).toBe(false);

      const cancelled = await api().delete('/api/registration/events/with-waitlist/registrations/me').set(bearer(a.token)).expect(200);
      expect(cancelled.body.status).toBe('cancelled');
      const rows = await registrationsOf(events.wait ?? '');
      expect(rows.map((r) => [r.user_id, r.status])).toEqual([
        [a.id, 'cancelled'],
        [b.id, 'registered'],
        [c.id, 'waitlisted'],
      ]);
      expect(await h.app.strapi.plugin('registration').service('registrations').isRegistered(b.id, events.wait)).toBe(true);
      const mail = await waitForMessage(h.sink.dir, (m) => m.to.includes('wl-b@uni.test') && /Место освободилось/.test(m.subject));
      expect(mail.subject).toContain('Событие with-waitlist');
      const form = await api().get('/api/registration/events/with-waitlist/form').set(bearer(c.token)).expect(200);
      expect(form.body.myRegistration).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });

      await api().delete('/api/registration/events/with-waitlist/registrations/me').set(bearer(a.token)).expect(404);
      const again = await post('with-waitlist', { answers: {} }, a.token).expect(201);
      expect(again.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });
    });

    it('seats the waitlist when the organizer raises the capacity', async () => {
      const people = await Promise.all(['raise-a', 'raise-b', 'raise-c', 'raise-d'].map((name) => createUser(h.app, `${name}@uni.test`)));
      for (const person of people) await post('raise-capacity', { answers: {}, consent: { accepted: true, version } }, person.token).expect(201);
      const statuses = async () => (await registrationsOf(events.raise ?? '')).map((r) => r.status);
      expect(await statuses()).toEqual(['registered', 'waitlisted', 'waitlisted', 'waitlisted']);
      await h.app.strapi.documents('api::event.event').update({ documentId: events.raise ?? '', data: { capacity: 3 } as never });
      await h.app.strapi.documents('api::event.event').publish({ documentId: events.raise ?? '' });
      await waitFor(async () => (await statuses()).join() === 'registered,registered,registered,waitlisted', 'promotion after capacity change');
    });

    it('needs a sign-in to cancel', async () => {
      await api().delete('/api/registration/events/with-waitlist/registrations/me').expect(401);
    });
  });

  describe('the organizer side', () => {
    it('refuses a form definition that cannot work, naming the field', async () => {
      await expect(
        h.app.strapi.documents('api::event.event').create({
          data: {
            title: 'Плохая форма',
            slug: 'bad-form',
            startsAt: '2030-01-01T00:00:00.000Z',
            endsAt: '2030-01-02T00:00:00.000Z',
            registrationForm: [{ key: 'track', type: 'single-choice', label: 'Секция', options: '' }],
          } as never,
        }),
      ).rejects.toThrow(/registrationForm\.0\.options/);
      await expect(
        h.app.strapi.documents('api::event.event').create({
          data: {
            title: 'Плохая форма 2',
            slug: 'bad-form-2',
            startsAt: '2030-01-01T00:00:00.000Z',
            endsAt: '2030-01-02T00:00:00.000Z',
            registrationForm: [
              { key: 'phone', type: 'text', label: 'Телефон' },
              { key: 'a', type: 'text', label: 'A' },
              { key: 'a', type: 'text', label: 'A' },
            ],
          } as never,
        }),
      ).rejects.toThrow(/registrationForm\.0\.type.*registrationForm\.2\.key/);
    });

    it('gives a partner link a code when the organizer leaves it empty', async () => {
      const link = await h.app.strapi
        .documents('plugin::registration.partner-link')
        .create({ data: { label: 'Без кода', channel: 'partner', event: events.main } as never });
      expect((link as unknown as { code: string }).code).toMatch(/^[a-z2-9]{8}$/);
    });

    it('keeps a partner link working after its event is published again', async () => {
      await h.app.strapi.documents('api::event.event').update({ documentId: events.main ?? '', data: { summary: 'Новое описание' } as never });
      await h.app.strapi.documents('api::event.event').publish({ documentId: events.main ?? '' });
      const user = await createUser(h.app, 'after-publish@uni.test', { phone: '+79000000002' });
      await post('main', { answers: { track: 'Физика', agree: true }, consent: { accepted: true, version }, ref: 'vk-main' }, user.token).expect(201);
    });

    it('does not let an accepted consent text change', async () => {
      const text = (await h.app.strapi.db.query('plugin::registration.consent-text').findOne({ where: { version } })) as { documentId: string };
      await expect(
        h.app.strapi.documents('plugin::registration.consent-text').update({ documentId: text.documentId, data: { body: 'Другой текст' } as never }),
      ).rejects.toThrow(/нельзя менять/);
      await h.app.strapi
        .documents('plugin::registration.consent-text')
        .create({ data: { version: version + 1, title: 'Согласие v2', body: 'Новый текст' } as never });
      try {
        const form = await api().get('/api/registration/events/simple/form').set(bearer(known.token));
        expect(form.body.consent).toMatchObject({ version: version + 1, accepted: false });
      } finally {
        // the other tests (in any order) register under the current version: v2, accepted by no one, goes
        await h.knex('registration_consent_texts').where({ version: version + 1 }).del();
        getService(h.app.strapi, 'consents').invalidate();
      }
    });
  });
});
