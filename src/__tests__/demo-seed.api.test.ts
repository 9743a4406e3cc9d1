/**
 * The demo seed on a fresh database, run twice: the second run writes nothing, and the demo audience is
 * what an organizer expects to see: a few hundred registrations across the events, with every status,
 * a full event without a waitlist and a full one with a waitlist, dense seats, attendance only at events
 * that have started, partner links and UTM tags, and answers to the alumni meeting's form.
 */
import type { Knex } from 'knex';
import { describe, expect, it } from 'vitest';
import { demoAudience } from '../../scripts/seed/audience';
import { buildSeedPlan, partnerLinks } from '../../scripts/seed/data';
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
});

/** Planned registrations through links that found no seat (none: the full events without a waitlist have no links). */
function droppedViaLinks(plan: ReturnType<typeof demoAudience>): number {
  return plan.registrations.filter((registration) => registration.refCode && registration.event === 'intensiv-analiz-dannyh').length;
}
