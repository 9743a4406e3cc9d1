/** One browser per test file, a fresh page per test, and no script errors, hydration mismatches or CSP violations allowed. */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchBrowser, type TestBrowser } from './browser';

export interface Harness {
  browser(): TestBrowser;
  page(): Page;
}

/** Video hosts' players (framed after a click) are answered locally: nothing goes to outside hosts. */
const PLAYER_HOSTS = /^https:\/\/(www\.youtube-nocookie\.com|www\.youtube\.com|rutube\.ru|vk\.com|vkvideo\.ru|stream\.uni\.test)\//;

export function useHarness(): Harness {
  let browser: TestBrowser | undefined;
  let page: Page | undefined;
  let problems: string[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
    await browser.context.route(PLAYER_HOSTS, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>player</title><p>player</p>' }));
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    problems = [];
    page = await browser!.context.newPage();
    const current = page;
    current.on('pageerror', (error) => problems.push(`${current.url()}: ${error.message}`));
    current.on('console', (message) => {
      // a script, style, frame or request the site's Content-Security-Policy refused: a feature it breaks
      if (/hydration|Content Security Policy/i.test(message.text())) problems.push(`${current.url()}: ${message.text()}`);
    });
  });
  afterEach(async () => {
    await page?.close();
    expect(problems).toEqual([]);
  });
  return {
    browser: () => browser!,
    page: () => page!,
  };
}

/** Waits until the page's only h1 reads `text`. */
export async function expectH1(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text, exact: true }).waitFor();
  // text content, not the rendered text: templates may set headings in capitals
  expect((await page.getByRole('heading', { level: 1 }).allTextContents()).map((value) => value.trim())).toEqual([text]);
}
