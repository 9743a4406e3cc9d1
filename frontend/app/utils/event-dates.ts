/** Date formatting and phases of events; pure functions, the clock is passed in. */

export const DEFAULT_TIMEZONE = 'Europe/Moscow';

export type EventPhase = 'upcoming' | 'ongoing' | 'past';

/** The event's IANA timezone when the runtime knows it, otherwise Moscow time. */
export function resolveTimeZone(timezone: string | null | undefined): string {
  if (!timezone) return DEFAULT_TIMEZONE;
  try {
    new Intl.DateTimeFormat('ru-RU', { timeZone: timezone });
    return timezone;
  } catch {
    return DEFAULT_TIMEZONE;
  }
}

export interface EventDatesInput {
  startsAt: string;
  endsAt: string;
  timezone?: string | null;
}

/**
 * "12 марта 2026 г., 10:00–18:00 GMT+3" or a range across days, in the event's own timezone (its
 * offset named once at the end), so a visitor elsewhere still reads the organizer's wall-clock time.
 */
export function formatEventDates(event: EventDatesInput, locale: string, options: { withZone?: boolean } = {}): string {
  const timeZone = resolveTimeZone(event.timezone);
  const start = new Date(event.startsAt);
  const end = new Date(event.endsAt);
  const format = new Intl.DateTimeFormat(locale, {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  const range = end.getTime() > start.getTime() ? format.formatRange(start, end) : format.format(start);
  const zone =
    options.withZone === false
      ? undefined
      : new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
          .formatToParts(start)
          .find((part) => part.type === 'timeZoneName')?.value;
  return plainSpaces(zone ? `${range} ${zone}` : range);
}

/**
 * Node's and the browsers' ICU data differ in the spaces they put in dates (narrow no-break and thin
 * spaces in newer CLDR): the server's and the browser's renders must match for hydration.
 */
function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u2009\u202f]/g, ' ');
}

export function eventPhase(event: EventDatesInput, now: number): EventPhase {
  if (new Date(event.endsAt).getTime() < now) return 'past';
  if (new Date(event.startsAt).getTime() <= now) return 'ongoing';
  return 'upcoming';
}
