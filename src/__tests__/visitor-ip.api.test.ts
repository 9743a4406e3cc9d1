/**
 * The visitor's address through the site: requests the site's server makes carry the visitor's
 * address signed with SITE_PROXY_SECRET, and Strapi counts sign-in codes and records consents per
 * visitor; an unsigned or forged claim is ignored (the socket's address counts).
 * SQLite, or PostgreSQL with DATABASE_CLIENT=postgres.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VISITOR_ADDRESS_HEADER, VISITOR_SIGNATURE_HEADER, signVisitorAddress } from '../../cms/src/visitor-address';
import { codesFor, confirmWithMailedCode, consentVersion, mailedCode, createEvent, startHarness, type Harness } from '../plugins/registration/server/src/__tests__/fixtures';

const SECRET = 'site-proxy-secret-of-the-api-test-42';

describe('visitor addresses vouched for by the site', () => {
  let h: Harness;
  const api = () => request(h.app.server);
  const sendCode = (email: string, headers: Record<string, string> = {}) => api().post('/api/registration/auth/email-code').set(headers).send({ email });
  const ipsOf = async (email: string) => ((await h.knex('registration_email_codes').where({ email }).select('ip')) as Array<{ ip: string }>).map((row) => row.ip);

  beforeAll(async () => {
    h = await startHarness({ SITE_PROXY_SECRET: SECRET });
    await createEvent(h.app, 'open-day');
  });

  afterAll(async () => {
    await h?.stop();
  });

  it('limits sign-in codes per visitor, not per site: one visitor is stopped, the next is not', async () => {
    h.app.strapi.config.set('plugin::registration.codes.perIp', { max: 2, windowMs: 60_000 });
    try {
      const first = await signVisitorAddress(SECRET, '203.0.113.10');
      const second = await signVisitorAddress(SECRET, '2001:db8::20');
      await sendCode('v1-a@uni.test', first).expect(204);
      await sendCode('v1-b@uni.test', first).expect(204);
      await sendCode('v1-c@uni.test', first).expect(429);
      await sendCode('v2-a@uni.test', second).expect(204);
      expect(await ipsOf('v1-a@uni.test')).toEqual(['203.0.113.10']);
      expect(await ipsOf('v2-a@uni.test')).toEqual(['2001:db8::20']);
      expect(await codesFor(h.sink, 'v1-c@uni.test')).toEqual([]);
      expect(await mailedCode(h.sink, 'v2-a@uni.test')).toMatch(/^\d{6}$/);
    } finally {
      h.app.strapi.config.set('plugin::registration.codes.perIp', { max: 10_000, windowMs: 60_000 });
    }
  });

  it('ignores an address claimed without a valid signature (a client of the API cannot pick its address)', async () => {
    const forged = { [VISITOR_ADDRESS_HEADER]: '198.51.100.77', [VISITOR_SIGNATURE_HEADER]: '9999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' };
    const otherSecret = await signVisitorAddress('not-the-site-secret-0123456789', '198.51.100.78');
    const reused = { ...(await signVisitorAddress(SECRET, '198.51.100.79')), [VISITOR_ADDRESS_HEADER]: '198.51.100.80' };
    const spoofedForwarded = { 'x-forwarded-for': '198.51.100.81' };
    for (const [index, headers] of [forged, otherSecret, reused, spoofedForwarded].entries()) {
      await sendCode(`forged-${index}@uni.test`, headers).expect(204);
      const [ip] = await ipsOf(`forged-${index}@uni.test`);
      expect(ip).not.toMatch(/198\.51\.100\./);
      expect(ip).toMatch(/127\.0\.0\.1|::1/);
    }
  });

  it('records the visitor address with the consent given at registration (the address of the submission, not of the code)', async () => {
    const version = await consentVersion(h.app);
    const headers = await signVisitorAddress(SECRET, '192.0.2.44');
    await api()
      .post('/api/registration/events/open-day/registrations')
      .set(headers)
      .send({ answers: { email: 'consent-ip@uni.test', firstName: 'Вера', lastName: 'Адресова' }, consent: { accepted: true, version } })
      .expect(202);
    const confirmed = await confirmWithMailedCode(h.app, h.sink, 'open-day', 'consent-ip@uni.test', 0);
    expect(confirmed.status).toBe(201);
    const user = (await h.knex('up_users').where({ email: 'consent-ip@uni.test' }).first()) as { id: number };
    const consents = (await h.knex('registration_consents').where({ user_id: user.id }).select('ip')) as Array<{ ip: string }>;
    expect(consents.map((row) => row.ip)).toEqual(['192.0.2.44']);
  });
});
