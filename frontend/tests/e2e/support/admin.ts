/**
 * The Strapi admin panel as an organizer uses it. The panel speaks the user's interface language
 * (Russian for organizer accounts, English when they pick it in their profile), so every label is
 * matched in Russian and English; elements are found by role and accessible name, never by generated
 * class names. Field labels come from the app's label catalog.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { LABELS } from '../../../../src/labels/catalog';
import { saveScreenshot, strapiUrl } from './browser';

/** The admin panel served by the Strapi under test (scripts/e2e/run.mjs builds it). */
export const adminUrl = (path = ''): string => `${strapiUrl()}/admin${path}`;

/** Labels of the stock admin and of the event-builder plugin, in both interface languages. */
export const ADMIN = {
  email: /^(email|e-mail|электронная почта)/i,
  password: /^(password|пароль)/i,
  login: /^(login|log in|войти)$/i,
  contentManager: /^(content manager|редактор контента)$/i,
  createEntry: /^(create new entry|создать новую запись)$/i,
  save: /^(save|сохранить)$/i,
  publish: /^(publish|опубликовать)$/i,
  published: /^(published document|опубликовано)$/i,
  saved: /^(saved document|saved|сохранено|документ сохранён)$/i,
  chooseDate: /^(choose date|выберите дату)/i,
  chooseTime: /^(choose time|выберите время)/i,
  calendar: /^(programme calendar|program calendar|календарь программы)$/i,
  event: /^(event|событие)$/i,
  schedule: /^(schedule for|расписание на)/i,
  noTrack: /^(no track|без трека)$/i,
  newSession: /^(new session|новая сессия)$/i,
  sessionTitle: /^(title|название)/i,
  createDraft: /^(create draft|создать черновик)$/i,
  openInEditor: /^(open in (the )?editor|открыть в редакторе)$/i,
} as const;

/** Signs in on the admin login page and waits for the panel's home. */
export async function adminLogin(page: Page, email: string, password: string): Promise<void> {
  await page.goto(adminUrl('/auth/login'));
  await page.getByRole('textbox', { name: ADMIN.email }).fill(email);
  await page.getByLabel(ADMIN.password).fill(password);
  await page.getByRole('button', { name: ADMIN.login }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/admin') && !url.pathname.startsWith('/admin/auth'), { timeout: 30_000 });
  await page.getByRole('navigation').first().waitFor();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A field's whole label in either interface language (the catalog's) or its attribute name (no label
 * applied), with the mark of a required field and the i18n plugin's hidden note on localized fields:
 * 'Начало' is not 'Начало регистрации'.
 */
export function fieldLabel(field: string, uid = 'api::event.event'): RegExp {
  const label = LABELS[uid]?.fields[field];
  const names = [label?.ru, label?.en, field].filter((name): name is string => Boolean(name)).map(escapeRegExp);
  return new RegExp(`^(?:${names.join('|')})\\s*\\*?\\s*(?:(?:это значение|this value).*)?$`, 'iu');
}

/** The form field group a content-manager field renders (`role="group"` named by its label). */
export const fieldGroup = (page: Page, field: string, uid?: string): Locator => page.getByRole('group', { name: fieldLabel(field, uid) });

/** The date and the time an instant shows as in the browser's own timezone and the panel's locale. */
async function localParts(page: Page, instant: Date): Promise<{ date: string; time: string }> {
  return page.evaluate((iso) => {
    const when = new Date(iso);
    const locale = document.documentElement.lang || 'en';
    const date = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(when);
    const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(when);
    return { date, time };
  }, instant.toISOString());
}

/** Fills a datetime field of the content manager (date picker and time combobox) with `instant`. */
export async function fillDateTime(page: Page, field: string, instant: Date): Promise<void> {
  const { date, time } = await localParts(page, instant);
  const group = fieldGroup(page, field);
  const dateInput = group.getByRole('combobox', { name: ADMIN.chooseDate });
  await dateInput.click();
  await dateInput.fill(date);
  await dateInput.press('Enter');
  const timeInput = group.getByRole('combobox', { name: ADMIN.chooseTime });
  await timeInput.click();
  await timeInput.fill(time);
  await timeInput.press('Enter');
  expect(await dateInput.inputValue()).toBe(date);
  expect(await timeInput.inputValue()).toBe(time);
}

/** A toast of the panel (success notifications are `role="status"`). */
export const notification = (page: Page, text: RegExp): Locator => page.getByRole('status').filter({ hasText: text });

/**
 * Publishes the document open in the content manager's edit view. When it points at drafts Strapi
 * asks first (those relations join the published version once the drafts are published): confirmed.
 */
export async function publishDocument(page: Page, screenshot?: string): Promise<void> {
  const publish = page.getByRole('button', { name: ADMIN.publish });
  await expect.poll(() => publish.isEnabled(), { timeout: 15_000 }).toBe(true);
  await publish.click();
  const done = notification(page, ADMIN.published).first();
  const confirm = page.getByRole('alertdialog');
  const first = await Promise.race([
    done.waitFor({ timeout: 30_000 }).then(() => 'published' as const),
    confirm.waitFor({ timeout: 30_000 }).then(() => 'confirm' as const),
  ]);
  if (first === 'confirm') {
    if (screenshot) await saveScreenshot(page, screenshot);
    await confirm.getByRole('button', { name: /publish|публиковать/i }).click();
    await done.waitFor({ timeout: 30_000 });
  }
  // nothing left to publish: the button stays disabled until the next change
  await expect.poll(() => publish.isDisabled(), { timeout: 15_000 }).toBe(true);
}
