/**
 * The registration module's domain events (cms/src/events.ts), published in the transaction of the
 * change: a registration, a cancel with the waitlist's promotion, a profile change, an erasure; and
 * its mails through the platform's outbox (X-MMSO-Purpose).
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMessages, waitForMessage } from '../../../../../../scripts/smtp-sink/sink';
import { sleep, waitFor } from '../../../../../../scripts/testing/wait';
import { platform, type DomainEvent } from '../../../../platform/server/src/kit';
import { getService } from '../get-service';
import { bearer, confirmationsSettled, consentVersion, createEvent, createUser, fastConfirmations, mailedErasureCode, startHarness, type Harness } from './fixtures';

describe('registration domain events and mails', () => {
  let h: Harness;
  let version: number;
  const seen: DomainEvent[] = [];
  const api = () => request(h.app.server);
  const register = (slug: string, token: string) =>
    api().post(`/api/registration/events/${slug}/registrations`).set(bearer(token)).send({ answers: {}, consent: { accepted: true, version } });
  const ofName = <K extends DomainEvent['name']>(name: K) => seen.filter((event): event is Extract<DomainEvent, { name: K }> => event.name === name);
  /** The events of one person (each test has its own people: the tests do not depend on their order). */
  const ofUser = <K extends DomainEvent['name']>(name: K, userId: number) => ofName(name).filter((event) => event.payload.userId === userId);

  beforeAll(async () => {
    h = await startHarness();
    await fastConfirmations(h.app);
    version = await consentVersion(h.app);
    platform(h.app.strapi).events.subscribe(
      'test.registration-events',
      ['registration.created', 'registration.cancelled', 'registration.status-changed', 'profile.updated', 'profile.deleted'],
      (event) => void seen.push(event),
    );
  });

  afterAll(async () => {
    await h?.stop();
  });

  it('announces a registration with its ids and status, once, and mails the confirmation under its purpose', async () => {
    const eventId = await createEvent(h.app, 'events-open');
    const anna = await createUser(h.app, 'events-anna@uni.test');
    const created = await register('events-open', anna.token).expect(201);
    const [event] = await waitFor(() => (ofUser('registration.created', anna.id).length === 1 ? ofUser('registration.created', anna.id) : null), 'registration.created');
    const row = (await h.knex('registration_registrations').where({ user_id: anna.id }).first('id')) as { id: number };
    expect(event?.payload).toEqual({ registrationId: row.id, userId: anna.id, eventDocumentId: eventId, status: 'registered', at: expect.any(String) });
    expect(JSON.stringify(event?.payload)).not.toContain('events-anna');
    // a repeated click registers nothing new and announces nothing
    await register('events-open', anna.token).expect(200);
    expect(created.body.status).toBe('registered');
    const mail = await waitForMessage(h.sink.dir, (m) => m.to.includes('events-anna@uni.test'), 15_000);
    expect(mail.headers['x-mmso-purpose']).toBe('registration-confirmation');
    await sleep(500);
    expect(ofUser('registration.created', anna.id)).toHaveLength(1);
  });

  it('announces a cancel and the promotion it causes; the waitlist and the promotion are mailed under their purposes', async () => {
    const eventId = await createEvent(h.app, 'events-wait', { capacity: 1, waitlistEnabled: true });
    const a = await createUser(h.app, 'events-a@uni.test');
    const b = await createUser(h.app, 'events-b@uni.test');
    await register('events-wait', a.token).expect(201);
    await register('events-wait', b.token).expect(201);
    await confirmationsSettled(h.app);
    const waitlisted = await waitForMessage(h.sink.dir, (m) => m.to.includes('events-b@uni.test'), 15_000);
    expect(waitlisted.headers['x-mmso-purpose']).toBe('waitlist');
    await api().delete('/api/registration/events/events-wait/registrations/me').set(bearer(a.token)).expect(200);
    await waitFor(() => ofUser('registration.status-changed', b.id).length === 1 && ofUser('registration.cancelled', a.id).length === 1, 'cancel and promotion');
    expect(ofUser('registration.cancelled', a.id)[0]?.payload).toMatchObject({ eventDocumentId: eventId, previousStatus: 'registered' });
    expect(ofUser('registration.status-changed', b.id)[0]?.payload).toMatchObject({ eventDocumentId: eventId, from: 'waitlisted', to: 'registered' });
    expect(ofUser('registration.created', b.id)[0]?.payload).toMatchObject({ eventDocumentId: eventId, status: 'waitlisted' });
    const promoted = await waitFor(async () => (await readMessages(h.sink.dir)).find((m) => m.to.includes('events-b@uni.test') && m.headers['x-mmso-purpose'] === 'waitlist-promotion'), 'promotion mail');
    expect(promoted.subject).toContain('Место освободилось');
  });

  it('announces the names of changed profile fields (not their values), and an erased account', async () => {
    const vera = await createUser(h.app, 'events-vera@uni.test');
    await api().patch('/api/registration/me').set(bearer(vera.token)).send({ city: 'Казань', firstName: 'Иван' }).expect(200);
    const [updated] = await waitFor(() => (ofUser('profile.updated', vera.id).length === 1 ? ofUser('profile.updated', vera.id) : null), 'profile.updated');
    // the first name was Иван already: only the city changed
    expect(updated?.payload).toEqual({ userId: vera.id, fields: ['city'], at: expect.any(String) });
    await api().post('/api/registration/me/erase-code').set(bearer(vera.token)).expect(204);
    const code = await mailedErasureCode(h.sink, 'events-vera@uni.test');
    const codeMail = await waitForMessage(h.sink.dir, (m) => m.to.includes('events-vera@uni.test') && m.subject.includes(code));
    expect(codeMail.headers['x-mmso-purpose']).toBe('erase-code');
    await api().post('/api/registration/me/erase').set(bearer(vera.token)).send({ code }).expect(204);
    await waitFor(() => ofUser('profile.deleted', vera.id).length === 1, 'profile.deleted');
    // the erased address leaves the mail log too
    expect(await platform(h.app.strapi).mail.list({ to: 'events-vera@uni.test' })).toEqual([]);
  });

  it('announces the profile fields a registration form fills in, with the registration', async () => {
    await createEvent(h.app, 'events-form', { registrationForm: [{ key: 'phone', type: 'phone', label: 'Телефон', required: true, order: 1 }] });
    const petr = await createUser(h.app, 'events-petr@uni.test');
    await api()
      .post('/api/registration/events/events-form/registrations')
      .set(bearer(petr.token))
      .send({ answers: { phone: '8 (900) 123-45-67' }, consent: { accepted: true, version } })
      .expect(201);
    await waitFor(() => ofUser('registration.created', petr.id).length === 1 && ofUser('profile.updated', petr.id).length === 1, 'registration and profile');
    expect(ofUser('profile.updated', petr.id)[0]?.payload.fields).toEqual(['phone']);
  });

  it('announces nothing of a change that rolls back, and the same change once it commits', async () => {
    const { strapi } = h.app;
    const eventId = await createEvent(h.app, 'events-rollback');
    const olga = await createUser(h.app, 'events-olga@uni.test');
    await expect(
      strapi.db.transaction(async () => {
        // the services join the caller's transaction: their events go with it
        await getService(strapi, 'registrations').claim({ eventDocumentId: eventId, user: async () => olga.id, answers: {}, refCode: null, utm: null });
        await getService(strapi, 'accounts').updateProfile(olga.id, { city: 'Омск' });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await h.knex('registration_registrations').where({ user_id: olga.id })).toEqual([]);
    const logged = (await h.knex('platform_domain_events').select('payload')) as Array<{ payload: string }>;
    expect(logged.filter((row) => (JSON.parse(row.payload) as { userId?: number }).userId === olga.id)).toEqual([]);
    // control: the same changes committed are announced (and the rolled-back ones never are)
    await register('events-rollback', olga.token).expect(201);
    await api().patch('/api/registration/me').set(bearer(olga.token)).send({ city: 'Омск' }).expect(200);
    await waitFor(() => ofUser('registration.created', olga.id).length >= 1 && ofUser('profile.updated', olga.id).length >= 1, 'the committed changes');
    await sleep(500);
    expect(ofUser('registration.created', olga.id)).toHaveLength(1);
    expect(ofUser('profile.updated', olga.id)).toHaveLength(1);
  });
});
