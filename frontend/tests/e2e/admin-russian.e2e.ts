/**
 * Issue 11, acceptance 3: the demo event administrator's admin panel is in Russian: the menu, the
 * content manager's type names, the events list's column headers, an event's field labels and hints,
 * and the program calendar. Labels are checked against the label catalog's Russian wording only (the
 * other browser tests accept either language).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LABELS, SYSTEM_FIELDS } from '../../../src/labels/catalog';
import { saveScreenshot } from './support/browser';
import { adminLogin } from './support/admin';
import { useHarness } from './support/harness';

const h = useHarness();

const EVENT_ADMIN = { email: 'event.admin@demo.test', password: 'Demo-event-2026' };
const EVENT = 'api::event.event';
const CYRILLIC = /[а-яё]/i;

const eventLabel = (field: string) => {
  const label = LABELS[EVENT]?.fields[field] ?? SYSTEM_FIELDS[field];
  if (!label) throw new Error(`no label for ${field}`);
  return label;
};
const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`);

/**
 * The texts of the list view's column headers (the row-selection column has none). The design
 * system's grid gives its <th> cells the role gridcell, so they are found as the grid's header cells;
 * their text content, not the rendered text (the headers are set in capitals).
 */
async function columnHeaders(page: Page): Promise<string[]> {
  const headers = page.getByRole('grid').locator('thead th');
  await headers.nth(1).waitFor();
  return (await headers.allTextContents()).map((text) => text.trim()).filter(Boolean);
}

describe('the admin panel in Russian for the event administrator', () => {
  it('shows the menu, the events list, an event and the calendar in Russian', { timeout: 180_000 }, async () => {
    const page = h.page();
    page.setDefaultTimeout(30_000);
    await adminLogin(page, EVENT_ADMIN.email, EVENT_ADMIN.password);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');

    // --- the main menu --------------------------------------------------------------------------
    const menu = page.getByRole('navigation').first();
    await menu.getByRole('link', { name: 'Редактор контента' }).waitFor();
    await menu.getByRole('link', { name: 'Календарь программы' }).waitFor();
    await saveScreenshot(page, 'admin-russian-01-home');

    // --- the content manager: type names, then the events list ------------------------------------
    await menu.getByRole('link', { name: 'Редактор контента' }).click();
    const eventType = page.getByRole('link', { name: LABELS[EVENT]!.name.ru, exact: true });
    await eventType.waitFor();
    await page.getByRole('link', { name: LABELS['api::session.session']!.name.ru, exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Event', exact: true }).count()).toBe(0);
    await eventType.click();
    await page.waitForURL(/api::event\.event(\?|$)/);
    await page.getByRole('row').nth(1).waitFor();
    // the grid is drawn with empty headers while the view's configuration loads
    await expect.poll(() => columnHeaders(page), { timeout: 30_000 }).toEqual(expect.arrayContaining([eventLabel('title').ru]));
    const headers = await columnHeaders(page);
    // no header in English or by attribute name: every one in Russian
    expect(headers.filter((header) => !CYRILLIC.test(header))).toEqual([]);
    await saveScreenshot(page, 'admin-russian-02-events-list');

    // --- an event's edit view: Russian labels and a hint --------------------------------------------
    await page.getByRole('row').nth(1).getByRole('gridcell').nth(2).click();
    await page.waitForURL(/api::event\.event\/[a-z0-9]+/);
    await page.getByRole('textbox', { name: exactly(eventLabel('title').ru) }).waitFor();
    await page.getByRole('textbox', { name: exactly(eventLabel('slug').ru) }).waitFor();
    // the hint follows the field's length limit ("макс. 200 символов") in the same element
    await page.getByText(eventLabel('title').hint).waitFor();
    for (const field of ['registrationOpen', 'waitlistEnabled', 'capacity']) {
      await page.getByText(eventLabel(field).ru, { exact: true }).first().waitFor();
    }
    for (const field of ['registrationOpen', 'waitlistEnabled', 'allowlist']) {
      expect(await page.getByText(field, { exact: true }).count(), field).toBe(0);
    }
    await saveScreenshot(page, 'admin-russian-03-event-edit');

    // --- the program calendar ----------------------------------------------------------------------
    await menu.getByRole('link', { name: 'Календарь программы' }).click();
    await page.getByRole('heading', { level: 1, name: 'Календарь программы' }).waitFor();
    await page.getByRole('combobox', { name: 'Событие' }).waitFor();
    await saveScreenshot(page, 'admin-russian-04-calendar');
  });
});
