/**
 * Preview links of drafts: the admin signs one link per document, the site's server checks it.
 *
 * A token is `<expires>.<signature>`: `expires` in Unix seconds, the signature an HMAC-SHA256 keyed
 * with PREVIEW_SECRET over the document, its locale, the version shown (draft or published) and the
 * expiry. So a link opens one version of one document for a limited time: an event manager who sees
 * the preview of their event learns nothing that opens another event's draft.
 *
 * Web Crypto only (no `node:` import): the same module runs in Strapi (CommonJS, compiled with the
 * app), in the site's server and in the site's client bundle, which imports this package's index.
 * Verification belongs on a server: the secret never goes to a browser.
 */

import { fromBase64url, toBase64url } from './base64url.js';

export const PREVIEW_STATUSES = ['draft', 'published'] as const;
export type PreviewStatus = (typeof PREVIEW_STATUSES)[number];

/** What a preview link opens. */
export interface PreviewTarget {
  documentId: string;
  locale: string;
  status: PreviewStatus;
}

/** How long a preview link works unless configured otherwise (PREVIEW_TOKEN_TTL_SECONDS). */
export const PREVIEW_TOKEN_TTL_SECONDS = 60 * 60;
/**
 * No link lives longer than this, whatever is configured: a leaked link stops working within a day,
 * and a verifier refuses a token claiming a later expiry (it was not signed under these rules).
 */
export const PREVIEW_TOKEN_MAX_TTL_SECONDS = 24 * 60 * 60;

export type PreviewVerdict =
  | { ok: true; expiresAt: Date }
  | { ok: false; reason: 'malformed' | 'expired' | 'invalid' };

/** 32 bytes of HMAC-SHA256 in base64url without padding. */
const TOKEN = /^([1-9][0-9]{0,11})\.([A-Za-z0-9_-]{43})$/;
const VERSION = 'mmso-preview-v1';

const encoder = new TextEncoder();

/** The signed text: fields separated by a byte none of them may contain. */
function payload(target: PreviewTarget, expires: number): Uint8Array<ArrayBuffer> {
  return encoder.encode([VERSION, target.documentId, target.locale, target.status, String(expires)].join('\n'));
}

function assertTarget(target: PreviewTarget): void {
  for (const value of [target.documentId, target.locale]) {
    if (value === '' || value.includes('\n')) throw new Error('A preview target needs a document id and a locale without line breaks');
  }
  if (!PREVIEW_STATUSES.includes(target.status)) throw new Error(`Unknown preview status "${String(target.status)}"`);
}

/** The HMAC key (typed by inference: the app's compile has Node's Web Crypto types, not the DOM's). */
async function keyOf(secret: string, usage: 'sign' | 'verify') {
  if (secret === '') throw new Error('PREVIEW_SECRET is empty: preview links cannot be signed or checked');
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [usage]);
}

/**
 * A token for `target`, valid for `ttlSeconds` (at most PREVIEW_TOKEN_MAX_TTL_SECONDS) from `now`.
 * Throws on an empty secret or a bad target: the admin then offers no preview rather than a broken one.
 */
export async function signPreviewToken(
  secret: string,
  target: PreviewTarget,
  options: { now?: Date; ttlSeconds?: number } = {},
): Promise<string> {
  assertTarget(target);
  const ttl = options.ttlSeconds ?? PREVIEW_TOKEN_TTL_SECONDS;
  if (!Number.isInteger(ttl) || ttl <= 0 || ttl > PREVIEW_TOKEN_MAX_TTL_SECONDS) {
    throw new Error(`The preview link lifetime must be 1..${PREVIEW_TOKEN_MAX_TTL_SECONDS} seconds, got ${ttl}`);
  }
  const expires = Math.floor((options.now ?? new Date()).getTime() / 1000) + ttl;
  const signature = await crypto.subtle.sign('HMAC', await keyOf(secret, 'sign'), payload(target, expires));
  return `${expires}.${toBase64url(new Uint8Array(signature))}`;
}

/**
 * Whether `token` opens `target` at `now`. The signature is checked by Web Crypto's HMAC verify,
 * which compares in constant time; nothing about the expected signature leaks through timing.
 */
export async function verifyPreviewToken(secret: string, token: unknown, target: PreviewTarget, now: Date = new Date()): Promise<PreviewVerdict> {
  const match = typeof token === 'string' ? TOKEN.exec(token) : null;
  if (!match || secret === '') return { ok: false, reason: 'malformed' };
  try {
    assertTarget(target);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const expires = Number(match[1]);
  const signature = fromBase64url(match[2] ?? '');
  const valid = await crypto.subtle.verify('HMAC', await keyOf(secret, 'verify'), signature, payload(target, expires));
  // a forged token learns nothing, not even whether its expiry was the problem
  if (!valid) return { ok: false, reason: 'invalid' };
  const nowSeconds = now.getTime() / 1000;
  if (expires <= nowSeconds || expires > nowSeconds + PREVIEW_TOKEN_MAX_TTL_SECONDS) return { ok: false, reason: 'expired' };
  return { ok: true, expiresAt: new Date(expires * 1000) };
}
