/**
 * The demo seed on a fresh database, run twice: the second run writes nothing, and the demo audience is
 * what an organizer expects to see: a few hundred registrations across the events, with every status,
 * a full event without a waitlist and a full one with a waitlist, dense seats, attendance only at events
 * that have started, partner links and UTM tags, and answers to the alumni meeting's form. Then the
 * partner links' statistics of the demo as organizers read them (the seeded visits and registrations,
 * counted here from the seed's plan), refused to a manager of other events, and the site's reports of
 * openings: counted once per visitor and hour, refused without the site's signature. Then the audience
 * base: everyone for the client administrator, the people of their events for a manager, and saved
 * segments that select the same people as the test's own filter of the seed's plan does.
 */
import { parse } from 'csv-parse/sync';
import type { Knex } from 'knex';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { audiencePageSchema, segmentSchema, type AudiencePerson, type SegmentCriteria } from '../../cms/src/audience';
import { partnerLinkStatsSchema, type PartnerLinkStat } from '../../cms/src/partner-links';
import { signVisitorAddress } from '../../cms/src/visitor-address';
import { demoAudience } from '../../scripts/seed/audience';
import { buildSeedPlan, demoAccounts, demoEventOrganizers, events as seedEvents, partnerLinks } from '../../scripts/seed/data';
import { seedDemo, type SeedReport } from '../../scripts/seed/seed';
import { bootForFile } from '../../scripts/testing/lifecycle';
import type { TestApp } from '../../scripts/testing/strapi';

interface Row {
  event_document_id: string;
  user_id: number | string | null;
  status: string;
  seat: number | string | null;
  arrival: number | string;
  confirmed_arrival: number | string | null;
  ref_code: string | null;
  utm: unknown;
  answers: unknown;
  registered_at: unknown;
  attended_at: unknown;
  created_at: unknown;
}

const SECRET = 'site-proxy-secret-of-the-demo-seed-test';

const json = (value: unknown): Record<string, unknown> => (typeof value === 'string' ? (JSON.parse(value) as Record<string, unknown>) : ((value ?? {}) as Record<string, unknown>));
const time = (value: unknown): number => (value instanceof Date ? value.getTime() : typeof value === 'string' && !/^\d+$/.test(value) ? Date.parse(value) : Number(value));

describe('demo seed: the audience', () => {
  let app: TestApp;
  let knex: Knex;
  const now = new Date();
  let first: SeedReport;
  let second: SeedReport;
  let rows: Row[];
  let eventIds: Map<string, string>;
  const totals = async () => ({
    users: Number(((await knex('up_users').count({ n: '*' })) as Array<{ n: number | string }>)[0]?.n),
    registrations: Number(((await knex('registration_registrations').count({ n: '*' })) as Array<{ n: number | string }>)[0]?.n),
    links: Number(((await knex('registration_partner_links').count({ n: '*' })) as Array<{ n: number | string }>)[0]?.n),
  });
  let afterFirst: Awaited<ReturnType<typeof totals>>;
  let afterSecond: Awaited<ReturnType<typeof totals>>;
  let firstMs = 0;

  bootForFile(
    async (booted) => booted,
    (booted) => {
      app = booted;
      knex = app.strapi.db.connection as unknown as Knex;
    },
    { SITE_PROXY_SECRET: SECRET },
  );

  it('writes the audience once: a second run creates nothing and the tables keep their counts', async () => {
    const quiet = () => undefined;
    const started = Date.now();
    first = await seedDemo(app.strapi, { now, images: false, log: quiet });
    firstMs = Date.now() - started;
    afterFirst = await totals();
    second = await seedDemo(app.strapi, { now: new Date(now.getTime() + 60_000), images: false, log: quiet });
    afterSecond = await totals();
    expect(afterSecond).toEqual(afterFirst);
    for (const [kind, count] of Object.entries(second.counts)) {
      if (kind === 'organizer assignments' || kind === 'admin account roles repaired') continue;
      expect(count.created, kind).toBe(0);
    }
    expect(first.counts['registrations']?.created).toBeGreaterThanOrEqual(300);
    expect(first.counts['attendee accounts']?.created).toBeGreaterThanOrEqual(300);
    rows = (await knex('registration_registrations').select('*')) as Row[];
    const events = (await knex('events').whereNotNull('published_at').select('document_id', 'slug')) as Array<{ document_id: string; slug: string }>;
    eventIds = new Map(events.map((event) => [event.slug, event.document_id]));
    console.log(`[demo-seed] first run ${firstMs} ms: ${afterFirst.users} users, ${afterFirst.registrations} registrations, ${afterFirst.links} partner links`);
  });

  it('has every status, full events with and without a waitlist, and dense seats', () => {
    const of = (slug: string) => rows.filter((row) => row.event_document_id === eventIds.get(slug));
    const count = (list: Row[], status: string) => list.filter((row) => row.status === status).length;
    expect(count(rows, 'registered')).toBeGreaterThan(300);
    expect(count(rows, 'cancelled')).toBeGreaterThan(10);
    // the conference (250 seats, a waitlist) is full and has a waitlist; the intensive (40, none) is full
    expect(count(of('konferenciya-ii-v-obrazovanii'), 'registered')).toBe(250);
    expect(count(of('konferenciya-ii-v-obrazovanii'), 'waitlisted')).toBe(14);
    expect(count(of('intensiv-analiz-dannyh'), 'registered')).toBe(40);
    // the events the browser tests register for keep free seats
    expect(count(of('vstrecha-vypusknikov'), 'registered')).toBeLessThan(150);
    expect(count(of('demo-den-akseleratora'), 'waitlisted')).toBe(0);
    for (const [slug, id] of eventIds) {
      const seats = rows.filter((row) => row.event_document_id === id && row.status === 'registered').map((row) => Number(row.seat)).sort((a, b) => a - b);
      expect(seats, slug).toEqual(seats.map((_, index) => index + 1));
      const waiting = rows.filter((row) => row.event_document_id === id && row.status !== 'registered');
      expect(waiting.every((row) => row.seat === null), slug).toBe(true);
    }
    // no confirmation mail is owed for demo registrations
    expect(rows.every((row) => Number(row.confirmed_arrival) === Number(row.arrival))).toBe(true);
    // re-registrations: registered again after a cancellation
    expect(rows.filter((row) => row.status === 'registered' && time(row.registered_at) > time(row.created_at)).length).toBeGreaterThan(3);
  });

  it('marks attendance only at events that have started, and only of registered people', async () => {
    const events = (await knex('events').whereNotNull('published_at').select('document_id', 'starts_at')) as Array<{ document_id: string; starts_at: unknown }>;
    const startOf = new Map(events.map((event) => [event.document_id, time(event.starts_at)]));
    const attended = rows.filter((row) => row.attended_at !== null);
    expect(attended.length).toBeGreaterThan(100);
    for (const row of attended) {
      expect(row.status).toBe('registered');
      expect(startOf.get(row.event_document_id)).toBeLessThanOrEqual(now.getTime());
      expect(time(row.attended_at)).toBeLessThanOrEqual(now.getTime());
    }
  });

  it('came through partner links of the same event, UTM tags, or directly; the alumni answered their form', async () => {
    const links = (await knex('registration_partner_links as l')
      .join('registration_partner_links_event_lnk as e', 'e.partner_link_id', 'l.id')
      .join('events as ev', 'ev.id', 'e.event_id')
      .select('l.code', 'ev.document_id')) as Array<{ code: string; document_id: string }>;
    const eventOfLink = new Map(links.map((link) => [link.code, link.document_id]));
    const viaLinks = rows.filter((row) => row.ref_code);
    expect(viaLinks.length).toBeGreaterThan(50);
    for (const row of viaLinks) expect(eventOfLink.get(row.ref_code as string)).toBe(row.event_document_id);
    expect(rows.filter((row) => !row.ref_code && row.utm).length).toBeGreaterThan(50);
    const alumni = rows.filter((row) => row.event_document_id === eventIds.get('vstrecha-vypusknikov'));
    for (const row of alumni) {
      const answers = json(row.answers);
      expect(typeof answers.motivation).toBe('string');
      expect(typeof answers.graduationYear).toBe('number');
      expect(['Бакалавриат', 'Магистратура', 'Аспирантура']).toContain(answers.program);
      expect(answers.photos).toBe(true);
    }
    // the plan is the test's independent account of what the seed writes
    const plan = demoAudience(buildSeedPlan(now).events, partnerLinks, now);
    expect(viaLinks.length).toBe(plan.registrations.filter((registration) => registration.refCode).length - droppedViaLinks(plan));
  });

  /** A demo organizer signed in to the admin (the seed's own accounts). */
  const tokens = new Map<string, string>();
  // the admin's login is rate-limited: each account signs in once
  const signIn = async (role: 'client-admin' | 'event-manager'): Promise<string> => {
    const known = tokens.get(role);
    if (known) return known;
    const account = demoAccounts.find((item) => item.role === role);
    if (!account) throw new Error(role);
    const login = await request(app.server).post('/admin/login').send({ email: account.email, password: account.password });
    expect(login.status).toBe(200);
    const token = (login.body as { data: { token: string } }).data.token;
    tokens.set(role, token);
    return token;
  };
  const statsOf = async (token: string, slug: string): Promise<PartnerLinkStat[]> => {
    const response = await request(app.server).get(`/registration/events/${eventIds.get(slug)}/partner-links`).set('Authorization', `Bearer ${token}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return partnerLinkStatsSchema.parse(response.body).results;
  };

  it('counts each partner link’s visits, registrations and attendance as the seed made them', async () => {
    const token = await signIn('client-admin');
    const plan = demoAudience(buildSeedPlan(now).events, partnerLinks, now);
    const slugs = [...new Set(partnerLinks.map((link) => link.event))];
    for (const slug of slugs) {
      const stats = await statsOf(token, slug);
      const links = partnerLinks.filter((link) => link.event === slug);
      expect(stats.map((stat) => stat.code).sort(), slug).toEqual(links.map((link) => link.code).sort());
      for (const stat of stats) {
        const through = plan.registrations.filter((registration) => registration.refCode === stat.code && registration.intent === 'registered');
        const visits = plan.visits.filter((visit) => visit.code === stat.code).length;
        expect(stat, stat.code).toMatchObject({
          name: links.find((link) => link.code === stat.code)?.label,
          visits,
          registrations: through.length,
          attended: through.filter((registration) => registration.attendedAt !== null).length,
          conversion: visits === 0 ? null : Math.round((through.length / visits) * 10_000) / 10_000,
        });
        expect(stat.visits).toBeGreaterThan(stat.registrations);
      }
    }
  });

  it('exports the statistics as CSV that parses back into the same numbers', async () => {
    const token = await signIn('client-admin');
    const stats = await statsOf(token, 'den-otkrytyh-dverej');
    const response = await request(app.server)
      .get(`/registration/events/${eventIds.get('den-otkrytyh-dverej')}/partner-links/export`)
      .set('Authorization', `Bearer ${token}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
      });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toContain('partner-links-den-otkrytyh-dverej-');
    const text = response.body as string;
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(text.slice(1), { delimiter: ';' }) as string[][];
    expect(rows[0]).toEqual(['Код', 'Название', 'Канал', 'Активна', 'Переходы', 'Регистрации', 'Пришли', 'Конверсия, %']);
    expect(rows.slice(1).map((row) => [row[0], row[1], Number(row[4]), Number(row[5])])).toEqual(stats.map((stat) => [stat.code, stat.name, stat.visits, stat.registrations]));
    const first = stats[0] as PartnerLinkStat;
    expect(rows[1]?.[7]).toBe(((first.conversion ?? 0) * 100).toFixed(1).replace('.', ','));
    const comma = await request(app.server).get(`/registration/events/${eventIds.get('den-otkrytyh-dverej')}/partner-links/export?delimiter=%7C`).set('Authorization', `Bearer ${token}`);
    expect(comma.status).toBe(400);
  });

  it('refuses a manager the statistics of an event that is not theirs, and shows them their own', async () => {
    const token = await signIn('event-manager');
    for (const path of ['partner-links', 'partner-links/export']) {
      const refused = await request(app.server).get(`/registration/events/${eventIds.get('vstrecha-vypusknikov')}/${path}`).set('Authorization', `Bearer ${token}`).set('accept-language', 'ru');
      expect(refused.status).toBe(403);
      expect((refused.body as { error: { message: string } }).error.message).toBe('Нет доступа к участникам этого события');
    }
    expect((await statsOf(token, 'den-otkrytyh-dverej')).length).toBe(partnerLinks.filter((link) => link.event === 'den-otkrytyh-dverej').length);
    const anonymous = await request(app.server).get(`/registration/events/${eventIds.get('den-otkrytyh-dverej')}/partner-links`);
    expect(anonymous.status, JSON.stringify(anonymous.body)).toBe(401);
  });

  it('counts an opening the site reports once per visitor and hour, ignores unknown codes, refuses calls the site did not sign', async () => {
    const token = await signIn('client-admin');
    const visitsOf = async (code: string) => (await statsOf(token, 'vstrecha-vypusknikov')).find((stat) => stat.code === code)?.visits ?? -1;
    const report = (body: unknown, headers: Record<string, string>) => request(app.server).post('/api/registration/partner-links/visits').set(headers).send(body as object);
    const before = await visitsOf('alumni-vk');
    const visitor = await signVisitorAddress(SECRET, '198.51.100.7');
    await report({ eventSlug: 'vstrecha-vypusknikov', ref: 'alumni-vk' }, visitor).expect(202);
    await report({ eventSlug: 'vstrecha-vypusknikov', ref: 'alumni-vk' }, visitor).expect(202);
    expect(await visitsOf('alumni-vk')).toBe(before + 1);
    await report({ eventSlug: 'vstrecha-vypusknikov', ref: 'alumni-vk' }, await signVisitorAddress(SECRET, '198.51.100.8')).expect(202);
    expect(await visitsOf('alumni-vk')).toBe(before + 2);
    // a code of another event, an unknown code: accepted, nothing counted, nothing told
    const other = await report({ eventSlug: 'vstrecha-vypusknikov', ref: 'dod-email' }, visitor);
    const unknown = await report({ eventSlug: 'vstrecha-vypusknikov', ref: 'no-such-code' }, visitor);
    expect([other.status, unknown.status]).toEqual([202, 202]);
    expect(unknown.text).toBe(other.text);
    expect((await statsOf(token, 'den-otkrytyh-dverej')).find((stat) => stat.code === 'dod-email')?.visits).toBe(demoAudience(buildSeedPlan(now).events, partnerLinks, now).visits.filter((visit) => visit.code === 'dod-email').length);
    // without the site's signature, or with a forged one: refused, not counted
    const unsigned = await report({ eventSlug: 'vstrecha-vypusknikov', ref: 'alumni-tg' }, { 'accept-language': 'en' });
    expect(unsigned.status).toBe(403);
    expect((unsigned.body as { error: { message: string } }).error.message).toBe("Partner-link visits are reported by the site's server only");
    const forged = await report({ eventSlug: 'vstrecha-vypusknikov', ref: 'alumni-tg' }, await signVisitorAddress('another-secret-of-someone-else', '198.51.100.9'));
    expect(forged.status).toBe(403);
    expect((await report({ eventSlug: 'vstrecha-vypusknikov' }, visitor)).status).toBe(400);
  });

  it('stops counting a visitor who reports too many openings', async () => {
    const token = await signIn('client-admin');
    const service = app.strapi.plugin('registration').service('partner-links') as { setVisitLimits(limits: unknown): void };
    service.setVisitLimits({ repeatMs: 0, perVisitor: { max: 3, windowMs: 60_000 } });
    try {
      const total = async () => (await statsOf(token, 'hakaton-cifrovoj-kampus')).reduce((sum, stat) => sum + stat.visits, 0);
      const before = await total();
      const visitor = await signVisitorAddress(SECRET, '203.0.113.99');
      for (let n = 0; n < 6; n += 1) {
        await request(app.server).post('/api/registration/partner-links/visits').set(visitor).send({ eventSlug: 'hakaton-cifrovoj-kampus', ref: n % 2 ? 'hack-tg' : 'hack-itmo' }).expect(202);
      }
      expect(await total()).toBe(before + 3);
    } finally {
      service.setVisitLimits({ repeatMs: 3_600_000, perVisitor: { max: 30, windowMs: 600_000 } });
    }
  });

  // ---------------------------------------------------------------------------------------------
  // The audience base, checked against the test's own reading of the seed's plan

  const planned = () => demoAudience(buildSeedPlan(now).events, partnerLinks, now);
  const tagsOf = new Map(seedEvents.map((event) => [event.slug, event.tags]));
  const slugOf = (documentId: string) => [...eventIds].find(([, id]) => id === documentId)?.[0] ?? '';
  const moscowDay = (day: string, end: boolean) => Date.parse(`${day}T00:00:00+03:00`) + (end ? 86_400_000 - 1 : 0);

  /** The emails a criteria should select, by the plan: `scope` null = every event. */
  const expectedEmails = (criteria: SegmentCriteria, scope: readonly string[] | null): string[] => {
    const plan = planned();
    const inScope = (slug: string) => scope === null || scope.includes(slug);
    const out: string[] = [];
    plan.people.forEach((person, index) => {
      const every = plan.registrations.filter((r) => r.person === index && inScope(r.event));
      if (every.length === 0) return;
      const active = every.filter((r) => r.intent === 'registered');
      const ids = (list: readonly string[] | undefined) => (list ?? []).map(slugOf);
      const source = (r: (typeof active)[number]) => (r.refCode ? 'partner' : r.utm ? 'utm' : 'direct');
      const checks = [
        !criteria.registeredFor?.length || active.some((r) => ids(criteria.registeredFor).includes(r.event)),
        !criteria.attended?.length || active.some((r) => r.attendedAt !== null && ids(criteria.attended).includes(r.event)),
        !criteria.eventTags?.length || active.some((r) => (tagsOf.get(r.event) ?? []).some((tag) => criteria.eventTags?.includes(tag))),
        !criteria.sources?.length || active.some((r) => criteria.sources?.includes(source(r))),
        !(criteria.registeredFrom || criteria.registeredTo) ||
          active.some((r) => (!criteria.registeredFrom || Date.parse(r.registeredAt) >= moscowDay(criteria.registeredFrom, false)) && (!criteria.registeredTo || Date.parse(r.registeredAt) <= moscowDay(criteria.registeredTo, true))),
        !criteria.statuses?.length || criteria.statuses.includes(person.status),
        !criteria.cities?.length || criteria.cities.some((city) => city.toLocaleLowerCase('ru') === person.city.toLocaleLowerCase('ru')),
        criteria.marketingConsent === undefined || (person.marketingConsentAt !== null) === criteria.marketingConsent,
      ];
      if (checks.every(Boolean)) out.push(person.email);
    });
    return out.sort();
  };

  /** Every person of an audience route, page after page. */
  const everyone = async (token: string, path: string, query: Record<string, unknown> = {}): Promise<AudiencePerson[]> => {
    const people: AudiencePerson[] = [];
    for (let page = 1; page < 20; page += 1) {
      const response = await request(app.server).get(path).query({ ...query, page, pageSize: 200 }).set('Authorization', `Bearer ${token}`);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      const parsed = audiencePageSchema.parse(response.body);
      people.push(...parsed.results);
      if (people.length >= parsed.pagination.total) break;
    }
    return people;
  };
  const emails = (people: readonly AudiencePerson[]) => people.map((person) => person.email).sort();
  const logged = async (action: string) => Number(((await knex('platform_access_log').where({ action }).count({ n: '*' })) as Array<{ n: number | string }>)[0]?.n ?? 0);
  const managerEvents = demoEventOrganizers['event.manager@demo.test']?.managers ?? [];

  it('shows the client administrator everyone who ever registered, a manager only the people of their events', async () => {
    const admin = await signIn('client-admin');
    const before = await logged('audience.list');
    const all = await everyone(admin, '/registration/audience');
    expect(emails(all)).toEqual(expectedEmails({}, null));
    expect(all.length).toBeGreaterThan(300);
    const someone = all.find((person) => person.registrations > 1);
    expect(someone?.lastRegisteredAt).toBeTruthy();
    const manager = await signIn('event-manager');
    const theirs = await everyone(manager, '/registration/audience');
    expect(emails(theirs)).toEqual(expectedEmails({}, managerEvents));
    expect(theirs.length).toBeLessThan(all.length);
    // asking for another event's people finds nobody (the scope wins over the criteria)
    expect(await everyone(manager, '/registration/audience', { registeredFor: eventIds.get('vstrecha-vypusknikov') })).toEqual([]);
    // history counts only what the reader may see
    const mine = new Map(theirs.map((person) => [person.email, person.registrations]));
    for (const person of all.filter((p) => mine.has(p.email))) expect(mine.get(person.email)).toBeLessThanOrEqual(person.registrations);
    // search ignores case in Cyrillic
    const sample = all.find((person) => person.lastName)!;
    const found = await everyone(admin, '/registration/audience', { q: (sample.lastName as string).toLocaleUpperCase('ru') });
    expect(found.map((person) => person.email)).toContain(sample.email);
    // one access-log entry per read (pages included), with the reader's email
    expect(await logged('audience.list')).toBeGreaterThanOrEqual(before + 4);
    const entry = (await knex('platform_access_log').where({ action: 'audience.list' }).orderBy('id', 'desc').first()) as Record<string, unknown>;
    expect(JSON.stringify(entry)).toContain('admin@demo.test');
  });

  it('saves segments that select the same people as an independent filter of the seed', async () => {
    const admin = await signIn('client-admin');
    const id = (slug: string) => eventIds.get(slug) as string;
    const cases: SegmentCriteria[] = [
      { registeredFor: [id('konferenciya-ii-v-obrazovanii'), id('den-otkrytyh-dverej')], statuses: ['student', 'applicant'] },
      { attended: [id('karernyj-forum-start-v-it')], cities: ['МОСКВА'] },
      { eventTags: ['postuplenie'], sources: ['partner'] },
      { sources: ['utm'], registeredFrom: new Date(now.getTime() - 10 * 86_400_000).toISOString().slice(0, 10), registeredTo: new Date(now.getTime() - 2 * 86_400_000).toISOString().slice(0, 10) },
      { marketingConsent: true, eventTags: ['iskusstvennyj-intellekt'] },
      { marketingConsent: false, attended: [id('hakaton-cifrovoj-kampus')] },
      { statuses: ['staff'], sources: ['direct'], cities: ['Тула', 'москва'] },
    ];
    const audienceService = app.strapi.plugin('registration').service('audience') as { segmentAudience(id: number): Promise<Array<{ userId: number; email: string }> | null> };
    for (const [index, criteria] of cases.entries()) {
      const created = await request(app.server).post('/registration/segments').set('Authorization', `Bearer ${admin}`).send({ name: `Сегмент ${index + 1}`, criteria });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const segment = segmentSchema.parse(created.body);
      const expected = expectedEmails(criteria, null);
      expect(expected.length, JSON.stringify(criteria)).toBeGreaterThan(0);
      expect(emails(await everyone(admin, `/registration/segments/${segment.id}/people`)), JSON.stringify(criteria)).toEqual(expected);
      // the same people as the audience filtered by the same criteria, and as the mailings' audience
      expect(emails(await everyone(admin, '/registration/audience', criteria))).toEqual(expected);
      const recipients = await audienceService.segmentAudience(segment.id);
      expect(recipients?.map((person) => person.email).sort()).toEqual(expected);
      expect(recipients?.every((person) => Number.isInteger(person.userId))).toBe(true);
    }
    expect(await audienceService.segmentAudience(999_999)).toBeNull();
  });

  it('keeps a manager’s segments to their events and their own, and refuses bad criteria in the reader’s language', async () => {
    const manager = await signIn('event-manager');
    const admin = await signIn('client-admin');
    const created = await request(app.server).post('/registration/segments').set('Authorization', `Bearer ${manager}`).send({ name: 'Сотрудники', criteria: { statuses: ['staff'] } });
    expect(created.status).toBe(201);
    const segment = segmentSchema.parse(created.body);
    expect(emails(await everyone(manager, `/registration/segments/${segment.id}/people`))).toEqual(expectedEmails({ statuses: ['staff'] }, managerEvents));
    // the mailings' audience of the manager's segment is in the manager's scope too
    const audienceService = app.strapi.plugin('registration').service('audience') as { segmentAudience(id: number): Promise<Array<{ email: string }> | null> };
    expect((await audienceService.segmentAudience(segment.id))?.map((person) => person.email).sort()).toEqual(expectedEmails({ statuses: ['staff'] }, managerEvents));
    // the client administrator's segments are not the manager's; the manager's are the administrator's to see
    const list = await request(app.server).get('/registration/segments').set('Authorization', `Bearer ${manager}`);
    expect((list.body as { results: Array<{ id: number }> }).results.map((item) => item.id)).toEqual([segment.id]);
    const others = (await request(app.server).get('/registration/segments').set('Authorization', `Bearer ${admin}`)).body as { results: Array<{ id: number; ownerId: number | null }> };
    expect(others.results.length).toBeGreaterThan(1);
    const foreign = others.results.find((item) => item.id !== segment.id) as { id: number };
    for (const path of [`/registration/segments/${foreign.id}`, `/registration/segments/${foreign.id}/people`]) {
      expect((await request(app.server).get(path).set('Authorization', `Bearer ${manager}`)).status).toBe(404);
    }
    expect((await request(app.server).delete(`/registration/segments/${foreign.id}`).set('Authorization', `Bearer ${manager}`)).status).toBe(404);
    const renamed = await request(app.server).put(`/registration/segments/${segment.id}`).set('Authorization', `Bearer ${manager}`).send({ name: 'Сотрудники и партнёры', criteria: { statuses: ['staff', 'partner'] } });
    expect(renamed.status).toBe(200);
    expect(segmentSchema.parse(renamed.body).criteria).toEqual({ statuses: ['staff', 'partner'] });
    // bad criteria: a 400 that names the problem, in Russian or English
    const backwards = await request(app.server).post('/registration/segments').set('Authorization', `Bearer ${manager}`).set('accept-language', 'ru').send({ name: 'x', criteria: { registeredFrom: '2026-12-10', registeredTo: '2026-12-01' } });
    expect(backwards.status).toBe(400);
    expect(JSON.stringify(backwards.body)).toContain('Неверные условия сегмента');
    // the admin's interface language (Russian for the demo accounts) wins over Accept-Language
    const unknown = await request(app.server).get('/registration/audience?statuses=pirate').set('Authorization', `Bearer ${manager}`).set('accept-language', 'en');
    expect(unknown.status).toBe(400);
    expect((unknown.body as { error: { message: string } }).error.message).toContain('Неверный запрос аудитории');
    expect((await request(app.server).delete(`/registration/segments/${segment.id}`).set('Authorization', `Bearer ${manager}`)).status).toBe(204);
    expect((await request(app.server).get('/registration/audience')).status).toBe(401);
  });
});

/** Planned registrations through links that found no seat (none: the full events without a waitlist have no links). */
function droppedViaLinks(plan: ReturnType<typeof demoAudience>): number {
  return plan.registrations.filter((registration) => registration.refCode && registration.event === 'intensiv-analiz-dannyh').length;
}
