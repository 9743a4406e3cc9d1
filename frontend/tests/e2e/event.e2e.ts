import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, seriousAxeViolations, siteUrl } from './support/browser';
import { SEED } from './support/content';
import { expectH1, useHarness } from './support/harness';
import { fixtures } from './support/space';

const h = useHarness();

describe('event page', () => {
  it('renders the organizer\'s sections in their order, in the bold template and the event\'s branding', async () => {
    const page = h.page();
    const { media } = fixtures();
    await page.goto(`${siteUrl()}/events/${media.slug}`);
    await expectH1(page, media.title);
    const headings = await page.locator('.section__heading').allInnerTexts();
    expect(headings.map((text) => text.toLowerCase())).toEqual(
      ['о программе', 'документы', 'программа', 'спикеры', 'фотографии', 'видео о мероприятии', 'главное', 'партнёры', 'новости', 'реклама'],
    );
    expect(await page.locator('article.event-page').getAttribute('class')).toContain('event-page--bold');
    // the event's own colors replace the organization's in the layout
    const primary = await page.locator('.site').evaluate((node) => getComputedStyle(node).getPropertyValue('--color-primary').trim());
    expect(primary).toBe('#0f766e');

    const partners = page.getByRole('region', { name: 'Партнёры' });
    expect(await partners.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual(['Генеральный партнёр', 'Партнёры', 'Информационные партнёры']);
    expect(await partners.getByRole('link').first().getAttribute('href')).toContain('vectorsoft.demo.test');

    const program = page.getByRole('region', { name: 'Программа' });
    expect(await program.getByRole('heading', { level: 4 }).allInnerTexts()).toEqual(
      expect.arrayContaining([media.sessions.live.title, media.sessions.registered.title, media.sessions.hls.title, media.sessions.none.title]),
    );
    expect(await page.content()).not.toContain('скрытая сессия');
    // (another test may have renamed the news item in the admin: found by its address)
    await page.getByRole('region', { name: 'Новости' }).locator(`a[href$="/news/${media.news}"]`).waitFor();
    await page.getByRole('region', { name: 'Спикеры' }).getByRole('link', { name: 'Ирина Викторовна Соколова' }).waitFor();
    await page.getByRole('button', { name: 'Включить плеер YouTube' }).waitFor();
    await page.getByRole('button', { name: 'Следующий слайд' }).click();
    await page.getByText('Слайд 2 из 2').first().waitFor();

    // SEO: title, description, OpenGraph, canonical, JSON-LD of the event
    expect(await page.title()).toBe(`${media.title} · ${SEED.organization}`);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe('Проверочное мероприятие со всеми секциями.');
    expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(/\/uploads\//);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${siteUrl()}/events/${media.slug}`);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown>;
    expect(jsonLd['@type']).toBe('Event');
    expect(jsonLd.name).toBe(media.title);
    expect(jsonLd.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');

    await saveScreenshot(page, 'event-bold-ru');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('rotates the ad banners at the set interval in the set order, each marked as advertising', async () => {
    const page = h.page();
    const { media } = fixtures();
    await page.goto(`${siteUrl()}/events/${media.slug}`);
    const ads = page.getByRole('region', { name: 'Реклама' });
    const banner = ads.locator('.ad');
    await banner.waitFor();
    expect(await banner.getAttribute('data-ad-erid')).toBe(media.ads[0]);
    const text = (await banner.textContent()) ?? '';
    expect(text).toContain('Реклама');
    expect(text).toContain('Рекламодатель: ООО «Рекламодатель 1»');
    expect(text).toContain('ИНН 7708123450');
    expect(text).toContain(`erid: ${media.ads[0]}`);
    expect(await ads.getByRole('link').first().getAttribute('href')).toBe(`https://advertiser-1.demo.test/?erid=${media.ads[0]}`);
    expect(await ads.getByRole('link').first().getAttribute('rel')).toContain('sponsored');
    // every 3 seconds (the event's setting), in the organizer's order; the hidden banner never shows
    const started = Date.now();
    await expect.poll(() => banner.getAttribute('data-ad-erid'), { timeout: 6_000, interval: 100 }).toBe(media.ads[1]);
    expect(Date.now() - started).toBeGreaterThan(1_500);
    await expect.poll(() => banner.getAttribute('data-ad-erid'), { timeout: 6_000, interval: 100 }).toBe(media.ads[2]);
    await expect.poll(() => banner.getAttribute('data-ad-erid'), { timeout: 6_000, interval: 100 }).toBe(media.ads[0]);
    expect(await page.content()).not.toContain('E2EADHIDDEN');
    // the pause button stops the rotation
    await ads.getByRole('button', { name: 'Остановить показ' }).click();
    const paused = await banner.getAttribute('data-ad-erid');
    await page.waitForTimeout(3_500);
    expect(await banner.getAttribute('data-ad-erid')).toBe(paused);
    await saveScreenshot(page, 'event-ads-ru');
  });

  it('shows three visibly different templates', async () => {
    const page = h.page();
    const styles: Record<string, { transform: string; font: string; cover: boolean }> = {};
    for (const [template, slug] of [
      ['bold', fixtures().media.slug],
      ['classic', SEED.openDay.slug],
      ['minimal', 'intensiv-analiz-dannyh'],
    ] as const) {
      await page.goto(`${siteUrl()}/events/${slug}`);
      expect(await page.locator('article.event-page').getAttribute('class')).toContain(`event-page--${template}`);
      const h1 = page.getByRole('heading', { level: 1 });
      styles[template] = {
        transform: await h1.evaluate((node) => getComputedStyle(node).textTransform),
        font: await h1.evaluate((node) => getComputedStyle(node).fontFamily),
        cover: (await page.locator('.event-hero__cover').count()) > 0,
      };
      await saveScreenshot(page, `event-template-${template}`);
    }
    expect(styles.bold?.transform).toBe('uppercase');
    expect(styles.classic?.transform).toBe('none');
    expect(styles.minimal?.font).toContain('Georgia');
    expect(styles.classic?.font).not.toContain('Georgia');
    expect(styles.minimal?.cover).toBe(false);
    expect(styles.classic?.cover).toBe(true);
  });

  it('keeps the JavaScript of a large event page under 200 KB compressed', async () => {
    const page = h.page();
    let total = 0;
    const scripts: string[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script' && !response.url().endsWith('.js')) return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      total += gzipSync(body, { level: 9 }).length;
      scripts.push(response.url());
    });
    await page.goto(`${siteUrl()}/events/${fixtures().large.slug}`, { waitUntil: 'networkidle' });
    await expectH1(page, fixtures().large.title);
    expect(await page.getByRole('region', { name: 'Программа' }).getByRole('heading', { level: 4 }).count()).toBe(30);
    expect(await page.getByRole('region', { name: 'Спикеры' }).getByRole('article').count()).toBe(fixtures().large.speakers);
    console.log(`[e2e] event page JavaScript: ${scripts.length} files, ${(total / 1024).toFixed(1)} KB gzip`);
    expect(scripts.length).toBeGreaterThan(0);
    expect(total).toBeLessThan(200 * 1024);
    await saveScreenshot(page, 'event-large-ru');
  });
});
