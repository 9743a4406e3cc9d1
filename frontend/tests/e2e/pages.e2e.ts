import { describe, expect, it } from 'vitest';
import { signPreviewToken } from '../../../cms/src/preview';
import { openBeforeScripts, saveScreenshot, seriousAxeViolations, siteUrl, strapiUrl } from './support/browser';
import { SEED } from './support/content';
import { expectH1, useHarness } from './support/harness';
import { adminToken, fetchText, fixtures } from './support/space';

const h = useHarness();

describe('speaker, news and tag pages', () => {
  it('shows a speaker with their talks (hidden ones left out)', async () => {
    const page = h.page();
    await page.goto(`${siteUrl()}/speakers/irina-sokolova`);
    await expectH1(page, 'Ирина Викторовна Соколова');
    const talks = await page.getByRole('region', { name: 'Выступления' }).getByRole('heading', { level: 3 }).allInnerTexts();
    expect(talks).toContain(fixtures().media.sessions.live.title);
    expect(talks).toContain('Открытие конференции');
    expect(talks.join('\n')).not.toContain(fixtures().hidden.marker);
    expect(talks.join('\n')).not.toContain('скрытая сессия');
    await saveScreenshot(page, 'speaker-ru');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect((await page.goto(`${siteUrl()}/speakers/no-such-person`))?.status()).toBe(404);
  });

  it('shows a news item linked from its event', async () => {
    const page = h.page();
    await page.goto(`${siteUrl()}/events/${fixtures().media.slug}`);
    await page.locator(`a[href$="/news/${fixtures().media.news}"]`).first().click();
    await page.waitForURL(`${siteUrl()}/news/${fixtures().media.news}`);
    await page.getByRole('heading', { level: 1, name: /^E2E: новость/ }).waitFor();
    await page.getByRole('link', { name: fixtures().media.title }).waitFor();
    await saveScreenshot(page, 'news-ru');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect((await page.goto(`${siteUrl()}/news/no-such-news`))?.status()).toBe(404);
  });

  it('shows the events and news of a tag', async () => {
    const page = h.page();
    await page.goto(`${siteUrl()}/tags/hakaton`);
    await expectH1(page, 'Тема: Хакатоны');
    const upcoming = await page.getByRole('region', { name: 'Ближайшие и текущие' }).getByRole('article').getByRole('heading').allInnerTexts();
    expect(upcoming).toContain(SEED.ongoing[0]);
    expect(upcoming).toContain(fixtures().media.title);
    expect(upcoming.join('\n')).not.toContain(fixtures().hidden.marker);
    await saveScreenshot(page, 'tag-ru');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('offers the sign-in entry point (the email-code flow of the registration module)', async () => {
    const page = h.page();
    await page.goto(`${siteUrl()}/`);
    await page.getByRole('navigation', { name: 'Разделы сайта' }).getByRole('link', { name: 'Войти' }).click();
    await page.waitForURL(/\/signin\?redirect=/);
    await expectH1(page, 'Вход');
    await page.getByLabel('Электронная почта').fill('not-an-email');
    expect(await page.getByLabel('Электронная почта').evaluate((input) => (input as HTMLInputElement).validity.valid)).toBe(false);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
    await saveScreenshot(page, 'signin-ru');
    expect(await seriousAxeViolations(page)).toEqual([]);
    // the JWT never reaches the browser: only an httpOnly cookie could hold it
    const verify = await fetch(`${siteUrl()}/api/auth/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'x' }) });
    expect(verify.status).toBe(400);
  });

  it('keeps an address typed while the sign-in page was still loading', async () => {
    const page = h.page();
    const interactive = await openBeforeScripts(page, `${siteUrl()}/signin`);
    const email = `early-${Date.now()}@uni.test`;
    await page.getByLabel('Электронная почта').fill(email);
    await interactive();
    expect(await page.getByLabel('Электронная почта').inputValue()).toBe(email);
    const button = page.getByRole('button', { name: 'Получить код' });
    await expect.poll(() => button.isEnabled()).toBe(true);
    await button.click();
    await page.getByText(`Мы отправили код на ${email}.`).waitFor();
  });
});

describe('SEO files', () => {
  it('serves robots.txt with the sitemap, and a sitemap of public pages in both languages', async () => {
    const robots = await fetchText('/robots.txt');
    expect(robots.text).toContain(`Sitemap: ${siteUrl()}/sitemap.xml`);
    expect(robots.text).toContain('Disallow: /preview/');
    const sitemap = await fetchText('/sitemap.xml');
    expect(sitemap.headers.get('content-type')).toContain('application/xml');
    expect(sitemap.text).toContain(`<loc>${siteUrl()}/events/${SEED.openDay.slug}</loc>`);
    expect(sitemap.text).toContain(`hreflang="en-GB" href="${siteUrl()}/en/events/${SEED.openDay.slug}"`);
    expect(sitemap.text).toContain(`/events/${fixtures().media.slug}/sessions/${fixtures().media.sessions.live.documentId}`);
    expect(sitemap.text).toContain('/speakers/irina-sokolova');
    expect(sitemap.text).toContain('/news/e2e-news');
    expect(sitemap.text).not.toContain('shkola-yunogo-programmista');
  });
});

describe('publishing and preview', () => {
  it('shows a change published in the admin on the cached event page within 10 seconds', async () => {
    const page = h.page();
    const { media } = fixtures();
    const url = `${siteUrl()}/events/${media.slug}`;
    await fetch(url);
    const cached = await fetch(url);
    expect(cached.headers.get('x-page-cache')).toBe('HIT');

    const token = await adminToken();
    const news = (await (await fetch(`${strapiUrl()}/api/news-items?filters[slug][$eq]=${media.news}`)).json()) as { data: Array<{ documentId: string }> };
    const documentId = news.data[0]?.documentId;
    const title = `E2E: новость изменена в ${Date.now()}`;
    const published = await fetch(`${strapiUrl()}/content-manager/collection-types/api::news-item.news-item/${documentId}/actions/publish?locale=ru`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title }),
    });
    expect(published.status).toBe(200);
    const started = Date.now();
    await expect.poll(async () => (await (await fetch(url)).text()).includes(title), { timeout: 10_000, interval: 250 }).toBe(true);
    console.log(`[e2e] the published change was on the cached page after ${Date.now() - started} ms`);
    await page.goto(url);
    await page.getByRole('link', { name: title }).waitFor();
  });

  it('previews an event only through the link the admin signed for it, drafts included', async () => {
    const page = h.page();
    const token = await adminToken();
    const find = async (slug: string) =>
      (
        (await (
          await fetch(`${strapiUrl()}/content-manager/collection-types/api::event.event?filters[slug][$eq]=${slug}&locale=ru`, { headers: { authorization: `Bearer ${token}` } })
        ).json()) as { results: Array<{ documentId: string }> }
      ).results[0]?.documentId;
    // the URL the admin's "Open preview" panel frames, as the admin makes it
    const previewUrl = async (documentId: string | undefined, status: 'draft' | 'published') => {
      const response = await fetch(`${strapiUrl()}/content-manager/preview/url/api::event.event?documentId=${documentId}&locale=ru&status=${status}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
      const url = new URL(((await response.json()) as { data: { url: string } }).data.url);
      expect(url.origin).toBe(new URL(siteUrl()).origin);
      expect(url.pathname).toBe(`/preview/events/${documentId}`);
      return url;
    };
    const published = await find(SEED.openDay.slug);
    const signed = await previewUrl(published, 'published');
    // the shared secret itself is no longer what opens a preview
    expect(signed.searchParams.get('secret')).toBeNull();
    expect(signed.toString()).not.toContain(process.env.E2E_PREVIEW_SECRET ?? 'no secret given');
    expect((await page.goto(`${siteUrl()}/preview/events/${published}?status=published&locale=ru&secret=${process.env.E2E_PREVIEW_SECRET ?? ''}`))?.status()).toBe(404);
    expect((await page.goto(`${siteUrl()}/preview/events/${published}?status=published&locale=ru&token=wrong`))?.status()).toBe(404);
    const response = await page.goto(signed.toString());
    expect(response?.status()).toBe(200);
    expect(response?.headers()['cache-control']).toBe('private, no-store');
    expect(response?.headers()['x-robots-tag']).toContain('noindex');
    await expectH1(page, SEED.openDay.title);
    expect(await page.locator('meta[name="robots"]').first().getAttribute('content')).toContain('noindex');
    // the link of the published version does not open the draft of the same event
    const asDraft = new URL(signed);
    asDraft.searchParams.set('status', 'draft');
    expect((await page.goto(asDraft.toString()))?.status()).toBe(404);

    // drafts: the site's read-only token must pass Strapi's public read rules (event-builder)
    const draft = await find('shkola-yunogo-programmista');
    // the draft preview link of another event (what that event's manager sees) does not open this draft
    const foreign = await previewUrl(published, 'draft');
    foreign.pathname = `/preview/events/${draft}`;
    const refused = await page.goto(foreign.toString());
    expect(refused?.status()).toBe(404);
    expect(refused?.headers()['cache-control']).toBe('private, no-store');
    expect(await page.content()).not.toContain(SEED.draft);
    const tokenReadsDrafts = (
      (await (
        await fetch(`${strapiUrl()}/api/events?status=draft&filters[documentId][$eq]=${draft}`, { headers: { authorization: `Bearer ${process.env.E2E_SITE_API_TOKEN ?? ''}` } })
      ).json()) as { data: unknown[] }
    ).data.length > 0;
    expect(tokenReadsDrafts).toBe(true);
    const ownLink = await previewUrl(draft, 'draft');
    const preview = await page.goto(ownLink.toString());
    expect(preview?.status()).toBe(200);
    expect(preview?.headers()['cache-control']).toBe('private, no-store');
    await expectH1(page, `${SEED.draft} (черновик)`);
    await page.getByText('Предпросмотр черновика').waitFor();
    await saveScreenshot(page, 'preview-draft-ru');
    // a tampered token (a later expiry on the same signature) is refused
    const [expires, signature] = (ownLink.searchParams.get('token') ?? '').split('.');
    const tampered = new URL(ownLink);
    tampered.searchParams.set('token', `${Number(expires) + 86_400}.${signature}`);
    expect((await page.goto(tampered.toString()))?.status()).toBe(404);
    expect(await page.content()).not.toContain(SEED.draft);
    // a genuine link that has expired says so (410), with nothing of the draft
    const expired = new URL(ownLink);
    const secret = process.env.E2E_PREVIEW_SECRET ?? '';
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    expired.searchParams.set('token', await signPreviewToken(secret, { documentId: draft ?? '', locale: 'ru', status: 'draft' }, { now: twoHoursAgo, ttlSeconds: 3600 }));
    expect((await page.goto(expired.toString()))?.status()).toBe(410);
    await page.getByRole('heading', { level: 1, name: 'Ссылка предпросмотра устарела' }).waitFor();
    expect(await page.content()).not.toContain(SEED.draft);
    // the public page of the draft still does not exist
    expect((await fetch(`${siteUrl()}/events/shkola-yunogo-programmista`)).status).toBe(404);
  });
});
