/**
 * Registrations that wait for the emailed code. A visitor who is not signed in proves the address
 * before a seat or a waitlist place is taken: the answers are kept for a while, and the registration
 * is made when the code from the mail is entered. Pure: the clock and the counts are arguments.
 */
import type { Profile, ProfileKey } from './form';

export interface Window {
  max: number;
  windowMs: number;
}

export interface PendingLimits {
  perEmail: Window;
  perIp: Window;
}

export type SubmissionDecision = { ok: true } | { ok: false; retryAfterMs: number };

/**
 * Whether one more submission may be kept, given how many this address and this IP made within
 * their windows. Both limits hold; the longer wait of the ones exceeded is told.
 */
export function submissionAllowed(counts: { email: number; ip: number }, limits: PendingLimits): SubmissionDecision {
  const waits: number[] = [];
  if (counts.email >= limits.perEmail.max) waits.push(limits.perEmail.windowMs);
  if (counts.ip >= limits.perIp.max) waits.push(limits.perIp.windowMs);
  return waits.length === 0 ? { ok: true } : { ok: false, retryAfterMs: Math.max(...waits) };
}

/** When kept answers submitted at `now` expire. */
export function pendingExpiry(now: Date, ttlMs: number): Date {
  return new Date(now.getTime() + ttlMs);
}

/** Whether kept answers can still be confirmed at `now`. */
export function isLive(pending: { expiresAt: Date }, now: Date): boolean {
  return now.getTime() < pending.expiresAt.getTime();
}

/** The privacy levels whose events an anonymous visitor may register for (the others need a confirmed account on their lists). */
export const ANONYMOUS_LEVELS = ['public', 'link'] as const;

export function anonymousMayRegister(privacy: string): boolean {
  return (ANONYMOUS_LEVELS as readonly string[]).includes(privacy);
}

type TypedProfile = Partial<Record<Exclude<ProfileKey, 'email'>, string>>;

/**
 * The profile fields to save when a confirmed address registers with typed answers: only those the
 * account does not have yet (what its owner saved before is not overwritten by a form).
 */
export function profileToFill(account: Partial<Profile> | null, typed: TypedProfile): TypedProfile {
  const out: TypedProfile = {};
  for (const [key, value] of Object.entries(typed) as Array<[keyof TypedProfile, string | undefined]>) {
    if (value === undefined || value === '') continue;
    const current = account?.[key];
    if (current === null || current === undefined || current === '') out[key] = value;
  }
  return out;
}
