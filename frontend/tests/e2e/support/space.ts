/** The test fixtures (scripts/e2e/fixtures.ts), accounts and clock helpers of the browser tests. */
import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import type { FixtureManifest } from '../../../../scripts/e2e/manifest';
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
 * An attendee account for the test, and its JWT. The registration module's email-code sign-in is
 * not what is tested here: the account is made with the admin API and signs in with a password.
 */
export async function attendeeJwt(email: string): Promise<string> {
  const password = 'E2e-attendee-2026';
  const login = async () =>
    fetch(`${strapiUrl()}/api/auth/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: email, password }),
    });
  let response = await login();
  if (!response.ok) {
    const token = await adminToken();
    const roles = (await (await fetch(`${strapiUrl()}/users-permissions/roles`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
      roles: Array<{ id: number; type: string }>;
    };
    const role = roles.roles.find((item) => item.type === 'authenticated');
    const created = await fetch(`${strapiUrl()}/content-manager/collection-types/plugin::users-permissions.user`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ username: email, email, password, confirmed: true, blocked: false, role: role?.id, provider: 'local' }),
    });
    if (!created.ok) throw new Error(`creating ${email} answered ${created.status}: ${await created.text()}`);
    response = await login();
  }
  const body = (await response.json()) as { jwt?: string };
  if (!body.jwt) throw new Error(`signing in ${email} failed`);
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
