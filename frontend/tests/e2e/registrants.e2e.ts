/**
 * Issue 12, acceptance 2: the organizers' registrant list in the admin panel. A registration made on
 * the site (through the event's form, signed in) appears in the open list within 2 seconds (live,
 * without reloading); sorting by a column's
 * header and filtering work from the page (the server sorts and filters); the CSV export of the
 * filtered view downloads; check-in by a photo of the QR code marks attendance. Screenshots in
 * .tmp/e2e/screenshots/registrants-*.png.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, siteUrl, strapiUrl } from './support/browser';
import { ADMIN, adminLogin, adminUrl } from './support/admin';
import { readMessages, waitForMessage } from '../../../scripts/smtp-sink/messages';
import { useHarness } from './support/harness';
import { attendeeJwt, signIn } from './support/space';

const h = useHarness();

// the demo's client administrator, and an event whose registration is open during the run (one click on the site)
const ORGANIZER = { email: 'admin@demo.test', password: 'Demo-admin-2026' };
const EVENT = { slug: 'demo-den-akseleratora', title: 'Демо-день акселератора студенческих стартапов' };
const attendee = { email: `e2e-live-${Date.now()}@uni.test`, firstName: 'Ярослава', lastName: 'Живая' };

// a registration's check-in code as its mail writes it (`<registration id>.<signature>`)
const CHECKIN_CODE = /\b\d{1,12}\.[A-Za-z0-9_-]{16}\b/;
// a white 1x1 picture: no code in it
const BLANK_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC', 'base64');

function mailDir(): string {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error('E2E_MAIL_DIR is not set: run the browser tests through scripts/e2e/run.mjs');
  return dir;
}

const counter = async (page: Page, id: string) => Number((await page.getByTestId(id).innerText()).match(/\d+/)?.[0] ?? NaN);

/** Signs in unless the browser's admin session is still on (the tests of a file share one browser). */
async function signedInAdmin(page: Page): Promise<void> {
  await page.goto(adminUrl());
  const form = page.getByRole('textbox', { name: ADMIN.email });
  const menu = page.getByRole('navigation').first().getByRole('link', { name: 'Участники' });
  if ((await Promise.race([form.waitFor().then(() => 'login'), menu.waitFor().then(() => 'in')])) === 'login') {
    await adminLogin(page, ORGANIZER.email, ORGANIZER.password);
  }
}

/** Opens the event's list the way an organizer does: the menu, the event picker, the event. */
async function openList(page: Page): Promise<void> {
  await signedInAdmin(page);
  await page.getByRole('navigation').first().getByRole('link', { name: 'Участники' }).click();
  await page.getByRole('heading', { level: 1, name: 'Участники' }).waitFor();
  await page.getByRole('link', { name: `Открыть участников: ${EVENT.title}` }).click();
  await page.getByRole('heading', { level: 1, name: `Участники: ${EVENT.title}` }).waitFor();
  await page.locator('tbody tr').first().waitFor();
}

describe('the registrant list in the admin panel', () => {
  it('shows a registration made on the site within 2 seconds, without reloading', { timeout: 180_000 }, async () => {
    const admin = h.page();
    admin.setDefaultTimeout(30_000);
    await openList(admin);
    await admin.getByText('Список обновляется сам').waitFor();
    const before = await counter(admin, 'count-registered');
    await saveScreenshot(admin, 'registrants-01-list');

    // the attendee, in another tab: signed in on the site (names in the profile), registers through the event's form
    const jwt = await attendeeJwt(attendee.email);
    const profile = await fetch(`${strapiUrl()}/api/registration/me`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' },
      body: JSON.stringify({ firstName: attendee.firstName, lastName: attendee.lastName }),
    });
    expect(profile.status).toBe(200);
    const context = h.browser().context;
    await signIn(context, jwt);
    const site = await context.newPage();
    try {
      await site.goto(`${siteUrl()}/events/${EVENT.slug}/register`);
      await site.getByRole('heading', { level: 1, name: `Регистрация: ${EVENT.title}` }).waitFor();
      await site.getByRole('checkbox', { name: /даю согласие на обработку/ }).check();
      // a signed-in visitor's form: only what the profile lacks (the consent here), then «Хочу пойти»
      await site.getByRole('button', { name: 'Хочу пойти' }).click();
      await site.getByRole('heading', { level: 2, name: 'Ваша регистрация' }).waitFor();
      const registered = Date.now();
      await saveScreenshot(site, 'registrants-02-site-registered');
      // the new row on the admin's open page (newest first), and the counter
      await admin.locator('tbody tr', { hasText: attendee.email }).waitFor({ timeout: 10_000 });
      const elapsed = Date.now() - registered;
      console.log(`[registrants.e2e] the site's registration appeared in the admin list after ${elapsed} ms`);
      expect(elapsed).toBeLessThan(2_000);
      await expect.poll(() => counter(admin, 'count-registered'), { timeout: 2_000 }).toBe(before + 1);
      const row = admin.locator('tbody tr', { hasText: attendee.email });
      expect(await row.locator('[data-column="lastName"]').getAttribute('data-value')).toBe(attendee.lastName);
      expect(await row.locator('[data-column="status"]').innerText()).toBe('Зарегистрирован');
      await saveScreenshot(admin, 'registrants-03-live-row');
    } finally {
      await site.close();
    }
  });

  it('sorts by a column’s header and filters on columns from the page (the server does both)', { timeout: 180_000 }, async () => {
    const page = h.page();
    page.setDefaultTimeout(30_000);
    await openList(page);
    const total = async () => Number((await page.getByTestId('list-total').innerText()).match(/\d+/)?.[0] ?? NaN);
    const all = await total();
    expect(all).toBeGreaterThan(1);

    // sort: the header's button; the header tells screen readers the order; the address keeps it
    const header = page.locator('th', { has: page.locator('[data-sort-column="registeredAt"]') });
    await header.locator('button').click();
    await page.waitForURL(/sort=registeredAt(%3A|:)asc/);
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    const times = async () => page.locator('tbody [data-column="registeredAt"]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-value') ?? ''));
    await expect.poll(async () => {
      const values = await times();
      return values.length > 1 && values.every((value, index) => index === 0 || Date.parse(values[index - 1] ?? '') <= Date.parse(value));
    }).toBe(true);
    await header.locator('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(async () => {
      const values = await times();
      return values.every((value, index) => index === 0 || Date.parse(values[index - 1] ?? '') >= Date.parse(value));
    }).toBe(true);

    // filter: email contains the attendee's address -> their row only
    await page.getByRole('button', { name: 'Фильтры' }).click();
    const dialog = page.getByRole('dialog', { name: 'Фильтры списка' });
    await dialog.waitFor();
    await dialog.getByRole('combobox', { name: 'Столбец' }).click();
    await page.getByRole('option', { name: 'Email', exact: true }).click();
    await dialog.getByRole('combobox', { name: 'Условие' }).click();
    await page.getByRole('option', { name: 'содержит', exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Значение' }).fill(attendee.email.toUpperCase());
    await saveScreenshot(page, 'registrants-04-filter-dialog');
    await dialog.getByRole('button', { name: 'Применить' }).click();
    await page.waitForURL(/filters%5Bemail%5D%5B%24contains%5D=|filters\[email\]\[\$contains\]=/);
    await expect.poll(total).toBe(1);
    expect(await page.locator('tbody tr').count()).toBe(1);
    expect(await page.locator('tbody tr [data-column="email"]').innerText()).toBe(attendee.email);
    await page.getByRole('button', { name: /^Убрать фильтр: Email содержит/ }).waitFor();

    // the export of this filtered view: `;` by default (Excel in Russian), UTF-8 with BOM, the one row
    await page.getByRole('button', { name: 'Выгрузить CSV' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Выгрузка списка в CSV' });
    await exportDialog.getByRole('radio', { name: /Точка с запятой/ }).waitFor();
    expect(await exportDialog.getByRole('radio', { name: /Точка с запятой/ }).isChecked()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: 'Выгрузить', exact: true }).click()]);
    await exportDialog.getByText('Готово: 1 строка, файл сохранён.').waitFor();
    await saveScreenshot(page, 'registrants-06-export');
    const csv = await readFile(await download.path(), 'utf8');
    expect(download.suggestedFilename()).toMatch(new RegExp(`^uchastniki-${EVENT.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(';');
    expect(lines[1]).toContain(attendee.email);
    expect(lines[1]).toContain(attendee.lastName);
    await exportDialog.getByRole('button', { name: 'Закрыть', exact: true }).last().click();

    // and a second condition (AND): status is one of «В листе ожидания» -> nobody
    await page.getByRole('button', { name: 'Фильтры: 1' }).click();
    await dialog.getByRole('button', { name: 'Добавить условие' }).click();
    const second = dialog.getByTestId('filter-row').nth(1);
    await second.getByRole('combobox', { name: 'Столбец' }).click();
    await page.getByRole('option', { name: 'Статус регистрации', exact: true }).click();
    await second.getByRole('combobox', { name: 'Условие' }).click();
    await page.getByRole('option', { name: 'одно из', exact: true }).click();
    await second.getByRole('checkbox', { name: 'В листе ожидания' }).click();
    await dialog.getByRole('button', { name: 'Применить' }).click();
    await expect.poll(total).toBe(0);
    await saveScreenshot(page, 'registrants-05-filtered');

    // removing the chips brings everyone back
    await page.getByRole('button', { name: /^Убрать фильтр: Статус регистрации/ }).click();
    await expect.poll(total).toBe(1);
    await page.getByRole('button', { name: /^Убрать фильтр: Email/ }).click();
    await expect.poll(total).toBe(all);
    expect(page.url()).toContain(adminUrl('/plugins/registration/events/'));
  });

  it('checks the attendee in by a photo of their QR code: attended, then a warning on the second scan', { timeout: 180_000 }, async () => {
    const page = h.page();
    page.setDefaultTimeout(30_000);
    await openList(page);
    const attendedBefore = await counter(page, 'count-attended');

    // the confirmation again, from the list's actions: it carries the personal check-in code
    const seen = new Set((await readMessages(mailDir())).map((message) => message.file));
    await page.getByRole('checkbox', { name: `Выбрать: ${attendee.firstName} ${attendee.lastName}` }).click();
    await page.getByRole('region', { name: 'Действия с выбранными' }).getByText('Выбрано: 1').waitFor();
    await page.getByRole('button', { name: 'Отправить подтверждение ещё раз' }).click();
    await page.getByText('Готово: 1').first().waitFor();
    const mail = await waitForMessage(mailDir(), (item) => !seen.has(item.file) && item.to.includes(attendee.email) && CHECKIN_CODE.test(item.text), 30_000);
    const code = CHECKIN_CODE.exec(mail.text)?.[0] ?? '';

    // the check-in page, with the photo of the code as a phone would take it
    await page.getByRole('link', { name: 'Отметка на входе' }).click();
    await page.getByRole('heading', { level: 1, name: 'Отметка на входе' }).waitFor();
    const photo = await QRCode.toBuffer(code, { type: 'png', width: 480, margin: 4 });
    const outcome = page.getByTestId('checkin-outcome');
    await page.getByTestId('checkin-photo').setInputFiles({ name: 'qr.png', mimeType: 'image/png', buffer: photo });
    await expect.poll(() => outcome.getAttribute('data-outcome')).toBe('checked-in');
    expect(await outcome.innerText()).toContain('Отмечен');
    expect(await outcome.innerText()).toContain(`${attendee.firstName} ${attendee.lastName}`);
    await saveScreenshot(page, 'registrants-07-checkin');

    // the same code again: a warning with the first check-in's time
    await page.getByTestId('checkin-photo').setInputFiles({ name: 'qr.png', mimeType: 'image/png', buffer: photo });
    await expect.poll(() => outcome.getAttribute('data-outcome')).toBe('already-checked-in');
    expect(await outcome.innerText()).toMatch(/Уже отмечен в \d/);
    await saveScreenshot(page, 'registrants-08-checkin-again');

    // a photo without a code says so; a made-up code is not found
    await page.getByTestId('checkin-photo').setInputFiles({ name: 'blank.png', mimeType: 'image/png', buffer: BLANK_PNG });
    await expect.poll(() => outcome.getAttribute('data-outcome')).toBe('no-qr');
    await page.getByRole('textbox', { name: 'Код с билета' }).fill('1.AAAAAAAAAAAAAAAA');
    await page.getByRole('button', { name: 'Отметить', exact: true }).click();
    await expect.poll(() => outcome.getAttribute('data-outcome')).toBe('not-found');

    // back in the list: the attendance time and the counter
    await page.getByRole('link', { name: 'К списку участников' }).click();
    await page.getByRole('heading', { level: 1, name: `Участники: ${EVENT.title}` }).waitFor();
    await expect.poll(() => counter(page, 'count-attended')).toBe(attendedBefore + 1);
    const row = page.locator('tbody tr', { hasText: attendee.email });
    expect(await row.locator('[data-column="attendedAt"]').innerText()).toMatch(/\d{4}/);
  });
});
