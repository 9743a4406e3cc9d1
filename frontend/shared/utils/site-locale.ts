/**
 * The language of the page a call of the site's API comes from. The registration API answers (its
 * messages, the sign-in code mail) in the language it is asked in; the browser's own Accept-Language
 * may differ from the page the visitor reads, so the page tells its locale in this header.
 */
export const SITE_LOCALE_HEADER = 'x-site-locale';

export type PageLocale = 'ru' | 'en';

/** Russian unless English is asked for exactly. */
export const pageLocaleOf = (value: unknown): PageLocale => (value === 'en' ? 'en' : 'ru');

/** Headers of a call made from a page in `locale`. */
export const localeHeaders = (locale: string): Record<string, string> => ({ [SITE_LOCALE_HEADER]: pageLocaleOf(locale) });
