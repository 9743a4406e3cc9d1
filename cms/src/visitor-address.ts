/**
 * The visitor's network address as the site vouches for it.
 *
 * Browsers reach the API through the site's server, so to Strapi every visitor would have the
 * site's address: one shared budget of sign-in codes per address, and the site's address in every
 * consent record. The site therefore sends the address it saw with an HMAC-SHA256 signature keyed
 * with the secret both share (SITE_PROXY_SECRET in Strapi, NUXT_PROXY_SECRET on the site) and a
 * short expiry; Strapi takes the address only when the signature holds. A plain X-Forwarded-For
 * would let any client of the public API claim any address.
 *
 * Web Crypto only (no `node:` import), like preview.ts: the module compiles into Strapi (CommonJS)
 * and the site's server alike.
 */

import { fromBase64url, toBase64url } from './base64url.js';

export const VISITOR_ADDRESS_HEADER = 'x-mmso-visitor-address';
export const VISITOR_SIGNATURE_HEADER = 'x-mmso-visitor-signature';

/** How long a signature holds: one request's way from the site to Strapi, with room for clock skew. */
export const VISITOR_SIGNATURE_TTL_SECONDS = 60;

const VERSION = 'mmso-visitor-v1';
const SIGNATURE = /^([1-9][0-9]{0,11})\.([A-Za-z0-9_-]{43})$/;
/** IPv4 or IPv6 (an IPv4-mapped tail included), no zone, port or list: what a socket reports. */
const ADDRESS = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f:]{2,39}(?::\d{1,3}(?:\.\d{1,3}){3})?)$/;

const encoder = new TextEncoder();

/** Whether `value` looks like one IP address (the header carries nothing else). */
export function isVisitorAddress(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 45 && ADDRESS.test(value) && (value.includes(':') || value.split('.').every((part) => Number(part) <= 255));
}

const payload = (address: string, expires: number) => encoder.encode([VERSION, address, String(expires)].join('\n'));

/** Imported keys by secret and use: importing costs more than the HMAC of a few bytes. */
const keys = new Map<string, ReturnType<typeof crypto.subtle.importKey>>();

function keyOf(secret: string, usage: 'sign' | 'verify') {
  const id = `${usage}\n${secret}`;
  let key = keys.get(id);
  if (!key) {
    key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [usage]);
    if (keys.size > 8) keys.clear();
    keys.set(id, key);
  }
  return key;
}

/** The headers that vouch for `address`, or none without a secret or with something that is not an address. */
export async function signVisitorAddress(secret: string, address: string, now: Date = new Date()): Promise<Record<string, string>> {
  if (secret === '' || !isVisitorAddress(address)) return {};
  const expires = Math.floor(now.getTime() / 1000) + VISITOR_SIGNATURE_TTL_SECONDS;
  const signature = await crypto.subtle.sign('HMAC', await keyOf(secret, 'sign'), payload(address, expires));
  return { [VISITOR_ADDRESS_HEADER]: address, [VISITOR_SIGNATURE_HEADER]: `${expires}.${toBase64url(new Uint8Array(signature))}` };
}

/**
 * The address the headers vouch for, or null: no secret, no or malformed headers, a signature that
 * does not hold (compared in constant time by Web Crypto), or one expired or dated too far ahead.
 */
export async function verifyVisitorAddress(secret: string, address: unknown, signature: unknown, now: Date = new Date()): Promise<string | null> {
  if (secret === '' || !isVisitorAddress(address) || typeof signature !== 'string') return null;
  const match = SIGNATURE.exec(signature);
  if (!match) return null;
  const expires = Number(match[1]);
  const nowSeconds = now.getTime() / 1000;
  if (expires <= nowSeconds || expires > nowSeconds + 2 * VISITOR_SIGNATURE_TTL_SECONDS) return null;
  const valid = await crypto.subtle.verify('HMAC', await keyOf(secret, 'verify'), fromBase64url(match[2] ?? ''), payload(address, expires));
  return valid ? address : null;
}
