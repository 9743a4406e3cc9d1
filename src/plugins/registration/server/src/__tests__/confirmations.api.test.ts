/**
 * The confirmation mail of a registration («Вы зарегистрированы», «Вы в листе ожидания»), queued by
 * the sweeper from the registrations table and sent by a platform job: one per registration, none
 * for a repeat, a new one after a cancel and a new registration, none on top of a promotion, none
 * for registrations from before the feature or from long ago. SQLite, or PostgreSQL with
 * DATABASE_CLIENT=postgres.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMessages, waitForMessage } from '../../../../../../scripts/smtp-sink/sink';
import type { ConfirmationsService } from '../services/confirmations';
import { UNCONFIRMED_INDEX } from '../services/confirmations';
import {
  bearer,
  confirmationsSettled,
  consentVersion,
  createEvent,
  createUser,
  createUsers,
  fastConfirmations,
  startHarness,
  type Harness,
  type TestUser,
} from './fixtures';
import { platform } from '../../../../platform/server/src/kit';

const EN = { 'accept-language': 'en-US,en;q=0.9' };
const CYRILLIC = /[А-Яа-яЁё]/;
const REGISTERED = /^Вы зарегистрированы: /;
const WAITLISTED = /^Вы в листе ожидания: /;
const PROMOTED = /^Место освободилось/;

describe('confirmation mails', () => {
  let h: Harness;
  let version: number;
  const year = new Date().getUTCFullYear() + 1;
  const api = () => request(h.app.server);
  const sweeper = () => h.app.strapi.plugin('registration').service('confirmations') as ConfirmationsService;
  const register = (slug: string, user: TestUser, headers: Record<string, string> = {}) =>
    api()
      .post(`/api/registration/events/${slug}/registrations`)
      .set({ ...bearer(user.token), ...headers })
      .send({ answers: {}, consent: { accepted: true, version } });
  const cancel = (slug: string, user: TestUser) => api().delete(`/api/registration/events/${slug}/registrations/me`).set(bearer(user.token)).expect(200);
  const mailsTo = async (email: string, subject?: RegExp) =>
    (await readMessages(h.sink.dir)).filter((m) => m.to.includes(email) && (!subject || subject.test(m.subject)));
  const mailTo = (email: string, subject: RegExp) => waitForMessage(h.sink.dir, (m) => m.to.includes(email) && subject.test(m.subject));
  const rowOf = async (user: TestUser) =>
    (await h.knex('registration_registrations').where({ user_id: user.id }).first('id', 'arrival', 'status')) as { id: number; arrival: number; status: string };

  /** Runs `changes` while the sweeper is stopped (it queues nothing meanwhile), then starts it again, fast. */
  const withSweeperStopped = async (changes: () => Promise<void>) => {
    await sweeper().stop();
    try {
      await changes();
    } finally {
      await fastConfirmations(h.app);
    }
  };
  /** Registers `fresh` after the sweeper restarted and waits for its confirmation: every sweep before it has settled. */
  const confirmedFresh = async (fresh: TestUser) => {
    await register('conf-open', fresh).expect(201);
    await mailTo(fresh.email, REGISTERED);
    await confirmationsSettled(h.app);
  };

  const confirmationJobsOf = async (row: { id: number }) =>
    ((await h.knex('platform_jobs').where({ name: 'registration.confirmation-mail' }).orderBy('id').select('unique_key')) as Array<{ unique_key: string }>)
      .map((job) => job.unique_key)
      .filter((key) => key.startsWith(`registration:confirm:${row.id}:`));

  beforeAll(async () => {
    h = await startHarness();
    await fastConfirmations(h.app);
    h.app.strapi.config.set('plugin::registration.siteUrl', 'https://site.test/');
    version = await consentVersion(h.app);
    await createEvent(h.app, 'conf-open');
    await createEvent(h.app, 'conf-wait', { capacity: 1, waitlistEnabled: true });
    await createEvent(h.app, 'conf-promote', { capacity: 1, waitlistEnabled: true });
    await createEvent(h.app, 'conf-race', { capacity: 1, waitlistEnabled: true });
  });

  afterAll(async () => {
    await h?.stop();
  });

  it('confirms a one-click registration with one mail: the title, the time in Moscow, the links; a repeat mails nothing', async () => {
    const user = await createUser(h.app, 'conf-one@uni.test');
    expect((await register('conf-open', user).expect(201)).body.status).toBe('registered');
    const mail = await mailTo(user.email, REGISTERED);
    expect(mail.subject).toBe('Вы зарегистрированы: Событие conf-open');
    expect(mail.text).toContain('Здравствуйте, Иван!');
    expect(mail.text).toContain('Вы зарегистрированы на событие «Событие conf-open».');
    expect(mail.text).toContain(`Когда: 1 июня ${year} г., 10:00–18:00 (МСК)`);
    expect(mail.text).toContain('Страница события: https://site.test/events/conf-open');
    expect(mail.text).toContain('Добавить в календарь: https://site.test/calendar/events/conf-open.ics');
    expect(mail.text).toContain('в личном кабинете: https://site.test/cabinet\nЕсли планы изменятся, отмените регистрацию там');

    expect((await register('conf-open', user).expect(200)).body.status).toBe('registered');
    await confirmationsSettled(h.app);
    expect(await mailsTo(user.email)).toHaveLength(1);
    // the outbox column is the server's business
    const form = await api().get('/api/registration/events/conf-open/form').set(bearer(user.token)).expect(200);
    expect(JSON.stringify(form.body)).not.toMatch(/confirmed/i);
  });

  it('tells a waitlisted attendee their place in the queue', async () => {
    const [seated, first, second] = await Promise.all(['conf-w-a', 'conf-w-b', 'conf-w-c'].map((name) => createUser(h.app, `${name}@uni.test`)));
    if (!seated || !first || !second) throw new Error('users');
    await register('conf-wait', seated).expect(201);
    expect((await register('conf-wait', first).expect(201)).body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect((await register('conf-wait', second).expect(201)).body).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });
    const mail = await mailTo(second.email, WAITLISTED);
    expect(mail.subject).toBe('Вы в листе ожидания: Событие conf-wait');
    expect(mail.text).toContain('вы в листе ожидания: ваше место в очереди — 2.');
    expect(mail.text).toContain(`Когда: 1 июня ${year} г., 10:00–18:00 (МСК)`);
    expect(mail.text).toContain('Ваше место в очереди видно в личном кабинете: https://site.test/cabinet');
    expect(mail.text).not.toContain('.ics');
    await confirmationsSettled(h.app);
    expect(await mailsTo(second.email)).toHaveLength(1);
    expect(await mailsTo(first.email, WAITLISTED)).toHaveLength(1);
    expect(await mailsTo(seated.email, REGISTERED)).toHaveLength(1);
  });

  it('writes to an English registration in English, with the English pages', async () => {
    const user = await createUser(h.app, 'conf-en@uni.test', { firstName: 'Ann' });
    await register('conf-open', user, EN).expect(201);
    const mail = await mailTo(user.email, /^You are registered: /);
    expect(mail.subject).toBe('You are registered: Событие conf-open');
    expect(mail.text).toContain('Hello, Ann!');
    expect(mail.text).toContain(`When: 1 June ${year}, 10:00–18:00 (Moscow time)`);
    expect(mail.text).toContain('Event page: https://site.test/en/events/conf-open');
    expect(mail.text).toContain('Add to calendar: https://site.test/calendar/events/conf-open.ics');
    expect(mail.text).toContain('in your account: https://site.test/en/cabinet');
    // the event has a Russian title only; every other word is English
    expect(mail.text.replaceAll('Событие conf-open', '')).not.toMatch(CYRILLIC);
  });

  it('confirms a registration made again after a cancel, as a new one', async () => {
    const user = await createUser(h.app, 'conf-again@uni.test');
    await register('conf-open', user).expect(201);
    await mailTo(user.email, REGISTERED);
    const before = await rowOf(user);
    await cancel('conf-open', user);
    await register('conf-open', user).expect(201);
    const after = await rowOf(user);
    expect(after.arrival).toBeGreaterThan(before.arrival);
    await confirmationsSettled(h.app);
    expect(await mailsTo(user.email, REGISTERED)).toHaveLength(2);
    expect(await confirmationJobsOf(after)).toEqual([
      `registration:confirm:${after.id}:${before.arrival}`,
      `registration:confirm:${after.id}:${after.arrival}`,
    ]);
  });

  it('mails a promoted attendee the promotion, and no confirmation on top of it', async () => {
    const [seated, waiting] = await Promise.all(['conf-p-a', 'conf-p-b'].map((name) => createUser(h.app, `${name}@uni.test`)));
    if (!seated || !waiting) throw new Error('users');
    await register('conf-promote', seated).expect(201);
    expect((await register('conf-promote', waiting).expect(201)).body.status).toBe('waitlisted');
    await mailTo(waiting.email, WAITLISTED);
    await cancel('conf-promote', seated);
    await mailTo(waiting.email, PROMOTED);
    await confirmationsSettled(h.app);
    expect((await mailsTo(waiting.email)).map((m) => m.subject)).toEqual([
      'Вы в листе ожидания: Событие conf-promote',
      'Место освободилось: вы зарегистрированы на «Событие conf-promote»',
    ]);
  });

  it('mails only the promotion when the promotion comes before the waitlist confirmation was queued', async () => {
    const [seated, waiting] = await Promise.all(['conf-r-a', 'conf-r-b'].map((name) => createUser(h.app, `${name}@uni.test`)));
    if (!seated || !waiting) throw new Error('users');
    await withSweeperStopped(async () => {
      await register('conf-race', seated).expect(201);
      await register('conf-race', waiting).expect(201);
      await cancel('conf-race', seated);
      expect((await rowOf(waiting)).status).toBe('registered');
    });
    await mailTo(waiting.email, PROMOTED);
    await confirmationsSettled(h.app);
    expect((await mailsTo(waiting.email)).map((m) => m.subject)).toEqual(['Место освободилось: вы зарегистрированы на «Событие conf-race»']);
    // the promotion marked the arrival confirmed: the sweeper did not even queue a job for it
    expect(await confirmationJobsOf(await rowOf(waiting))).toEqual([]);
    // cancelled before its confirmation was queued: nothing to confirm
    expect(await mailsTo(seated.email)).toHaveLength(0);
  });

  it('sends nothing from a queued job whose registration was cancelled or made again since', async () => {
    const user = await createUser(h.app, 'conf-stale@uni.test');
    await withSweeperStopped(async () => {
      await register('conf-open', user).expect(201);
      const first = await rowOf(user);
      await cancel('conf-open', user);
      await sweeper().send(first.id, first.arrival);
      await register('conf-open', user).expect(201);
      await sweeper().send(first.id, first.arrival);
      // nothing even queued in the outbox (the sink alone would not show a queued message yet)
      expect(await platform(h.app.strapi).mail.list({ to: user.email })).toEqual([]);
      expect(await mailsTo(user.email)).toHaveLength(0);
    });
    await confirmationsSettled(h.app);
    expect(await mailsTo(user.email, REGISTERED)).toHaveLength(1);
  });

  it('queues each confirmation once when several instances sweep at the same time', async () => {
    const crowd = await createUsers(h.app, 'conf-crowd', 30);
    await withSweeperStopped(async () => {
      for (const user of crowd) await register('conf-open', user).expect(201);
      // three sweeps at once, as three instances would: each row is taken by one of them
      const queued = await Promise.all([sweeper().sweep(), sweeper().sweep(), sweeper().sweep()]);
      expect(queued.reduce((sum, n) => sum + n, 0)).toBe(30);
      expect(await sweeper().sweep()).toBe(0);
    });
    await confirmationsSettled(h.app);
    const mails = (await readMessages(h.sink.dir)).filter((m) => m.to.some((to) => to.startsWith('conf-crowd-')));
    expect(mails).toHaveLength(30);
    expect(new Set(mails.map((m) => m.to.join()))).toHaveProperty('size', 30);
  });

  it('does not mail the registrations made before confirmations existed, once the first start has adopted them', async () => {
    const [old, oldWaiting, fresh] = await Promise.all(['conf-old-a', 'conf-old-b', 'conf-new'].map((name) => createUser(h.app, `${name}@uni.test`)));
    if (!old || !oldWaiting || !fresh) throw new Error('users');
    await withSweeperStopped(async () => {
      await createEvent(h.app, 'conf-upgrade', { capacity: 1, waitlistEnabled: true });
      await register('conf-upgrade', old).expect(201);
      await register('conf-upgrade', oldWaiting).expect(201);
      // the database as the previous release left it: registrations without a confirmed arrival, no sweeper index
      await h.knex('registration_registrations').whereIn('user_id', [old.id, oldWaiting.id]).update({ confirmed_arrival: null });
      await h.knex.raw(`drop index ${UNCONFIRMED_INDEX}`);
      // registrations other tests left unconfirmed (in whatever order they ran) are adopted with these two
      const othersUnconfirmed = await h
        .knex('registration_registrations')
        .whereIn('status', ['registered', 'waitlisted'])
        .whereNotIn('user_id', [old.id, oldWaiting.id])
        .where((q) => q.whereNull('confirmed_arrival').orWhereRaw('confirmed_arrival <> arrival'));
      expect(await sweeper().prepare()).toBe(2 + othersUnconfirmed.length);
      expect(await sweeper().prepare()).toBe(0);
      const adopted = await h.knex('registration_registrations').whereIn('user_id', [old.id, oldWaiting.id]);
      expect(adopted.map((row: { confirmed_arrival: unknown; arrival: unknown }) => Number(row.confirmed_arrival) === Number(row.arrival))).toEqual([true, true]);
    });
    await confirmedFresh(fresh);
    expect(await mailsTo(old.email)).toHaveLength(0);
    expect(await mailsTo(oldWaiting.email)).toHaveLength(0);
  });

  it('does not mail a registration older than a day (after a long outage)', async () => {
    const [stale, fresh] = await Promise.all(['conf-day-old', 'conf-day-new'].map((name) => createUser(h.app, `${name}@uni.test`)));
    if (!stale || !fresh) throw new Error('users');
    await withSweeperStopped(async () => {
      await register('conf-open', stale).expect(201);
      const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
      await h.knex('registration_registrations').where({ user_id: stale.id }).update({ created_at: twoDaysAgo, updated_at: twoDaysAgo });
    });
    await confirmedFresh(fresh);
    expect(await mailsTo(stale.email)).toHaveLength(0);
  });
});
