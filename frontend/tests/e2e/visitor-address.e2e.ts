/**
 * Sign-in code limits count visitors, not the site: the site (behind a reverse proxy in this run,
 * NUXT_BEHIND_PROXY) signs each visitor's address for Strapi, whose per-address limit (20 codes an
 * hour) then stops one visitor while the next one still gets codes; the page says to wait instead
 * of "unavailable".
 */
import { describe, expect, it } from 'vitest';
import { siteUrl } from './support/browser';
import { useHarness } from './support/harness';

const h = useHarness();
// documentation addresses (RFC 5737), unique per run so that a rerun on the same database starts afresh
const run = Date.now();
const visitor = (n: number) => `192.0.2.${(Math.floor(run / 1000) + n) % 250 + 1}`;
const PER_ADDRESS = 20;

async function askCode(email: string, address: string): Promise<number> {
  const response = await fetch(`${siteUrl()}/api/auth/email-code`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.8.7, ${address}` },
    body: JSON.stringify({ email }),
  });
  return response.status;
}

describe('sign-in code limits per visitor behind the site', () => {
  it('stops the visitor who asked too often and nobody else', async () => {
    const flooder = visitor(0);
    const statuses: number[] = [];
    for (let i = 0; i < PER_ADDRESS; i += 1) statuses.push(await askCode(`flood-${run}-${i}@uni.test`, flooder));
    expect(statuses).toEqual(Array.from({ length: PER_ADDRESS }, () => 204));
    expect(await askCode(`flood-${run}-last@uni.test`, flooder)).toBe(429);
    // another visitor of the same site, and the address a client put first in the header, are not affected
    expect(await askCode(`other-${run}@uni.test`, visitor(1))).toBe(204);
    expect(await askCode(`spoof-${run}@uni.test`, `${flooder}, ${visitor(2)}`)).toBe(204);
  });

  it('tells the stopped visitor to wait a few minutes, not that signing in is broken', async () => {
    const page = h.page();
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': visitor(0) });
    await page.goto(`${siteUrl()}/signin`);
    await page.getByLabel('Электронная почта').fill(`flood-${run}-page@uni.test`);
    const button = page.getByRole('button', { name: 'Получить код' });
    await expect.poll(() => button.isEnabled()).toBe(true);
    await button.click();
    await page.getByText('Слишком много попыток входа. Подождите несколько минут и попробуйте снова.').waitFor();
    expect(await page.getByLabel('Код из письма').count()).toBe(0);
  });
});
