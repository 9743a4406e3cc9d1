/**
 * Issue 3, acceptance 4: the demo event administrator builds an event page in the admin panel
 * (a new event starts from the default blocks), plans a session on the program calendar, publishes
 * both, and the site shows the page with the session in its program. Acceptance 5: the demo space
 * puts every kind of page block on some event, and the site shows each.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, saveScreenshot, seriousAxeViolations, siteUrl, strapiUrl } from './support/browser';
import { ADMIN, adminLogin, fieldGroup, fieldLabel, fillDateTime, publishDocument } from './support/admin';
import { expectH1, useHarness } from './support/harness';

const h = useHarness();

const EVENT_ADMIN = { email: 'event.admin@demo.test', password: 'Demo-event-2026' };
/** Headings of the default blocks of a new Russian event (event-builder's domain/event-defaults.ts). */
const DEFAULT_BLOCK_HEADINGS = ['О событии', 'Программа', 'Спикеры', 'Партнёры', 'Новости', 'Документы'];
const HOUR = 3_600_000;

/** 10:00 in Moscow, `days` days after today's Moscow date. */
function moscowTen(days: number): Date {
  const moscow = new Date(Date.now() + 3 * HOUR);
  return new Date(Date.UTC(moscow.getUTCFullYear(), moscow.getUTCMonth(), moscow.getUTCDate() + days, 7));
}

describe('event constructor in the admin panel', () => {
  it('creates an event from the default blocks, adds a session in the calendar, publishes, and the site shows it', { timeout: 240_000 }, async () => {
    const page = h.page();
    page.setDefaultTimeout(30_000);
    const stamp = Date.now().toString(36).slice(-5);
    const title = `Открытый семинар конструктора ${stamp}`;
    const slug = `seminar-konstruktora-${stamp}`;
    const sessionTitle = `Как собрать страницу события за пять минут ${stamp}`;
    const startsAt = moscowTen(5);
    const endsAt = new Date(startsAt.getTime() + 8 * HOUR);

    // --- sign in as the event administrator -----------------------------------------------------
    await adminLogin(page, EVENT_ADMIN.email, EVENT_ADMIN.password);
    await saveScreenshot(page, 'constructor-01-admin-home');

    // --- content manager: a new event with a title, a slug and its dates ------------------------
    await page.getByRole('navigation').getByRole('link', { name: ADMIN.contentManager }).click();
    await page.getByRole('link', { name: ADMIN.event }).click();
    await page.getByRole('link', { name: ADMIN.createEntry }).first().click();
    await page.waitForURL(/api::event\.event\/create/);
    await page.getByRole('textbox', { name: fieldLabel('title') }).fill(title);
    const slugInput = page.getByRole('textbox', { name: fieldLabel('slug') });
    await slugInput.fill(slug);
    await fillDateTime(page, 'startsAt', startsAt);
    await fillDateTime(page, 'endsAt', endsAt);
    expect(await slugInput.inputValue()).toBe(slug);
    await saveScreenshot(page, 'constructor-02-event-form');
    await page.getByRole('button', { name: ADMIN.save }).click();
    // saved: the edit view moves from /create to the new document's address
    await page.waitForURL((url) => /api::event\.event\/(?!create)[a-z0-9]+/.test(url.pathname), { timeout: 30_000 });
    const eventEditUrl = page.url();

    // the event started from the default page sections (one dynamic-zone entry per block)
    const main = page.getByRole('main');
    for (const heading of DEFAULT_BLOCK_HEADINGS) {
      await main.getByRole('heading', { level: 3 }).filter({ hasText: new RegExp(`\\s-\\s${heading}`) }).first().waitFor();
    }
    expect(await fieldGroup(page, 'startsAt').getByRole('combobox', { name: ADMIN.chooseDate }).inputValue()).not.toBe('');
    await saveScreenshot(page, 'constructor-03-event-saved-with-default-blocks');

    // --- program calendar: a click on an empty slot proposes a one-hour session -----------------
    await page.getByRole('navigation').getByRole('link', { name: ADMIN.calendar }).click();
    await page.getByRole('combobox', { name: ADMIN.event }).click();
    await page.getByRole('option', { name: new RegExp(title) }).click();
    const day = page.getByRole('region', { name: ADMIN.schedule });
    await day.waitFor();
    // the event lasts one day in Moscow: one day tab
    expect(await page.getByRole('tab').count()).toBe(1);
    const lane = day.getByRole('group', { name: ADMIN.noTrack });
    await lane.click({ position: { x: 40, y: 6 } });
    const dialog = page.getByRole('dialog', { name: ADMIN.newSession });
    await dialog.waitFor();
    const start = await dialog.getByRole('combobox', { name: /^(start|начало)/i }).inputValue();
    const end = await dialog.getByRole('combobox', { name: /^(end|окончание)/i }).inputValue();
    const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
    // the calendar shows the event's own timezone: the first slot is the event's 10:00
    expect(start).toBe('10:00');
    expect(minutes(end) - minutes(start)).toBe(60);
    await dialog.getByRole('textbox', { name: ADMIN.sessionTitle }).fill(sessionTitle);
    await saveScreenshot(page, 'constructor-04-calendar-new-session');
    await dialog.getByRole('button', { name: ADMIN.createDraft }).click();
    await dialog.waitFor({ state: 'detached' });
    const card = day.locator('[data-session-id]').filter({ hasText: sessionTitle });
    await card.waitFor();
    const sessionId = await card.getAttribute('data-session-id');
    expect(sessionId).toMatch(/^[a-z0-9]+$/);
    await saveScreenshot(page, 'constructor-05-calendar-session-created');

    // the session's editor, from the calendar
    await page.getByRole('link', { name: ADMIN.openInEditor }).click();
    await page.waitForURL((url) => url.pathname.includes(`api::session.session/${sessionId}`));
    const sessionEditUrl = page.url();

    // --- publish the event, then its session --------------------------------------------------------
    await page.goto(eventEditUrl);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await publishDocument(page, 'constructor-06-event-publish-confirmation');
    await saveScreenshot(page, 'constructor-07-event-published');

    await page.goto(sessionEditUrl);
    await page.getByRole('heading', { level: 1, name: sessionTitle }).waitFor();
    await publishDocument(page, 'constructor-08-session-publish-confirmation');
    await saveScreenshot(page, 'constructor-09-session-published');

    // --- the site: the event page with the session in its program --------------------------------
    const program = page.getByRole('region', { name: 'Программа' });
    await expect
      .poll(
        async () => {
          const response = await page.goto(`${siteUrl()}/events/${slug}`);
          if (response?.status() !== 200) return `HTTP ${response?.status()}`;
          return (await program.count()) > 0 ? (await program.innerText()).includes(sessionTitle) : 'no program';
        },
        { timeout: 60_000, interval: 2_000 },
      )
      .toBe(true);
    await expectH1(page, title);
    await program.getByRole('heading', { name: sessionTitle }).waitFor();
    await saveScreenshot(page, 'constructor-10-site-event-page');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('shows every kind of page block on some demo event', { timeout: 120_000 }, async () => {
    const page = h.page();
    const types = readdirSync(join(repoRoot, 'src', 'components', 'blocks'))
      .filter((file) => file.endsWith('.json'))
      .map((file) => `blocks.${file.slice(0, -'.json'.length)}`);
    expect(types.length).toBe(10);
    const response = await fetch(`${strapiUrl()}/api/events?locale=ru&populate=blocks&fields[0]=slug&pagination[pageSize]=100`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: Array<{ slug: string; blocks?: Array<{ __component: string; heading?: string | null }> | null }> };
    // the demo seed's events only: not the test fixtures (e2e-*) nor what the test above made
    const demo = body.data.filter((event) => !event.slug.startsWith('e2e-') && !event.slug.startsWith('seminar-konstruktora-'));
    for (const type of types) {
      const event = demo.find((candidate) => candidate.blocks?.some((block) => block.__component === type && block.heading));
      expect(event, `no demo event has a ${type} block`).toBeDefined();
      const heading = event?.blocks?.find((block) => block.__component === type)?.heading ?? '';
      await page.goto(`${siteUrl()}/events/${event?.slug ?? ''}`);
      // text content: templates may set headings in capitals
      await expect
        .poll(async () => (await page.locator('.section__heading').allTextContents()).map((text) => text.trim().toLowerCase()), { timeout: 10_000 })
        .toContain(heading.toLowerCase());
    }
    await saveScreenshot(page, 'constructor-11-demo-blocks');
  });
});
