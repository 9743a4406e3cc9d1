import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, siteUrl } from './support/browser';
import { expectH1, useHarness } from './support/harness';
import { fixtures } from './support/space';

const h = useHarness();

/** Font files the page fetches, with the status they were answered with. */
function fontResponses(page: Page): Array<{ url: string; status: number }> {
  const seen: Array<{ url: string; status: number }> = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'font') seen.push({ url: response.url(), status: response.status() });
  });
  return seen;
}

/** Unicode ranges of the faces of `family` the document has loaded (after every pending load). */
const loadedRanges = (page: Page, family: string) =>
  page.evaluate(async (name) => {
    await document.fonts.ready;
    return [...document.fonts].filter((face) => face.family.replace(/["']/g, '') === name && face.status === 'loaded').map((face) => face.unicodeRange.toUpperCase());
  }, family);

/** Families the page declares with @font-face. */
const declaredFamilies = (page: Page) => page.evaluate(() => [...new Set([...document.fonts].map((face) => face.family.replace(/["']/g, '')))]);

const bodyFont = (page: Page) => page.locator('body').evaluate((node) => getComputedStyle(node).fontFamily);

/** The @font-face rules of a page's HTML as the server sends it: family, weight, file, display. */
function fontFaces(html: string) {
  return [...html.matchAll(/@font-face\{([^}]*)\}/g)].map(([, rule = '']) => ({
    family: /font-family:'([^']+)'/.exec(rule)?.[1],
    weight: /font-weight:(\d+)/.exec(rule)?.[1],
    url: /src:url\("([^"]+)"\)/.exec(rule)?.[1] ?? '',
    display: /font-display:(\w+)/.exec(rule)?.[1],
  }));
}

describe('branding fonts', () => {
  it("renders the organization's font (Golos Text) from the site's own files, Cyrillic included, and declares no other branding font", async () => {
    const page = h.page();
    const fonts = fontResponses(page);
    await page.goto(`${siteUrl()}/`);
    await expectH1(page, 'Афиша мероприятий');
    expect(await bodyFont(page)).toMatch(/^"?Golos Text"?,/);
    expect((await loadedRanges(page, 'Golos Text')).some((range) => range.includes('400-45F'))).toBe(true);
    const golos = fonts.filter((font) => font.url.includes('/golos-text-'));
    expect(golos.length).toBeGreaterThan(0);
    for (const font of golos) {
      expect(font.url.startsWith(`${siteUrl()}/_nuxt/`)).toBe(true);
      expect(font.status).toBe(200);
    }
    // the other branding fonts are not shipped with this page
    const families = await declaredFamilies(page);
    expect(families).toContain('Golos Text');
    expect(families).not.toContain('Roboto');
    expect(families).not.toContain('PT Sans');
  });

  it("renders an event in its own branding font (Roboto), declared in the server's HTML already", async () => {
    const { media } = fixtures();
    // before any script runs: the event's font, and only it, is declared (swap) and made the page's font
    const html = await (await fetch(`${siteUrl()}/events/${media.slug}`)).text();
    const faces = fontFaces(html).filter((face) => face.family !== 'Inter');
    expect(new Set(faces.map((face) => face.family))).toEqual(new Set(['Roboto']));
    expect(new Set(faces.map((face) => face.weight))).toEqual(new Set(['400', '600', '700']));
    expect(faces.every((face) => face.display === 'swap')).toBe(true);
    expect(html).toContain("body{--font:'Roboto'");
    for (const face of faces) {
      const file = await fetch(new URL(face.url, siteUrl()));
      expect(file.status, face.url).toBe(200);
      expect(file.headers.get('content-type')).toBe('font/woff2');
    }

    const page = h.page();
    const fonts = fontResponses(page);
    await page.goto(`${siteUrl()}/events/${media.slug}`);
    await expectH1(page, media.title);
    expect(await bodyFont(page)).toMatch(/^"?Roboto"?,/);
    expect(await page.getByRole('heading', { level: 1 }).evaluate((node) => getComputedStyle(node).fontFamily)).toMatch(/^"?Roboto"?,/);
    expect((await loadedRanges(page, 'Roboto')).some((range) => range.includes('400-45F'))).toBe(true);
    const roboto = fonts.filter((font) => font.url.includes('/roboto-cyrillic-'));
    expect(roboto.length).toBeGreaterThan(0);
    for (const font of roboto) {
      expect(font.url.startsWith(`${siteUrl()}/_nuxt/`)).toBe(true);
      expect(font.status).toBe(200);
    }
    expect(await declaredFamilies(page)).not.toContain('Golos Text');
    await saveScreenshot(page, 'event-font-roboto');
  });
});
