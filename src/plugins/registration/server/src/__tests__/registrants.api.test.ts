/**
 * The organizers' registrant list through its admin route, on the database the suite runs on: every
 * filter operator on every kind of column checked against a filter of the same people written here
 * (independent of the server's SQL), sorts, search ignoring case in Cyrillic, paging, bad queries
 * refused with a 400, other events' organizers refused with a 403, and one access-log entry per read.
 */
import type { Knex } from 'knex';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrantCountsSchema, registrantPageSchema, type RegistrantRow } from '../../../../../../cms/src/registrants';
import type { TestAdmin } from '../../../../../../scripts/testing/admins';
import type { TestApp } from '../../../../../../scripts/testing/strapi';
import { accessLogCount, createOrganizedEvent, createPerson, listOrganizers, registrationsDriver, startHarness, type Harness } from './fixtures';

/** The people of the fixture, as the test knows them (not as the server reports them). */
interface Person {
  email: string;
  firstName: string;
  lastName: string;
  city: string | null;
  status: string | null;
  answers: Record<string, unknown>;
  refCode: string | null;
  utm: { source: string } | null;
  /** After registering: */
  id?: number;
  regStatus: 'registered' | 'waitlisted' | 'cancelled';
  registeredAt: string;
  attendedAt: string | null;
  source: 'partner' | 'utm' | 'direct';
}

const FORM = [
  { key: 'phone', type: 'phone', label: 'Телефон', required: false },
  { key: 'track', type: 'single-choice', label: 'Направление', required: false, options: 'ML\nВеб\nДизайн' },
  { key: 'topics', type: 'multiple-choice', label: 'Темы', required: false, options: 'a\nb\nc' },
  { key: 'born', type: 'date', label: 'Дата рождения', required: false },
  { key: 'age', type: 'number', label: 'Возраст', required: false },
  { key: 'agree', type: 'checkbox', label: 'Согласен на фото', required: false },
  { key: 'about', type: 'long-text', label: 'О себе', required: false },
];

const LAST_NAMES = ['Ёжиков', 'ЕЖИКОВА', 'Петров', 'петрова', 'Smith', 'Иванов', 'Яковлев', 'Åström', 'Орлов', 'Лебедева'];
const FIRST_NAMES = ['Пётр', 'Анна', 'Иван', 'ольга', 'John', 'Мария', 'Сергей', 'Eva', 'Дмитрий', 'Ёлка'];
const CITIES = ['Москва', 'москва', 'Казань', null, 'Санкт-Петербург'];
const STATUSES = ['student', 'applicant', 'staff', null];

function makePeople(count: number): Person[] {
  const people: Person[] = [];
  for (let index = 0; index < count; index += 1) {
    const answers: Record<string, unknown> = {};
    if (index % 3 !== 0) answers.track = ['ML', 'Веб', 'Дизайн'][index % 3];
    if (index % 4 !== 0) answers.topics = [['a'], ['a', 'b'], ['c'], []][index % 4];
    if (index % 5 !== 0) answers.born = `${1990 + (index % 12)}-0${1 + (index % 9)}-1${index % 10}`;
    if (index % 2 === 0) answers.age = 17 + (index % 15);
    if (index % 3 !== 1) answers.agree = index % 2 === 0;
    if (index % 6 !== 0) answers.about = index % 6 === 1 ? '=HYPERLINK("x")' : `Люблю ${index % 2 ? 'Ёлки' : 'елки'} и код №${index}`;
    const refCode = index % 7 === 0 ? 'partner-itmo' : null;
    const utm = index % 7 !== 0 && index % 5 === 1 ? { source: 'vk' } : null;
    people.push({
      email: `person${index}@Site.test`.toLowerCase(),
      firstName: FIRST_NAMES[index % FIRST_NAMES.length] as string,
      lastName: LAST_NAMES[(index * 3) % LAST_NAMES.length] as string,
      city: CITIES[index % CITIES.length] ?? null,
      status: STATUSES[index % STATUSES.length] ?? null,
      answers,
      refCode,
      utm,
      regStatus: 'registered',
      // one registration a day from 1 Dec 2026, 21:30 UTC = 00:30 Moscow the next day for odd ones
      registeredAt: new Date(Date.UTC(2026, 10, 20 + (index % 10), index % 2 ? 21 : 9, 30)).toISOString(),
      attendedAt: index % 4 === 1 ? new Date(Date.UTC(2026, 11, 1, 8, index)).toISOString() : null,
      source: refCode ? 'partner' : utm ? 'utm' : 'direct',
    });
  }
  return people;
}

const fold = (text: string) => text.toLocaleLowerCase('ru').replace(/ё/g, 'е');
const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** A column's value for a person, as the list should show it. */
function valueOf(person: Person, column: string): unknown {
  switch (column) {
    case 'status':
      return person.regStatus;
    case 'email':
    case 'firstName':
    case 'lastName':
      return person[column];
    case 'source':
      return person.source;
    case 'registeredAt':
      return person.registeredAt;
    case 'attendedAt':
      return person.attendedAt;
    case 'profile.city':
      return person.city;
    case 'profile.status':
      return person.status;
    default:
      return column.startsWith('answers.') ? person.answers[column.slice('answers.'.length)] : undefined;
  }
}

/** The test's own reading of one condition. */
function matches(person: Person, column: string, op: string, operand: unknown): boolean {
  const value = valueOf(person, column);
  switch (op) {
    case '$null':
      return isEmpty(value) === (operand === 'true');
    case '$contains':
      if (Array.isArray(value)) return value.includes(operand);
      return typeof value === 'string' && fold(value).includes(fold(String(operand)));
    case '$in':
      if (Array.isArray(value)) return (operand as string[]).some((item) => value.includes(item));
      return (operand as string[]).some((item) => String(value) === item);
    case '$eq':
      return value !== undefined && value !== null && String(value) === String(operand);
    case '$gte':
    case '$lte': {
      if (value === null || value === undefined) return false;
      if (typeof value === 'number') return op === '$gte' ? value >= Number(operand) : value <= Number(operand);
      if (column.endsWith('At')) {
        // a calendar day is a whole day in Moscow (UTC+3): from its first moment, to its last
        const text = String(operand);
        const day = /^\d{4}-\d{2}-\d{2}$/.test(text);
        const at = Date.parse(String(value));
        if (op === '$gte') return at >= Date.parse(day ? `${text}T00:00:00+03:00` : text);
        return day ? at < Date.parse(`${text}T00:00:00+03:00`) + 86_400_000 : at <= Date.parse(text);
      }
      return op === '$gte' ? String(value) >= String(operand) : String(value) <= String(operand);
    }
    default:
      throw new Error(op);
  }
}

describe('registrant lists', () => {
  let harness: Harness;
  let app: TestApp;
  let knex: Knex;
  let root: TestAdmin;
  let managerA: TestAdmin;
  let managerB: TestAdmin;
  let eventA: string;
  let eventB: string;
  const people = makePeople(40);
  let erasedId: number;

  const list = (admin: TestAdmin, event: string, query: Record<string, unknown> = {}) =>
    request(app.server).get(`/registration/events/${event}/registrants`).query(query).set('Authorization', `Bearer ${admin.token}`);

  const rowsOf = async (query: Record<string, unknown>): Promise<RegistrantRow[]> => {
    const response = await list(managerA, eventA, { pageSize: 200, ...query });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return registrantPageSchema.parse(response.body).results;
  };
  const emailsOf = (rows: Array<{ email: string | null }>) => rows.map((row) => row.email ?? '(erased)').sort();
  const logCount = () => accessLogCount(knex);

  const makeEvent = (title: string, admins: number[], managers: number[]) =>
    createOrganizedEvent(app, { title, slug: `list-${Math.random().toString(36).slice(2, 9)}`, form: FORM, admins, managers });

  beforeAll(async () => {
    harness = await startHarness();
    app = harness.app;
    knex = harness.knex;
    ({ root, managerA, managerB } = await listOrganizers(app, 'list'));
    eventA = await makeEvent('Список А', [], [managerA.id]);
    eventB = await makeEvent('Список Б', [], [managerB.id]);
    const registrations = registrationsDriver(app);
    for (const [index, person] of people.entries()) {
      const user = { id: await createPerson(app, person.email, { firstName: person.firstName, lastName: person.lastName, city: person.city, status: person.status }) };
      const claimed = await registrations.claim({ eventDocumentId: eventA, user: user.id, answers: person.answers, refCode: person.refCode, utm: person.utm });
      person.id = claimed.record.id;
      if (index % 9 === 4) {
        await registrations.cancel(eventA, user.id);
        person.regStatus = 'cancelled';
      }
      await knex('registration_registrations')
        .where({ id: person.id })
        .update({ registered_at: new Date(person.registeredAt), attended_at: person.attendedAt ? new Date(person.attendedAt) : null });
      // the same person in event B: never in A's list
      if (index < 5) await registrations.claim({ eventDocumentId: eventB, user: user.id, answers: {}, refCode: null, utm: null });
    }
    // one person erased their account: the row stays, without personal data
    const erased = people[people.length - 1] as Person;
    erasedId = erased.id as number;
    await knex('registration_registrations').where({ id: erasedId }).update({ user_id: null, anonymized_at: new Date(), answers: JSON.stringify({}) });
    people.pop();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('lists the event’s registrations with people, answers, source and times, an erased person without personal data', async () => {
    const rows = await rowsOf({});
    expect(rows).toHaveLength(people.length + 1);
    const erased = rows.find((row) => row.id === erasedId);
    expect(erased).toMatchObject({ erased: true, userId: null, email: null, firstName: null, lastName: null, answers: { track: null } });
    expect(rows.filter((row) => !row.erased).every((row) => typeof row.userId === 'number' && row.userId > 0)).toBe(true);
    const first = people[1] as Person;
    const row = rows.find((item) => item.id === first.id);
    expect(row).toMatchObject({
      email: first.email,
      firstName: first.firstName,
      lastName: first.lastName,
      status: first.regStatus,
      source: first.source,
      registeredAt: first.registeredAt,
      attendedAt: first.attendedAt,
      erased: false,
      profile: { city: first.city, status: first.status },
      answers: { track: first.answers.track ?? null, about: first.answers.about ?? null },
    });
    expect(rows.some((item) => item.sourceDetail === 'partner-itmo' && item.source === 'partner')).toBe(true);
  });

  it('applies every operator to every kind of column as the same filter written here does', async () => {
    const cases: Array<[string, string, unknown]> = [
      ['status', '$eq', 'cancelled'],
      ['status', '$in', ['registered', 'cancelled']],
      ['status', '$null', 'false'],
      ['email', '$contains', 'PERSON1'],
      ['email', '$eq', 'person3@site.test'],
      ['email', '$in', ['person3@site.test', 'person4@site.test', 'nobody@x.test']],
      ['lastName', '$contains', 'ёжик'],
      ['lastName', '$contains', 'ПЕТРОВ'],
      ['firstName', '$eq', 'Анна'],
      ['firstName', '$null', 'true'],
      ['source', '$eq', 'partner'],
      ['source', '$in', ['utm', 'direct']],
      ['registeredAt', '$gte', '2026-11-25'],
      ['registeredAt', '$lte', '2026-11-24'],
      ['registeredAt', '$gte', '2026-11-25T00:00:00+03:00'],
      ['attendedAt', '$null', 'true'],
      ['attendedAt', '$null', 'false'],
      ['attendedAt', '$gte', '2026-12-01T11:20:00+03:00'],
      ['profile.city', '$contains', 'москв'],
      ['profile.city', '$eq', 'Казань'],
      ['profile.city', '$null', 'true'],
      ['profile.status', '$eq', 'student'],
      ['profile.status', '$in', ['staff', 'applicant']],
      ['profile.status', '$null', 'true'],
      ['answers.track', '$eq', 'Веб'],
      ['answers.track', '$in', ['ML', 'Дизайн']],
      ['answers.track', '$null', 'true'],
      ['answers.topics', '$contains', 'b'],
      ['answers.topics', '$in', ['b', 'c']],
      ['answers.topics', '$null', 'true'],
      ['answers.topics', '$null', 'false'],
      ['answers.born', '$gte', '1995-01-01'],
      ['answers.born', '$lte', '1993-05-15'],
      ['answers.born', '$eq', '1991-02-11'],
      ['answers.age', '$gte', '25'],
      ['answers.age', '$lte', '20'],
      ['answers.age', '$eq', '19'],
      ['answers.age', '$in', ['17', '31']],
      ['answers.age', '$null', 'true'],
      ['answers.agree', '$eq', 'true'],
      ['answers.agree', '$eq', 'false'],
      ['answers.agree', '$null', 'true'],
      ['answers.about', '$contains', 'ЕЛКИ'],
      ['answers.about', '$contains', '%'],
      ['answers.about', '$null', 'false'],
    ];
    for (const [column, op, operand] of cases) {
      const expected = people.filter((person) => matches(person, column, op, operand));
      const rows = await rowsOf({ filters: { [column]: { [op]: operand } } });
      expect(emailsOf(rows.filter((row) => !row.erased)), `${column} ${op} ${JSON.stringify(operand)}`).toEqual(emailsOf(expected));
    }
  });

  it('combines conditions with AND', async () => {
    const filters = { status: { $eq: 'registered' }, 'answers.track': { $in: ['ML', 'Веб'] }, 'profile.city': { $contains: 'моск' } };
    const expected = people.filter((p) => matches(p, 'status', '$eq', 'registered') && matches(p, 'answers.track', '$in', ['ML', 'Веб']) && matches(p, 'profile.city', '$contains', 'моск'));
    expect(expected.length).toBeGreaterThan(0);
    expect(emailsOf(await rowsOf({ filters }))).toEqual(emailsOf(expected));
  });

  it('searches names and email ignoring case, Cyrillic and ё included, every word', async () => {
    const search = async (q: string) => emailsOf((await rowsOf({ q })).filter((row) => !row.erased));
    const byName = (test: (person: Person) => boolean) => emailsOf(people.filter(test));
    // every word anywhere in the last name, first name or email
    const everyWord = (q: string) => (p: Person) => fold(q).split(' ').every((word) => fold(`${p.lastName} ${p.firstName} ${p.email}`).includes(word));
    expect(await search('ЁЖИК')).toEqual(byName((p) => fold(p.lastName).startsWith('ежик')));
    expect(await search('ежикова')).toEqual(byName((p) => p.lastName === 'ЕЖИКОВА'));
    expect(await search('петр')).toEqual(byName((p) => fold(`${p.lastName} ${p.firstName}`).includes('петр')));
    expect(byName(everyWord('мария иванов')).length).toBeGreaterThan(0);
    expect(await search('МАРИЯ Иванов')).toEqual(byName(everyWord('мария иванов')));
    expect(byName(everyWord('ёлка åström')).length).toBeGreaterThan(0);
    expect(await search('ЕЛКА ÅSTRÖM')).toEqual(byName(everyWord('ёлка åström')));
    expect(await search('ёлка ежикова')).toEqual(byName(everyWord('елка ежикова')));
    expect(await search('PERSON12@')).toEqual(['person12@site.test']);
    expect(await search('_')).toEqual([]);
  });

  it('sorts by any column, empty values last, and pages through the same order', async () => {
    for (const [column, direction] of [
      ['lastName', 'asc'],
      ['registeredAt', 'desc'],
      ['answers.age', 'asc'],
      ['answers.age', 'desc'],
      ['profile.city', 'desc'],
      ['answers.born', 'asc'],
    ] as const) {
      const rows = (await rowsOf({ sort: `${column}:${direction}` })).filter((row) => !row.erased);
      const values = rows.map((row) => {
        const person = people.find((p) => p.id === row.id) as Person;
        const value = valueOf(person, column);
        return typeof value === 'string' ? fold(value) : value;
      });
      const present = values.filter((value) => value !== null && value !== undefined);
      expect(values.slice(0, present.length), `${column} ${direction}: empty values last`).toEqual(present);
      const sorted = [...present].sort((a, b) => (a! < b! ? -1 : a! > b! ? 1 : 0));
      expect(present, `${column} ${direction}`).toEqual(direction === 'asc' ? sorted : sorted.reverse());
    }
    const all = (await rowsOf({ sort: 'lastName:asc' })).map((row) => row.id);
    const paged: number[] = [];
    for (let page = 1; page <= 5; page += 1) {
      const response = await list(managerA, eventA, { sort: 'lastName:asc', page, pageSize: 9 });
      const body = registrantPageSchema.parse(response.body);
      expect(body.pagination).toEqual({ page, pageSize: 9, total: all.length });
      paged.push(...body.results.map((row) => row.id));
    }
    expect(paged).toEqual(all);
  });

  it('counts registered, waitlisted, cancelled and attended', async () => {
    const response = await request(app.server).get(`/registration/events/${eventA}/registrants/counts`).set('Authorization', `Bearer ${managerA.token}`);
    expect(response.status).toBe(200);
    const all = [...people, { regStatus: 'registered', attendedAt: null }];
    expect(registrantCountsSchema.parse(response.body)).toEqual({
      registered: all.filter((p) => p.regStatus === 'registered').length,
      waitlisted: 0,
      cancelled: all.filter((p) => p.regStatus === 'cancelled').length,
      pending: 0,
      attended: people.filter((p) => p.attendedAt).length,
      capacity: 100,
    });
  });

  it('refuses a bad query with a 400 in the caller’s language and logs nothing', async () => {
    const before = await logCount();
    for (const query of [
      { sort: 'password:asc' },
      { filters: { 'answers.nope': { $eq: 'x' } } },
      { filters: { status: { $contains: 'reg' } } },
      { filters: { status: { $eq: 'approved' } } },
      { filters: { 'answers.age': { $gte: 'много' } } },
      { pageSize: 1000 },
    ]) {
      const response = await list(managerA, eventA, query);
      expect(response.status, JSON.stringify(query)).toBe(400);
    }
    // in the organizer's interface language
    const russian = await list(managerA, eventA, { filters: { nope: { $eq: 'x' } } }).set('Accept-Language', 'en');
    expect(russian.body.error.details.errors[0].message).toBe('Нет такого столбца: nope');
    await app.strapi.db.query('admin::user').update({ where: { id: managerA.id }, data: { preferedLanguage: 'en' } });
    const english = await list(managerA, eventA, { filters: { nope: { $eq: 'x' } } });
    await app.strapi.db.query('admin::user').update({ where: { id: managerA.id }, data: { preferedLanguage: 'ru' } });
    expect(english.body.error.details.errors[0].message).toBe('No such column: nope');
    expect(await logCount()).toBe(before);
  });

  it('shows a list only to the event’s organizers (403 for another event’s, and nothing logged)', async () => {
    const before = await logCount();
    expect((await list(managerB, eventA)).status).toBe(403);
    expect((await request(app.server).get(`/registration/events/${eventA}/registrants/counts`).set('Authorization', `Bearer ${managerB.token}`)).status).toBe(403);
    expect((await list(managerA, 'nosuchevent000000000000')).status).toBe(403);
    expect((await request(app.server).get(`/registration/events/${eventA}/registrants`)).status).toBe(401);
    expect(await logCount()).toBe(before);
    const ofB = registrantPageSchema.parse((await list(managerB, eventB)).body).results;
    expect(emailsOf(ofB)).toEqual(emailsOf(people.slice(0, 5)));
    expect((await list(root, eventA)).status).toBe(200);
  });

  it('logs exactly one entry per successful read, naming the organizer and the event', async () => {
    const before = await logCount();
    await rowsOf({ q: 'петр' });
    await rowsOf({ filters: { status: { $eq: 'registered' } } });
    expect(await logCount()).toBe(before + 2);
    const [last] = (await knex('platform_access_log').orderBy('id', 'desc').limit(1)) as Array<Record<string, unknown>>;
    expect({ ...last, actor_id: Number(last?.actor_id) }).toMatchObject({ actor_id: managerA.id, actor_email: managerA.email, action: 'list', event_document_id: eventA });
  });
});
