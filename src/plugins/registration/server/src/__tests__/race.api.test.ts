/**
 * Capacity under concurrency, through HTTP: 300 distinct users register at once for 50 seats.
 * With the waitlist on, exactly 50 get seats and 250 wait, in arrival order; with it off, exactly 50
 * succeed and 250 get 409. Seats stay numbered 1..50. 50 concurrent repeats by one user give one
 * registration.
 *
 * Controls (PostgreSQL): two things guard the seats, the event lock and the unique index on seat
 * numbers. Without both, the same races overbook (so these tests can fail); without the lock alone,
 * the index still refuses a second sale of a seat.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPostgresRun } from '../../../../../../scripts/testing/databases';
import { bearer, consentVersion, createEvent, createUsers, startHarness, type Harness, type TestUser } from './fixtures';

const CAPACITY = 50;
const CROWD = 300;

describe('seats under concurrency', () => {
  let h: Harness;
  let version: number;
  const api = () => request(h.app.server);

  const rows = async (eventId: string) =>
    (await h.knex('registration_registrations').where({ event_document_id: eventId }).orderBy('arrival')) as Array<{
      user_id: number;
      status: string;
      arrival: number;
      seat: number | null;
    }>;

  /** The seat numbers of an event's seated registrations, sorted. */
  const seatsOf = async (eventId: string) =>
    (await rows(eventId))
      .filter((r) => r.status === 'registered')
      .map((r) => Number(r.seat))
      .sort((a, b) => a - b);
  const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

  /** Everyone registers at the same moment; resolves with each response's status and body. */
  const stampede = (slug: string, users: TestUser[]) =>
    Promise.all(
      users.map((user) =>
        api()
          .post(`/api/registration/events/${slug}/registrations`)
          .set(bearer(user.token))
          .send({ answers: {}, consent: { accepted: true, version } })
          .then((response) => ({ user, status: response.status, body: response.body as { status?: string; waitlistPosition?: number | null } })),
      ),
    );

  beforeAll(async () => {
    // enough connections for transactions to really overlap (the default test pool is 5)
    h = await startHarness({ DATABASE_POOL_MAX: '24' });
    version = await consentVersion(h.app);
  });

  afterAll(async () => {
    await h?.stop();
  });

  it('gives exactly 50 seats and waitlists 250 in arrival order, then promotes in that order', async () => {
    const eventId = await createEvent(h.app, 'race-waitlist', { capacity: CAPACITY, waitlistEnabled: true });
    const users = await createUsers(h.app, 'rw', CROWD);
    const results = await stampede('race-waitlist', users);

    expect(results.filter((r) => r.status !== 201)).toEqual([]);
    expect(results.filter((r) => r.body.status === 'registered')).toHaveLength(CAPACITY);
    expect(results.filter((r) => r.body.status === 'waitlisted')).toHaveLength(CROWD - CAPACITY);

    const stored = await rows(eventId);
    expect(stored).toHaveLength(CROWD);
    expect(stored.filter((r) => r.status === 'registered')).toHaveLength(CAPACITY);
    // arrival order: one sequence without gaps; the first 50 arrivals hold the seats
    expect(stored.map((r) => r.arrival)).toEqual(Array.from({ length: CROWD }, (_, i) => i + 1));
    expect(stored.slice(0, CAPACITY).every((r) => r.status === 'registered')).toBe(true);
    expect(stored.slice(CAPACITY).every((r) => r.status === 'waitlisted' && r.seat === null)).toBe(true);
    expect(await seatsOf(eventId)).toEqual(oneTo(CAPACITY));
    // each waiting user was told their place, and the places are 1..250 by arrival
    const placeOf = new Map(results.map((r) => [r.user.id, r.body.waitlistPosition]));
    expect(stored.slice(CAPACITY).map((r) => placeOf.get(r.user_id))).toEqual(Array.from({ length: CROWD - CAPACITY }, (_, i) => i + 1));

    // three seats free at once: the three earliest waiting arrivals get them
    const leaving = stored.slice(0, 3).map((r) => users.find((u) => u.id === r.user_id));
    await Promise.all(
      leaving.map((user) =>
        api()
          .delete('/api/registration/events/race-waitlist/registrations/me')
          .set(bearer(user?.token ?? ''))
          .expect(200),
      ),
    );
    const after = await rows(eventId);
    expect(after.filter((r) => r.status === 'registered')).toHaveLength(CAPACITY);
    expect(after.filter((r) => r.status === 'registered').map((r) => r.arrival)).toEqual(Array.from({ length: CAPACITY }, (_, i) => i + 4));
    expect(await seatsOf(eventId)).toEqual(oneTo(CAPACITY));
  });

  it('with the waitlist off, lets exactly 50 in and answers 409 to the other 250', async () => {
    const eventId = await createEvent(h.app, 'race-full', { capacity: CAPACITY, waitlistEnabled: false });
    const users = await createUsers(h.app, 'rf', CROWD);
    const results = await stampede('race-full', users);

    expect(results.filter((r) => r.status === 201)).toHaveLength(CAPACITY);
    expect(results.filter((r) => r.status === 409)).toHaveLength(CROWD - CAPACITY);
    expect(results.filter((r) => r.status !== 201 && r.status !== 409)).toEqual([]);
    const stored = await rows(eventId);
    expect(stored).toHaveLength(CAPACITY);
    expect(stored.every((r) => r.status === 'registered')).toBe(true);
    expect(await seatsOf(eventId)).toEqual(oneTo(CAPACITY));
  });

  it('gives one user one registration for 50 concurrent clicks', async () => {
    const eventId = await createEvent(h.app, 'race-repeat', { capacity: CAPACITY, waitlistEnabled: true });
    const [user] = await createUsers(h.app, 'rr', 1);
    if (!user) throw new Error('no user');
    const results = await stampede('race-repeat', Array(50).fill(user));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 200)).toHaveLength(49);
    expect(await rows(eventId)).toHaveLength(1);
  });

  /** The same race one layer down: 300 seat claims straight to the service, all in flight at once. */
  const claimAll = async (eventId: string, users: TestUser[]) => {
    const registrations = h.app.strapi.plugin('registration').service('registrations') as {
      claim(input: { eventDocumentId: string; user: number; answers: object; refCode: null; utm: null }): Promise<unknown>;
    };
    // claims past the capacity are refused (ConflictError): only the stored seats matter here
    await Promise.allSettled(users.map((user) => registrations.claim({ eventDocumentId: eventId, user: user.id, answers: {}, refCode: null, utm: null })));
    return (await rows(eventId)).filter((r) => r.status === 'registered').length;
  };

  it('holds at the service level too, with every claim in flight at once', async () => {
    const eventId = await createEvent(h.app, 'race-service', { capacity: CAPACITY, waitlistEnabled: false });
    expect(await claimAll(eventId, await createUsers(h.app, 'rs', CROWD))).toBe(CAPACITY);
    expect(await seatsOf(eventId)).toEqual(oneTo(CAPACITY));
  });

  /**
   * Runs `work` without the event lock and, unless `keepSeatIndex`, without the unique index on
   * seats (the events it overbooked are emptied before the index comes back).
   */
  const unguarded = async <T>(keepSeatIndex: boolean, work: (overbooked: string[]) => Promise<T>): Promise<T> => {
    const overbooked: string[] = [];
    h.app.strapi.config.set('plugin::registration.unsafeDisableSeatLock', true);
    if (!keepSeatIndex) await h.knex.raw('alter table registration_registrations drop constraint registration_event_seat_uq');
    try {
      return await work(overbooked);
    } finally {
      h.app.strapi.config.set('plugin::registration.unsafeDisableSeatLock', false);
      if (!keepSeatIndex) {
        await h.knex('registration_registrations').whereIn('event_document_id', overbooked).del();
        await h.knex.raw('alter table registration_registrations add constraint registration_event_seat_uq unique (event_document_id, seat)');
      }
    }
  };

  it.runIf(isPostgresRun())('CONTROL: without the lock and the seat index the same races overbook (so the tests above can fail)', async () => {
    await unguarded(false, async (overbooked) => {
      const serviceEvent = await createEvent(h.app, 'race-control-service', { capacity: CAPACITY, waitlistEnabled: false });
      overbooked.push(serviceEvent);
      expect(await claimAll(serviceEvent, await createUsers(h.app, 'rcs', CROWD))).toBeGreaterThan(CAPACITY);

      // through HTTP the request handling spaces transactions out, so the race is narrower: a few rounds
      let overHttp = 0;
      for (let round = 0; round < 5 && overHttp <= CAPACITY; round += 1) {
        const eventId = await createEvent(h.app, `race-control-${round}`, { capacity: CAPACITY, waitlistEnabled: false });
        overbooked.push(eventId);
        await stampede(`race-control-${round}`, await createUsers(h.app, `rc${round}`, CROWD));
        overHttp = Math.max(overHttp, (await rows(eventId)).filter((r) => r.status === 'registered').length);
      }
      expect(overHttp).toBeGreaterThan(CAPACITY);
    });
  });

  it.runIf(isPostgresRun())('CONTROL: without the lock, the seat index alone still sells each seat once', async () => {
    await unguarded(true, async () => {
      const eventId = await createEvent(h.app, 'race-control-index', { capacity: CAPACITY, waitlistEnabled: false });
      await claimAll(eventId, await createUsers(h.app, 'rci', CROWD));
      const seats = await seatsOf(eventId);
      expect(seats.length).toBeLessThanOrEqual(CAPACITY);
      expect(new Set(seats).size).toBe(seats.length);
    });
  });

  it.runIf(isPostgresRun())('CONTROL: without the lock, one user still gets one registration (the unique index)', async () => {
    await unguarded(true, async () => {
      const eventId = await createEvent(h.app, 'race-repeat-control', { capacity: CAPACITY, waitlistEnabled: true });
      const [user] = await createUsers(h.app, 'rrc', 1);
      if (!user) throw new Error('no user');
      const results = await stampede('race-repeat-control', Array(50).fill(user));
      expect(results.filter((r) => r.status >= 300)).toEqual([]);
      expect(await rows(eventId)).toHaveLength(1);
    });
  });
});
