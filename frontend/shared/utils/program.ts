/** The program grouped for display: by day in the event's time zone, tracks in order, the current item. Pure. */

export interface Timed {
  startsAt: string;
  endsAt: string;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
// pages group the same few hundred instants over and over: formatting to parts is the costly step
const dayKeys = new Map<string, string>();

/** The calendar day (`YYYY-MM-DD`) of an instant in `timeZone`. */
export function dayKey(iso: string, timeZone: string): string {
  const known = dayKeys.get(`${timeZone}|${iso}`);
  if (known !== undefined) return known;
  const key = computeDayKey(iso, timeZone);
  if (dayKeys.size > 5_000) dayKeys.clear();
  dayKeys.set(`${timeZone}|${iso}`, key);
  return key;
}

function computeDayKey(iso: string, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(iso));
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export interface ProgramDay<T> {
  key: string;
  items: T[];
}

export function groupByDay<T extends Timed>(items: T[], timeZone: string): ProgramDay<T>[] {
  const days = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.endsAt.localeCompare(b.endsAt))) {
    const key = dayKey(item.startsAt, timeZone);
    const list = days.get(key) ?? [];
    list.push(item);
    days.set(key, list);
  }
  return [...days.entries()].map(([key, list]) => ({ key, items: list }));
}

export const isCurrent = (item: Timed, now: number) => Date.parse(item.startsAt) <= now && now < Date.parse(item.endsAt);

/** The day to open first: today's during the event, else the first one. */
export function initialDay<T extends Timed>(days: ProgramDay<T>[], now: number, timeZone: string): string | undefined {
  const today = dayKey(new Date(now).toISOString(), timeZone);
  return days.find((day) => day.key === today)?.key ?? days[0]?.key;
}
