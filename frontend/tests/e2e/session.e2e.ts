import { describe, expect, it } from 'vitest';
import { saveScreenshot, seriousAxeViolations, siteUrl } from './support/browser';
import { expectH1, useHarness } from './support/harness';
import { attendeeJwt, clockAt, fixtures, signIn, signOut } from './support/space';

const h = useHarness();
const sessionPath = (key: 'live' | 'registered' | 'hls' | 'none', hours: number) => {
  const { media } = fixtures();
  return `${siteUrl()}/events/${media.slug}/sessions/${media.sessions[key].documentId}?now=${encodeURIComponent(clockAt(hours))}`;
};
/** A session of the event that really ended; `now` for the site's test clock, or the real time. */
const recordedPath = (key: 'everyone' | 'registered', now?: string) => {
  const { recorded } = fixtures();
  return `${siteUrl()}/events/${recorded.slug}/sessions/${recorded.sessions[key].documentId}${now ? `?now=${encodeURIComponent(now)}` : ''}`;
};
const shift = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();

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
    const { media, recorded } = fixtures();
    // ended, but the recording is published two hours after the start
    await page.goto(sessionPath('live', 1.5));
    await page.locator('[data-recording="later"]').waitFor();
    expect(await page.locator('[data-recording="available"]').count()).toBe(0);
    expect(await page.content()).not.toContain('watch?v=dQw4w9WgXcQ');
    // the CMS opens a recording by its own clock: this session has not really ended, so even where
    // the site's test clock says "published" the link is neither sent nor shown
    await page.goto(sessionPath('live', 2.5));
    await page.locator('[data-recording]').first().waitFor();
    expect(await page.locator('[data-recording="available"]').count()).toBe(0);
    expect(await page.content()).not.toContain('watch?v=dQw4w9WgXcQ');

    // a session that really ended: hidden before its end and before the publication time, shown after
    const everyone = recorded.sessions.everyone;
    await page.goto(recordedPath('everyone', shift(everyone.endsAt, -0.5)));
    await expectH1(page, everyone.title);
    await page.locator('[data-recording="after-end"]').waitFor();
    expect(await page.content()).not.toContain(everyone.recordingUrl);
    await page.goto(recordedPath('everyone', shift(everyone.recordingAvailableAt, -0.5)));
    await page.locator('[data-recording="later"]').waitFor();
    expect(await page.content()).not.toContain(everyone.recordingUrl);
    await page.goto(recordedPath('everyone'));
    const recording = page.locator('[data-recording="available"]');
    await recording.waitFor();
    expect(await recording.getByRole('link', { name: 'Смотреть запись' }).getAttribute('href')).toBe(everyone.recordingUrl);
    await saveScreenshot(page, 'session-recording-ru');

    // "registered participants only": never shown to an anonymous visitor, not even in the page source
    await page.goto(sessionPath('registered', 3));
    await page.locator('[data-recording="signin"]').waitFor();
    expect(await page.content()).not.toContain('rutube.ru/video/0123456789abcdef');
    await page.goto(recordedPath('registered'));
    await page.locator('[data-recording="signin"]').waitFor();
    expect(await page.content()).not.toContain(recorded.sessions.registered.recordingUrl);
    // no recording at all, and no chat panel when the organizer did not enable it
    await page.goto(sessionPath('none', 5));
    await page.locator('[data-recording="none"]').waitFor();
    expect(await page.getByRole('complementary').count()).toBe(0);
    expect(media.sessions.none.title).toBeTruthy();
  });

  it('shows a "registered participants" recording to a signed-in participant of the event only', async () => {
    const page = h.page();
    const context = h.browser().context;
    const registered = fixtures().recorded.sessions.registered;
    try {
      await signIn(context, await attendeeJwt(`e2e-recording-stranger-${Date.now()}@uni.test`));
      await page.goto(recordedPath('registered'));
      await page.locator('[data-recording="registered-only"]').waitFor();
      expect(await page.content()).not.toContain(registered.recordingUrl);

      await signIn(context, await attendeeJwt(fixtures().recorded.registeredEmail));
      await page.goto(recordedPath('registered'));
      const recording = page.locator('[data-recording="available"]');
      await recording.waitFor();
      expect(await recording.getByRole('link', { name: 'Смотреть запись' }).getAttribute('href')).toBe(registered.recordingUrl);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'session-recording-registered-ru');
      // the same participant before the end (site clock): nothing of the link in the page
      await page.goto(recordedPath('registered', shift(registered.endsAt, -0.5)));
      await page.locator('[data-recording="after-end"]').waitFor();
      expect(await page.content()).not.toContain(registered.recordingUrl);
    } finally {
      await signOut(context);
    }
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
