import { z } from 'zod';

/** The sign-in contract of the registration plugin (email, then a one-time code). */
export const emailCodeSchema = z.object({ email: z.string().trim().toLowerCase().email().max(254) }).strict();
export const verifyCodeSchema = z
  .object({ email: z.string().trim().toLowerCase().email().max(254), code: z.string().trim().regex(/^[0-9A-Za-z]{4,12}$/) })
  .strict();

/** Only same-site paths are followed after signing in (no open redirects). */
export function safeRedirect(value: unknown, fallback = '/'): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && /^\/(?![/\\])/.test(first) ? first : fallback;
}
