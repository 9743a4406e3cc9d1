import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  noCmsSiteUrl,
  normalizeSpaces,
  saveScreenshot,
  seriousAxeViolations,
  siteUrl,
  strapiUrl,
  type TestBrowser,
} from './support/browser';
import { SEED, fetchEvent, moscowDayMonth } from './support/content';

let browser: TestBrowser;
let page: Page;
/** Every URL the pages requested: nothing may come from outside hosts. */
const requested: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  browser.context.on('request', (request) => requested.push(request.url()));
});
afterAll(async () => {
  await browser?.close();
});
/** Script errors and hydration mismatches (server and browser rendering differently) on the current test's page. */
let pageProblems: string[] = [];

beforeEach(async () => {
  pageProblems = [];
  page = await browser.context.newPage();
  page.on('pageerror', (error) => pageProblems.push(`${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    if (/hydration/i.test(message.text())) pageProblems.push(`${page.url()}: ${message.text()}`);
  });
});
afterEach(async () => {
  await page.close();
  expect(pageProblems).toEqual([]);
});

/** Waits until the page's h1 reads `text` (client-side navigation changes the URL before the new page renders). */
async function expectH1(text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text, exact: true }).waitFor();
  expect(await page.getByRole('heading', { level: 1 }).allInnerTexts()).toEqual([text]);
}

const cardTitles = (section: string) =>
  page.getByRole('region', { name: section }).getByRole('article').getByRole('heading').allInnerTexts();

describe('home page', () => {
  it('lists the published events in Russian: ongoing and upcoming first, then a few past ones', async () => {
    const response = await page.goto(`${siteUrl()}/`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('ru-RU');
    await expectH1('Афиша мероприятий');
    expect(await page.getByRole('banner').innerText()).toContain(SEED.organization);

    const current = await cardTitles('Ближайшие и текущие');
    expect(current.slice(0, 2)).toEqual([...SEED.ongoing]);
    for (const title of SEED.upcoming) expect(current).toContain(title);
    for (const title of SEED.past) expect(current).not.toContain(title);

    const past = await cardTitles('Прошедшие');
    for (const title of SEED.past) expect(past).toContain(title);
    expect(await page.content()).not.toContain(SEED.draft);

    const hackathon = page.getByRole('article').filter({ hasText: SEED.ongoing[0] });
    expect(await hackathon.innerText()).toContain('Идёт сейчас');
    const openDay = page.getByRole('article').filter({ hasText: SEED.openDay.title });
    expect(await openDay.innerText()).toContain('Гибридный формат');
    expect(await openDay.innerText()).toContain('Главный корпус МИЦО');

    // The organization's self-hosted font (Golos Text), Cyrillic subset, is what renders the Russian text.
    const loadedGolos = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts]
        .filter((face) => face.family.replace(/["']/g, '') === 'Golos Text' && face.status === 'loaded')
        .map((face) => face.unicodeRange.toUpperCase());
    });
    expect(loadedGolos.some((range) => range.includes('400-45F'))).toBe(true);
    await saveScreenshot(page, 'home-ru');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('starts keyboard navigation with a skip link to the main content', async () => {
    await page.goto(`${siteUrl()}/`);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.innerText()).toBe('Перейти к содержанию');
    expect(await focused.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});

describe('event page', () => {
  it('opens from its card and shows title, Moscow dates, format, venue and the description', async () => {
    const seeded = await fetchEvent(SEED.openDay.slug);
    await page.goto(`${siteUrl()}/`);
    await page.getByRole('link', { name: SEED.openDay.title, exact: true }).click();
    await page.waitForURL(`${siteUrl()}/events/${SEED.openDay.slug}`);

    await expectH1(SEED.openDay.title);
    const facts = normalizeSpaces(await page.locator('dl').innerText());
    // The seed's wall-clock times in Moscow, although the browser runs at UTC+10.
    expect(facts).toContain(moscowDayMonth(seeded.startsAt));
    expect(facts).toMatch(new RegExp(`${SEED.openDay.start} ?– ?${SEED.openDay.end}`));
    expect(facts).toContain('Гибридный формат');
    expect(facts).toContain('Главный корпус МИЦО, актовый зал');
    expect(facts).toContain('Москва, Научный проезд, д. 14, стр. 1');

    const about = page.getByRole('region', { name: 'О мероприятии' });
    expect(await about.getByRole('heading', { name: 'В программе' }).evaluate((node) => node.tagName)).toBe('H3');
    expect(await about.getByRole('listitem').count()).toBe(4);
    expect(await about.locator('strong').first().innerText()).toBe('Регистрация обязательна');

    expect(await page.title()).toBe(`${SEED.openDay.title} · ${SEED.organization}`);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toContain('Знакомство с институтом');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${siteUrl()}/events/${SEED.openDay.slug}`);

    await saveScreenshot(page, 'event-ru');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('answers a bad slug with the 404 page', async () => {
    const response = await page.goto(`${siteUrl()}/events/no-such-event`);
    expect(response?.status()).toBe(404);
    await expectH1('Страница не найдена');
    await saveScreenshot(page, 'not-found-ru');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'На главную' }).click();
    await page.waitForURL(`${siteUrl()}/`);
    await expectH1('Афиша мероприятий');

    const unknownPage = await page.goto(`${siteUrl()}/en/no/such/page`);
    expect(unknownPage?.status()).toBe(404);
    await expectH1('Page not found');
  });
});

describe('English', () => {
  it('the language switch shows the English interface, same events', async () => {
    await page.goto(`${siteUrl()}/`);
    await page.getByRole('navigation', { name: 'Язык сайта' }).getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${siteUrl()}/en`);
    await expectH1('Events');
    expect(await page.locator('html').getAttribute('lang')).toBe('en-GB');
    expect(await cardTitles('Upcoming and ongoing')).toContain(SEED.openDay.title);
    expect(await page.getByRole('article').filter({ hasText: SEED.ongoing[0] }).innerText()).toContain('Happening now');
    await saveScreenshot(page, 'home-en');

    await page.getByRole('link', { name: SEED.openDay.title, exact: true }).click();
    await page.waitForURL(`${siteUrl()}/en/events/${SEED.openDay.slug}`);
    await expectH1(SEED.openDay.title);
    const facts = normalizeSpaces(await page.locator('dl').innerText());
    expect(facts).toContain('Date and time');
    expect(facts).toContain('Hybrid');
    expect(facts).toMatch(new RegExp(`${SEED.openDay.start} ?– ?${SEED.openDay.end}`));
    expect(await page.getByRole('link', { name: 'All events' }).count()).toBe(1);

    await page.getByRole('link', { name: 'Русский' }).click();
    await page.waitForURL(`${siteUrl()}/events/${SEED.openDay.slug}`);
    await page.getByRole('link', { name: 'Все мероприятия' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ru-RU');
  });
});

describe('when the CMS is down', () => {
  it('answers 503 with a friendly page instead of a crash', async () => {
    const response = await page.goto(`${noCmsSiteUrl()}/`);
    expect(response?.status()).toBe(503);
    await expectH1('Сайт временно недоступен');
    expect(await page.getByRole('banner').innerText()).toContain('MMSO Connect');
    await saveScreenshot(page, 'cms-down-ru');

    const eventPage = await page.goto(`${noCmsSiteUrl()}/events/${SEED.openDay.slug}`);
    expect(eventPage?.status()).toBe(503);
  });
});

describe('site API and assets', () => {
  it('validates queries and answers missing events with 404', async () => {
    expect((await fetch(`${siteUrl()}/api/events?when=soon`)).status).toBe(400);
    expect((await fetch(`${siteUrl()}/api/events/no-such-event`)).status).toBe(404);
    const list = (await (await fetch(`${siteUrl()}/api/events?when=past`)).json()) as { items: Array<{ title: string }> };
    expect(list.items.map((item) => item.title)).toEqual(expect.arrayContaining([...SEED.past]));
  });

  it('loaded nothing from outside hosts', () => {
    const allowed = new Set([new URL(siteUrl()).host, new URL(noCmsSiteUrl()).host, new URL(strapiUrl()).host]);
    const outside = requested.filter((url) => /^https?:/.test(url) && !allowed.has(new URL(url).host));
    expect(requested.length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });
});
