import { describe, expect, it } from 'vitest';
import {
  codeMatches,
  decideVerify,
  deriveCodeKey,
  generateCode,
  hashCode,
  normalizeEmail,
  withinLimit,
  type StoredCode,
  type VerifyInput,
} from '../domain/codes';

const KEY = deriveCodeKey('a-dedicated-code-hash-secret', []);
const NOW = new Date('2026-03-01T10:00:00Z');
const stored = (over: Partial<StoredCode> = {}): StoredCode => ({
  codeHash: hashCode(KEY, 'anna@uni.test', '042517'),
  expiresAt: new Date(NOW.getTime() + 10 * 60_000),
  usedAt: null,
  attempts: 0,
  ...over,
});
const limits = { maxAttempts: 20, perAddressAndIp: 5, perIp: 30 };
const decide = (over: Partial<VerifyInput> = {}) =>
  decideVerify({
    code: '042517',
    stored: stored(),
    failures: { addressAndIp: 0, ip: 0 },
    limits,
    now: NOW,
    matches: (s, c) => codeMatches(KEY, 'anna@uni.test', 'sign-in', s, c),
    ...over,
  });
const INVALID = { outcome: 'invalid', recordFailure: true };

describe('email codes', () => {
  it('are 6 digits, leading zeros kept', () => {
    expect(generateCode(() => 42)).toBe('000042');
    expect(generateCode(() => 999_999)).toBe('999999');
  });

  it('are kept as a keyed hash, the same for any spelling of the address, different per purpose', () => {
    const hash = hashCode(KEY, ' Anna@Uni.TEST ', '042517');
    expect(hash).toBe(hashCode(KEY, 'anna@uni.test', '042517'));
    expect(hash).not.toContain('042517');
    expect(hash).not.toBe(hashCode(deriveCodeKey('another-code-hash-secret', []), 'anna@uni.test', '042517'));
    expect(hash).not.toBe(hashCode(KEY, 'anna@uni.test', '042517', 'erase'));
    expect(normalizeEmail(' A@B.C ')).toBe('a@b.c');
  });

  it('derive their key for this purpose only: never the app key itself, the dedicated secret first', () => {
    const fromAppKeys = deriveCodeKey('', ['cookie-key-1', 'cookie-key-2']);
    expect(fromAppKeys.toString('utf8')).not.toContain('cookie-key-1');
    expect(fromAppKeys.equals(Buffer.from('cookie-key-1'))).toBe(false);
    expect(deriveCodeKey('dedicated-secret-0123', ['cookie-key-1']).equals(fromAppKeys)).toBe(false);
    expect(() => deriveCodeKey('', [])).toThrow(/CODE_HASH_SECRET/);
  });

  it('open once, before expiry, within the tries', () => {
    expect(decide()).toEqual({ outcome: 'ok' });
    expect(decide({ stored: stored({ attempts: 19 }) })).toEqual({ outcome: 'ok' });
  });

  it('answer every failure the same way: wrong, used, expired, dead, never sent, malformed, another purpose', () => {
    expect(decide({ code: '042518' })).toEqual({ ...INVALID, countAgainstCode: true });
    expect(decide({ stored: stored({ usedAt: NOW }) })).toEqual({ ...INVALID, countAgainstCode: false });
    expect(decide({ stored: stored({ expiresAt: NOW }) })).toEqual({ ...INVALID, countAgainstCode: false });
    expect(decide({ stored: stored({ attempts: 20 }) })).toEqual({ ...INVALID, countAgainstCode: false });
    expect(decide({ stored: null })).toEqual({ ...INVALID, countAgainstCode: false });
    expect(decide({ code: '42517' })).toEqual({ ...INVALID, countAgainstCode: false });
    expect(decide({ matches: (s, c) => codeMatches(KEY, 'anna@uni.test', 'erase', s, c) })).toEqual({ ...INVALID, countAgainstCode: true });
  });

  it("stop a caller on their own tries, whether or not a code exists, before looking at it", () => {
    expect(decide({ failures: { addressAndIp: 5, ip: 5 } })).toEqual({ outcome: 'rate-limited' });
    expect(decide({ failures: { addressAndIp: 5, ip: 5 }, stored: null })).toEqual({ outcome: 'rate-limited' });
    expect(decide({ failures: { addressAndIp: 0, ip: 30 } })).toEqual({ outcome: 'rate-limited' });
    expect(decide({ failures: { addressAndIp: 4, ip: 29 } })).toEqual({ outcome: 'ok' });
  });

  it('cost an attacker more than the owner: a code dies only after several addresses of wrong tries', () => {
    // one attacker address is stopped after 5 wrong tries; the code has taken 5 of its 20
    expect(limits.maxAttempts / limits.perAddressAndIp).toBeGreaterThanOrEqual(4);
    expect(decide({ stored: stored({ attempts: 15 }) })).toEqual({ outcome: 'ok' });
  });

  it('expire exactly at their time (10 minutes after sending)', () => {
    expect(decide({ now: new Date(NOW.getTime() + 10 * 60_000 - 1) }).outcome).toBe('ok');
    expect(decide({ now: new Date(NOW.getTime() + 10 * 60_000) }).outcome).toBe('invalid');
  });

  it('rate limits count what is already in the window', () => {
    expect(withinLimit(2, 3)).toBe(true);
    expect(withinLimit(3, 3)).toBe(false);
  });
});
