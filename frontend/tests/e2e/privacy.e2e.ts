import { describe, expect, it } from 'vitest';
import { siteUrl } from './support/browser';
import { useHarness } from './support/harness';
import { attendeeJwt, fetchText, fixtures, signIn, signOut } from './support/space';

const h = useHarness();

describe('hidden events and sessions', () => {
  it('appear in no list, search, tag page, archive, sitemap or calendar for anonymous visitors', async () => {
    const { hidden, media } = fixtures();
    const pages = [
      '/',
      `/?q=${encodeURIComponent(hidden.marker)}`,
      '/?tag=hakaton',
      '/archive',
      `/archive?q=${encodeURIComponent(hidden.marker)}`,
      '/tags/hakaton',
      '/speakers/irina-sokolova',
      `/events/${media.slug}`,
      `/events/${media.slug}/program`,
      '/en',
    ];
    for (const path of pages) {
      const { status, text } = await fetchText(path);
      expect(status, path).toBe(200);
      for (const event of hidden.events) {
        expect(text, path).not.toContain(event.title);
        expect(text, path).not.toContain(event.sessionTitle);
        expect(text, path).not.toContain(`/events/${event.slug}`);
      }
      for (const session of hidden.sessions) {
        expect(text, path).not.toContain(session.title);
        expect(text, path).not.toContain(session.documentId);
      }
    }
    const api = await fetchText(`/api/events?when=all&pageSize=50&q=${encodeURIComponent(hidden.marker)}`);
    expect(JSON.parse(api.text).items).toEqual([]);
    const sitemap = await fetchText('/sitemap.xml');
    for (const event of hidden.events) expect(sitemap.text).not.toContain(`/events/${event.slug}`);
    for (const session of hidden.sessions) expect(sitemap.text).not.toContain(session.documentId);
    // invite-only and closed events and sessions: no page, no calendar file
    for (const event of hidden.events.filter((item) => item.privacy !== 'link')) {
      expect((await fetchText(`/events/${event.slug}`)).status).toBe(404);
      expect((await fetchText(`/calendar/events/${event.slug}.ics`)).status).toBe(404);
      expect((await fetchText(`/calendar/sessions/${event.sessionId}.ics?event=${event.slug}`)).status).toBe(404);
    }
    for (const session of hidden.sessions.filter((item) => item.privacy !== 'link')) {
      expect((await fetchText(`/events/${media.slug}/sessions/${session.documentId}`)).status).toBe(404);
      expect((await fetchText(`/calendar/sessions/${session.documentId}.ics?event=${media.slug}`)).status).toBe(404);
    }
  });

  it('opens a by-link event to whoever has the link, kept out of search engines', async () => {
    const page = h.page();
    const event = fixtures().hidden.events.find((item) => item.privacy === 'link')!;
    const response = await page.goto(`${siteUrl()}/events/${event.slug}`);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: event.title }).waitFor();
    expect(await page.locator('meta[name="robots"]').first().getAttribute('content')).toContain('noindex');
  });

  it('shows a closed event to a signed-in visitor on its allowlist, and to nobody else', async () => {
    const page = h.page();
    const context = h.browser().context;
    const { hidden } = fixtures();
    const closed = hidden.events.find((item) => item.privacy === 'closed')!;
    await signIn(context, await attendeeJwt('e2e-outsider@uni.test'));
    try {
      expect((await page.goto(`${siteUrl()}/events/${closed.slug}`))?.status()).toBe(404);
      await page.goto(`${siteUrl()}/?q=${encodeURIComponent(hidden.marker)}`);
      expect(await page.content()).not.toContain(closed.title);
    } finally {
      await signOut(context);
    }
    await signIn(context, await attendeeJwt(hidden.allowedEmail));
    try {
      const response = await page.goto(`${siteUrl()}/events/${closed.slug}`);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['cache-control']).toBe('private, no-store');
      await page.getByRole('heading', { level: 1, name: closed.title }).waitFor();
      await page.goto(`${siteUrl()}/?q=${encodeURIComponent(hidden.marker)}`);
      await page.getByRole('link', { name: closed.title }).waitFor();
      // what the allowed visitor saw was not stored for anyone else
    } finally {
      await signOut(context);
    }
    expect((await fetchText(`/events/${closed.slug}`)).status).toBe(404);
    expect((await fetchText(`/?q=${encodeURIComponent(hidden.marker)}`)).text).not.toContain(closed.title);
  });
});
