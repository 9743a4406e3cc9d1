/** Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core, a fresh profile per run. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { ImpactValue } from 'axe-core';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
export const screenshotDir = join(repoRoot, '.tmp', 'e2e', 'screenshots');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests through scripts/e2e/run.mjs`);
  return value.replace(/\/+$/, '');
}

/** The site under test (started by scripts/e2e/run.mjs). */
export const siteUrl = (): string => requiredEnv('E2E_BASE_URL');
/** Strapi behind it: the tests read the seeded content from its public API. */
export const strapiUrl = (): string => requiredEnv('STRAPI_URL');
/** A second instance of the site whose CMS is unreachable. */
export const noCmsSiteUrl = (): string => requiredEnv('NO_CMS_BASE_URL');

export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * The visitor's clock is deliberately far from Moscow (Vladivostok, UTC+10): event times must still
 * read in the event's own timezone.
 */
export async function launchBrowser(): Promise<TestBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'mmso-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'ru-RU',
    timezoneId: 'Asia/Vladivostok',
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A full-page screenshot for CI's artifacts, with lazy images loaded so it shows what a scrolling visitor sees. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.evaluate(async () => {
    const images = [...document.querySelectorAll('img')];
    for (const image of images) image.loading = 'eager';
    await Promise.allSettled(images.map((image) => image.decode()));
  });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

export interface AxeFinding {
  id: string;
  impact: ImpactValue | undefined;
  help: string;
  targets: string[];
}

const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Serious and critical accessibility violations axe-core finds on the current page. */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  // evaluated through the debugging protocol, not as an inline <script>: the site's CSP refuses inline scripts it did not hash
  await page.evaluate(readFileSync(axeScript, 'utf8'));
  const findings = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
  return findings.filter((finding) => finding.impact === 'serious' || finding.impact === 'critical');
}

/** Text with every kind of space (Intl uses narrow and thin ones) as a plain space. */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u2009\u202f]+/g, ' ').trim();
}

const SITE_SCRIPTS = /\/_nuxt\/.+\.js$/;

/**
 * Opens `url` with the site's scripts held back, so the test can act as a visitor does while the page
 * is still loading; the returned function lets the scripts load and waits until the page is live.
 * (Module scripts hold back DOMContentLoaded: only the server's HTML is waited for.)
 */
export async function openBeforeScripts(page: Page, url: string): Promise<() => Promise<void>> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(SITE_SCRIPTS, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(url, { waitUntil: 'commit' });
  return async () => {
    release();
    await page.waitForFunction(() => Boolean((document.querySelector('#__nuxt') as (Element & { __vue_app__?: unknown }) | null)?.__vue_app__));
    await page.unroute(SITE_SCRIPTS);
  };
}
