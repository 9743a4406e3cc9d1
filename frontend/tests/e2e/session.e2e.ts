import { describe, expect, it } from 'vitest';
import { saveScreenshot, seriousAxeViolations, siteUrl } from './support/browser';
import { expectH1, useHarness } from './support/harness';
import { clockAt, fixtures } from './support/space';

const h = useHarness();
const sessionPath = (key: 'live' | 'registered' | 'hls' | 'none', hours: number) => {
  const { media } = fixtures();
  return `${siteUrl()}/events/${media.slug}/sessions/${media.sessions[key].documentId}?now=${encodeURIComponent(clockAt(hours))}`;
};

describe('session page', () => {
  it('embeds the stream while the session is live, with the chat panel and the ad block', async () => {
    const page = h.page();
    const { media } = fixtures();
    await page.goto(sessionPath('live', 0.5));
    await expectH1(page, media.sessions.live.title);
    await page.getByText('Идёт сейчас').first().waitFor();
    await page.getByRole('complementary').getByRole('heading', { name: 'Чат' }).waitFor();
    await page.getByRole('region', { name: 'Реклама' }).getByText(`erid: ${media.ads[0]}`).waitFor();
    expect(await page.locator('iframe').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Включить плеер YouTube' }).click();
    const frame = page.locator('iframe[title^="Видео:"]');
    await frame.waitFor();
    expect(await frame.getAttribute('src')).toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\/dQw4w9WgXcQ\?autoplay=1$/);
    await saveScreenshot(page, 'session-live-ru');
  });

  it('announces the stream before the start and shows no player', async () => {
    const page = h.page();
    await page.goto(sessionPath('live', -24));
    await page.getByText('Трансляция начнётся').waitFor();
    expect(await page.getByRole('button', { name: 'Включить плеер YouTube' }).count()).toBe(0);
  });

  it('shows the recording only from the time its availability allows', async () => {
    const page = h.page();
    const { media } = fixtures();
    // ended, but the recording is published two hours after the start
    await page.goto(sessionPath('live', 1.5));
    await page.locator('[data-recording="later"]').waitFor();
    expect(await page.locator('[data-recording="available"]').count()).toBe(0);
    expect(await page.content()).not.toContain('watch?v=dQw4w9WgXcQ');

    await page.goto(sessionPath('live', 2.5));
    const recording = page.locator('[data-recording="available"]');
    await recording.waitFor();
    expect(await recording.getByRole('link', { name: 'Смотреть запись' }).getAttribute('href')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    await saveScreenshot(page, 'session-recording-ru');

    // "registered participants only": never shown to an anonymous visitor, not even in the page source
    await page.goto(sessionPath('registered', 3));
    await page.locator('[data-recording="signin"]').waitFor();
    expect(await page.content()).not.toContain('rutube.ru/video/0123456789abcdef');
    // no recording at all, and no chat panel when the organizer did not enable it
    await page.goto(sessionPath('none', 5));
    await page.locator('[data-recording="none"]').waitFor();
    expect(await page.getByRole('complementary').count()).toBe(0);
    expect(media.sessions.none.title).toBeTruthy();
  });

  it('offers the closed HLS stream to signed-in viewers only', async () => {
    const page = h.page();
    await page.goto(sessionPath('hls', 2.5));
    const signIn = page.getByRole('link', { name: 'Закрытая трансляция: войдите, чтобы смотреть' });
    await signIn.waitFor();
    expect(await signIn.getAttribute('href')).toContain('/signin?redirect=');
    expect(await page.content()).not.toContain('e2e.m3u8');
    const direct = await fetch(`${siteUrl()}/api/sessions/${fixtures().media.sessions.hls.documentId}/stream`);
    expect(direct.status).toBe(401);
  });

  it('answers a bad session id with the 404 page', async () => {
    const page = h.page();
    const response = await page.goto(`${siteUrl()}/events/${fixtures().media.slug}/sessions/nosuchsession00000000000`);
    expect(response?.status()).toBe(404);
    expect((await page.goto(`${siteUrl()}/events/${fixtures().media.slug}/sessions/..%2F..%2Fadmin`))?.status()).toBe(404);
  });
});
