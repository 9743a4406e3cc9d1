import { describe, expect, it } from 'vitest';
import { MESSAGE_KEYS, message, render, translate, type MessageKey, type MessageParams } from '../i18n/messages';

/** Parameters for every text: values that can be found again in the words. */
const SAMPLES: { [K in MessageKey]: MessageParams[K] } = {
  'request.unknown-part-file': undefined,
  'request.one-file-per-field': undefined,
  'request.unknown-part-data': undefined,
  'request.data-missing': undefined,
  'request.data-not-json': undefined,
  'list.sign-in': undefined,
  'list.forbidden': undefined,
  'list.unknown-column': { column: 'answers.salary' },
  'list.bad-operator': { column: 'status', op: '$contains' },
  'list.bad-value': { column: 'answers.age', op: '$gte' },
  'list.bad-sort': { sort: 'password:asc' },
  'list.bad-page': undefined,
  'list.too-many-filters': { max: 40 },
  'action.not-found': undefined,
  'action.erased': undefined,
  'action.not-seated': undefined,
  'action.not-pending': undefined,
  'action.full': undefined,
  'action.no-confirmation': undefined,
  'add.already-registered': undefined,
  'checkin.not-found': undefined,
  'checkin.search-query': undefined,
  'checkin.no-code': undefined,
  'mail.checkin-code': { code: '12.abcdefghijklmnop' },
  'mail.checkin-qr-alt': undefined,
  'mail.rejected.subject': { title: 'Open Day' },
  'mail.rejected.text': { firstName: 'Anna', title: 'Open Day' },
  'answer.unknown-field': { key: 'salary' },
  'answer.unknown-file-field': { key: 'photo' },
  'answer.required': { label: 'Track' },
  'answer.check-to-continue': { label: 'Agree' },
  'answer.expect-text': { label: 'About' },
  'answer.too-long': { label: 'About', max: 5000 },
  'answer.markup': { label: 'About' },
  'answer.bad-email': { label: 'Mail' },
  'answer.bad-phone': { label: 'Phone' },
  'answer.bad-link': { label: 'Site' },
  'answer.expect-number': { label: 'Age' },
  'answer.bad-date': { label: 'Birthday' },
  'answer.choose-one': { label: 'Track' },
  'answer.expect-list': { label: 'Topics' },
  'answer.choose-from-list': { label: 'Topics' },
  'answer.expect-yes-no': { label: 'Agree' },
  'answer.file-as-part': { label: 'CV', key: 'cv' },
  'answer.attach-file': { label: 'CV' },
  'answer.file': { label: 'CV', problem: message('file.extension-mismatch', { extension: 'docx' }) },
  'answer.account-email': undefined,
  'file.empty': undefined,
  'file.too-large': { megabytes: 7 },
  'file.disallowed': { allowed: 'PDF, PNG' },
  'file.extension-mismatch': { extension: 'docx' },
  'definition.bad-key': { key: '1bad' },
  'definition.duplicate-key': { key: 'dup' },
  'definition.unknown-type': { type: 'video' },
  'definition.profile-type': { key: 'phone', type: 'phone' },
  'definition.no-options': undefined,
  'definition.too-many-options': { max: 100 },
  'definition.long-option': undefined,
  'window.disabled': undefined,
  'window.not-yet': undefined,
  'window.opens-at': { at: new Date('2026-12-31T21:30:00Z') },
  'window.closed': undefined,
  'window.ended': undefined,
  'event.not-found': undefined,
  'register.consent-outdated': undefined,
  'register.consent-required': undefined,
  'register.full': undefined,
  'register.code-sent': { email: 'a@uni.test' },
  'register.too-many': { minutes: 60 },
  'register.pending-gone': undefined,
  'cancel.sign-in': undefined,
  'cancel.event-over': undefined,
  'cancel.not-registered': undefined,
  'ref.unknown': { code: 'vk-main' },
  'ref.other-event': { code: 'tg-other' },
  'visits.unvouched': undefined,
  'partners.bad-delimiter': undefined,
  'audience.forbidden': undefined,
  'audience.bad-query': { problem: 'page' },
  'segment.not-found': undefined,
  'segment.invalid': { problem: 'events' },
  'csv.yes': undefined,
  'csv.no': undefined,
  'cabinet.sign-in': undefined,
  'cabinet.bad-phone': undefined,
  'cabinet.markup': undefined,
  'cabinet.erase-needs-code': undefined,
  'auth.bad-header': undefined,
  'auth.session-expired': undefined,
  'auth.too-many-codes': { minutes: 15 },
  'auth.too-many-attempts': undefined,
  'auth.bad-code': undefined,
  'auth.blocked': undefined,
  'auth.token-failed': undefined,
  'mail.code.subject': { code: '123456' },
  'mail.code.text': { code: '654321', minutes: 10 },
  'mail.registration-code.subject': { code: '234567' },
  'mail.registration-code.text': { code: '765432', minutes: 10, title: 'Olympiad' },
  'mail.erase-code.subject': { code: '123456' },
  'mail.erase-code.text': { code: '654321', minutes: 10 },
  'mail.promoted.subject': { title: 'Open Day' },
  'mail.promoted.text': { firstName: 'Anna', title: 'Open Day', link: 'https://site.test/events/open-day' },
  'mail.registered.subject': { title: 'Open Day' },
  'mail.registered.text': {
    firstName: 'Anna',
    title: 'Open Day',
    startsAt: new Date('2027-06-01T07:00:00Z'),
    endsAt: new Date('2027-06-01T15:00:00Z'),
    eventLink: 'https://site.test/events/open-day',
    cabinetLink: 'https://site.test/cabinet',
    calendarLink: 'https://site.test/calendar/events/open-day.ics',
  },
  'mail.waitlisted.subject': { title: 'Open Day' },
  'mail.waitlisted.text': {
    firstName: 'Anna',
    title: 'Open Day',
    startsAt: new Date('2027-06-01T07:00:00Z'),
    endsAt: null,
    eventLink: 'https://site.test/events/open-day',
    cabinetLink: 'https://site.test/cabinet',
    place: 17,
  },
  'profile.email': undefined,
  'profile.firstName': undefined,
  'profile.lastName': undefined,
  'profile.middleName': undefined,
  'profile.phone': undefined,
  'profile.status': undefined,
  'profile.organization': undefined,
  'profile.position': undefined,
  'profile.city': undefined,
  'status.applicant': undefined,
  'status.student': undefined,
  'status.alumnus': undefined,
  'status.staff': undefined,
  'status.partner': undefined,
  'status.other': undefined,
  'export.column.status': undefined,
  'export.column.email': undefined,
  'export.column.firstName': undefined,
  'export.column.lastName': undefined,
  'export.column.source': undefined,
  'export.column.registeredAt': undefined,
  'export.column.attendedAt': undefined,
  'export.status.registered': undefined,
  'export.status.waitlisted': undefined,
  'export.status.cancelled': undefined,
  'export.status.pending': undefined,
  'export.status.rejected': undefined,
  'export.source.partner': undefined,
  'export.source.utm': undefined,
  'export.source.invitation': undefined,
  'export.source.direct': undefined,
  'export.erased': undefined,
  'export.yes': undefined,
  'export.no': undefined,
  'export.bad-delimiter': undefined,
  'person.not-found': undefined,
  'file.not-found': undefined,
  'access-log.forbidden': undefined,
  'access-log.bad-page': undefined,
};

const CYRILLIC = /[А-Яа-яЁё]/;
const words = (key: MessageKey) => ({
  ru: render('ru', { key, params: SAMPLES[key] } as never),
  en: render('en', { key, params: SAMPLES[key] } as never),
});

describe('the message catalog', () => {
  it('has parameters to try every text with', () => {
    expect([...MESSAGE_KEYS].sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it.each(MESSAGE_KEYS)('words %s in both languages, English without Russian words', (key) => {
    const { ru, en } = words(key);
    expect(ru.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect(en).not.toMatch(CYRILLIC);
    // "Email" is the one word both languages share (the profile field, the export's column)
    if (key !== 'profile.email' && key !== 'export.column.email') expect(ru).toMatch(CYRILLIC);
  });

  it.each(MESSAGE_KEYS.filter((key) => SAMPLES[key] !== undefined))('puts the parameters of %s into both languages', (key) => {
    const { ru, en } = words(key);
    for (const value of Object.values(SAMPLES[key] as Record<string, unknown>)) {
      if (typeof value !== 'string' && typeof value !== 'number') continue;
      expect(ru).toContain(String(value));
      expect(en).toContain(String(value));
    }
  });

  it('writes a date in Moscow time, for each language', () => {
    const at = new Date('2026-12-31T21:30:00Z');
    expect(translate('ru', 'window.opens-at', { at })).toBe('Регистрация откроется 1 января 2027 г. в 00:30 (МСК)');
    expect(translate('en', 'window.opens-at', { at })).toBe('Registration opens on 1 January 2027 at 00:30 (Moscow time)');
  });

  it('puts a nested message into the same language', () => {
    const problem = message('file.too-large', { megabytes: 5 });
    expect(translate('ru', 'answer.file', { label: 'Резюме', problem })).toBe('«Резюме»: Файл больше 5 МБ');
    expect(translate('en', 'answer.file', { label: 'CV', problem })).toBe('“CV”: The file is larger than 5 MB');
  });

  it('greets by name only when the name is known, and links the page only when there is one', () => {
    const text = (firstName: string | null, link: string | null) => translate('en', 'mail.promoted.text', { firstName, title: 'Open Day', link });
    expect(text('Anna', null)).toMatch(/^Hello, Anna!/);
    expect(text(null, null)).toMatch(/^Hello!/);
    expect(text(null, null)).not.toContain('Event page');
    expect(text(null, 'https://site.test/en/events/x')).toContain('Event page: https://site.test/en/events/x');
    expect(translate('ru', 'mail.promoted.text', { firstName: null, title: 'День', link: null })).toBe(
      'Здравствуйте!\n\nНа событии «День» освободилось место, и вы были первым в листе ожидания. Теперь вы зарегистрированы.\n\n' +
        'Если планы изменились, отмените регистрацию в личном кабинете, чтобы место досталось следующему.',
    );
  });

  it('says "minute" for one minute in English', () => {
    expect(translate('en', 'mail.code.text', { code: '111111', minutes: 1 })).toContain('valid for 1 minute and');
    expect(translate('en', 'mail.code.text', { code: '111111', minutes: 10 })).toContain('valid for 10 minutes and');
  });
});
