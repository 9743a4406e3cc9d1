/** Date formatting and phases of events; pure functions, the clock is passed in. */

export const DEFAULT_TIMEZONE = 'Europe/Moscow';

export type EventPhase = 'upcoming' | 'ongoing' | 'past';

const knownZones = new Map<string, string>();
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A shared Intl.DateTimeFormat per locale and options: constructing one costs far more than
 * formatting with it, and a program page formats hundreds of times.
 */
export function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    if (formatters.size > 500) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The event's IANA timezone when the runtime knows it, otherwise Moscow time. */
export function resolveTimeZone(timezone: string | null | undefined): string {
  if (!timezone) return DEFAULT_TIMEZONE;
  let resolved = knownZones.get(timezone);
  if (resolved === undefined) {
    try {
      dateFormatter('ru-RU', { timeZone: timezone });
      resolved = timezone;
    } catch {
      resolved = DEFAULT_TIMEZONE;
    }
    if (knownZones.size < 1_000) knownZones.set(timezone, resolved);
  }
  return resolved;
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
const formatted = new Map<string, string>();

/** The result of `compute` for `key`, remembered (pages format the same few hundred dates over and over). */
function remembered(key: string, compute: () => string): string {
  let text = formatted.get(key);
  if (text === undefined) {
    text = compute();
    if (formatted.size > 5_000) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

export function formatEventDates(event: EventDatesInput, locale: string, options: { withZone?: boolean } = {}): string {
  return remembered(`e|${locale}|${event.timezone ?? ''}|${event.startsAt}|${event.endsAt}|${options.withZone ?? ''}`, () => computeEventDates(event, locale, options));
}

function computeEventDates(event: EventDatesInput, locale: string, options: { withZone?: boolean }): string {
  const timeZone = resolveTimeZone(event.timezone);
  const start = new Date(event.startsAt);
  const end = new Date(event.endsAt);
  const format = dateFormatter(locale, {
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
      : dateFormatter(locale, { timeZone, timeZoneName: 'short' })
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

/** Whether the visitor's zone shows the event's times differently (offsets differ at its start). */
export function differsInZone(event: EventDatesInput, visitorZone: string): boolean {
  const start = new Date(event.startsAt);
  const offset = (zone: string) =>
    dateFormatter('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(start).find((part) => part.type === 'timeZoneName')?.value;
  try {
    return offset(resolveTimeZone(event.timezone)) !== offset(visitorZone);
  } catch {
    return false;
  }
}

/** "10:00–11:30" (or across days) in the event's zone, without the date. */
export function formatTimeRange(item: { startsAt: string; endsAt: string }, timezone: string | null | undefined, locale: string): string {
  return remembered(`t|${locale}|${timezone ?? ''}|${item.startsAt}|${item.endsAt}`, () => computeTimeRange(item, timezone, locale));
}

function computeTimeRange(item: { startsAt: string; endsAt: string }, timezone: string | null | undefined, locale: string): string {
  const format = dateFormatter(locale, { timeZone: resolveTimeZone(timezone), hour: '2-digit', minute: '2-digit' });
  return plainSpaces(`${format.format(new Date(item.startsAt))}–${format.format(new Date(item.endsAt))}`);
}

/** "12 марта, четверг" of a day key (`YYYY-MM-DD`). */
export function formatDayLabel(dayKey: string, locale: string): string {
  const date = new Date(`${dayKey}T12:00:00Z`);
  return plainSpaces(dateFormatter(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', weekday: 'long' }).format(date));
}

/** A date with time, in a zone ("12 марта 2026 г., 10:00"). */
export function formatDateTime(iso: string, timezone: string | null | undefined, locale: string): string {
  return plainSpaces(
    dateFormatter(locale, { timeZone: resolveTimeZone(timezone), day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso)),
  );
}

export function formatDate(iso: string, locale: string, timezone?: string | null): string {
  return plainSpaces(dateFormatter(locale, { timeZone: resolveTimeZone(timezone), day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso)));
}
