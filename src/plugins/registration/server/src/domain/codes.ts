/**
 * One-time codes sent by email (sign-in, and re-confirming an account's erasure): 6 digits, kept
 * only as an HMAC under a key of their own (a database dump does not give them away, and the
 * cookie key signs nothing here), valid for a while, single use, a few tries. Pure: time,
 * randomness and keys are arguments.
 */
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

export const CODE_DIGITS = 6;

/** What a code was mailed for: a code of one purpose never opens another. */
export const CODE_PURPOSES = ['sign-in', 'erase'] as const;
export type CodePurpose = (typeof CODE_PURPOSES)[number];

/** A code from a uniform random integer source (`randomInt(max)` returns 0 <= n < max). */
export function generateCode(randomInt: (max: number) => number): string {
  return String(randomInt(10 ** CODE_DIGITS)).padStart(CODE_DIGITS, '0');
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const CODE_KEY_INFO = 'mmso-connect/registration/email-code-hash/v1';

/**
 * The key code hashes are made with: derived (HKDF-SHA256) from CODE_HASH_SECRET when it is set,
 * otherwise from the app keys under a label of this purpose only, so that neither key is used as is.
 */
export function deriveCodeKey(codeHashSecret: string, appKeys: readonly string[]): Buffer {
  const material = codeHashSecret !== '' ? codeHashSecret : appKeys.join('\u0000');
  if (material === '') throw new Error('[registration] neither CODE_HASH_SECRET nor APP_KEYS is set: sign-in codes cannot be hashed');
  const salt = codeHashSecret !== '' ? 'code-hash-secret' : 'app-keys';
  return Buffer.from(hkdfSync('sha256', material, salt, CODE_KEY_INFO, 32));
}

export function hashCode(key: Buffer | string, email: string, code: string, purpose: CodePurpose = 'sign-in'): string {
  return createHmac('sha256', key)
    .update(`${purpose}:${normalizeEmail(email)}:${code}`)
    .digest('hex');
}

export interface StoredCode {
  codeHash: string;
  expiresAt: Date;
  usedAt: Date | null;
  /** Wrong tries against this code, from every address together. */
  attempts: number;
}

export interface VerifyLimits {
  /** Wrong tries, from all addresses together, after which a code is dead. */
  maxAttempts: number;
  /** Wrong tries for one address from one IP per window (stops a guesser without touching the owner). */
  perAddressAndIp: number;
  /** Wrong tries from one IP per window, across addresses. */
  perIp: number;
}

export interface VerifyInput {
  code: string;
  /** The latest code mailed to the address for this purpose, or null. */
  stored: StoredCode | null;
  /** Wrong tries in the current windows, before this one. */
  failures: { addressAndIp: number; ip: number };
  limits: VerifyLimits;
  now: Date;
  /** Whether `code` hashes to `stored.codeHash` (only asked when there is a live code). */
  matches: (stored: StoredCode, code: string) => boolean;
}

/**
 * The decision on one try. `invalid` is the one answer for a wrong, expired, used, dead or never
 * requested code (nothing tells them apart); `rate-limited` depends only on the caller's own
 * tries, never on whether a code exists. A wrong try is recorded for the limits (`recordFailure`)
 * and, when it was a guess at a live code, counted against that code (`countAgainstCode`).
 */
export type VerifyDecision =
  | { outcome: 'ok' }
  | { outcome: 'rate-limited' }
  | { outcome: 'invalid'; recordFailure: true; countAgainstCode: boolean };

export function decideVerify(input: VerifyInput): VerifyDecision {
  const { code, stored, failures, limits, now } = input;
  if (failures.addressAndIp >= limits.perAddressAndIp || failures.ip >= limits.perIp) return { outcome: 'rate-limited' };
  const wellFormed = new RegExp(`^\\d{${CODE_DIGITS}}$`).test(code);
  const live = stored !== null && stored.usedAt === null && now.getTime() < stored.expiresAt.getTime() && stored.attempts < limits.maxAttempts;
  if (!wellFormed || !live) return { outcome: 'invalid', recordFailure: true, countAgainstCode: false };
  if (!input.matches(stored, code)) return { outcome: 'invalid', recordFailure: true, countAgainstCode: true };
  return { outcome: 'ok' };
}

/** Constant-time comparison of a code with its stored hash. */
export function codeMatches(key: Buffer | string, email: string, purpose: CodePurpose, stored: StoredCode, code: string): boolean {
  const expected = Buffer.from(stored.codeHash, 'hex');
  const actual = Buffer.from(hashCode(key, email, code, purpose), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** Whether one more event fits a limit of `max` per window, given the count already in the window. */
export const withinLimit = (countInWindow: number, max: number) => countInWindow < max;
