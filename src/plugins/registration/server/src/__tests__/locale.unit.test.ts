import { describe, expect, it } from 'vitest';
import { acceptedLocales, cabinetUrl, calendarUrl, chooseLocale, eventPageUrl, localeOfTag } from '../domain/locale';

describe("the caller's language", () => {
  it('is Russian when the caller says nothing', () => {
    expect(chooseLocale({})).toBe('ru');
    expect(chooseLocale({ query: undefined, acceptLanguage: '' })).toBe('ru');
    expect(chooseLocale({ acceptLanguage: null })).toBe('ru');
  });

  it('follows ?locale= first, when it names a language we speak', () => {
    expect(chooseLocale({ query: 'en', acceptLanguage: 'ru' })).toBe('en');
    expect(chooseLocale({ query: 'ru', acceptLanguage: 'en' })).toBe('ru');
    expect(chooseLocale({ query: 'en-GB' })).toBe('en');
    // a language we do not speak, or a repeated parameter, leaves it to the header
    expect(chooseLocale({ query: 'de', acceptLanguage: 'en' })).toBe('en');
    expect(chooseLocale({ query: ['en', 'ru'], acceptLanguage: 'ru' })).toBe('ru');
  });

  it('takes the first of Russian and English from Accept-Language, by preference', () => {
    expect(chooseLocale({ acceptLanguage: 'en' })).toBe('en');
    expect(chooseLocale({ acceptLanguage: 'en-US,en;q=0.9' })).toBe('en');
    expect(chooseLocale({ acceptLanguage: 'de-DE,de;q=0.9,en;q=0.8,ru;q=0.7' })).toBe('en');
    expect(chooseLocale({ acceptLanguage: 'de-DE,de;q=0.9,ru;q=0.8,en;q=0.7' })).toBe('ru');
    expect(chooseLocale({ acceptLanguage: 'ru;q=0.5, en-GB;q=0.8' })).toBe('en');
    expect(chooseLocale({ acceptLanguage: 'en;q=0, ru' })).toBe('ru');
    expect(chooseLocale({ acceptLanguage: 'fr, de' })).toBe('ru');
    expect(chooseLocale({ acceptLanguage: '*' })).toBe('ru');
  });

  it('keeps the order of the header between equal preferences, and skips nonsense', () => {
    expect(acceptedLocales('en, ru')).toEqual(['en', 'ru']);
    expect(acceptedLocales('ru, en')).toEqual(['ru', 'en']);
    expect(acceptedLocales('EN-us;q=0.7, ru;q=abc, en;q=2')).toEqual(['en']);
    expect(acceptedLocales(';;,,')).toEqual([]);
  });

  it('reads a language tag by its first part', () => {
    expect(localeOfTag('en-US')).toBe('en');
    expect(localeOfTag('ru_RU')).toBe('ru');
    expect(localeOfTag('english')).toBeNull();
    expect(localeOfTag('')).toBeNull();
  });
});

describe("an event's page on the site", () => {
  it('is under the language prefix except for Russian, and absent without a site address', () => {
    expect(eventPageUrl('https://site.test/', 'open-day', 'ru')).toBe('https://site.test/events/open-day');
    expect(eventPageUrl('https://site.test', 'open-day', 'en')).toBe('https://site.test/en/events/open-day');
    expect(eventPageUrl('', 'open-day', 'en')).toBeNull();
  });
});

describe('the cabinet and the calendar file on the site', () => {
  it('puts the cabinet under the language prefix, the calendar file at one address, and gives neither without a site address', () => {
    expect(cabinetUrl('https://site.test/', 'ru')).toBe('https://site.test/cabinet');
    expect(cabinetUrl('https://site.test', 'en')).toBe('https://site.test/en/cabinet');
    expect(calendarUrl('https://site.test//', 'open-day')).toBe('https://site.test/calendar/events/open-day.ics');
    expect(cabinetUrl('', 'ru')).toBeNull();
    expect(calendarUrl('', 'open-day')).toBeNull();
  });
});
