import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { accessTokenVerifier } from '../domain/access-token';

const SECRET = 'test-jwt-secret';
const NOW = 1_800_000_000;
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
function sign(payload: Record<string, unknown>, { secret = SECRET, alg = 'HS256', hash = 'sha256' } = {}): string {
  const head = `${b64({ alg, typ: 'JWT' })}.${b64(payload)}`;
  return `${head}.${createHmac(hash, secret).update(head).digest('base64url')}`;
}
const access = { userId: '42', sessionId: 's1', type: 'access', iat: NOW - 60, exp: NOW + 540 };
const verify = accessTokenVerifier(SECRET, 'HS256');

describe('access tokens', () => {
  it('accepts a valid access token and names its user and session', () => {
    expect(verify(sign(access), NOW)).toEqual({ userId: '42', sessionId: 's1' });
  });

  it('refuses an expired token, and one not valid yet', () => {
    expect(verify(sign(access), access.exp)).toBeNull();
    expect(verify(sign({ ...access, nbf: NOW + 10 }), NOW)).toBeNull();
  });

  it('refuses refresh tokens, other secrets, other algorithms and unsigned tokens', () => {
    expect(verify(sign({ ...access, type: 'refresh' }), NOW)).toBeNull();
    expect(verify(sign(access, { secret: 'another-secret' }), NOW)).toBeNull();
    expect(verify(sign(access, { alg: 'HS512', hash: 'sha512' }), NOW)).toBeNull();
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(access)}.`;
    expect(verify(unsigned, NOW)).toBeNull();
  });

  it('refuses a token whose payload was changed after signing', () => {
    const [head, , signature] = sign(access).split('.');
    expect(verify(`${head}.${b64({ ...access, userId: '1' })}.${signature}`, NOW)).toBeNull();
  });

  it('refuses garbage without throwing', () => {
    for (const token of ['', 'a.b', 'a.b.c', '...', `${b64({ alg: 'HS256' })}.not-json.sig`, sign({ ...access, exp: 'never' })]) {
      expect(verify(token, NOW)).toBeNull();
    }
  });

  it('checks other HMAC sizes when configured', () => {
    expect(accessTokenVerifier(SECRET, 'HS512')(sign(access, { alg: 'HS512', hash: 'sha512' }), NOW)).toEqual({ userId: '42', sessionId: 's1' });
  });
});
