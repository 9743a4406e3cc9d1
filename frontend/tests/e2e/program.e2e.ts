import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, seriousAxeViolations, siteUrl, strapiUrl } from './support/browser';
import { expectH1, useHarness } from './support/harness';
import { attendeeJwt, clockAt, fetchText, fixtures, signIn, signOut } from './support/space';

const h = useHarness();
const CONFERENCE = 'konferenciya-ii-v-obrazovanii';

describe('program', () => {
  it('shows the program by day, filters by track, switches to a grid with tracks as columns', async () => {
    const page = h.page();
    await page.goto(`${siteUrl()}/events/${CONFERENCE}/program`);
    await expectH1(page, 'Программа: Конференция «Искусственный интеллект в образовании»');
    const days = page.getByRole('navigation', { name: 'Дни программы' }).getByRole('link');
    expect(await days.count()).toBe(2);
    const firstDay = await page.locator('.program__list h4').allInnerTexts();
    expect(firstDay).toContain('Открытие конференции');
    expect(firstDay).not.toContain('Интерфейсы ИИ-помощников для студентов');

    await days.nth(1).click();
    await page.waitForURL(/day=/);
    await expect.poll(() => page.locator('.program__list h4').allInnerTexts()).toContain('Интерфейсы ИИ-помощников для студентов');

    await page.getByRole('navigation', { name: 'Треки' }).getByRole('link', { name: 'Исследования и данные' }).click();
    await page.waitForURL(/track=/);
    await expect.poll(() => page.locator('.program__list h4').allInnerTexts()).toEqual(['Открытые данные города для учебных проектов']);

    await page.getByRole('navigation', { name: 'Треки' }).getByRole('link', { name: 'Все треки' }).click();
    await page.getByRole('navigation', { name: 'Вид программы' }).getByRole('link', { name: 'Сеткой' }).click();
    await page.waitForURL(/view=grid/);
    await page.locator('.program__columns').waitFor();
    expect(await page.locator('.program__column-title').allInnerTexts()).toEqual(['Пленарная сессия', 'ИИ в учебном процессе', 'Исследования и данные']);
    await saveScreenshot(page, 'program-grid-ru');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('highlights the session running now (test clock)', async () => {
    const page = h.page();
    const { media } = fixtures();
    await page.goto(`${siteUrl()}/events/${media.slug}/program?now=${encodeURIComponent(clockAt(1.5))}`);
    const current = page.locator('.program-item--current');
    await current.waitFor();
    expect(await current.count()).toBe(1);
    expect(await current.innerText()).toContain(media.sessions.registered.title);
    expect(await current.innerText()).toContain('Идёт сейчас');
    await saveScreenshot(page, 'program-now-ru');

    await page.goto(`${siteUrl()}/events/${media.slug}/program?now=${encodeURIComponent(clockAt(-24))}`);
    await expectH1(page, `Программа: ${media.title}`);
    expect(await page.locator('.program-item--current').count()).toBe(0);
  });

  it('downloads a session and an event as .ics', async () => {
    const page = h.page();
    const { media } = fixtures();
    await page.goto(`${siteUrl()}/events/${media.slug}/program`);
    const item = page.locator('.program-item').filter({ hasText: media.sessions.live.title });
    const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('link', { name: /В календарь/ }).click()]);
    const path = await download.path();
    const ics = readFileSync(path, 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain(`SUMMARY:${media.sessions.live.title} · ${media.title}`);
    expect(ics).toContain(`DTSTART:${media.sessions.live.startsAt.replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`);
    expect(ics).toContain('\r\n');

    const event = await fetchText(`/calendar/events/${media.slug}.ics`);
    expect(event.status).toBe(200);
    expect(event.headers.get('content-type')).toContain('text/calendar');
    expect(event.text).toContain(`SUMMARY:${media.title}`);
    expect((await fetchText('/calendar/events/no-such-event.ics')).status).toBe(404);
  });
});

describe('favorites', () => {
  it('asks anonymous visitors to sign in, saves sessions for signed-in ones, and serves their calendar feed', async () => {
    const page = h.page();
    const context = h.browser().context;
    const { media } = fixtures();
    await page.goto(`${siteUrl()}/events/${media.slug}/program`);
    const item = page.locator('.program-item').filter({ hasText: media.sessions.live.title });
    expect(await item.getByRole('link', { name: `Войдите, чтобы сохранить «${media.sessions.live.title}»` }).getAttribute('href')).toContain('/signin?redirect=');

    await signIn(context, await attendeeJwt('e2e-favorites@uni.test'));
    try {
      await page.goto(`${siteUrl()}/events/${media.slug}/program`);
      const save = item.getByRole('button', { name: `Добавить «${media.sessions.live.title}» в избранное` });
      await save.click();
      const saved = item.getByRole('button', { name: `Убрать «${media.sessions.live.title}» из избранного` });
      await saved.waitFor();
      expect(await saved.getAttribute('aria-pressed')).toBe('true');
      // signed-in pages are never served from the shared cache
      const response = await page.reload();
      expect(response?.headers()['cache-control']).toBe('private, no-store');
      await saved.waitFor();
      await saveScreenshot(page, 'program-favorite-ru');

      await page.goto(`${siteUrl()}/favorites`);
      await expectH1(page, 'Избранное');
      await page.getByRole('link', { name: media.sessions.live.title }).waitFor();
      const feedUrl = await page.getByLabel('Адрес календаря').inputValue();
      expect(feedUrl).toMatch(/\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
      expect(await seriousAxeViolations(page)).toEqual([]);

      // the feed is a secret URL that calendar apps fetch without signing in
      const feed = await fetch(feedUrl);
      expect(feed.status).toBe(200);
      const body = await feed.text();
      expect(body).toContain(`SUMMARY:${media.sessions.live.title} · ${media.title}`);
      expect(body).toContain('REFRESH-INTERVAL');
      expect((await fetch(feedUrl.replace(/[A-Za-z0-9_-]{43}\.ics$/, `${'x'.repeat(43)}.ics`))).status).toBe(404);
    } finally {
      await signOut(context);
    }
  });
});

describe('program pages of every published event', () => {
  it('pass axe with nothing serious, in every template', async () => {
    const list = await fetch(`${strapiUrl()}/api/events?fields[0]=slug&pagination[pageSize]=100`);
    expect(list.status).toBe(200);
    const slugs = ((await list.json()) as { data: Array<{ slug: string }> }).data.map((event) => event.slug);
    expect(slugs.length).toBeGreaterThan(5);
    const page = h.page();
    const found: Record<string, unknown[]> = {};
    for (const slug of slugs) {
      await page.goto(`${siteUrl()}/events/${slug}/program`);
      const violations = await seriousAxeViolations(page);
      if (violations.length > 0) found[slug] = violations;
    }
    expect(found).toEqual({});
  }, 300_000);
});
