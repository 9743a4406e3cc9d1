import { describe, expect, it } from 'vitest';
import { arrowPlacement, dragPlacement, laneKeyOf, NO_TRACK, placementChanged, selectionRange, type GridWindow, type Lane } from '../utils/grid';

const MIN = 60_000;
// 09:00-18:00 UTC on a day, 15-minute slots
const start = Date.UTC(2026, 11, 7, 9);
const grid: GridWindow = { windowStart: start, windowEnd: start + 9 * 60 * MIN, slot: 15, timeZone: 'UTC' };
const lanes: Lane[] = [
  { key: 't1', track: 't1', name: 'Main', color: '#f00' },
  { key: 't2', track: 't2', name: 'Side', color: null },
  { key: NO_TRACK, track: null, name: 'Без трека', color: null },
];
const at = (minutes: number) => start + minutes * MIN;
const session = { startsAt: at(60), endsAt: at(120), track: 't1', room: 'A' };

describe('lanes', () => {
  it('shows a session of an unknown track, or of none, in the lane without a track', () => {
    expect(laneKeyOf(lanes, 't2')).toBe('t2');
    expect(laneKeyOf(lanes, 'gone')).toBe(NO_TRACK);
    expect(laneKeyOf(lanes, null)).toBe(NO_TRACK);
  });
});

describe('selecting empty slots', () => {
  const rows = 36;
  const slotStart = (index: number) => at(index * 15);
  it('proposes an hour for a click and the selected slots for a drag, either way up', () => {
    expect(selectionRange({ anchor: 4, current: 4 }, rows, slotStart, grid)).toEqual({ start: at(60), end: at(120) });
    expect(selectionRange({ anchor: 6, current: 4 }, rows, slotStart, grid)).toEqual({ start: at(60), end: at(105) });
  });
  it('never reaches past the day', () => {
    expect(selectionRange({ anchor: 35, current: 35 }, rows, slotStart, grid)).toEqual({ start: at(525), end: at(540) });
    expect(selectionRange({ anchor: 30, current: 99 }, rows, slotStart, grid)).toEqual({ start: at(450), end: at(540) });
  });
});

describe('dragging a session', () => {
  it('moves start and end together by whole slots, into the lane under the pointer', () => {
    expect(dragPlacement('move', session, 2, grid, 't2')).toEqual({ ...session, startsAt: at(90), endsAt: at(150), track: 't2' });
    expect(dragPlacement('move', session, 0, grid, null)).toEqual({ ...session, track: null });
    expect(dragPlacement('move', session, -1, grid)).toEqual({ ...session, startsAt: at(45), endsAt: at(105) });
  });
  it('keeps a moved session inside the day', () => {
    expect(dragPlacement('move', session, -20, grid)).toEqual({ ...session, startsAt: at(0), endsAt: at(60) });
    expect(dragPlacement('move', session, 60, grid)).toEqual({ ...session, startsAt: at(480), endsAt: at(540) });
  });
  it('resizes by the end only, at least one slot long', () => {
    expect(dragPlacement('resize', session, 2, grid)).toEqual({ ...session, endsAt: at(150) });
    expect(dragPlacement('resize', session, -10, grid)).toEqual({ ...session, endsAt: at(75) });
    expect(dragPlacement('resize', session, 99, grid)).toEqual({ ...session, endsAt: at(540) });
  });
  it('saves only a change', () => {
    expect(placementChanged(session, { ...session })).toBe(false);
    expect(placementChanged(session, { ...session, track: 't2' })).toBe(true);
  });
});

describe('the arrow keys', () => {
  it('move a session a slot, or its end with Shift', () => {
    expect(arrowPlacement('ArrowDown', false, session, grid, lanes)).toEqual({ kind: 'place', placement: { ...session, startsAt: at(75), endsAt: at(135) }, lane: false });
    expect(arrowPlacement('ArrowUp', true, session, grid, lanes)).toEqual({ kind: 'place', placement: { ...session, endsAt: at(105) }, lane: false });
  });
  it('refuse an end that is not after the start, and stop at the edges', () => {
    expect(arrowPlacement('ArrowUp', true, { ...session, endsAt: at(75) }, grid, lanes)).toEqual({ kind: 'too-short' });
    expect(arrowPlacement('ArrowUp', false, { ...session, startsAt: at(0) }, grid, lanes)).toEqual({ kind: 'none' });
    expect(arrowPlacement('ArrowDown', true, { ...session, endsAt: at(540) }, grid, lanes)).toEqual({ kind: 'none' });
  });
  it('move a session to the next lane, not past the last', () => {
    expect(arrowPlacement('ArrowRight', false, session, grid, lanes)).toEqual({ kind: 'place', placement: { ...session, track: 't2' }, lane: true });
    expect(arrowPlacement('ArrowRight', false, { ...session, track: 't2' }, grid, lanes)).toEqual({ kind: 'place', placement: { ...session, track: null }, lane: true });
    expect(arrowPlacement('ArrowRight', false, { ...session, track: null }, grid, lanes)).toEqual({ kind: 'none' });
    expect(arrowPlacement('ArrowLeft', false, session, grid, lanes)).toEqual({ kind: 'none' });
  });
});
