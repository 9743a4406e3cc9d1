/**
 * Issue 10, finding 13 (erasure): deleting an account takes a fresh code mailed for that purpose,
 * and leaves nothing that points back at the person: no UTM or ref values beside their consent
 * records, no address in event allowlists, job errors or job payloads, no favorites or feed token,
 * no sign-in codes, no usable session. SQLite, or PostgreSQL with DATABASE_CLIENT=postgres.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMessages } from '../../../scripts/smtp-sink/sink';
import { waitFor } from '../../../scripts/testing/wait';
import { bearer, consentVersion, createEvent, mailedCode, startHarness, type Harness } from '../../plugins/registration/server/src/__tests__/fixtures';

const EMAIL = 'leaving.person@uni.test';

describe('account erasure (finding 13)', () => {
  let h: Harness;
  let jwt = '';
  let userId = 0;
  const api = () => request(h.app.server);

  /** The 6-digit codes of mails to `email` whose subject matches `subject`, oldest first. */
  const codesIn = async (email: string, subject: RegExp) =>
    (await readMessages(h.sink.dir)).filter((m) => m.to.includes(email) && subject.test(m.subject)).map((m) => /(\d{6})/.exec(m.subject)?.[1] ?? '');

  beforeAll(async () => {
    h = await startHarness();
    const openDay = await createEvent(h.app, 'open-day');
    await h.app.strapi.documents('plugin::registration.partner-link').create({
      data: { code: 'anna-smirnova-ref', label: 'Рассылка', channel: 'email', active: true, event: openDay } as never,
    });
    await createEvent(h.app, 'closed-lab', { privacy: 'closed', allowlist: `first@uni.test\n${EMAIL.toUpperCase()}, last@uni.test` });
    await api().post('/api/registration/auth/email-code').send({ email: EMAIL }).expect(204);
    const code = await mailedCode(h.sink, EMAIL);
    const session = await api().post('/api/registration/auth/verify').send({ email: EMAIL, code }).expect(200);
    jwt = session.body.jwt as string;
    userId = session.body.user.id as number;
    const registered = await api()
      .post('/api/registration/events/open-day/registrations')
      .set(bearer(jwt))
      .send({
        answers: { firstName: 'Анна', lastName: 'Смирнова' },
        consent: { accepted: true, version: await consentVersion(h.app) },
        ref: 'anna-smirnova-ref',
        utm: { source: 'mail', campaign: EMAIL },
      });
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    await api().get('/api/engagement/favorites/feed').set(bearer(jwt)).expect(200);
    await h.knex('engagement_favorites').insert({ user_id: userId, session_document_id: 'a'.repeat(24), created_at: new Date() });
    const now = Date.now();
    await h.knex('platform_jobs').insert({
      name: 'mailings.send',
      payload: JSON.stringify({ to: EMAIL, subject: 'Hello' }),
      status: 'failed',
      attempts: 5,
      max_attempts: 5,
      run_at: now,
      last_error: `Error: 550 mailbox unavailable <${EMAIL}>`,
      created_at: now,
      updated_at: now,
      finished_at: now,
    });
  });

  afterAll(async () => {
    await h?.stop();
  });

  it('does not delete an account without a fresh code: a plain DELETE says what to do', async () => {
    const response = await api().delete('/api/registration/me').set(bearer(jwt));
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/код/i);
    await api().get('/api/registration/me').set(bearer(jwt)).expect(200);
  });

  it('mails an erasure code on request, and takes neither a wrong code nor a sign-in code', async () => {
    await api().post('/api/registration/me/erase-code').set(bearer(jwt)).expect(204);
    const [eraseCode] = await waitFor(async () => {
      const found = await codesIn(EMAIL, /удален/i);
      return found.length > 0 ? found : null;
    }, 'erasure code');
    await api().post('/api/registration/auth/email-code').send({ email: EMAIL }).expect(204);
    const signInCode = await mailedCode(h.sink, EMAIL, 1);
    if (signInCode !== eraseCode) await api().post('/api/registration/me/erase').set(bearer(jwt)).send({ code: signInCode }).expect(401);
    const wrong = eraseCode === '000000' ? '000001' : '000000';
    await api().post('/api/registration/me/erase').set(bearer(jwt)).send({ code: wrong }).expect(401);
    await api().get('/api/registration/me').set(bearer(jwt)).expect(200);
  });

  it('erases with the code and leaves nothing that points back at the person', async () => {
    const codes = await codesIn(EMAIL, /удален/i);
    const eraseCode = codes[codes.length - 1] ?? '';
    await api().post('/api/registration/me/erase').set(bearer(jwt)).send({ code: eraseCode }).expect(204);
    await api().get('/api/registration/me').set(bearer(jwt)).expect(401);

    expect(await h.knex('up_users').where({ id: userId })).toHaveLength(0);
    const registrations = (await h.knex('registration_registrations').select('user_id', 'ref_code', 'utm', 'answers')) as Array<Record<string, unknown>>;
    expect(registrations).toHaveLength(1);
    expect(registrations[0]?.user_id).toBeNull();
    expect(registrations[0]?.ref_code ?? null).toBeNull();
    expect(registrations[0]?.utm ?? null).toBeNull();
    const consents = (await h.knex('registration_consents').select('*')) as Array<Record<string, unknown>>;
    for (const consent of consents) {
      expect(consent.user_id).toBeNull();
      expect(consent.event_document_id ?? null).toBeNull();
    }
    const events = (await h.knex('events').select('allowlist')) as Array<{ allowlist: string | null }>;
    const allowlists = events.map((row) => row.allowlist ?? '').join('\n');
    expect(allowlists.toLowerCase()).not.toContain(EMAIL);
    expect(allowlists).toContain('first@uni.test');
    expect(allowlists).toContain('last@uni.test');
    const jobs = JSON.stringify(await h.knex('platform_jobs').select('payload', 'last_error'));
    expect(jobs.toLowerCase()).not.toContain(EMAIL);
    expect(await h.knex('engagement_favorites').where({ user_id: userId })).toHaveLength(0);
    expect(await h.knex('engagement_feed_tokens').where({ user_id: userId })).toHaveLength(0);
    expect(await h.knex('registration_email_codes').where({ email: EMAIL })).toHaveLength(0);
  });
});
