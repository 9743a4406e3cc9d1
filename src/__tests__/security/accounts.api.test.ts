/**
 * Issue 10, findings 3 and 13 (sessions): visitors sign in only by emailed code. Users & Permissions'
 * password routes (register, local sign-in, forgotten/reset/changed passwords, email confirmation)
 * and its GraphQL login/register are closed to everyone; the code sign-in never keeps a password set
 * by someone else; a sign-out or a refresh leaves no usable old access token.
 * SQLite, or PostgreSQL with DATABASE_CLIENT=postgres.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createUser, mailedCode, startHarness, type Harness } from '../../plugins/registration/server/src/__tests__/fixtures';

describe('no password accounts beside the code sign-in (finding 3)', () => {
  let h: Harness;
  const api = () => request(h.app.server);
  const signIn = async (email: string) => {
    await api().post('/api/registration/auth/email-code').send({ email }).expect(204);
    const code = await mailedCode(h.sink, email);
    const response = await api().post('/api/registration/auth/verify').send({ email, code }).expect(200);
    return response.body as { jwt: string; refreshToken: string };
  };
  const passwordOf = async (email: string) =>
    ((await h.knex('up_users').where({ email }).first('password')) as { password: string | null } | undefined)?.password ?? null;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h?.stop();
  });

  it('refuses password sign-up: no account, no token', async () => {
    for (const path of ['/api/auth/local/register', '/API/AUTH/LOCAL/REGISTER']) {
      const response = await api().post(path).send({ username: 'squatter', email: 'owner@uni.test', password: 'Squatter-pass-2026' });
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.body.jwt).toBeUndefined();
    }
    expect(await h.knex('up_users').where({ email: 'owner@uni.test' })).toHaveLength(0);
  });

  it('refuses password sign-in even for an account that has a password', async () => {
    await createUser(h.app, 'legacy@uni.test');
    const response = await api().post('/api/auth/local').send({ identifier: 'legacy@uni.test', password: 'Secret-pass-2026' });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.body.jwt).toBeUndefined();
  });

  it('refuses the password and email-confirmation routes, anonymous or signed in', async () => {
    const session = await signIn('signed-in@uni.test');
    const routes: Array<[string, Record<string, unknown>]> = [
      ['/api/auth/forgot-password', { email: 'signed-in@uni.test' }],
      ['/api/auth/reset-password', { code: 'x', password: 'New-pass-2026', passwordConfirmation: 'New-pass-2026' }],
      ['/api/auth/change-password', { currentPassword: 'x', password: 'New-pass-2026', passwordConfirmation: 'New-pass-2026' }],
      ['/api/auth/send-email-confirmation', { email: 'signed-in@uni.test' }],
    ];
    for (const [path, body] of routes) {
      const anonymous = await api().post(path).send(body);
      expect(anonymous.status, `anonymous ${path}`).toBeGreaterThanOrEqual(400);
      const authenticated = await api().post(path).set(bearer(session.jwt)).send(body);
      expect(authenticated.status, `signed in ${path}`).toBeGreaterThanOrEqual(400);
      expect(authenticated.body.jwt).toBeUndefined();
    }
    const confirm = await api().get('/api/auth/email-confirmation?confirmation=x');
    expect([403, 404, 405]).toContain(confirm.status);
    expect(await passwordOf('signed-in@uni.test')).toBeNull();
  });

  it('refuses GraphQL register and login', async () => {
    const register = await api()
      .post('/graphql')
      .send({ query: 'mutation { register(input: { username: "gq", email: "gq@uni.test", password: "Gq-pass-2026" }) { jwt } }' });
    expect(JSON.stringify(register.body)).not.toMatch(/"jwt":"/);
    expect(await h.knex('up_users').where({ email: 'gq@uni.test' })).toHaveLength(0);
    await createUser(h.app, 'gq-login@uni.test');
    const login = await api()
      .post('/graphql')
      .send({ query: 'mutation { login(input: { identifier: "gq-login@uni.test", password: "Secret-pass-2026" }) { jwt } }' });
    expect(JSON.stringify(login.body)).not.toMatch(/"jwt":"/);
  });

  it('drops a password set by someone else when the owner signs in by code', async () => {
    await createUser(h.app, 'claimed@uni.test');
    expect(await passwordOf('claimed@uni.test')).not.toBeNull();
    await signIn('claimed@uni.test');
    expect(await passwordOf('claimed@uni.test')).toBeNull();
  });

  it('signs out: the access token and the refresh token stop working at once', async () => {
    const session = await signIn('leaver@uni.test');
    await api().get('/api/registration/me').set(bearer(session.jwt)).expect(200);
    await api().post('/api/registration/auth/sign-out').set(bearer(session.jwt)).expect(204);
    await api().get('/api/registration/me').set(bearer(session.jwt)).expect(401);
    await api().get('/api/engagement/favorites').set(bearer(session.jwt)).expect(401);
    await api().get('/api/users/me').set(bearer(session.jwt)).expect(401);
    await api().post('/api/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
  });

  it('leaves no usable old access token after a refresh', async () => {
    const session = await signIn('rotator@uni.test');
    const refreshed = await api().post('/api/auth/refresh').send({ refreshToken: session.refreshToken }).expect(200);
    await api().get('/api/registration/me').set(bearer(refreshed.body.jwt)).expect(200);
    await api().get('/api/registration/me').set(bearer(session.jwt)).expect(401);
  });
});
