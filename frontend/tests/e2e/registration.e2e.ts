/**
 * Cross-event registration as an attendee lives it (issue 5, acceptance 3): a new visitor who came
 * through a partner link fills an event's form (every field type), and is registered (and signed
 * in) once the code mailed to the SMTP sink is entered (issue 10: a seat is taken only by a
 * confirmed address), registers for a second event in one click, finds both in the cabinet,
 * downloads their data and deletes the account.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readMessages, waitForMessage } from '../../../scripts/smtp-sink/messages';
import { saveScreenshot, seriousAxeViolations, siteUrl } from './support/browser';
import { useHarness } from './support/harness';

const h = useHarness();

// demo events (scripts/seed/data.ts) whose registration is open during the run; the first has a form with every kind of question
const FORM_EVENT = { slug: 'vstrecha-vypusknikov', title: 'Встреча выпускников МИЦО' };
const ONE_CLICK_EVENT = { slug: 'demo-den-akseleratora', title: 'Демо-день акселератора студенческих стартапов' };
const CLOSED_EVENT = 'intensiv-analiz-dannyh';
// the demo's partner link of the form event (scripts/seed/data.ts, partnerLinks)
const PARTNER_CODE = 'alumni-vk';
const email = `e2e-newcomer-${Date.now()}@uni.test`;

function mailDir(): string {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error('E2E_MAIL_DIR is not set: run the browser tests through scripts/e2e/run.mjs');
  return dir;
}

/** The sign-in code of the next mail to `to` that arrives after the files in `seen`. */
async function nextCode(to: string, seen: ReadonlySet<string>): Promise<string> {
  const message = await waitForMessage(mailDir(), (item) => !seen.has(item.file) && item.to.includes(to) && /код/i.test(item.subject), 20_000);
  const code = /\b(\d{6})\b/.exec(message.subject)?.[1] ?? /\b(\d{6})\b/.exec(message.text)?.[1];
  if (!code) throw new Error(`no code in "${message.subject}"`);
  return code;
}

const mailSeen = async () => new Set((await readMessages(mailDir())).map((message) => message.file));

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A form control by its label's text; a required field's label ends with an asterisk. */
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${escapeRegExp(label)}(\\s\\*)?$`));

async function expectNoSeriousAxe(page: Page): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

describe('registration and the personal cabinet', () => {
  it('tells a visitor why registration is closed, and speaks English on English pages', async () => {
    const page = h.page();
    await page.goto(`${siteUrl()}/events/${CLOSED_EVENT}/register`);
    await page.getByRole('heading', { level: 2, name: 'Регистрация закрыта' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('Регистрация на это событие не открыта');

    const response = await page.goto(`${siteUrl()}/en/events/${FORM_EVENT.slug}/register`);
    expect(response?.headers()['cache-control']).toBe('private, no-store');
    await page.getByRole('heading', { level: 1, name: `Registration: ${FORM_EVENT.title}` }).waitFor();
    await field(page, 'First name').waitFor();
    await page.getByRole('radio', { name: 'Alumnus' }).waitFor();
  });

  it('registers a new visitor through the form (every field type) once the emailed code is entered, and signs them in', async () => {
    const page = h.page();
    // the partner link is the first touch; a later visit with other tags does not replace it
    await page.goto(`${siteUrl()}/events/${FORM_EVENT.slug}?ref=${PARTNER_CODE}&utm_source=vk&utm_campaign=alumni-2026`);
    await page.getByRole('heading', { level: 1, name: FORM_EVENT.title }).waitFor();
    await page.waitForFunction(() => document.cookie.includes('mmso_attribution='));
    await page.goto(`${siteUrl()}/events/${FORM_EVENT.slug}/program?utm_source=newsletter`);
    await page.goto(`${siteUrl()}/events/${FORM_EVENT.slug}`);
    await page.getByRole('link', { name: 'Зарегистрироваться' }).click();
    await page.waitForURL(`**/events/${FORM_EVENT.slug}/register`);
    await page.getByRole('heading', { level: 1, name: `Регистрация: ${FORM_EVENT.title}` }).waitFor();
    await expectNoSeriousAxe(page);
    await saveScreenshot(page, 'registration-form-ru');

    // nothing filled: every required field is named, in a summary that is announced and focused
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Проверьте форму' });
    await summary.waitFor();
    for (const label of ['Email', 'Имя', 'Фамилия', 'Телефон', 'Что хотите обсудить на встрече', 'Год выпуска', 'Согласен(на) на фото- и видеосъёмку']) {
      expect(await summary.innerText()).toContain(label);
    }
    expect(await summary.innerText()).toContain('Согласие на обработку персональных данных');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    const emailInput = field(page, 'Email');
    expect(await emailInput.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await emailInput.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).innerText()).toBe('Заполните это поле.');
    await saveScreenshot(page, 'registration-form-errors-ru');
    await expectNoSeriousAxe(page);

    await emailInput.fill(email);
    await field(page, 'Имя').fill('Анна');
    await field(page, 'Фамилия').fill('Петрова');
    await field(page, 'Телефон').fill('+7 900 123-45-67');
    await page.getByRole('radio', { name: 'Выпускник' }).check();
    await field(page, 'Факультет').fill('ИТ-факультет');
    await field(page, 'Рабочая почта').fill('anna.petrova@company.test');
    await field(page, 'Что хотите обсудить на встрече').fill('Менторство студентов и стажировки.');
    await field(page, 'Год выпуска').fill('2015');
    await field(page, 'Дата рождения').fill('1993-04-12');
    await page.getByRole('radio', { name: 'Магистратура' }).check();
    await page.getByRole('checkbox', { name: 'Менторство' }).check();
    await field(page, 'Ссылка на профиль').fill('https://portfolio.test/anna');
    await page.getByRole('checkbox', { name: 'Согласен(на) на фото- и видеосъёмку' }).check();
    await page.getByRole('checkbox', { name: /даю согласие на обработку/ }).check();
    // a "PDF" that is not one: only the API can tell, and it names the field
    await field(page, 'Резюме').setInputFiles({ name: 'cv.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not really a pdf') });
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
    const cvError = page.locator('[data-field="cv"] .reg-field__error');
    await cvError.waitFor();
    expect(await cvError.innerText()).toContain('Этот тип файла не принимается');
    expect(await field(page, 'Резюме').getAttribute('aria-invalid')).toBe('true');
    expect(await field(page, 'Резюме').getAttribute('aria-describedby')).toContain(await cvError.getAttribute('id'));
    expect(await page.getByRole('alert').filter({ hasText: 'Резюме' }).count()).toBe(1);

    const seen = await mailSeen();
    await field(page, 'Резюме').setInputFiles({ name: 'cv.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n') });
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
    await page.getByRole('heading', { level: 2, name: 'Подтвердите адрес' }).waitFor();
    expect(await page.locator('main').innerText()).toContain(`Мы отправили код на ${email}`);
    await saveScreenshot(page, 'registration-code-ru');
    await expectNoSeriousAxe(page);

    // a wrong code registers nothing and says so next to the field
    const code = await nextCode(email, seen);
    await field(page, 'Код из письма').fill(code === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Подтвердить и зарегистрироваться' }).click();
    await page.getByRole('alert').filter({ hasText: 'Код не подошёл' }).waitFor();
    await field(page, 'Код из письма').fill(code);
    await page.getByRole('button', { name: 'Подтвердить и зарегистрироваться' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ваша регистрация' }).waitFor();
    expect(await page.locator('[data-status="registered"]').innerText()).toContain('Вы зарегистрированы.');
    await page.getByRole('navigation', { name: 'Разделы сайта' }).getByRole('link', { name: 'Кабинет' }).waitFor();
  });

  it('registers the signed-in visitor for a second event in one click', async () => {
    const page = h.page();
    await page.goto(`${siteUrl()}/events/${ONE_CLICK_EVENT.slug}`);
    const button = page.getByRole('button', { name: 'Хочу пойти' });
    await button.click();
    const status = page.locator('.reg-action__status');
    await status.waitFor();
    expect(await status.innerText()).toContain('Вы зарегистрированы.');
    await saveScreenshot(page, 'registration-one-click-ru');
    // and the confirmation arrives by mail: the event, its time in Moscow, the calendar file, the cabinet
    const mail = await waitForMessage(mailDir(), (item) => item.to.includes(email) && item.subject === `Вы зарегистрированы: ${ONE_CLICK_EVENT.title}`, 30_000);
    expect(mail.text).toContain('(МСК)');
    expect(mail.text).toContain(`/calendar/events/${ONE_CLICK_EVENT.slug}.ics`);
    expect(mail.text).toContain('/cabinet');
  });

  it('lists both registrations in the cabinet; a cancelled one moves to the cancelled list after a confirmation', async () => {
    const page = h.page();
    await page.goto(`${siteUrl()}/cabinet`);
    await page.getByRole('heading', { level: 1, name: 'Мои события' }).waitFor();
    const upcoming = page.locator('section[aria-labelledby="cabinet-upcoming"]');
    expect(await upcoming.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([FORM_EVENT.title, ONE_CLICK_EVENT.title]);
    expect(await page.locator('main').innerText()).toContain('Здравствуйте, Анна Петрова!');
    await expectNoSeriousAxe(page);
    await saveScreenshot(page, 'cabinet-events-ru');

    const card = upcoming.locator(`[data-registration="${ONE_CLICK_EVENT.slug}"]`);
    await card.getByRole('button', { name: 'Отменить регистрацию' }).click();
    const dialog = page.getByRole('dialog', { name: 'Отменить регистрацию?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Да, отменить' }).click();
    const cancelled = page.locator('section[aria-labelledby="cabinet-cancelled"]');
    await cancelled.getByRole('heading', { level: 3, name: ONE_CLICK_EVENT.title }).waitFor();
    expect(await upcoming.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([FORM_EVENT.title]);

    // and back again, in one click
    await page.goto(`${siteUrl()}/events/${ONE_CLICK_EVENT.slug}`);
    await page.getByRole('button', { name: 'Хочу пойти' }).click();
    await page.locator('.reg-action__status').waitFor();
    await page.goto(`${siteUrl()}/cabinet`);
    expect(await upcoming.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([FORM_EVENT.title, ONE_CLICK_EVENT.title]);
  });

  it('edits the profile and shows the other sections of the cabinet', async () => {
    const page = h.page();
    await page.goto(`${siteUrl()}/cabinet/profile`);
    expect(await field(page, 'Телефон').inputValue()).toBe('+79001234567');
    await field(page, 'Город').fill('Москва');
    await field(page, 'Имя').fill('');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    expect(await field(page, 'Имя').getAttribute('aria-invalid')).toBe('true');
    await field(page, 'Имя').fill('Анна');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByRole('status').filter({ hasText: 'Профиль сохранён.' }).waitFor();
    await expectNoSeriousAxe(page);
    await saveScreenshot(page, 'cabinet-profile-ru');

    await page.goto(`${siteUrl()}/cabinet/certificates`);
    await page.getByText('Сертификаты появятся здесь.').waitFor();
    await page.goto(`${siteUrl()}/cabinet/materials`);
    await page.getByRole('heading', { level: 1, name: 'Записи и материалы' }).waitFor();
    await page.goto(`${siteUrl()}/cabinet/program`);
    await page.getByRole('heading', { level: 1, name: 'Моя программа' }).waitFor();
    await expectNoSeriousAxe(page);
  });

  it('downloads all the visitor’s data as JSON', async () => {
    const page = h.page();
    await page.goto(`${siteUrl()}/cabinet/data`);
    await expectNoSeriousAxe(page);
    await saveScreenshot(page, 'cabinet-data-ru');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Скачать мои данные (JSON)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^mmso-connect-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    // one part per module of the personal-data registry: registration's, the favorites' (engagement), ...
    const file = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
      registration: {
        account: { email: string };
        profile: { firstName: string; city: string; phone: string };
        registrations: Array<{ event: { slug?: string }; status: string; ref: string | null; utm: Record<string, string> | null; answers: Record<string, unknown> }>;
        consents: Array<{ textVersion: number }>;
      };
      engagement: { favorites: unknown[] };
    };
    expect(Array.isArray(file.engagement.favorites)).toBe(true);
    const data = file.registration;
    expect(data.account.email).toBe(email);
    expect(data.profile).toMatchObject({ firstName: 'Анна', city: 'Москва', phone: '+79001234567' });
    const bySlug = new Map(data.registrations.map((registration) => [registration.event.slug, registration]));
    expect([...bySlug.keys()].sort()).toEqual([ONE_CLICK_EVENT.slug, FORM_EVENT.slug].sort());
    expect(bySlug.get(ONE_CLICK_EVENT.slug)?.status).toBe('registered');
    const viaForm = bySlug.get(FORM_EVENT.slug)!;
    expect(viaForm).toMatchObject({ status: 'registered', ref: PARTNER_CODE, utm: { source: 'vk', campaign: 'alumni-2026' } });
    expect(viaForm.answers).toMatchObject({
      faculty: 'ИТ-факультет',
      workEmail: 'anna.petrova@company.test',
      motivation: 'Менторство студентов и стажировки.',
      graduationYear: 2015,
      birthday: '1993-04-12',
      program: 'Магистратура',
      topics: ['Менторство'],
      portfolio: 'https://portfolio.test/anna',
      photos: true,
      cv: { name: 'cv.pdf', mime: 'application/pdf' },
    });
    expect(data.consents.length).toBeGreaterThan(0);
  });

  it('deletes the account after the address is typed and the mailed code entered; signing in again finds no registrations', async () => {
    const page = h.page();
    await page.goto(`${siteUrl()}/cabinet/data`);
    await field(page, `Чтобы подтвердить, введите адрес почты аккаунта: ${email}`).fill('someone@else.test');
    await page.getByRole('button', { name: 'Получить код для удаления' }).click();
    await page.getByText('Адрес не совпадает с адресом вашего аккаунта.').waitFor();
    await field(page, `Чтобы подтвердить, введите адрес почты аккаунта: ${email}`).fill(email);
    // the deletion is confirmed by a fresh code mailed to the address (issue 10, finding 13)
    const beforeErase = await mailSeen();
    await page.getByRole('button', { name: 'Получить код для удаления' }).click();
    const code = await nextCode(email, beforeErase);
    await field(page, 'Код из письма').fill(code);
    await page.getByRole('button', { name: 'Удалить аккаунт навсегда' }).click();
    await page.getByRole('heading', { level: 1, name: 'Аккаунт удалён' }).waitFor();
    const report = await page.locator('[data-account-deleted]').innerText();
    expect(report).toContain('сохранённых без ваших данных для статистики: 2');
    expect(report).toContain('отменено регистраций на будущие события (места освобождены): 2');
    await page.getByRole('navigation', { name: 'Разделы сайта' }).getByRole('link', { name: 'Войти' }).waitFor();
    await saveScreenshot(page, 'cabinet-deleted-ru');

    // the cabinet asks to sign in, and brings the visitor back
    await page.goto(`${siteUrl()}/cabinet`);
    await page.waitForURL(/\/signin\?redirect=(%2F|\/)cabinet$/);
    const seen = await mailSeen();
    await page.getByLabel('Электронная почта').fill(email);
    await page.getByRole('button', { name: 'Получить код' }).click();
    await page.getByLabel('Код из письма').fill(await nextCode(email, seen));
    await page.getByRole('button', { name: 'Войти', exact: true }).click();
    await page.waitForURL(/\/cabinet$/);
    await page.getByRole('heading', { level: 1, name: 'Мои события' }).waitFor();
    expect(await page.locator('[data-registration]').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain('Вы пока не зарегистрированы ни на одно предстоящее событие.');
  });

  it('answers a signed-out visitor whose address has an account as any other: the emailed code completes the registration', async () => {
    const page = h.page();
    await page.goto(`${siteUrl()}/cabinet`);
    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.getByRole('navigation', { name: 'Разделы сайта' }).getByRole('link', { name: 'Войти' }).waitFor();
    await page.goto(`${siteUrl()}/events/${FORM_EVENT.slug}/register`);
    await field(page, 'Email').fill(email);
    await field(page, 'Имя').fill('Анна');
    await field(page, 'Фамилия').fill('Петрова');
    await field(page, 'Телефон').fill('89001234567');
    await page.getByRole('radio', { name: 'Выпускник' }).check();
    await field(page, 'Что хотите обсудить на встрече').fill('Снова с вами.');
    await field(page, 'Год выпуска').fill('2015');
    await page.getByRole('radio', { name: 'Бакалавриат' }).check();
    await page.getByRole('checkbox', { name: 'Согласен(на) на фото- и видеосъёмку' }).check();
    await page.getByRole('checkbox', { name: /даю согласие на обработку/ }).check();
    const seen = await mailSeen();
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
    // nothing tells that the address has an account
    await page.getByRole('heading', { level: 2, name: 'Подтвердите адрес' }).waitFor();
    expect(await page.locator('main').innerText()).not.toContain('уже есть аккаунт');
    await expectNoSeriousAxe(page);
    await field(page, 'Код из письма').fill(await nextCode(email, seen));
    await page.getByRole('button', { name: 'Подтвердить и зарегистрироваться' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ваша регистрация' }).waitFor();
    expect(await page.locator('[data-status="registered"]').innerText()).toContain('Вы зарегистрированы.');
  });
});
