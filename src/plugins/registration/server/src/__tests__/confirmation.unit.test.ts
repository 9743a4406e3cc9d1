import { describe, expect, it } from 'vitest';
import { CHECKIN_QR_CID, confirmationDue, confirmationMail, withCheckinCode, type ConfirmationMailInput, type ConfirmationState } from '../domain/confirmation';

const CYRILLIC = /[А-Яа-яЁё]/;

describe('whether a queued confirmation is still to be sent', () => {
  const registered: ConfirmationState = { userId: 7, status: 'registered', arrival: 4, promotedAt: null };

  it('confirms a seat or a waitlist place as it is when the job runs', () => {
    expect(confirmationDue(registered, 4)).toBe('registered');
    expect(confirmationDue({ ...registered, status: 'waitlisted' }, 4)).toBe('waitlisted');
  });

  it('sends nothing for a registration cancelled, gone, or whose account was deleted', () => {
    expect(confirmationDue({ ...registered, status: 'cancelled' }, 4)).toBeNull();
    expect(confirmationDue(null, 4)).toBeNull();
    expect(confirmationDue({ ...registered, userId: null }, 4)).toBeNull();
  });

  it('sends nothing for an arrival that is not the current one (made again since: that one has its own)', () => {
    expect(confirmationDue({ ...registered, arrival: 9 }, 4)).toBeNull();
  });

  it('sends nothing for a registration promoted from the waitlist (the promotion mail confirms it)', () => {
    expect(confirmationDue({ ...registered, promotedAt: new Date('2027-05-01T10:00:00Z') }, 4)).toBeNull();
  });
});

describe('the confirmation mail', () => {
  const input: ConfirmationMailInput = {
    confirmation: { kind: 'registered' },
    language: 'ru',
    siteUrl: 'https://site.test/',
    firstName: 'Анна',
    event: { title: 'День открытых дверей', slug: 'open-day', startsAt: new Date('2027-06-01T07:00:00Z'), endsAt: new Date('2027-06-01T15:00:00Z') },
  };

  it('confirms a seat in Russian: when (Moscow time), the event page, the calendar, the cabinet and how to cancel', () => {
    const mail = confirmationMail(input);
    expect(mail.subject).toBe('Вы зарегистрированы: День открытых дверей');
    expect(mail.text).toBe(
      'Здравствуйте, Анна!\n\n' +
        'Вы зарегистрированы на событие «День открытых дверей».\n\n' +
        'Когда: 1 июня 2027 г., 10:00–18:00 (МСК)\n' +
        'Страница события: https://site.test/events/open-day\n' +
        'Добавить в календарь: https://site.test/calendar/events/open-day.ics\n\n' +
        'Все ваши регистрации — в личном кабинете: https://site.test/cabinet\n' +
        'Если планы изменятся, отмените регистрацию там, чтобы место досталось другому участнику.',
    );
  });

  it('tells a waitlisted attendee their place, without a calendar link', () => {
    const mail = confirmationMail({ ...input, confirmation: { kind: 'waitlisted', place: 3 } });
    expect(mail.subject).toBe('Вы в листе ожидания: День открытых дверей');
    expect(mail.text).toContain('вы в листе ожидания: ваше место в очереди — 3.');
    expect(mail.text).toContain('Когда: 1 июня 2027 г., 10:00–18:00 (МСК)\nСтраница события: https://site.test/events/open-day\n\n');
    expect(mail.text).toContain('Ваше место в очереди видно в личном кабинете: https://site.test/cabinet');
    expect(mail.text).not.toContain('.ics');
  });

  it('is written in English for an English registration, with the English pages', () => {
    const en = { ...input, language: 'en' as const, firstName: 'Ann', event: { ...input.event, title: 'Open Day' } };
    const mail = confirmationMail(en);
    expect(mail.subject).toBe('You are registered: Open Day');
    expect(mail.text).toBe(
      'Hello, Ann!\n\n' +
        'You are registered for “Open Day”.\n\n' +
        'When: 1 June 2027, 10:00–18:00 (Moscow time)\n' +
        'Event page: https://site.test/en/events/open-day\n' +
        'Add to calendar: https://site.test/calendar/events/open-day.ics\n\n' +
        'All your registrations are in your account: https://site.test/en/cabinet\n' +
        'If your plans change, please cancel your registration there so that the seat goes to someone else.',
    );
    const waiting = confirmationMail({ ...en, confirmation: { kind: 'waitlisted', place: 12 } });
    expect(waiting.subject).toBe('You are on the waitlist: Open Day');
    expect(waiting.text).toContain('you are number 12 in the queue');
    expect(`${waiting.subject}\n${waiting.text}`).not.toMatch(CYRILLIC);
  });

  it('leaves the links out when the site has no address, and greets without a name when there is none', () => {
    const mail = confirmationMail({ ...input, siteUrl: '', firstName: '  ' });
    expect(mail.text).toBe(
      'Здравствуйте!\n\n' +
        'Вы зарегистрированы на событие «День открытых дверей».\n\n' +
        'Когда: 1 июня 2027 г., 10:00–18:00 (МСК)\n\n' +
        'Если планы изменятся, отмените регистрацию в личном кабинете на сайте, чтобы место досталось другому участнику.',
    );
    expect(mail.text).not.toMatch(/https?:/);
  });

  it('gives both days of an event over several days, the start alone without an end, and nothing without a start', () => {
    const days = confirmationMail({ ...input, event: { ...input.event, endsAt: new Date('2027-06-02T15:00:00Z') } });
    expect(days.text).toContain('Когда: 1 июня 2027 г. в 10:00 – 2 июня 2027 г. в 18:00 (МСК)');
    const open = confirmationMail({ ...input, language: 'en', event: { ...input.event, endsAt: null } });
    expect(open.text).toContain('When: 1 June 2027 at 10:00 (Moscow time)');
    const undated = confirmationMail({ ...input, siteUrl: '', event: { ...input.event, startsAt: null } });
    expect(undated.text).not.toContain('Когда');
    expect(undated.text).not.toMatch(/\n\n\n/);
  });

  it('gives the time in Moscow whatever the time of day in UTC (a late start is the next day in Moscow)', () => {
    const late = confirmationMail({ ...input, event: { ...input.event, startsAt: new Date('2027-06-01T22:30:00Z'), endsAt: null } });
    expect(late.text).toContain('Когда: 2 июня 2027 г. в 01:30 (МСК)');
  });
});

describe('withCheckinCode', () => {
  it('adds the entry code to the text and shows the QR code inline in an escaped HTML part, in the attendee’s language', () => {
    const mail = withCheckinCode({ subject: 'Вы зарегистрированы: <b>', text: 'Здравствуйте!\n\nВы зарегистрированы на «A & B».\nКогда: завтра' }, '12.abcdefghijklmnop', 'ru');
    expect(mail.subject).toBe('Вы зарегистрированы: <b>');
    expect(mail.text).toMatch(/\n\nВаш код для входа на событие .*: 12\.abcdefghijklmnop$/);
    expect(mail.html).toContain('<p>Вы зарегистрированы на «A &amp; B».<br>Когда: завтра</p>');
    expect(mail.html).toContain(`<img src="cid:${CHECKIN_QR_CID}" alt="QR-код для входа на событие"`);
    expect(mail.html).toContain('<html lang="ru">');
    const english = withCheckinCode({ subject: 'You are registered', text: 'Hello!' }, '3.x', 'en');
    expect(english.html).toContain('alt="Entry QR code for the event"');
    expect(english.text).toContain('Your entry code for the event');
  });
});
