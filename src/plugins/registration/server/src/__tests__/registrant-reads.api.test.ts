/**
 * Organizers' reads of personal data besides the list, on the database the suite runs on: the CSV
 * export of a filtered view (parsed back with a real CSV parser into the list's rows, formula cells
 * neutralized, Cyrillic intact, a byte-order mark, both delimiters), a person's card, the files people
 * attached, and the access log that the client administrator reads: exactly one entry per successful
 * read, none for a refused one; other events' organizers refused with a 403.
 */
import type { Stream } from 'node:stream';
import { parse } from 'csv-parse/sync';
import type { Knex } from 'knex';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLogCount, createOrganizedEvent, FILES, createPerson, listOrganizers, registrationsDriver, startHarness, type Harness } from './fixtures';
import type { TestApp } from '../../../../../../scripts/testing/strapi';
import { adminRoleId, adminWithRoles, type TestAdmin } from '../../../../../../scripts/testing/admins';
import { accessLogPageSchema, personCardSchema, registrantPageSchema, type RegistrantRow } from '../../../../../../cms/src/registrants';

const FORM = [
  { key: 'track', type: 'single-choice', label: 'Направление', required: false, options: 'ML\nВеб' },
  { key: 'topics', type: 'multiple-choice', label: 'Темы', required: false, options: 'a\nb\nc' },
  { key: 'agree', type: 'checkbox', label: 'Согласен на фото', required: false },
  { key: 'about', type: 'long-text', label: 'О себе', required: false },
  { key: 'cv', type: 'file', label: 'Резюме', required: false },
];

interface Person {
  email: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  answers: Record<string, unknown>;
  userId?: number;
  registrationId?: number;
}

const ABOUT = ['=HYPERLINK("http://x";"y")', '+7 (900) 000-00-00', '-1', '@SUM(A1)', 'Люблю ёлки; и "кавычки",\nи строки', 'обычный текст'];

const people: Person[] = Array.from({ length: 14 }, (_, index) => ({
  email: `reader${index}@site.test`,
  firstName: ['Пётр', 'Анна', 'Ёлка', 'John'][index % 4] as string,
  lastName: ['Ёжиков', 'Смирнова', 'Орлов', '=cmd|calc'][index % 4] as string,
  phone: index % 3 === 0 ? null : `+7900123450${index % 10}`,
  answers: {
    ...(index % 2 ? { track: index % 4 === 1 ? 'ML' : 'Веб' } : {}),
    ...(index % 3 ? { topics: index % 3 === 1 ? ['a', 'b'] : ['c'] } : {}),
    ...(index % 5 ? { agree: index % 2 === 0 } : {}),
    about: ABOUT[index % ABOUT.length],
  },
}));

/** A response body as the bytes sent (superagent's parser). */
function rawBytes(res: Stream, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

/** The status words of a Russian export (the test's own table). */
const STATUS_RU: Record<string, string> = { registered: 'Зарегистрирован', waitlisted: 'В листе ожидания', cancelled: 'Отменена' };
const FORMULA = /^[=+\-@\t\r]/;
/** What a cell should read for a value of the list. */
const expectedCell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'да' : 'нет';
  const text = Array.isArray(value) ? value.join(', ') : String(value);
  return FORMULA.test(text) ? `'${text}` : text;
};

describe('organizers’ reads: export, card, files, access log', () => {
  let harness: Harness;
  let app: TestApp;
  let knex: Knex;
  let root: TestAdmin;
  let clientAdmin: TestAdmin;
  let managerA: TestAdmin;
  let managerB: TestAdmin;
  let eventA: string;
  let eventB: string;
  let erasedId: number;
  let cvId: string;

  const get = (admin: TestAdmin, path: string, query: Record<string, unknown> = {}) =>
    request(app.server).get(path).query(query).set('Authorization', `Bearer ${admin.token}`);
  /** The export's bytes as sent. */
  const exportOf = (admin: TestAdmin, event: string, query: Record<string, unknown> = {}) =>
    get(admin, `/registration/events/${event}/registrants/export`, query)
      .buffer(true)
      .parse(rawBytes);
  const listOf = async (admin: TestAdmin, event: string, query: Record<string, unknown> = {}): Promise<RegistrantRow[]> => {
    const response = await get(admin, `/registration/events/${event}/registrants`, { pageSize: 200, ...query });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return registrantPageSchema.parse(response.body).results;
  };
  const logCount = () => accessLogCount(knex);

  const makeEvent = (slug: string, managers: number[]) => createOrganizedEvent(app, { title: `Чтение ${slug}`, slug, form: FORM, managers });

  beforeAll(async () => {
    harness = await startHarness();
    app = harness.app;
    knex = harness.knex;
    clientAdmin = await adminWithRoles(app, 'reads-client', [await adminRoleId(app, 'mmso-client-admin')]);
    ({ root, managerA, managerB } = await listOrganizers(app, 'reads'));
    eventA = await makeEvent('reads-a', [managerA.id]);
    eventB = await makeEvent('reads-b', [managerB.id]);
    const registrations = registrationsDriver(app);
    for (const [index, person] of people.entries()) {
      const user = { id: await createPerson(app, person.email, { firstName: person.firstName, lastName: person.lastName, phone: person.phone }) };
      person.userId = user.id;
      const claimed = await registrations.claim({ eventDocumentId: eventA, user: user.id, answers: person.answers, refCode: index === 2 ? '=partner' : null, utm: null });
      person.registrationId = claimed.record.id;
      if (index % 6 === 5) await registrations.cancel(eventA, user.id);
      if (index < 3) await registrations.claim({ eventDocumentId: eventB, user: user.id, answers: {}, refCode: null, utm: null });
    }
    // person 1 attached a CV (as the form stores it)
    const files = app.strapi.plugin('registration').service('files') as { store(accepted: unknown[]): Promise<Record<string, { file: string }>> };
    const stored = await files.store([{ key: 'cv', name: 'Резюме Анны.pdf', size: FILES.pdf.length, kind: 'pdf', mime: 'application/pdf', bytes: FILES.pdf }]);
    cvId = (stored.cv as { file: string }).file;
    const withCv = people[1] as Person;
    await knex('registration_registrations').where({ id: withCv.registrationId }).update({ answers: JSON.stringify({ ...withCv.answers, ...stored }) });
    const erased = people[people.length - 1] as Person;
    erasedId = erased.registrationId as number;
    await knex('registration_registrations').where({ id: erasedId }).update({ user_id: null, anonymized_at: new Date(), answers: JSON.stringify({}) });
  });

  afterAll(async () => {
    await harness?.stop();
  });

  describe('CSV export', () => {
    const views: Array<Record<string, unknown>> = [
      {},
      { sort: 'lastName:asc' },
      { q: 'ёлка', sort: 'email:desc' },
      { filters: { status: { $eq: 'registered' }, 'answers.topics': { $contains: 'a' } } },
      { filters: { 'answers.track': { $null: 'false' } }, sort: 'answers.track:asc' },
    ];

    for (const delimiter of [';', ','] as const) {
      it(`parses back into the list's rows of the same view (delimiter ${delimiter}), formula cells with an apostrophe, Cyrillic intact`, async () => {
        for (const view of views) {
          const rows = await listOf(managerA, eventA, view);
          const response = await exportOf(managerA, eventA, { ...view, delimiter });
          expect(response.status).toBe(200);
          expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
          expect(response.headers['content-disposition']).toMatch(/^attachment; filename="registrants-reads-a-\d{4}-\d{2}-\d{2}\.csv"$/);
          expect(response.headers['x-mmso-total-rows']).toBe(String(rows.length));
          const bytes = response.body as Buffer;
          expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
          const records = parse(bytes.subarray(3).toString('utf8'), { delimiter, relaxQuotes: false }) as string[][];
          const [header, ...cells] = records;
          expect(header).toEqual([
            'Статус регистрации',
            'Email',
            'Имя',
            'Фамилия',
            'Источник',
            'Время регистрации',
            'Время прихода',
            'Отчество',
            'Телефон',
            'Статус',
            'Организация / вуз / школа',
            'Должность / курс',
            'Город',
            'Направление',
            'Темы',
            'Согласен на фото',
            'О себе',
            'Резюме',
          ]);
          expect(cells, JSON.stringify(view)).toHaveLength(rows.length);
          for (const [index, row] of rows.entries()) {
            const cell = cells[index] as string[];
            const at = (label: string) => cell[(header as string[]).indexOf(label)];
            expect(at('Статус регистрации')).toBe(STATUS_RU[row.status]);
            expect(at('Email')).toBe(row.erased ? 'Удалённый пользователь' : row.email);
            expect(at('Имя')).toBe(expectedCell(row.firstName));
            expect(at('Фамилия')).toBe(expectedCell(row.lastName));
            expect(at('Время регистрации')).toBe(row.registeredAt);
            expect(at('Телефон')).toBe(expectedCell(row.profile.phone));
            expect(at('Направление')).toBe(expectedCell(row.answers.track));
            expect(at('Темы')).toBe(expectedCell(row.answers.topics));
            expect(at('Согласен на фото')).toBe(expectedCell(row.answers.agree));
            expect(at('О себе')).toBe(expectedCell(row.answers.about));
            // neutralized cells differ from the list's values only by the apostrophe
            const about = at('О себе') as string;
            expect(about.replace(/^'(?=[=+\-@\t\r])/, '')).toBe(row.answers.about ?? '');
          }
        }
      });
    }

    it('keeps what a spreadsheet would run as a formula inert, and an erased person without data', async () => {
      const response = await exportOf(managerA, eventA, { sort: 'email:asc' });
      const records = parse((response.body as Buffer).toString('utf8'), { delimiter: ';', bom: true }) as string[][];
      const text = records.flat();
      expect(text.some((cell) => FORMULA.test(cell))).toBe(false);
      expect(text).toContain(`'=cmd|calc`);
      expect(text).toContain(`'+79001234501`);
      expect(text).toContain('Партнёрская ссылка (=partner)');
      expect(text).toContain('Люблю ёлки; и "кавычки",\nи строки');
      const erased = records.find((cells) => cells.includes('Удалённый пользователь')) as string[];
      expect(erased.filter((cell) => cell !== '')).toEqual(['Зарегистрирован', 'Удалённый пользователь', 'Напрямую', expect.stringMatching(/^\d{4}-/)]);
    });

    it('heads the columns in the organizer’s language', async () => {
      await app.strapi.db.query('admin::user').update({ where: { id: managerA.id }, data: { preferedLanguage: 'en' } });
      const response = await exportOf(managerA, eventA, { delimiter: ',' });
      await app.strapi.db.query('admin::user').update({ where: { id: managerA.id }, data: { preferedLanguage: 'ru' } });
      const [header, first] = parse((response.body as Buffer).toString('utf8'), { delimiter: ',', bom: true }) as string[][];
      expect(header?.slice(0, 4)).toEqual(['Registration status', 'Email', 'First name', 'Last name']);
      expect(header).toContain('Направление');
      expect(['Registered', 'Cancelled']).toContain(first?.[0]);
    });

    it('refuses a bad delimiter or query with a 400, another event’s organizer with a 403, and logs neither', async () => {
      const before = await logCount();
      for (const delimiter of ['\t', '|', 'x;']) {
        const response = await get(managerA, `/registration/events/${eventA}/registrants/export`, { delimiter });
        expect(response.status, delimiter).toBe(400);
        expect(response.body.error.details.errors[0]).toMatchObject({ path: ['delimiter'], message: 'Разделитель CSV: «;» или «,»' });
      }
      expect((await get(managerA, `/registration/events/${eventA}/registrants/export`, { sort: 'password:asc' })).status).toBe(400);
      expect((await get(managerB, `/registration/events/${eventA}/registrants/export`)).status).toBe(403);
      expect((await get(managerA, `/registration/events/${eventB}/registrants/export`)).status).toBe(403);
      expect((await request(app.server).get(`/registration/events/${eventA}/registrants/export`)).status).toBe(401);
      expect(await logCount()).toBe(before);
    });

    it('logs one entry per export, naming the organizer and the event', async () => {
      const before = await logCount();
      await exportOf(managerA, eventA, { q: 'ёлка' });
      expect(await logCount()).toBe(before + 1);
      const [last] = (await knex('platform_access_log').orderBy('id', 'desc').limit(1)) as Array<Record<string, unknown>>;
      expect({ ...last, actor_id: Number(last?.actor_id) }).toMatchObject({ actor_id: managerA.id, actor_email: managerA.email, action: 'export', event_document_id: eventA });
      expect((await exportOf(root, eventA)).status).toBe(200);
      expect(await logCount()).toBe(before + 2);
    });
  });

  describe('person card', () => {
    const card = (admin: TestAdmin, person: Person) => get(admin, `/registration/people/${person.userId}`);

    it('shows the profile and the registrations at the organizer’s events only, with the files and their download paths', async () => {
      const first = people[0] as Person;
      const ofA = personCardSchema.parse((await card(managerA, first)).body);
      expect(ofA.person).toMatchObject({ id: first.userId, email: first.email, firstName: first.firstName, lastName: first.lastName });
      expect(ofA.registrations.map((r) => r.event.documentId)).toEqual([eventA]);
      expect(ofA.registrations[0]).toMatchObject({ id: first.registrationId, status: 'registered', event: { slug: 'reads-a', title: 'Чтение reads-a' } });
      const ofB = personCardSchema.parse((await card(managerB, first)).body);
      expect(ofB.registrations.map((r) => r.event.documentId)).toEqual([eventB]);
      const all = personCardSchema.parse((await card(root, first)).body);
      expect(all.registrations.map((r) => r.event.documentId).sort()).toEqual([eventA, eventB].sort());

      const withCv = people[1] as Person;
      const cv = personCardSchema.parse((await card(managerA, withCv)).body).registrations[0]?.files;
      expect(cv).toEqual([
        {
          id: cvId,
          question: 'cv',
          name: 'Резюме Анны.pdf',
          mime: 'application/pdf',
          size: FILES.pdf.length,
          downloadPath: `/registration/events/${eventA}/registrants/${withCv.registrationId}/files/${cvId}`,
        },
      ]);
      expect(all.person.profile.phone).toBe(first.phone);
    });

    it('answers 404 when the organizer sees none of the person’s events, and logs nothing', async () => {
      const before = await logCount();
      expect((await card(managerB, people[5] as Person)).status).toBe(404);
      expect((await get(managerA, '/registration/people/999999')).status).toBe(404);
      expect((await get(managerA, '/registration/people/abc')).status).toBe(400);
      expect((await card(managerA, people[people.length - 1] as Person)).status).toBe(404);
      expect(await logCount()).toBe(before);
    });
  });

  describe('files', () => {
    const download = (admin: TestAdmin, event: string, registrationId: number, fileId: string) =>
      get(admin, `/registration/events/${event}/registrants/${registrationId}/files/${fileId}`)
        .buffer(true)
        .parse(rawBytes);

    it('lets the event’s organizers download a file as an attachment, from the database', async () => {
      const withCv = people[1] as Person;
      const response = await download(managerA, eventA, withCv.registrationId as number, cvId);
      expect(response.status).toBe(200);
      expect(Buffer.compare(response.body as Buffer, FILES.pdf)).toBe(0);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(`attachment; filename="______ ____.pdf"; filename*=UTF-8''${encodeURIComponent('Резюме Анны.pdf')}`);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    });

    it('refuses other events’ organizers (403) and files a registration does not hold (404), logging nothing', async () => {
      const withCv = people[1] as Person;
      const before = await logCount();
      expect((await download(managerB, eventA, withCv.registrationId as number, cvId)).status).toBe(403);
      expect((await download(managerB, eventB, withCv.registrationId as number, cvId)).status).toBe(404);
      expect((await download(managerA, eventA, (people[0] as Person).registrationId as number, cvId)).status).toBe(404);
      expect((await download(managerA, eventA, withCv.registrationId as number, '00000000-0000-0000-0000-000000000000')).status).toBe(404);
      expect(await logCount()).toBe(before);
    });
  });

  describe('access log', () => {
    const log = (admin: TestAdmin, query: Record<string, unknown> = {}) => get(admin, '/registration/access-log', query);

    it('holds exactly one entry per successful list, card, file and export read, none for a refused one', async () => {
      const withCv = people[1] as Person;
      const before = await logCount();
      await listOf(managerA, eventA);
      await get(managerA, `/registration/people/${withCv.userId}`).expect(200);
      await get(managerA, `/registration/events/${eventA}/registrants/${withCv.registrationId}/files/${cvId}`).expect(200);
      await exportOf(managerA, eventA, { delimiter: ',' }).expect(200);
      await get(managerA, `/registration/events/${eventA}/registrants/counts`).expect(200);
      // refused: nothing
      await get(managerB, `/registration/events/${eventA}/registrants`).expect(403);
      await get(managerB, `/registration/people/${(people[5] as Person).userId}`).expect(404);
      await get(managerB, `/registration/events/${eventA}/registrants/${withCv.registrationId}/files/${cvId}`).expect(403);
      await get(managerB, `/registration/events/${eventA}/registrants/export`).expect(403);
      expect(await logCount()).toBe(before + 4);

      const page = accessLogPageSchema.parse((await log(clientAdmin, { pageSize: 4 }).expect(200)).body);
      expect(page.results.map((entry) => entry.action)).toEqual(['export', 'file', 'card', 'list']);
      for (const entry of page.results) expect(entry.actor).toEqual({ id: managerA.id, email: managerA.email });
      expect(page.results[1]).toMatchObject({ eventDocumentId: eventA, subjectUserId: withCv.userId });
      expect(page.results[2]).toMatchObject({ subjectUserId: withCv.userId });
      expect(page.pagination).toMatchObject({ page: 1, pageSize: 4, total: before + 4 });
    });

    it('is read by the client administrator and the Super Admin only; no route changes or deletes it', async () => {
      expect((await log(root)).status).toBe(200);
      // an event manager's role lacks the module's access-log action (the route's policy refuses)
      expect((await log(managerA)).status).toBe(403);
      expect((await log(clientAdmin, { pageSize: 1000 })).status).toBe(400);
      const before = await logCount();
      const [first] = accessLogPageSchema.parse((await log(clientAdmin)).body).results;
      for (const method of ['delete', 'put', 'patch', 'post'] as const) {
        const response = await request(app.server)[method](`/registration/access-log/${first?.id}`).set('Authorization', `Bearer ${clientAdmin.token}`);
        expect([404, 405], method).toContain(response.status);
        expect([404, 405]).toContain((await request(app.server)[method]('/registration/access-log').set('Authorization', `Bearer ${clientAdmin.token}`)).status);
      }
      expect(await logCount()).toBe(before);
    });
  });
});
