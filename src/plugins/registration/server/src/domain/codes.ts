/**
 * One-time sign-in codes sent by email: 6 digits, kept only as an HMAC (a database dump does not
 * give them away), valid for a while, single use, a few tries. Pure: time, randomness and the
 * secret are arguments.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const CODE_DIGITS = 6;

/** A code from a uniform random integer source (`randomInt(max)` returns 0 <= n < max). */
export function generateCode(randomInt: (max: number) => number): string {
  return String(randomInt(10 ** CODE_DIGITS)).padStart(CODE_DIGITS, '0');
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function hashCode(secret: string, email: string, code: string): string {
  return createHmac('sha256', secret)
    .update(`${normalizeEmail(email)}:${code}`)
    .digest('hex');
}

export interface StoredCode {
  codeHash: string;
  expiresAt: Date;
  usedAt: Date | null;
  attempts: number;
}

export type CodeCheck =
  | { ok: true }
  | { ok: false; reason: 'none' | 'expired' | 'used' | 'too-many-attempts' | 'mismatch' | 'malformed'; countsAsAttempt: boolean };

/** Whether `code` opens `stored` (the latest code sent to the address) at `now`. */
export function checkCode(stored: StoredCode | null, code: string, secret: string, email: string, now: Date, maxAttempts: number): CodeCheck {
  if (!new RegExp(`^\\d{${CODE_DIGITS}}$`).test(code)) return { ok: false, reason: 'malformed', countsAsAttempt: false };
  if (!stored) return { ok: false, reason: 'none', countsAsAttempt: false };
  if (stored.usedAt) return { ok: false, reason: 'used', countsAsAttempt: false };
  if (now.getTime() >= stored.expiresAt.getTime()) return { ok: false, reason: 'expired', countsAsAttempt: false };
  if (stored.attempts >= maxAttempts) return { ok: false, reason: 'too-many-attempts', countsAsAttempt: false };
  const expected = Buffer.from(stored.codeHash, 'hex');
  const actual = Buffer.from(hashCode(secret, email, code), 'hex');
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
    return { ok: false, reason: 'mismatch', countsAsAttempt: true };
  }
  return { ok: true };
}

/** Whether one more event fits a limit of `max` per window, given the count already in the window. */
export const withinLimit = (countInWindow: number, max: number) => countInWindow < max;
