// Seed step: the demo audience (audience.ts) written in bulk: attendee accounts (found again by email),
// their registrations (found again by account and event: a person registered for an event is never
// written twice) and the partner links' visits (a link that has visits gets none again). Rows are
// placed as the registration module places them: seats 1..seated in arrival order, a waitlist once the
// event is full (or nobody more without a waitlist), confirmation mails marked as sent (the demo mails
// nobody). Each event's rows are written in one transaction.
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { newDocumentId } from '../../src/plugins/registration/server/src/db.ts';
import type { SeedContext } from './context.ts';
import type { DatedEvent } from './data.ts';
import type { DemoAudience, DemoPerson, DemoRegistration } from './audience.ts';

const USER_UID = 'plugin::users-permissions.user';
const USERS = 'up_users';
const REGISTRATIONS = 'registration_registrations';
const VISITS = 'registration_partner_visits';
const CONSENTS = 'registration_marketing_consents';
/** Rows per insert: SQLite binds at most 999 values per statement. */
const CHUNK = 40;

const knexOf = (strapi: Core.Strapi): Knex => strapi.db.connection as unknown as Knex;
const documentId = () => newDocumentId(randomBytes);

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName?: string;
}

/** The link table of the users' role (named by Strapi's metadata, not by a guess). */
function roleJoinTable(strapi: Core.Strapi): JoinTable {
  const attribute = strapi.db.metadata.get(USER_UID).attributes.role as { joinTable?: JoinTable } | undefined;
  if (!attribute?.joinTable) throw new Error('The users-permissions user has no role link table');
  return attribute.joinTable;
}

/** Ensures an account for every demo person; returns the user ids by person index. */
export async function seedAttendees(seed: SeedContext, people: readonly DemoPerson[]): Promise<number[]> {
  const { strapi } = seed;
  const knex = knexOf(strapi);
  const emails = people.map((person) => person.email);
  const found = new Map<string, number>();
  for (let start = 0; start < emails.length; start += 500) {
    const rows = (await knex(USERS).whereIn('email', emails.slice(start, start + 500)).select('id', 'email')) as Array<{ id: number | string; email: string }>;
    for (const row of rows) found.set(row.email, Number(row.id));
  }
  const missing = people.filter((person) => !found.has(person.email));
  if (missing.length > 0) {
    const role = (await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' }, select: ['id'] })) as { id: number } | null;
    if (!role) throw new Error('The authenticated role of users-permissions does not exist');
    const link = roleJoinTable(strapi);
    const now = new Date();
    await knex.transaction(async (trx) => {
      for (let start = 0; start < missing.length; start += CHUNK) {
        const chunk = missing.slice(start, start + CHUNK);
        await trx(USERS).insert(
          chunk.map((person) => ({
            document_id: documentId(),
            username: person.email,
            email: person.email,
            provider: 'local',
            confirmed: true,
            blocked: false,
            first_name: person.firstName,
            last_name: person.lastName,
            middle_name: person.middleName || null,
            phone: person.phone,
            status: person.status,
            organization: person.organization,
            position: person.position,
            city: person.city,
            created_at: now,
            updated_at: now,
            published_at: now,
          })),
        );
        const rows = (await trx(USERS).whereIn('email', chunk.map((person) => person.email)).select('id', 'email')) as Array<{ id: number | string; email: string }>;
        for (const row of rows) found.set(row.email, Number(row.id));
        await trx(link.name).insert(
          rows.map((row) => ({ [link.joinColumn.name]: Number(row.id), [link.inverseJoinColumn.name]: role.id, ...(link.orderColumnName ? { [link.orderColumnName]: 1 } : {}) })),
        );
      }
    });
  }
  const created = new Set(missing);
  for (const person of people) seed.count('attendee accounts', created.has(person));
  return people.map((person) => {
    const id = found.get(person.email);
    if (id === undefined) throw new Error(`The demo account ${person.email} was not written`);
    return id;
  });
}

interface ExistingRow {
  user_id: number | string | null;
  seat: number | string | null;
  arrival: number | string;
  status: string;
}

/** Writes each event's planned registrations that are not there yet, placed after the event's own rows. */
export async function seedRegistrations(seed: SeedContext, events: readonly DatedEvent[], eventIds: Map<string, string>, audience: DemoAudience, userIds: readonly number[]): Promise<void> {
  const knex = knexOf(seed.strapi);
  for (const event of events) {
    const planned = audience.registrations.filter((registration) => registration.event === event.slug);
    const eventDocumentId = eventIds.get(event.slug);
    if (planned.length === 0 || !eventDocumentId) continue;
    const written = await knex.transaction(async (trx) => {
      const existing = (await trx(REGISTRATIONS).where({ event_document_id: eventDocumentId }).select('user_id', 'seat', 'arrival', 'status')) as ExistingRow[];
      const present = new Set(existing.map((row) => Number(row.user_id)));
      let seated = existing.reduce((max, row) => Math.max(max, row.seat === null ? 0 : Number(row.seat)), 0);
      let arrival = existing.reduce((max, row) => Math.max(max, Number(row.arrival)), 0);
      const rows: Array<Record<string, unknown>> = [];
      // arrival order is the order of the current registrations
      for (const registration of [...planned].sort((a, b) => a.registeredAt.localeCompare(b.registeredAt))) {
        const userId = userIds[registration.person];
        if (userId === undefined || present.has(userId)) continue;
        const placed = place(registration, event, seated);
        if (!placed) continue;
        if (placed.seat !== null) seated = placed.seat;
        arrival += 1;
        rows.push(rowOf(registration, eventDocumentId, userId, placed, arrival));
      }
      for (let start = 0; start < rows.length; start += CHUNK) await trx(REGISTRATIONS).insert(rows.slice(start, start + CHUNK));
      return rows.length;
    });
    for (let n = 0; n < planned.length; n += 1) seed.count('registrations', n < written);
  }
}

interface Placement {
  status: 'registered' | 'waitlisted' | 'cancelled';
  seat: number | null;
}

/** A seat while there are seats, then the waitlist (when the event has one), else nothing. */
function place(registration: DemoRegistration, event: DatedEvent, seated: number): Placement | null {
  if (registration.intent === 'cancelled') return { status: 'cancelled', seat: null };
  if (event.capacity === null || seated < event.capacity) return { status: 'registered', seat: seated + 1 };
  return event.waitlistEnabled ? { status: 'waitlisted', seat: null } : null;
}

function rowOf(registration: DemoRegistration, eventDocumentId: string, userId: number, placed: Placement, arrival: number): Record<string, unknown> {
  const firstAt = new Date(registration.firstAt);
  const registeredAt = new Date(registration.registeredAt);
  const cancelledAt = registration.cancelledAt ? new Date(registration.cancelledAt) : null;
  return {
    document_id: documentId(),
    user_id: userId,
    event_document_id: eventDocumentId,
    status: placed.status,
    seat: placed.seat,
    arrival,
    // the confirmation of this arrival counts as sent: the demo mails nobody
    confirmed_arrival: arrival,
    answers: JSON.stringify(registration.answers),
    ref_code: registration.refCode,
    utm: registration.utm ? JSON.stringify(registration.utm) : null,
    language: 'ru',
    registered_at: registeredAt,
    attended_at: placed.status === 'registered' && registration.attendedAt ? new Date(registration.attendedAt) : null,
    cancelled_at: cancelledAt,
    created_at: firstAt,
    updated_at: cancelledAt ?? registeredAt,
    published_at: firstAt,
  };
}

/** Writes the planned openings of each partner link that has none recorded yet. */
export async function seedPartnerVisits(seed: SeedContext, eventIds: Map<string, string>, audience: DemoAudience): Promise<void> {
  const knex = knexOf(seed.strapi);
  const codes = [...new Set(audience.visits.map((visit) => visit.code))];
  if (codes.length === 0) return;
  const seen = new Set(((await knex(VISITS).whereIn('code', codes).distinct('code')) as Array<{ code: string }>).map((row) => row.code));
  const rows = audience.visits
    .filter((visit) => !seen.has(visit.code) && eventIds.has(visit.event))
    .map((visit) => {
      const at = new Date(visit.visitedAt);
      return { document_id: documentId(), code: visit.code, event_document_id: eventIds.get(visit.event), visitor: visit.visitor, visited_at: at, created_at: at, updated_at: at, published_at: at };
    });
  await knex.transaction(async (trx) => {
    for (let start = 0; start < rows.length; start += CHUNK) await trx(VISITS).insert(rows.slice(start, start + CHUNK));
  });
  for (const visit of audience.visits) seed.count('partner link visits', !seen.has(visit.code));
}

/** Writes the marketing consents of the demo people who gave one and have none recorded. */
export async function seedMarketingConsents(seed: SeedContext, people: readonly DemoPerson[], userIds: readonly number[]): Promise<void> {
  const knex = knexOf(seed.strapi);
  const given = people.flatMap((person, index) => (person.marketingConsentAt && userIds[index] !== undefined ? [{ userId: userIds[index] as number, at: new Date(person.marketingConsentAt) }] : []));
  const have = new Set<number>();
  for (let start = 0; start < given.length; start += 500) {
    const rows = (await knex(CONSENTS).whereIn('user_id', given.slice(start, start + 500).map((item) => item.userId)).select('user_id')) as Array<{ user_id: number | string }>;
    for (const row of rows) have.add(Number(row.user_id));
  }
  const rows = given
    .filter((item) => !have.has(item.userId))
    .map((item) => ({ document_id: documentId(), user_id: item.userId, given_at: item.at, withdrawn_at: null, created_at: item.at, updated_at: item.at, published_at: item.at }));
  await knex.transaction(async (trx) => {
    for (let start = 0; start < rows.length; start += CHUNK) await trx(CONSENTS).insert(rows.slice(start, start + CHUNK));
  });
  for (const item of given) seed.count('marketing consents', !have.has(item.userId));
}
