/**
 * The site's addresses in each language the API answers in (Russian first, English second). Pure.
 */
import { DEFAULT_LOCALE, type Locale } from '../../../../platform/server/src/kit';

// the caller's language is the platform kit's (one rule for every module)
export { DEFAULT_LOCALE, LOCALES, acceptedLocales, chooseLocale, localeOfTag, type Locale } from '../../../../platform/server/src/kit';

/**
 * `path` on the site, under the language prefix when `locale` is given (the site puts every language
 * but Russian under its own prefix, `/en/...`); null when the site's address is not configured.
 */
function siteAddress(siteUrl: string, locale: Locale | null, path: string): string | null {
  const base = siteUrl.replace(/\/+$/, '');
  if (!base) return null;
  return `${base}${locale === null || locale === DEFAULT_LOCALE ? '' : `/${locale}`}${path}`;
}

/** An event's page on the site in `locale`; null when the site's address is not configured. */
export function eventPageUrl(siteUrl: string, slug: string, locale: Locale): string | null {
  return siteAddress(siteUrl, locale, `/events/${slug}`);
}

/** The personal cabinet on the site in `locale`; null when the site's address is not configured. */
export function cabinetUrl(siteUrl: string, locale: Locale): string | null {
  return siteAddress(siteUrl, locale, '/cabinet');
}

/** An event's calendar file (one address for every language); null when the site's address is not configured. */
export function calendarUrl(siteUrl: string, slug: string): string | null {
  return siteAddress(siteUrl, null, `/calendar/events/${slug}.ics`);
}
