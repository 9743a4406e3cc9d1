/**
 * The calendar grid's rules, pure: lanes, the range a selection of slots proposes, where a dragged
 * session lands, and what an arrow key does to a session. The components only measure and render.
 */
import { snapToSlot } from '../../../server/src/domain/schedule';
import type { Placement } from '../hooks/useScheduleEditor';
import { MINUTE } from './time';

/** Height of one slot row, in pixels. */
export const SLOT_PX = 16;
/** Pointer travel below which a press on a session is a click, not a drag. */
export const DRAG_THRESHOLD_PX = 4;
/** The lane of sessions without a track. */
export const NO_TRACK = '__none__';

/** A column of the grid: one per track, and one for sessions without a track. */
export interface Lane {
  key: string;
  track: string | null;
  name: string;
  color: string | null;
}

/** The day's shown window: its bounds (instants), the slot in minutes, the event's time zone. */
export interface GridWindow {
  windowStart: number;
  windowEnd: number;
  slot: number;
  timeZone: string;
}

const slotMsOf = (grid: GridWindow) => grid.slot * MINUTE;

/** The lane a session of `track` is shown in (a track not on the grid: the lane without a track). */
export const laneKeyOf = (lanes: readonly Lane[], track: string | null): string => (track && lanes.some((lane) => lane.track === track) ? track : NO_TRACK);

/**
 * The range of a selection of slots, from `anchor` to `current` (slot indexes of `rows`); `slotStart`
 * gives a slot's instant. A click (one slot) proposes an hour; never past the window's end.
 */
export function selectionRange(
  selection: { anchor: number; current: number },
  rows: number,
  slotStart: (index: number) => number,
  grid: GridWindow,
): { start: number; end: number } {
  const low = Math.max(0, Math.min(selection.anchor, selection.current));
  const high = Math.min(rows - 1, Math.max(selection.anchor, selection.current));
  const start = slotStart(low);
  const end = low === high ? Math.min(grid.windowEnd, start + 60 * MINUTE) : Math.min(grid.windowEnd, slotStart(high) + slotMsOf(grid));
  return { start, end };
}

/**
 * Where a session dragged by `steps` slots lands: resized (its end moves, at least one slot after its
 * start) or moved (start and end together, inside the window, into `laneTrack`'s lane when the pointer
 * is over one: undefined keeps its track).
 */
export function dragPlacement(kind: 'move' | 'resize', origin: Placement, steps: number, grid: GridWindow, laneTrack?: string | null): Placement {
  const slotMs = slotMsOf(grid);
  if (kind === 'resize') {
    const end = steps === 0 ? origin.endsAt : snapToSlot(origin.endsAt + steps * slotMs, grid.timeZone, grid.slot);
    return { ...origin, endsAt: Math.min(grid.windowEnd, Math.max(origin.startsAt + slotMs, end)) };
  }
  const length = origin.endsAt - origin.startsAt;
  const moved = steps === 0 ? origin.startsAt : snapToSlot(origin.startsAt + steps * slotMs, grid.timeZone, grid.slot);
  const start = Math.max(grid.windowStart, Math.min(grid.windowEnd - length, moved));
  return { ...origin, startsAt: start, endsAt: start + length, track: laneTrack === undefined ? origin.track : laneTrack };
}

/** Whether a drag changed anything worth saving. */
export const placementChanged = (origin: Placement, next: Placement): boolean =>
  next.startsAt !== origin.startsAt || next.endsAt !== origin.endsAt || next.track !== origin.track;

/** What an arrow key does to a focused session. */
export type ArrowOutcome =
  /** the session's new place (`lane`: it moved to another lane, focus follows it) */
  | { kind: 'place'; placement: Placement; lane: boolean }
  /** refused: the end would not be after the start */
  | { kind: 'too-short' }
  /** nothing: the window's edge or the last lane */
  | { kind: 'none' };

/**
 * Up/Down move the session a slot (with Shift: its end only), Left/Right move it to the next lane;
 * never out of the window or past the last lane.
 */
export function arrowPlacement(key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight', shift: boolean, current: Placement, grid: GridWindow, lanes: readonly Lane[]): ArrowOutcome {
  const slotMs = slotMsOf(grid);
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const index = lanes.findIndex((lane) => lane.key === laneKeyOf(lanes, current.track));
    const target = lanes[index + (key === 'ArrowLeft' ? -1 : 1)];
    return target ? { kind: 'place', placement: { ...current, track: target.track }, lane: true } : { kind: 'none' };
  }
  const step = key === 'ArrowUp' ? -slotMs : slotMs;
  if (shift) {
    const end = current.endsAt + step;
    if (end - current.startsAt < slotMs) return { kind: 'too-short' };
    if (end > grid.windowEnd) return { kind: 'none' };
    return { kind: 'place', placement: { ...current, endsAt: end }, lane: false };
  }
  if (current.startsAt + step < grid.windowStart || current.endsAt + step > grid.windowEnd) return { kind: 'none' };
  return { kind: 'place', placement: { ...current, startsAt: current.startsAt + step, endsAt: current.endsAt + step }, lane: false };
}
