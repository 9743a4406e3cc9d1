import { safeSitePath } from 'cms';
import { z } from 'zod';

/** The sign-in contract of the registration plugin (email, then a one-time code). */
export const emailCodeSchema = z.object({ email: z.string().trim().toLowerCase().email().max(254) }).strict();
export const verifyCodeSchema = z
  .object({ email: z.string().trim().toLowerCase().email().max(254), code: z.string().trim().regex(/^[0-9A-Za-z]{4,12}$/) })
  .strict();

/**
 * Only paths of this site are followed after signing in (no open redirects): the cms rule, which reads
 * the value as a browser does (`/\t/host`, `/\\host`, `//host` leave the site; they fall back here).
 */
export function safeRedirect(value: unknown, fallback = '/'): string {
  const first = Array.isArray(value) ? value[0] : value;
  return safeSitePath(first) ?? fallback;
}

/** What a failed sign-in step tells the visitor, by the site's answer status (0: no answer at all). */
export type SignInFailure = 'badEmail' | 'badCode' | 'tooMany' | 'unavailable';

export function signInFailure(step: 'email' | 'code', status: number): SignInFailure {
  if (status === 429) return 'tooMany';
  if (status >= 400 && status < 500) return step === 'email' ? 'badEmail' : 'badCode';
  return 'unavailable';
}
