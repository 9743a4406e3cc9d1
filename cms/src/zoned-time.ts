/**
 * Wall-clock time in IANA time zones, pure (Intl only): a zone's offset at an instant, the local date
 * and minutes of an instant, and the instant of a local date and time (also across daylight-saving
 * changes). Shared by the server's modules, their admin pages and the site; the platform's zone is
 * Moscow unless an event says otherwise.
 */

export const DEFAULT_TIME_ZONE = 'Europe/Moscow';

const MINUTE = 60_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  try {
    formatterOf(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The event's zone, or Moscow when it is missing or not an IANA name. */
export function zoneOrDefault(timeZone: unknown): string {
  return isValidTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(ms: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterOf(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Minutes the zone is ahead of UTC at that instant (Moscow: 180). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const clock = wallClock(ms, timeZone);
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / MINUTE);
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The calendar date ('YYYY-MM-DD') of an instant in the zone. */
export function localDate(ms: number, timeZone: string): string {
  const clock = wallClock(ms, timeZone);
  return `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`;
}

/** Minutes since local midnight of an instant in the zone. */
export function localMinutes(ms: number, timeZone: string): number {
  const clock = wallClock(ms, timeZone);
  return clock.hour * 60 + clock.minute;
}

/** The wall-clock time 'HH:MM' of an instant in the zone. */
export function localClock(ms: number, timeZone: string): string {
  const clock = wallClock(ms, timeZone);
  return `${pad(clock.hour)}:${pad(clock.minute)}`;
}

function parseDate(date: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** The date `days` after `date` (both 'YYYY-MM-DD'). */
export function addDays(date: string, days: number): string {
  const { year, month, day } = parseDate(date);
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return `${pad(moved.getUTCFullYear(), 4)}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}

/**
 * The instant of a wall-clock time in the zone. `minutes` may pass 24 h (the next day). A time that a
 * daylight-saving jump skips maps to the instant after the jump; a repeated one to one of its two instants.
 */
export function zonedInstant(date: string, minutes: number, timeZone: string): number {
  const { year, month, day } = parseDate(date);
  const wall = Date.UTC(year, month - 1, day, 0, minutes);
  // the offset at the wall time read as UTC is a first guess; one correction settles it except in a gap
  const o1 = offsetMinutes(wall, timeZone);
  const guess = wall - o1 * MINUTE;
  const o2 = offsetMinutes(guess, timeZone);
  if (o1 === o2) return guess;
  const corrected = wall - o2 * MINUTE;
  const o3 = offsetMinutes(corrected, timeZone);
  if (o2 === o3) return corrected;
  // a wall time the clocks skip: the instant after the jump
  return wall - Math.min(o2, o3) * MINUTE;
}
