/**
 * Issue 10, finding 7: sign-in codes. Tries are limited per (address, IP) and per IP; an attacker's
 * wrong tries from their own address do not lock the owner out (a code dies only after many tries
 * from several addresses); a wrong code and a code never requested answer the same; codes are not
 * hashed with the cookie key. SQLite, or PostgreSQL with DATABASE_CLIENT=postgres.
 */
import { createHmac } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signVisitorAddress } from '../../../cms/src/visitor-address';
import { mailedCode, startHarness, type Harness } from '../../plugins/registration/server/src/__tests__/fixtures';

const SECRET = 'site-proxy-secret-of-the-codes-test';

describe('sign-in codes resist guessing and lock-outs (finding 7)', () => {
  let h: Harness;
  const api = () => request(h.app.server);
  const from = async (ip: string) => signVisitorAddress(SECRET, ip);
  const sendCode = (email: string, headers: Record<string, string> = {}) =>
    api().post('/api/registration/auth/email-code').set(headers).send({ email });
  const verify = (email: string, code: string, headers: Record<string, string> = {}) =>
    api().post('/api/registration/auth/verify').set(headers).send({ email, code });
  const wrongFor = (code: string) => (code === '000000' ? '000001' : '000000');

  beforeAll(async () => {
    h = await startHarness({ SITE_PROXY_SECRET: SECRET });
  });

  afterAll(async () => {
    await h?.stop();
  });

  it('answers a wrong code and a code never requested in exactly the same way', async () => {
    await sendCode('requested@uni.test').expect(204);
    const code = await mailedCode(h.sink, 'requested@uni.test');
    const wrong = await verify('requested@uni.test', wrongFor(code), await from('198.51.100.1'));
    const absent = await verify('never-requested@uni.test', wrongFor(code), await from('198.51.100.2'));
    expect(wrong.status).toBe(401);
    expect(absent.status).toBe(wrong.status);
    expect(absent.body).toEqual(wrong.body);
    expect(JSON.stringify(wrong.body)).not.toMatch(/reason|mismatch|none/);
  });

  it("does not let an attacker's wrong tries lock the owner out", async () => {
    await sendCode('victim@uni.test').expect(204);
    const code = await mailedCode(h.sink, 'victim@uni.test');
    // three attackers, five wrong tries each: each is stopped, the owner's code still works
    for (const ip of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
      const headers = await from(ip);
      for (let i = 0; i < 5; i += 1) await verify('victim@uni.test', wrongFor(code), headers).expect(401);
      const stopped = await verify('victim@uni.test', code, headers);
      expect(stopped.status).toBe(429);
    }
    const owner = await verify('victim@uni.test', code, await from('192.0.2.50')).expect(200);
    expect(owner.body.user.email).toBe('victim@uni.test');
  });

  it('limits tries per address and IP whether or not a code was requested', async () => {
    const headers = await from('203.0.113.9');
    for (let i = 0; i < 5; i += 1) await verify('nobody@uni.test', '123456', headers).expect(401);
    await verify('nobody@uni.test', '123456', headers).expect(429);
  });

  it('enforces the per-IP limit of verification tries across addresses (verifyPerIp)', async () => {
    h.app.strapi.config.set('plugin::registration.codes.verifyPerIp', { max: 4, windowMs: 60_000 });
    try {
      const headers = await from('203.0.113.77');
      for (let i = 0; i < 4; i += 1) await verify(`spray-${i}@uni.test`, '123456', headers).expect(401);
      await verify('spray-last@uni.test', '123456', headers).expect(429);
    } finally {
      h.app.strapi.config.set('plugin::registration.codes.verifyPerIp', { max: 30, windowMs: 600_000 });
    }
  });

  it('burns a code only after many wrong tries from several addresses', async () => {
    await sendCode('burnt@uni.test').expect(204);
    const code = await mailedCode(h.sink, 'burnt@uni.test');
    for (let ip = 10; ip < 15; ip += 1) {
      const headers = await from(`203.0.113.${ip}`);
      for (let i = 0; i < 5; i += 1) await verify('burnt@uni.test', wrongFor(code), headers);
    }
    const late = await verify('burnt@uni.test', code, await from('192.0.2.51'));
    expect(late.status).toBe(401);
    const absent = await verify('never-requested-2@uni.test', code, await from('192.0.2.52'));
    expect(late.body).toEqual(absent.body);
  });

  it('does not key code hashes with the cookie key (APP_KEYS)', async () => {
    await sendCode('keyed@uni.test').expect(204);
    const code = await mailedCode(h.sink, 'keyed@uni.test');
    const row = (await h.knex('registration_email_codes').where({ email: 'keyed@uni.test' }).first('code_hash')) as { code_hash: string };
    const withCookieKey = createHmac('sha256', 'test-key-1').update(`keyed@uni.test:${code}`).digest('hex');
    expect(row.code_hash).not.toBe(withCookieKey);
  });
});
