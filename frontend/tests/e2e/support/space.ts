/** The test fixtures (scripts/e2e/fixtures.ts), accounts and clock helpers of the browser tests. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { signVisitorAddress } from '../../../../cms/src/visitor-address';
import type { FixtureManifest } from '../../../../scripts/e2e/manifest';
import { readMessages, waitForMessage } from '../../../../scripts/smtp-sink/messages';
import { siteUrl, strapiUrl } from './browser';

export type { FixtureManifest };

let manifest: FixtureManifest | undefined;
export function fixtures(): FixtureManifest {
  const path = process.env.E2E_FIXTURES;
  if (!path) throw new Error('E2E_FIXTURES is not set: run the browser tests through scripts/e2e/run.mjs');
  manifest ??= JSON.parse(readFileSync(path, 'utf8')) as FixtureManifest;
  return manifest;
}

/** `?now=` for an instant `hours` after the media event's first session starts. */
export const clockAt = (hours: number): string => new Date(Date.parse(fixtures().base) + hours * 3_600_000).toISOString();

/** The demo's client administrator (scripts/seed/data.ts) signed in to the admin API. */
export async function adminToken(): Promise<string> {
  const response = await fetch(`${strapiUrl()}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@demo.test', password: 'Demo-admin-2026' }),
  });
  const body = (await response.json()) as { data?: { token?: string } };
  if (!body.data?.token) throw new Error(`admin login answered ${response.status}`);
  return body.data.token;
}

/**
 * An attendee's JWT, signed in the only way visitors sign in: the code mailed to the SMTP sink
 * (the account is made on the way). Each address asks from an address of its own (vouched for with
 * the site's proxy secret), so the per-IP limits of codes do not add up across tests.
 */
const attendeeTokens = new Map<string, Promise<string>>();
export async function attendeeJwt(email: string): Promise<string> {
  const known = attendeeTokens.get(email);
  if (known) return known;
  const pending = signInByCode(email);
  attendeeTokens.set(email, pending);
  pending.catch(() => attendeeTokens.delete(email));
  return pending;
}

async function signInByCode(email: string): Promise<string> {
  const mailDir = process.env.E2E_MAIL_DIR;
  const secret = process.env.E2E_PROXY_SECRET ?? '';
  if (!mailDir) throw new Error('E2E_MAIL_DIR is not set: run the browser tests through scripts/e2e/run.mjs');
  const hash = createHash('sha256').update(email).digest();
  const visitor = await signVisitorAddress(secret, `10.${hash[0]}.${hash[1]}.${hash[2]}`);
  const headers = { 'content-type': 'application/json', ...visitor };
  const seen = new Set((await readMessages(mailDir)).map((message) => message.file));
  const sent = await fetch(`${strapiUrl()}/api/registration/auth/email-code`, { method: 'POST', headers, body: JSON.stringify({ email }) });
  if (sent.status !== 204) throw new Error(`a sign-in code for ${email} answered ${sent.status}: ${await sent.text()}`);
  const message = await waitForMessage(mailDir, (item) => !seen.has(item.file) && item.to.includes(email.toLowerCase()) && /код/i.test(item.subject), 20_000);
  const code = /\b(\d{6})\b/.exec(message.subject)?.[1];
  if (!code) throw new Error(`no code in "${message.subject}"`);
  const verified = await fetch(`${strapiUrl()}/api/registration/auth/verify`, { method: 'POST', headers, body: JSON.stringify({ email, code }) });
  const body = (await verified.json()) as { jwt?: string };
  if (!body.jwt) throw new Error(`signing in ${email} answered ${verified.status}`);
  return body.jwt;
}

/** Signs the browser in on the site the way the sign-in page does: the JWT in the site's httpOnly cookie. */
export async function signIn(context: BrowserContext, jwt: string): Promise<void> {
  await context.addCookies([{ name: 'mmso_session', value: jwt, url: siteUrl(), httpOnly: true, sameSite: 'Lax' }]);
}

export async function signOut(context: BrowserContext): Promise<void> {
  await context.clearCookies();
}

/** Text of a site URL (status checked). */
export async function fetchText(path: string, init: RequestInit = {}): Promise<{ status: number; text: string; headers: Headers }> {
  const response = await fetch(`${siteUrl()}${path}`, init);
  return { status: response.status, text: await response.text(), headers: response.headers };
}
