import { describe, expect, it } from 'vitest';
import { checkCode, generateCode, hashCode, normalizeEmail, withinLimit, type StoredCode } from '../domain/codes';

const SECRET = 'test-secret';
const NOW = new Date('2026-03-01T10:00:00Z');
const stored = (over: Partial<StoredCode> = {}): StoredCode => ({
  codeHash: hashCode(SECRET, 'anna@uni.test', '042517'),
  expiresAt: new Date(NOW.getTime() + 10 * 60_000),
  usedAt: null,
  attempts: 0,
  ...over,
});

describe('sign-in codes', () => {
  it('are 6 digits, leading zeros kept', () => {
    expect(generateCode(() => 42)).toBe('000042');
    expect(generateCode(() => 999_999)).toBe('999999');
  });

  it('are kept as a keyed hash, the same for any spelling of the address', () => {
    const hash = hashCode(SECRET, ' Anna@Uni.TEST ', '042517');
    expect(hash).toBe(hashCode(SECRET, 'anna@uni.test', '042517'));
    expect(hash).not.toContain('042517');
    expect(hash).not.toBe(hashCode('another-secret', 'anna@uni.test', '042517'));
    expect(normalizeEmail(' A@B.C ')).toBe('a@b.c');
  });

  it('open once, before expiry, within the tries', () => {
    expect(checkCode(stored(), '042517', SECRET, 'anna@uni.test', NOW, 5)).toEqual({ ok: true });
    expect(checkCode(stored({ attempts: 4 }), '042517', SECRET, 'anna@uni.test', NOW, 5)).toEqual({ ok: true });
  });

  it('refuse a wrong code (counting the try), and every dead one (not counting)', () => {
    expect(checkCode(stored(), '042518', SECRET, 'anna@uni.test', NOW, 5)).toEqual({ ok: false, reason: 'mismatch', countsAsAttempt: true });
    expect(checkCode(stored(), '042517', SECRET, 'other@uni.test', NOW, 5)).toMatchObject({ ok: false, reason: 'mismatch' });
    expect(checkCode(stored({ usedAt: NOW }), '042517', SECRET, 'anna@uni.test', NOW, 5)).toMatchObject({ reason: 'used', countsAsAttempt: false });
    expect(checkCode(stored({ expiresAt: NOW }), '042517', SECRET, 'anna@uni.test', NOW, 5)).toMatchObject({ reason: 'expired' });
    expect(checkCode(stored({ attempts: 5 }), '042517', SECRET, 'anna@uni.test', NOW, 5)).toMatchObject({ reason: 'too-many-attempts' });
    expect(checkCode(null, '042517', SECRET, 'anna@uni.test', NOW, 5)).toMatchObject({ reason: 'none' });
    expect(checkCode(stored(), '42517', SECRET, 'anna@uni.test', NOW, 5)).toMatchObject({ reason: 'malformed', countsAsAttempt: false });
  });

  it('expire exactly at their time (10 minutes after sending)', () => {
    const justBefore = new Date(NOW.getTime() + 10 * 60_000 - 1);
    const atExpiry = new Date(NOW.getTime() + 10 * 60_000);
    expect(checkCode(stored(), '042517', SECRET, 'anna@uni.test', justBefore, 5).ok).toBe(true);
    expect(checkCode(stored(), '042517', SECRET, 'anna@uni.test', atExpiry, 5).ok).toBe(false);
  });

  it('rate limits count what is already in the window', () => {
    expect(withinLimit(2, 3)).toBe(true);
    expect(withinLimit(3, 3)).toBe(false);
  });
});
