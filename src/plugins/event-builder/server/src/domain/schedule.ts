/**
 * The program calendar's decisions, pure: days of an event in its time zone, the time grid of a day,
 * snapping to slots, overlaps of sessions in one room, and whether a proposed time and track are
 * acceptable. Instants are epoch milliseconds or ISO strings; wall-clock time is (date, minutes) in
 * the event's IANA time zone. Shared by the server (validation) and the admin page (grid, snapping).
 */

import { addDays, DEFAULT_TIME_ZONE, isValidTimeZone, localClock, localDate, localMinutes, offsetMinutes, zonedInstant, zoneOrDefault } from '../../../../../../cms/src/zoned-time';

// the zone arithmetic is the contract's (cms/src/zoned-time.ts), shared with the registrant lists and the site
export { addDays, DEFAULT_TIME_ZONE, isValidTimeZone, localDate, localMinutes, offsetMinutes, zonedInstant, zoneOrDefault };

export const SLOT_MINUTES = 15;
/** The grid of a day shows at least these hours when the event does not say otherwise. */
export const DEFAULT_DAY_START_MINUTES = 9 * 60;
export const DEFAULT_DAY_END_MINUTES = 20 * 60;
/** A guard against a mistyped year turning one event into thousands of tabs. */
export const MAX_EVENT_DAYS = 62;

const MINUTE = 60_000;

export type InstantInput = string | number | Date;

/** Epoch milliseconds of an instant, or NaN when it is not one. */
export function toMs(value: InstantInput | null | undefined): number {
  if (value === null || value === undefined || value === '') return Number.NaN;
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value.getTime();
  return Date.parse(value);
}


// --- days and grid --------------------------------------------------------------------------------

export interface EventWindow {
  startsAt: InstantInput;
  endsAt: InstantInput;
  timezone?: string | null;
}

export interface EventDay {
  /** Local date in the event's zone, 'YYYY-MM-DD'. */
  date: string;
  /** Local midnight that starts the day, and the next one (ISO, UTC). */
  startsAt: string;
  endsAt: string;
  /** The part of the day the grid shows, in minutes since local midnight, whole hours. */
  startMinutes: number;
  endMinutes: number;
}

interface Timed {
  startsAt: InstantInput;
  endsAt: InstantInput;
}

/**
 * The days an event spans in its time zone, each with the hours its grid shows: from the event's start
 * on its first day (else 09:00) to its end on its last day (else 20:00), widened to every session of that
 * day and rounded out to whole hours. An event ending exactly at midnight does not get an empty last day.
 */
export function eventDays(event: EventWindow, sessions: readonly Timed[] = []): EventDay[] {
  const timeZone = zoneOrDefault(event.timezone);
  const start = toMs(event.startsAt);
  const end = toMs(event.endsAt);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return [];
  const first = localDate(start, timeZone);
  const last = localDate(end - 1, timeZone);
  const days: EventDay[] = [];
  for (let date = first, index = 0; index < MAX_EVENT_DAYS; date = addDays(date, 1), index += 1) {
    const dayStart = zonedInstant(date, 0, timeZone);
    const dayEnd = zonedInstant(addDays(date, 1), 0, timeZone);
    const dayLength = Math.round((dayEnd - dayStart) / MINUTE);
    let from = date === first ? Math.round((start - dayStart) / MINUTE) : DEFAULT_DAY_START_MINUTES;
    let to = date === last ? Math.round((end - dayStart) / MINUTE) : DEFAULT_DAY_END_MINUTES;
    if (to <= from) {
      // an evening first day or a morning last day: show the event's own part of the day
      from = date === first ? from : 0;
      to = date === last ? to : dayLength;
    }
    for (const session of sessions) {
      const s = toMs(session.startsAt);
      const e = toMs(session.endsAt);
      if (!Number.isFinite(s) || !Number.isFinite(e) || e <= dayStart || s >= dayEnd) continue;
      from = Math.min(from, Math.max(0, Math.round((s - dayStart) / MINUTE)));
      to = Math.max(to, Math.min(dayLength, Math.round((e - dayStart) / MINUTE)));
    }
    from = Math.max(0, Math.floor(from / 60) * 60);
    to = Math.min(dayLength, Math.ceil(to / 60) * 60);
    days.push({ date, startsAt: new Date(dayStart).toISOString(), endsAt: new Date(dayEnd).toISOString(), startMinutes: from, endMinutes: to });
    if (date === last) break;
  }
  return days;
}

export type SnapMode = 'nearest' | 'floor' | 'ceil';

/** The instant moved to the closest slot boundary of the zone's wall clock. */
export function snapToSlot(ms: number, timeZone: string, slotMinutes = SLOT_MINUTES, mode: SnapMode = 'nearest'): number {
  const date = localDate(ms, timeZone);
  const midnight = zonedInstant(date, 0, timeZone);
  const minutes = (ms - midnight) / MINUTE;
  const round = mode === 'floor' ? Math.floor : mode === 'ceil' ? Math.ceil : Math.round;
  return zonedInstant(date, round(minutes / slotMinutes) * slotMinutes, timeZone);
}

// --- overlaps -------------------------------------------------------------------------------------

export interface PlacedSession extends Timed {
  id: string;
  room?: string | null;
}

/** How rooms compare: case, surrounding and repeated spaces do not matter; no room is no room. */
export function roomKey(room: string | null | undefined): string | null {
  if (typeof room !== 'string') return null;
  const key = room.trim().replace(/\s+/g, ' ').toLocaleLowerCase('ru');
  return key === '' ? null : key;
}

/**
 * Sessions that share a room at the same time: for each session in a conflict, the ids of the
 * sessions it overlaps (sorted). Intervals are half-open, so back-to-back sessions do not conflict.
 */
export function findRoomOverlaps(sessions: readonly PlacedSession[]): Map<string, string[]> {
  const byRoom = new Map<string, Array<{ id: string; start: number; end: number }>>();
  for (const session of sessions) {
    const key = roomKey(session.room);
    const start = toMs(session.startsAt);
    const end = toMs(session.endsAt);
    if (key === null || !Number.isFinite(start) || !Number.isFinite(end) || end <= start) continue;
    const list = byRoom.get(key) ?? [];
    list.push({ id: session.id, start, end });
    byRoom.set(key, list);
  }
  const conflicts = new Map<string, Set<string>>();
  const mark = (a: string, b: string) => {
    const set = conflicts.get(a) ?? new Set<string>();
    set.add(b);
    conflicts.set(a, set);
  };
  for (const list of byRoom.values()) {
    list.sort((a, b) => a.start - b.start || a.end - b.end);
    // sweep: the sessions still running when the next one starts
    let running: typeof list = [];
    for (const current of list) {
      running = running.filter((other) => other.end > current.start);
      for (const other of running) {
        mark(current.id, other.id);
        mark(other.id, current.id);
      }
      running.push(current);
    }
  }
  const out = new Map<string, string[]>();
  for (const [id, set] of conflicts) out.set(id, [...set].sort());
  return out;
}

// --- validation -----------------------------------------------------------------------------------

export type ScheduleProblemCode = 'invalid-date' | 'end-not-after-start' | 'outside-event' | 'unknown-track';

export interface ScheduleProblem {
  code: ScheduleProblemCode;
  path: 'startsAt' | 'endsAt' | 'track';
  message: string;
  /** The event's time, in its zone (outside-event), for a message in another language. */
  window?: { from: string; to: string; timeZone: string };
}

const formatInZone = (ms: number, timeZone: string) => `${localDate(ms, timeZone)} ${localClock(ms, timeZone)}`;

/** What is wrong with a session's time within its event (empty when nothing is). */
export function timingProblems(proposed: Timed, event: EventWindow): ScheduleProblem[] {
  const start = toMs(proposed.startsAt);
  const end = toMs(proposed.endsAt);
  const problems: ScheduleProblem[] = [];
  if (!Number.isFinite(start)) problems.push({ code: 'invalid-date', path: 'startsAt', message: 'Укажите время начала' });
  if (!Number.isFinite(end)) problems.push({ code: 'invalid-date', path: 'endsAt', message: 'Укажите время окончания' });
  if (problems.length > 0) return problems;
  if (end <= start) {
    return [{ code: 'end-not-after-start', path: 'endsAt', message: 'Окончание сессии должно быть позже её начала' }];
  }
  const eventStart = toMs(event.startsAt);
  const eventEnd = toMs(event.endsAt);
  if (Number.isFinite(eventStart) && Number.isFinite(eventEnd) && (start < eventStart || end > eventEnd)) {
    const timeZone = zoneOrDefault(event.timezone);
    const window = { from: formatInZone(eventStart, timeZone), to: formatInZone(eventEnd, timeZone), timeZone };
    problems.push({
      code: 'outside-event',
      path: start < eventStart ? 'startsAt' : 'endsAt',
      message: `Сессия должна проходить в рамках события: с ${window.from} до ${window.to} (${timeZone})`,
      window,
    });
  }
  return problems;
}

export interface SessionPlacement extends Timed {
  /** Document id of the track, or null for none. */
  track: string | null;
  room: string | null;
}

export interface PlacementChange {
  startsAt?: InstantInput;
  endsAt?: InstantInput;
  track?: string | null;
  room?: string | null;
}

export type MoveDecision = { ok: true; next: SessionPlacement } | { ok: false; problems: ScheduleProblem[] };

/**
 * Whether a session may be moved (or created) as proposed: times within the event, end after start,
 * and the track, when one is given, one of the event's own tracks. A room is trimmed; empty is none.
 */
export function decideMove(current: SessionPlacement, change: PlacementChange, event: EventWindow, eventTrackIds: ReadonlySet<string>): MoveDecision {
  const next: SessionPlacement = {
    startsAt: change.startsAt ?? current.startsAt,
    endsAt: change.endsAt ?? current.endsAt,
    track: change.track === undefined ? current.track : change.track,
    room: change.room === undefined ? current.room : change.room === null ? null : change.room.trim() || null,
  };
  const problems = timingProblems(next, event);
  if (change.track !== undefined && change.track !== null && !eventTrackIds.has(change.track)) {
    problems.push({ code: 'unknown-track', path: 'track', message: 'Трек не найден среди треков этого события' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, next: { ...next, startsAt: new Date(toMs(next.startsAt)).toISOString(), endsAt: new Date(toMs(next.endsAt)).toISOString() } };
}

// --- layout ---------------------------------------------------------------------------------------

export interface ColumnSlot {
  /** 0-based column of the item within its cluster of overlapping items. */
  column: number;
  /** Columns the cluster needs: the item is drawn 1/columns wide. */
  columns: number;
}

/**
 * Side-by-side layout of the items of one lane of the grid: items that overlap in time get different
 * columns, each cluster of overlapping items as many columns as it needs at most.
 */
export function packColumns(items: ReadonlyArray<Timed & { id: string }>): Map<string, ColumnSlot> {
  const sorted = items
    .map((item) => ({ id: item.id, start: toMs(item.startsAt), end: toMs(item.endsAt) }))
    .filter((item) => Number.isFinite(item.start) && Number.isFinite(item.end))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out = new Map<string, ColumnSlot>();
  let cluster: Array<{ id: string; column: number }> = [];
  let columnEnds: number[] = [];
  let clusterEnd = Number.NEGATIVE_INFINITY;
  const close = () => {
    for (const item of cluster) out.set(item.id, { column: item.column, columns: columnEnds.length });
    cluster = [];
    columnEnds = [];
  };
  for (const item of sorted) {
    if (item.start >= clusterEnd) close();
    let column = columnEnds.findIndex((end) => end <= item.start);
    if (column === -1) {
      column = columnEnds.length;
      columnEnds.push(item.end);
    } else {
      columnEnds[column] = item.end;
    }
    cluster.push({ id: item.id, column });
    clusterEnd = Math.max(clusterEnd, item.end);
  }
  close();
  return out;
}
