/** Formatting of the calendar's times and days in the event's time zone and the admin's language. */
import { localMinutes, zonedInstant } from '../../../server/src/domain/schedule';

export const MINUTE = 60_000;

const cache = new Map<string, Intl.DateTimeFormat>();
const formatter = (locale: string, options: Intl.DateTimeFormatOptions) => {
  const key = `${locale}|${JSON.stringify(options)}`;
  let value = cache.get(key);
  if (!value) {
    value = new Intl.DateTimeFormat(locale, options);
    cache.set(key, value);
  }
  return value;
};

/** 'HH:mm' of an instant in the zone. */
export function formatTime(ms: number, timeZone: string, locale: string): string {
  return formatter(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(ms));
}

/** A day of the event ('YYYY-MM-DD' in its zone) as a tab label ("вт, 1 дек.") or in full ("вторник, 1 декабря"). */
export function formatDay(date: string, timeZone: string, locale: string, style: 'short' | 'long' = 'short'): string {
  const noon = zonedInstant(date, 12 * 60, timeZone);
  const options: Intl.DateTimeFormatOptions =
    style === 'short' ? { timeZone, weekday: 'short', day: 'numeric', month: 'short' } : { timeZone, weekday: 'long', day: 'numeric', month: 'long' };
  return formatter(locale, options).format(new Date(noon));
}

/** An instant with its date, in the zone ("1 дек., 10:00"). */
export function formatDateTime(ms: number, timeZone: string, locale: string): string {
  return formatter(locale, { timeZone, day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(ms));
}

/** Minutes since midnight as 'HH:mm' (24:00 stays 24:00). */
export function minutesToClock(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** 'HH:mm' (or 'HH:mm:ss') as minutes since midnight, or null. */
export function clockToMinutes(value: string | undefined | null): number | null {
  const match = /^(\d{1,2}):(\d{2})/.exec(value ?? '');
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours > 24 || minutes > 59 ? null : hours * 60 + minutes;
}

/** Minutes of an instant since the midnight that starts `date` in the zone (may pass 24 h or be negative). */
export function minutesFromDayStart(ms: number, date: string, timeZone: string): number {
  return Math.round((ms - zonedInstant(date, 0, timeZone)) / MINUTE);
}

export { localMinutes, zonedInstant };
