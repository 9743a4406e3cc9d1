import type { H3Event } from 'h3';

/** The httpOnly cookie that keeps the signed-in visitor's Strapi JWT on the site's side (never readable by scripts). */
export const SESSION_COOKIE = 'mmso_session';
/** The refresh token that renews the short-lived JWT (httpOnly too). */
export const REFRESH_COOKIE = 'mmso_refresh';
const SESSION_MAX_AGE = 60 * 60 * 24 * 30;

export function viewerToken(event: H3Event): string | undefined {
  const token = getCookie(event, SESSION_COOKIE);
  return token && /^[\w-]+\.[\w-]+\.[\w-]+$/.test(token) ? token : undefined;
}

export const isSignedIn = (event: H3Event): boolean => viewerToken(event) !== undefined;

const cookieOptions = (event: H3Event) => ({
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: getRequestProtocol(event, { xForwardedProto: true }) === 'https',
  path: '/',
  maxAge: SESSION_MAX_AGE,
});

export function startViewerSession(event: H3Event, jwt: string, refreshToken?: string | null): void {
  setCookie(event, SESSION_COOKIE, jwt, cookieOptions(event));
  if (refreshToken) setCookie(event, REFRESH_COOKIE, refreshToken, cookieOptions(event));
}

export function clearViewerSession(event: H3Event): void {
  deleteCookie(event, SESSION_COOKIE, { path: '/' });
  deleteCookie(event, REFRESH_COOKIE, { path: '/' });
  event.context.viewerSignedOut = true;
}

/** Seconds until a JWT expires (its `exp`, read without verifying: Strapi verifies), or Infinity. */
export function secondsLeft(jwt: string, now = Date.now()): number {
  try {
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof payload.exp === 'number' ? payload.exp - now / 1000 : Number.POSITIVE_INFINITY;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** Which reads a request makes: a signed-in visitor's own (uncached), or the public ones (cached). */
export const readAsOf = (event: H3Event): 'public' | 'viewer' => (isSignedIn(event) && !event.context.viewerSignedOut ? 'viewer' : 'public');

/** Answers for one visitor must never be stored by shared caches. */
export function markPrivate(event: H3Event): void {
  setResponseHeader(event, 'cache-control', 'private, no-store');
}
