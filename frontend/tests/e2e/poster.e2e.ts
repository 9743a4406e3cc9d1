import { describe, expect, it } from 'vitest';
import { openBeforeScripts, saveScreenshot, seriousAxeViolations, siteUrl } from './support/browser';
import { SEED } from './support/content';
import { expectH1, useHarness } from './support/harness';
import { fetchText, fixtures } from './support/space';

const h = useHarness();
const cardTitles = (section: string) => h.page().getByRole('region', { name: section }).getByRole('article').getByRole('heading').allInnerTexts();

describe('poster filters', () => {
  it('filters by format and tag from the form, keeps the filters in the URL, and resets them', async () => {
    const page = h.page();
    // the visitor picks a format while the page's scripts are still loading: the page, once
    // interactive, must keep the choice rather than reset it to the URL's filters
    const interactive = await openBeforeScripts(page, `${siteUrl()}/`);
    const form = page.getByRole('search', { name: 'Поиск мероприятий' });
    await form.getByLabel('Формат').selectOption('online');
    await interactive();
    expect(await form.getByLabel('Формат').inputValue()).toBe('online');
    await form.getByRole('button', { name: 'Показать' }).click();
    await page.waitForURL(/format=online/);
    await expect.poll(() => cardTitles('Ближайшие и текущие')).not.toContain(SEED.openDay.title);
    const online = await cardTitles('Ближайшие и текущие');
    expect(online.length).toBeGreaterThan(0);
    for (const card of await page.getByRole('region', { name: 'Ближайшие и текущие' }).getByRole('article').allInnerTexts()) {
      expect(card).toContain('Онлайн');
    }
    expect(online).not.toContain(SEED.openDay.title);

    await form.getByLabel('Формат').selectOption('');
    await form.getByLabel('Тема').selectOption('hakaton');
    await form.getByRole('button', { name: 'Показать' }).click();
    await page.waitForURL(/tag=hakaton/);
    await expect.poll(() => cardTitles('Ближайшие и текущие')).toContain(fixtures().media.title);
    const tagged = await cardTitles('Ближайшие и текущие');
    expect(tagged).toContain(SEED.ongoing[0]);
    expect(tagged).not.toContain(SEED.openDay.title);
    await saveScreenshot(page, 'poster-filtered-ru');

    await page.getByRole('link', { name: 'Сбросить' }).click();
    await page.waitForURL(`${siteUrl()}/`);
    await expect.poll(() => cardTitles('Ближайшие и текущие')).toContain(SEED.openDay.title);
  });

  it('finds events by text in any letter case, by audience and by dates', async () => {
    const page = h.page();
    await page.goto(`${siteUrl()}/?q=${encodeURIComponent('ХАКАТОН')}`);
    await expectH1(page, 'Афиша мероприятий');
    const found = await cardTitles('Ближайшие и текущие');
    expect(found).toContain(SEED.ongoing[0]);
    expect(found).toContain(fixtures().media.title);
    expect(found).not.toContain(SEED.openDay.title);

    await page.goto(`${siteUrl()}/?audience=applicants`);
    const applicants = await cardTitles('Ближайшие и текущие');
    expect(applicants).toContain(SEED.openDay.title);
    expect(applicants).not.toContain(fixtures().media.title);

    // one day: only what runs that day (the media event's day)
    const day = fixtures().base.slice(0, 10);
    await page.goto(`${siteUrl()}/?from=${day}&to=${day}`);
    const sameDay = await cardTitles('Ближайшие и текущие');
    expect(sameDay).toContain(fixtures().media.title);
    expect(sameDay).not.toContain(SEED.openDay.title);

    await page.goto(`${siteUrl()}/?q=${encodeURIComponent('такого мероприятия нет')}`);
    await page.getByText('Ничего не нашлось').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('pages through the list (site API) and ignores malformed filters', async () => {
    const first = JSON.parse((await fetchText('/api/events?when=upcoming&pageSize=2&page=1')).text) as { items: Array<{ slug: string }>; pagination: { pageCount: number; total: number } };
    const second = JSON.parse((await fetchText('/api/events?when=upcoming&pageSize=2&page=2')).text) as { items: Array<{ slug: string }> };
    expect(first.pagination.total).toBeGreaterThan(2);
    expect(first.items).toHaveLength(2);
    expect(second.items.map((item) => item.slug)).not.toEqual(first.items.map((item) => item.slug));
    expect((await fetchText('/api/events?format=teleport')).status).toBe(400);
    const page = h.page();
    const response = await page.goto(`${siteUrl()}/?format=teleport&from=yesterday&page=-3`);
    expect(response?.status()).toBe(200);
  });
});

describe('archive and knowledge base', () => {
  it('lists recordings and materials of past sessions and finds them by tag and text', async () => {
    const page = h.page();
    await page.goto(`${siteUrl()}/archive`);
    await expectH1(page, 'Архив и база знаний');
    const knowledge = page.getByRole('region', { name: 'Записи и материалы' });
    expect(await knowledge.getByRole('listitem').count()).toBeGreaterThan(2);
    const pastEvents = await page.getByRole('region', { name: 'Прошедшие мероприятия' }).getByRole('article').getByRole('heading').allInnerTexts();
    for (const title of SEED.past) expect(pastEvents).toContain(title);
    expect(pastEvents).not.toContain(SEED.openDay.title);
    await saveScreenshot(page, 'archive-ru');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.goto(`${siteUrl()}/archive?tag=kiberbezopasnost`);
    const cyber = await knowledge.getByRole('heading').allInnerTexts();
    expect(cyber).toContain('Лекция: цифровая гигиена и мошеннические схемы');
    expect(cyber).not.toContain('Открытие интенсива и знакомство с данными');

    await page.goto(`${siteUrl()}/archive?q=${encodeURIComponent('визуализация')}`);
    expect(await knowledge.getByRole('heading').allInnerTexts()).toContain('Визуализация, которая объясняет');
  });
});
