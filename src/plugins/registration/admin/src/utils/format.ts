/** Dates and numbers as the organizer reads them (the admin's language; Moscow time unless told). */
export const DISPLAY_TIME_ZONE = 'Europe/Moscow';

export function formatInstant(iso: string | null, locale: string, timeZone = DISPLAY_TIME_ZONE): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

export function formatDay(iso: string | null, locale: string, timeZone = DISPLAY_TIME_ZONE): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(date);
}
