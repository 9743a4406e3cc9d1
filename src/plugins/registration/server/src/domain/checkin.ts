/**
 * Check-in at the door: the personal code of a registration (in its QR code, in the confirmation mail
 * and in the cabinet) and what a scan decides. Pure apart from node:crypto; the clock is an argument.
 *
 * The code is `<registration id>.<signature>`: an HMAC of the id under the platform's secret, so a code
 * cannot be guessed from another one and needs no table; it names a registration, not a person.
 */
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { RegistrationStatus } from '../../../../../../cms/src/registration';

const SIGNATURE_BYTES = 12;

const CHECKIN_KEY_INFO = 'mmso-connect/registration/checkin-code/v1';

/**
 * The key check-in codes are signed with: derived (HKDF-SHA256) from CODE_HASH_SECRET when it is set, else
 * from the app keys, under this purpose's own label (neither key signs codes as is; codes stay valid across
 * restarts and instances, which share the configuration).
 */
export function deriveCheckinKey(codeHashSecret: string, appKeys: readonly string[]): Buffer {
  const material = codeHashSecret !== '' ? codeHashSecret : appKeys.join('\u0000');
  if (material === '') throw new Error('[registration] neither CODE_HASH_SECRET nor APP_KEYS is set: check-in codes cannot be signed');
  return Buffer.from(hkdfSync('sha256', material, codeHashSecret !== '' ? 'code-hash-secret' : 'app-keys', CHECKIN_KEY_INFO, 32));
}

const signature = (secret: string | Buffer, id: number): Buffer =>
  createHmac('sha256', secret).update(`mmso-checkin:${id}`).digest().subarray(0, SIGNATURE_BYTES);

/** The personal code of registration `id`. */
export const checkinCode = (secret: string | Buffer, id: number): string => `${id}.${signature(secret, id).toString('base64url')}`;

/** The registration id a scanned code names, or null when it is not one of ours (or was altered). */
export function registrationOfCode(secret: string | Buffer, code: string): number | null {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{16})$/.exec(code.trim());
  if (!match) return null;
  const id = Number(match[1]);
  if (!Number.isSafeInteger(id) || id < 1) return null;
  const given = Buffer.from(match[2] as string, 'base64url');
  const expected = signature(secret, id);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}

export interface ScannedRegistration {
  eventDocumentId: string;
  status: RegistrationStatus;
  attendedAt: Date | null;
}

/**
 * marked: attendance recorded now; already: scanned before (at that time: a second scan warns and
 * changes nothing); cancelled / waitlisted / pending (awaiting approval) / rejected: no seat, the door warns; other-event: the code is for
 * another event than the one being checked in.
 */
export type CheckInDecision =
  | { kind: 'marked'; at: Date }
  | { kind: 'already'; at: Date }
  | { kind: 'cancelled' }
  | { kind: 'waitlisted' }
  | { kind: 'pending' }
  | { kind: 'rejected' }
  | { kind: 'other-event' };

export function decideCheckIn(registration: ScannedRegistration, eventDocumentId: string, now: Date): CheckInDecision {
  if (registration.eventDocumentId !== eventDocumentId) return { kind: 'other-event' };
  if (registration.status === 'cancelled') return { kind: 'cancelled' };
  if (registration.status === 'waitlisted') return { kind: 'waitlisted' };
  if (registration.status === 'pending') return { kind: 'pending' };
  if (registration.status === 'rejected') return { kind: 'rejected' };
  if (registration.attendedAt) return { kind: 'already', at: registration.attendedAt };
  return { kind: 'marked', at: now };
}
