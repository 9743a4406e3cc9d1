/**
 * The language the API answers a caller in: Russian first, English second. Pure.
 */
export const LOCALES = ['ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ru';

/** `en`, `EN`, `en-US`, `en_GB` -> en; a language we do not speak -> null. */
export function localeOfTag(tag: string): Locale | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((locale) => locale === primary) ?? null;
}

/**
 * The languages of an Accept-Language header we speak, most wanted first (ties keep the header's
 * order; `q=0` means "not this one"). Malformed entries are skipped.
 */
export function acceptedLocales(header: string): Locale[] {
  const entries: Array<{ locale: Locale; q: number; index: number }> = [];
  header.split(',').forEach((part, index) => {
    const [tag = '', ...parameters] = part.split(';');
    const locale = localeOfTag(tag);
    if (!locale) return;
    let q = 1;
    for (const parameter of parameters) {
      const match = /^\s*q\s*=(.*)$/i.exec(parameter);
      if (match) q = /^\s*[01](\.\d{0,3})?\s*$/.test(match[1] ?? '') ? Number(match[1]) : Number.NaN;
    }
    if (!Number.isFinite(q) || q <= 0 || q > 1) return;
    entries.push({ locale, q, index });
  });
  entries.sort((a, b) => b.q - a.q || a.index - b.index);
  return entries.map((entry) => entry.locale);
}

/**
 * The caller's language: the `locale` query parameter when it names one we speak, else the first of
 * ours in Accept-Language, else Russian.
 */
export function chooseLocale(request: { query?: unknown; acceptLanguage?: string | null }): Locale {
  if (typeof request.query === 'string') {
    const chosen = localeOfTag(request.query);
    if (chosen) return chosen;
  }
  if (request.acceptLanguage) {
    const [first] = acceptedLocales(request.acceptLanguage);
    if (first) return first;
  }
  return DEFAULT_LOCALE;
}
