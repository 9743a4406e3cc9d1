/**
 * The attendee's cabinet through the API: my profile and registrations, editing, the export of all
 * my data, and deleting the account (personal data gone, registrations kept anonymized, seats freed).
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, consentVersion, createEvent, createUser, FILES, mailedCode, mailedErasureCode, startHarness, storedFileIds, type Harness, type TestUser } from './fixtures';

describe('my cabinet', () => {
  let h: Harness;
  let version: number;
  let me: TestUser;
  let waiting: TestUser;
  const events: Record<string, string> = {};
  const api = () => request(h.app.server);

  beforeAll(async () => {
    h = await startHarness();
    version = await consentVersion(h.app);
    const lastYear = new Date().getUTCFullYear() - 1;
    events.past = await createEvent(h.app, 'past', { startsAt: `${lastYear}-03-01T07:00:00.000Z`, endsAt: `${lastYear}-03-01T15:00:00.000Z` });
    events.future = await createEvent(h.app, 'future', { capacity: 1, waitlistEnabled: true });
    events.docs = await createEvent(h.app, 'with-file', { registrationForm: [{ key: 'cv', type: 'file', label: 'Резюме', required: true }] });
    await h.app.strapi
      .documents('plugin::registration.partner-link')
      .create({ data: { code: 'mail-1', label: 'Рассылка', channel: 'email', event: events.future } as never });

    me = await createUser(h.app, 'me@uni.test', { phone: '+79001112233', organization: 'МГУ' });
    waiting = await createUser(h.app, 'waiting@uni.test');
    // a registration for an event that is over now (written as it was then)
    await h.knex('registration_registrations').insert({
      document_id: 'pastregistration00000001',
      user_id: me.id,
      event_document_id: events.past,
      status: 'registered',
      seat: 1,
      arrival: 1,
      answers: JSON.stringify({}),
      created_at: new Date(`${lastYear}-02-01T00:00:00.000Z`),
      updated_at: new Date(`${lastYear}-02-01T00:00:00.000Z`),
      published_at: new Date(`${lastYear}-02-01T00:00:00.000Z`),
    });
    await api()
      .post('/api/registration/events/future/registrations')
      .set(bearer(me.token))
      .send({ answers: {}, consent: { accepted: true, version }, ref: 'mail-1', utm: { source: 'newsletter' } })
      .expect(201);
    await api()
      .post('/api/registration/events/future/registrations')
      .set(bearer(waiting.token))
      .send({ answers: {}, consent: { accepted: true, version } })
      .expect(201);
    await api()
      .post('/api/registration/events/with-file/registrations')
      .set(bearer(me.token))
      .field('data', JSON.stringify({ answers: {} }))
      .attach('files.cv', FILES.pdf, 'cv.pdf')
      .expect(201);
  });

  afterAll(async () => {
    await h?.stop();
  });

  it('shows my profile and my registrations, upcoming and past', async () => {
    const response = await api().get('/api/registration/me').set(bearer(me.token)).expect(200);
    expect(response.headers['cache-control']).toContain('no-store');
    expect(response.body.user).toMatchObject({
      email: 'me@uni.test',
      firstName: 'Иван',
      lastName: 'Петров',
      phone: '+79001112233',
      organization: 'МГУ',
      status: null,
    });
    const bySlug = Object.fromEntries(response.body.registrations.map((r: { event: { slug: string } }) => [r.event.slug, r]));
    expect(Object.keys(bySlug).sort()).toEqual(['future', 'past', 'with-file']);
    expect(bySlug.future).toMatchObject({ status: 'registered', waitlistPosition: null });
    expect(Date.parse(bySlug.past.event.endsAt)).toBeLessThan(Date.now());
  });

  it('edits my profile, refusing what it cannot keep (naming the field)', async () => {
    const response = await api()
      .patch('/api/registration/me')
      .set(bearer(me.token))
      .send({ middleName: 'Сергеевич', status: 'alumnus', phone: '8 900 765 43 21', city: null })
      .expect(200);
    expect(response.body.user).toMatchObject({ middleName: 'Сергеевич', status: 'alumnus', phone: '+79007654321', city: null });
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ email: 'other@uni.test' }, 'email'],
      [{ status: 'king' }, 'status'],
      [{ phone: 'позвоните мне' }, 'phone'],
      [{ organization: '<script>x</script>' }, 'organization'],
      [{ firstName: '' }, 'firstName'],
      [{ lastName: 42 }, 'lastName'],
    ];
    for (const [body, path] of cases) {
      const bad = await api().patch('/api/registration/me').set(bearer(me.token)).send(body).expect(400);
      expect(bad.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toContain(path);
    }
    const after = await api().get('/api/registration/me').set(bearer(me.token)).expect(200);
    expect(after.body.user).toMatchObject({ email: 'me@uni.test', status: 'alumnus', organization: 'МГУ', firstName: 'Иван' });
  });

  it('exports all my data as JSON', async () => {
    const response = await api().get('/api/registration/me/export').set(bearer(me.token)).expect(200);
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="mmso-connect-my-data-\d{4}-\d{2}-\d{2}\.json"/);
    // one part per module of the personal-data registry; registration's holds the account
    expect(response.body.exportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const data = response.body.registration;
    expect(data.account).toMatchObject({ id: me.id, email: 'me@uni.test' });
    expect(data.profile).toMatchObject({ middleName: 'Сергеевич', phone: '+79007654321' });
    const future = data.registrations.find((r: { event: { slug?: string } }) => r.event.slug === 'future');
    expect(future).toMatchObject({ status: 'registered', ref: 'mail-1', utm: { source: 'newsletter' }, language: 'ru' });
    const withFile = data.registrations.find((r: { event: { slug?: string } }) => r.event.slug === 'with-file');
    expect(withFile.answers.cv).toMatchObject({ name: 'cv.pdf', mime: 'application/pdf' });
    expect(data.consents).toHaveLength(1);
    expect(data.consents[0]).toMatchObject({ textVersion: version, eventDocumentId: events.future });
    expect(data.consents[0].ip).toBeTruthy();
    expect(JSON.stringify(response.body)).not.toMatch(/password|code_hash|codeHash/);
  });

  it('needs a sign-in for every cabinet path', async () => {
    await api().get('/api/registration/me').expect(401);
    await api().patch('/api/registration/me').send({ city: 'Казань' }).expect(401);
    await api().get('/api/registration/me/export').expect(401);
    await api().delete('/api/registration/me').expect(401);
    await api().post('/api/registration/me/erase-code').expect(401);
    await api().post('/api/registration/me/erase').send({ code: '123456' }).expect(401);
  });

  it('deletes my account: personal data erased, registrations anonymized, my seat goes to the waitlist', async () => {
    // a sign-in code on record, to see it go too
    await api().post('/api/registration/auth/email-code').send({ email: 'me@uni.test' }).expect(204);
    await mailedCode(h.sink, 'me@uni.test');
    expect((await storedFileIds(h)).length).toBe(1);

    // a plain DELETE explains the code step; the code mailed for erasure deletes (issue 10, finding 13)
    await api().delete('/api/registration/me').set(bearer(me.token)).expect(400);
    await api().post('/api/registration/me/erase-code').set(bearer(me.token)).expect(204);
    const code = await mailedErasureCode(h.sink, 'me@uni.test');
    await api().post('/api/registration/me/erase').set(bearer(me.token)).send({ code }).expect(204);

    expect(await h.knex('up_users').where({ id: me.id }).first()).toBeUndefined();
    expect(await h.knex('up_users').where({ email: 'me@uni.test' }).first()).toBeUndefined();
    expect(await h.knex('registration_registrations').where({ user_id: me.id })).toEqual([]);
    const kept = (await h.knex('registration_registrations').whereNull('user_id')) as Array<{
      event_document_id: string;
      status: string;
      answers: unknown;
      ref_code: string | null;
    }>;
    const byEvent = Object.fromEntries(kept.map((r) => [r.event_document_id, r]));
    expect(byEvent[events.past ?? '']).toMatchObject({ status: 'registered' });
    // the ref (and UTM) values go too: they could link a registration back to the person (issue 10, finding 13)
    expect(byEvent[events.future ?? '']).toMatchObject({ status: 'cancelled', ref_code: null });
    for (const row of kept) expect(typeof row.answers === 'string' ? JSON.parse(row.answers) : row.answers).toEqual({});
    expect(await h.app.strapi.plugin('registration').service('registrations').isRegistered(waiting.id, events.future)).toBe(true);
    const consents = (await h.knex('registration_consents').whereNull('user_id')) as Array<{ ip: string | null; withdrawn_at: unknown }>;
    expect(consents).toHaveLength(1);
    expect(consents[0]?.ip).toBeNull();
    expect(consents[0]?.withdrawn_at).toBeTruthy();
    expect(await h.knex('registration_email_codes').where({ email: 'me@uni.test' })).toEqual([]);
    expect(await storedFileIds(h)).toEqual([]);

    await api().get('/api/registration/me').set(bearer(me.token)).expect(401);
  });
});
