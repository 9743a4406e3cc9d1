/**
 * Verification of Users & Permissions access tokens (HS256/384/512 JWTs from Strapi's session
 * manager) with a key prepared once. Strapi's own check hands the secret to jsonwebtoken as a
 * string, which first tries to parse it as a public key and throws: about 1 ms of CPU per request
 * on this machine, more than the rest of a one-click registration's own work. Same rules: the
 * algorithm is the configured one, the signature matches, `exp` has not passed, `nbf` has, and the
 * token is an access token. Pure apart from node:crypto; the clock is an argument.
 */
import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';

const HASHES = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' } as const;
export type HmacAlgorithm = keyof typeof HASHES;
export const isHmacAlgorithm = (algorithm: string): algorithm is HmacAlgorithm => algorithm in HASHES;

export interface AccessTokenClaims {
  userId: string;
  sessionId: string | null;
}

const decodeJson = (part: string): Record<string, unknown> | null => {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};

/** A verifier bound to one secret and algorithm. */
export function accessTokenVerifier(secret: string, algorithm: HmacAlgorithm): (token: string, nowSeconds: number) => AccessTokenClaims | null {
  const key: KeyObject = createSecretKey(Buffer.from(secret, 'utf8'));
  const hash = HASHES[algorithm];
  return (token, nowSeconds) => {
    const parts = token.split('.');
    if (parts.length !== 3) return null;
    const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
    const header = decodeJson(headerPart);
    if (!header || header.alg !== algorithm) return null;
    const expected = createHmac(hash, key).update(`${headerPart}.${payloadPart}`).digest();
    const given = Buffer.from(signaturePart, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const payload = decodeJson(payloadPart);
    if (!payload || payload.type !== 'access') return null;
    if (typeof payload.exp !== 'number' || nowSeconds >= payload.exp) return null;
    if (typeof payload.nbf === 'number' && payload.nbf > nowSeconds) return null;
    const userId = payload.userId;
    if (typeof userId !== 'string' && typeof userId !== 'number') return null;
    return { userId: String(userId), sessionId: typeof payload.sessionId === 'string' ? payload.sessionId : null };
  };
}

/** A stored session as Strapi's session manager keeps it (table strapi_sessions). */
export interface StoredSession {
  userId: string;
  origin: string;
  status: string | null;
  expiresAt: Date | null;
}

/**
 * Whether an access token of session `sessionId` for `userId` still stands: its session exists,
 * belongs to that user and to Users & Permissions, is the active one of its family (a refresh
 * rotates it, a sign-out deletes it) and has not expired. A token with no session never stands.
 */
export function sessionStands(session: StoredSession | null, userId: string, now: Date): boolean {
  if (!session) return false;
  if (session.origin !== 'users-permissions' || String(session.userId) !== String(userId)) return false;
  if (session.status !== null && session.status !== 'active') return false;
  return session.expiresAt !== null && session.expiresAt.getTime() > now.getTime();
}
