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
import { bearer, confirmationsSettled, consentVersion, createEvent, createUser, fastConfirmations, mailedErasureCode, startHarness, type Harness } from './fixtures';

describe('registration domain events and mails', () => {
  let h: Harness;
  let version: number;
  const seen: DomainEvent[] = [];
  const api = () => request(h.app.server);
  const register = (slug: string, token: string) =>
    api().post(`/api/registration/events/${slug}/registrations`).set(bearer(token)).send({ answers: {}, consent: { accepted: true, version } });
  const ofName = <K extends DomainEvent['name']>(name: K) => seen.filter((event): event is DomainEvent<K> => event.name === name);

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
    const [event] = await waitFor(() => (ofName('registration.created').length === 1 ? ofName('registration.created') : null), 'registration.created');
    const row = (await h.knex('registration_registrations').where({ user_id: anna.id }).first('id')) as { id: number };
    expect(event?.payload).toEqual({ registrationId: row.id, userId: anna.id, eventDocumentId: eventId, status: 'registered', at: expect.any(String) });
    expect(JSON.stringify(event?.payload)).not.toContain('events-anna');
    // a repeated click registers nothing new and announces nothing
    await register('events-open', anna.token).expect(200);
    expect(created.body.status).toBe('registered');
    const mail = await waitForMessage(h.sink.dir, (m) => m.to.includes('events-anna@uni.test'), 15_000);
    expect(mail.headers['x-mmso-purpose']).toBe('registration-confirmation');
    await sleep(500);
    expect(ofName('registration.created')).toHaveLength(1);
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
    await waitFor(() => ofName('registration.status-changed').length === 1 && ofName('registration.cancelled').length === 1, 'cancel and promotion');
    expect(ofName('registration.cancelled')[0]?.payload).toMatchObject({ userId: a.id, eventDocumentId: eventId, previousStatus: 'registered' });
    expect(ofName('registration.status-changed')[0]?.payload).toMatchObject({ userId: b.id, eventDocumentId: eventId, from: 'waitlisted', to: 'registered' });
    const promoted = await waitFor(async () => (await readMessages(h.sink.dir)).find((m) => m.to.includes('events-b@uni.test') && m.headers['x-mmso-purpose'] === 'waitlist-promotion'), 'promotion mail');
    expect(promoted.subject).toContain('Место освободилось');
  });

  it('announces the names of changed profile fields (not their values), and an erased account', async () => {
    const vera = await createUser(h.app, 'events-vera@uni.test');
    await api().patch('/api/registration/me').set(bearer(vera.token)).send({ city: 'Казань', firstName: 'Иван' }).expect(200);
    const [updated] = await waitFor(() => (ofName('profile.updated').length === 1 ? ofName('profile.updated') : null), 'profile.updated');
    // the first name was Иван already: only the city changed
    expect(updated?.payload).toEqual({ userId: vera.id, fields: ['city'], at: expect.any(String) });
    await api().post('/api/registration/me/erase-code').set(bearer(vera.token)).expect(204);
    const code = await mailedErasureCode(h.sink, 'events-vera@uni.test');
    await api().post('/api/registration/me/erase').set(bearer(vera.token)).send({ code }).expect(204);
    await waitFor(() => ofName('profile.deleted').some((event) => event.payload.userId === vera.id), 'profile.deleted');
    // the erased address leaves the mail log too
    expect(await platform(h.app.strapi).mail.list({ to: 'events-vera@uni.test' })).toEqual([]);
  });
});
