/**
 * Every text the {{id}} API shows a person, in Russian (first) and English. Both catalogs have the
 * same type, so a text missing in either language does not compile. Pure.
 */
export const LOCALES = ['ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** What each text needs to be written. */
export interface MessageParams {
  'request.invalid': { field: string };
  'echo.too-long': { max: number };
}
export type MessageKey = keyof MessageParams;

type Catalog = { [K in MessageKey]: (params: MessageParams[K]) => string };

const catalogs: Record<Locale, Catalog> = {
  ru: {
    'request.invalid': ({ field }) => `Неверное значение параметра «${field}»`,
    'echo.too-long': ({ max }) => `Текст длиннее ${max} символов`,
  },
  en: {
    'request.invalid': ({ field }) => `Invalid value of "${field}"`,
    'echo.too-long': ({ max }) => `The text is longer than ${max} characters`,
  },
};

/** The text `key` in `locale`. */
export function render<K extends MessageKey>(locale: Locale, key: K, params: MessageParams[K]): string {
  return catalogs[locale][key](params);
}

/** The caller's language from an Accept-Language header: the first language we speak, else Russian. */
export function localeOf(acceptLanguage: string | undefined): Locale {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const primary = part.split(';')[0]?.trim().toLowerCase().split(/[-_]/)[0];
    const locale = LOCALES.find((candidate) => candidate === primary);
    if (locale) return locale;
  }
  return 'ru';
}
