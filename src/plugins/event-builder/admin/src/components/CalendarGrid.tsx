/**
 * The time grid of one day: a column (lane) per track plus one for sessions without a track, rows of
 * slots. Select empty slots with the pointer to create a session; drag a session to move it (also to
 * another lane), drag its bottom edge to resize it; or focus it and use the arrow keys.
 */
import * as React from 'react';
import { Box, Typography, VisuallyHidden } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import type { CalendarSchedule } from '../../../server/src/calendar/contracts';
import { packColumns, snapToSlot, type EventDay } from '../../../server/src/domain/schedule';
import type { DisplaySession, Placement } from '../hooks/useScheduleEditor';
import { getTranslation } from '../utils/translations';
import { formatDay, formatTime, MINUTE, minutesToClock, zonedInstant } from '../utils/time';
import { CalendarSessionCard } from './CalendarSessionCard';

/** Height of one slot row, in pixels. */
export const SLOT_PX = 16;
/** Pointer travel below which a press on a session is a click, not a drag. */
const DRAG_THRESHOLD_PX = 4;
const NO_TRACK = '__none__';

export interface Lane {
  key: string;
  track: string | null;
  name: string;
  color: string | null;
}

export interface CalendarGridProps {
  schedule: CalendarSchedule;
  day: EventDay;
  sessions: DisplaySession[];
  selectedId: string | null;
  /** A session to focus once it is on the grid (after it was created or moved to another lane). */
  focusId: string | null;
  onFocused(): void;
  onSelect(documentId: string): void;
  onOpen(documentId: string): void;
  onChange(documentId: string, placement: Placement, how: 'pointer' | 'keyboard'): void;
  onCreate(range: { start: number; end: number; track: string | null }): void;
  onProblem(message: string): void;
}

type Drag =
  | { kind: 'create'; lane: Lane; pointerId: number; anchor: number; current: number }
  | {
      kind: 'move' | 'resize';
      id: string;
      pointerId: number;
      startX: number;
      startY: number;
      moved: boolean;
      origin: Placement;
      preview: Placement;
    };

export const CalendarGrid = ({
  schedule,
  day,
  sessions,
  selectedId,
  focusId,
  onFocused,
  onSelect,
  onOpen,
  onChange,
  onCreate,
  onProblem,
}: CalendarGridProps) => {
  const { formatMessage, locale } = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => formatMessage({ id: getTranslation(id), defaultMessage: id }, values);
  const timeZone = schedule.event.timezone;
  const slot = schedule.slotMinutes;
  const slotMs = slot * MINUTE;
  const rows = Math.max(1, Math.round((day.endMinutes - day.startMinutes) / slot));
  const windowStart = zonedInstant(day.date, day.startMinutes, timeZone);
  const windowEnd = zonedInstant(day.date, day.endMinutes, timeZone);
  const dayStart = Date.parse(day.startsAt);
  const dayEnd = Date.parse(day.endsAt);
  const rootRef = React.useRef<HTMLDivElement>(null);
  const laneRefs = React.useRef(new Map<string, HTMLDivElement>());
  const refocus = React.useRef<string | null>(null);
  const [drag, setDrag] = React.useState<Drag | null>(null);
  const instructionsId = React.useId();

  const lanes: Lane[] = React.useMemo(
    () => [
      ...schedule.tracks.map((track) => ({ key: track.documentId, track: track.documentId, name: track.name, color: track.color })),
      { key: NO_TRACK, track: null, name: formatMessage({ id: getTranslation('grid.noTrack'), defaultMessage: 'Без трека' }), color: null },
    ],
    [schedule.tracks, formatMessage],
  );
  const laneKeyOf = (track: string | null) => (track && lanes.some((lane) => lane.track === track) ? track : NO_TRACK);
  const titles = new Map(sessions.map((session) => [session.documentId, session.title]));
  const daySessions = sessions.filter((session) => session.end > dayStart && session.start < dayEnd);

  const yOf = (ms: number) => ((ms - windowStart) / slotMs) * SLOT_PX;
  const time = (ms: number) => formatTime(ms, timeZone, locale);
  const slotStart = (index: number) => zonedInstant(day.date, day.startMinutes + Math.max(0, Math.min(rows - 1, index)) * slot, timeZone);

  React.useLayoutEffect(() => {
    const id = refocus.current ?? focusId;
    if (!id || !rootRef.current) return;
    const element = rootRef.current.querySelector<HTMLElement>(`[data-session-id="${CSS.escape(id)}"]`);
    if (!element) return;
    element.focus();
    if (refocus.current === id) refocus.current = null;
    if (focusId === id) onFocused();
  });

  React.useEffect(() => {
    if (!drag) return undefined;
    const cancel = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setDrag(null);
    };
    window.addEventListener('keydown', cancel);
    return () => window.removeEventListener('keydown', cancel);
  }, [drag]);

  const laneAt = (clientX: number): Lane | null => {
    for (const lane of lanes) {
      const rect = laneRefs.current.get(lane.key)?.getBoundingClientRect();
      if (rect && clientX >= rect.left && clientX < rect.right) return lane;
    }
    return null;
  };

  const slotIndexAt = (lane: Lane, clientY: number) => {
    const rect = laneRefs.current.get(lane.key)?.getBoundingClientRect();
    return rect ? Math.floor((clientY - rect.top) / SLOT_PX) : 0;
  };

  // --- creating by selecting empty slots ---------------------------------------------------------

  const startCreate = (lane: Lane) => (event: React.PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0 || event.target !== event.currentTarget) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    const index = slotIndexAt(lane, event.clientY);
    setDrag({ kind: 'create', lane, pointerId: event.pointerId, anchor: index, current: index });
  };

  const moveCreate = (event: React.PointerEvent<HTMLDivElement>) => {
    if (drag?.kind !== 'create' || drag.pointerId !== event.pointerId) return;
    const index = slotIndexAt(drag.lane, event.clientY);
    if (index !== drag.current) setDrag({ ...drag, current: index });
  };

  const createRange = (selection: Extract<Drag, { kind: 'create' }>) => {
    const low = Math.max(0, Math.min(selection.anchor, selection.current));
    const high = Math.min(rows - 1, Math.max(selection.anchor, selection.current));
    const start = slotStart(low);
    // a click (one slot) proposes an hour
    const end = low === high ? Math.min(windowEnd, start + 60 * MINUTE) : Math.min(windowEnd, slotStart(high) + slotMs);
    return { start, end };
  };

  const endCreate = (event: React.PointerEvent<HTMLDivElement>) => {
    if (drag?.kind !== 'create' || drag.pointerId !== event.pointerId) return;
    const range = createRange(drag);
    setDrag(null);
    onCreate({ ...range, track: drag.lane.track });
  };

  // --- moving and resizing with the pointer -----------------------------------------------------

  const placementOf = (session: DisplaySession): Placement => ({ startsAt: session.start, endsAt: session.end, track: session.track, room: session.room });

  const startDrag = (session: DisplaySession) => (event: React.PointerEvent<HTMLDivElement>, mode: 'move' | 'resize') => {
    if (event.button !== 0) return;
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    const origin = placementOf(session);
    setDrag({ kind: mode, id: session.documentId, pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, moved: false, origin, preview: origin });
  };

  const moveDrag = (event: React.PointerEvent<HTMLDivElement>) => {
    if (!drag || drag.kind === 'create' || drag.pointerId !== event.pointerId) return;
    const dx = event.clientX - drag.startX;
    const dy = event.clientY - drag.startY;
    if (!drag.moved && Math.abs(dx) < DRAG_THRESHOLD_PX && Math.abs(dy) < DRAG_THRESHOLD_PX) return;
    const steps = Math.round(dy / SLOT_PX);
    const { origin } = drag;
    let preview: Placement;
    if (drag.kind === 'resize') {
      const end = steps === 0 ? origin.endsAt : snapToSlot(origin.endsAt + steps * slotMs, timeZone, slot);
      preview = { ...origin, endsAt: Math.min(windowEnd, Math.max(origin.startsAt + slotMs, end)) };
    } else {
      const length = origin.endsAt - origin.startsAt;
      const moved = steps === 0 ? origin.startsAt : snapToSlot(origin.startsAt + steps * slotMs, timeZone, slot);
      const start = Math.max(windowStart, Math.min(windowEnd - length, moved));
      const lane = laneAt(event.clientX);
      preview = { ...origin, startsAt: start, endsAt: start + length, track: lane ? lane.track : origin.track };
    }
    setDrag({ ...drag, moved: true, preview });
  };

  const endDrag = (session: DisplaySession) => (event: React.PointerEvent<HTMLDivElement>) => {
    if (!drag || drag.kind === 'create' || drag.pointerId !== event.pointerId) return;
    setDrag(null);
    if (!drag.moved) {
      onSelect(session.documentId);
      return;
    }
    const { origin, preview } = drag;
    if (preview.startsAt !== origin.startsAt || preview.endsAt !== origin.endsAt || preview.track !== origin.track) {
      onSelect(session.documentId);
      onChange(session.documentId, preview, 'pointer');
    }
  };

  // --- keyboard -----------------------------------------------------------------------------------

  const keyDown = (session: DisplaySession) => (event: React.KeyboardEvent<HTMLDivElement>) => {
    const current = placementOf(session);
    let next: Placement | null = null;
    switch (event.key) {
      case 'Enter':
        event.preventDefault();
        onOpen(session.documentId);
        return;
      case ' ':
        event.preventDefault();
        onSelect(session.documentId);
        return;
      case 'ArrowUp':
      case 'ArrowDown': {
        event.preventDefault();
        const step = event.key === 'ArrowUp' ? -slotMs : slotMs;
        if (event.shiftKey) {
          const end = current.endsAt + step;
          if (end - current.startsAt < slotMs) return onProblem(t('problem.end-not-after-start'));
          if (end > windowEnd) return;
          next = { ...current, endsAt: end };
        } else {
          if (current.startsAt + step < windowStart || current.endsAt + step > windowEnd) return;
          next = { ...current, startsAt: current.startsAt + step, endsAt: current.endsAt + step };
        }
        break;
      }
      case 'ArrowLeft':
      case 'ArrowRight': {
        event.preventDefault();
        const index = lanes.findIndex((lane) => lane.key === laneKeyOf(current.track));
        const target = lanes[index + (event.key === 'ArrowLeft' ? -1 : 1)];
        if (!target) return;
        next = { ...current, track: target.track };
        refocus.current = session.documentId;
        break;
      }
      default:
        return;
    }
    onSelect(session.documentId);
    onChange(session.documentId, next, 'keyboard');
  };

  // --- rendering ----------------------------------------------------------------------------------

  const hours: number[] = [];
  for (let minutes = Math.ceil(day.startMinutes / 60) * 60; minutes < day.endMinutes; minutes += 60) hours.push(minutes);
  const dayLabel = formatDay(day.date, timeZone, locale, 'long');

  const stateText = (session: DisplaySession) => t(`session.state.${session.state}`);
  const overlapText = (session: DisplaySession) =>
    session.overlaps.length > 0 ? t('session.overlap', { titles: session.overlaps.map((id) => `«${titles.get(id) ?? id}»`).join(', ') }) : null;
  const labelOf = (session: DisplaySession, lane: Lane) =>
    [
      t('session.label', { title: session.title || t('session.untitled'), start: time(session.start), end: time(session.end) }),
      lane.track ? t('session.track', { track: lane.name }) : t('grid.noTrack'),
      session.room ? t('session.room', { room: session.room }) : t('session.noRoom'),
      stateText(session),
      overlapText(session),
      session.saving ? t('session.saving') : null,
    ]
      .filter(Boolean)
      .join(', ');

  const renderLane = (lane: Lane) => {
    const inLane = daySessions.filter((session) => laneKeyOf(session.track) === lane.key).sort((a, b) => a.start - b.start || a.end - b.end);
    const layout = packColumns(inLane.map((session) => ({ id: session.documentId, startsAt: session.start, endsAt: session.end })));
    const ghost = drag && drag.kind !== 'create' && drag.moved && laneKeyOf(drag.preview.track) === lane.key ? drag : null;
    const selection = drag?.kind === 'create' && drag.lane.key === lane.key ? createRange(drag) : null;
    return (
      <LaneBody
        key={lane.key}
        ref={(element: HTMLDivElement | null) => {
          if (element) laneRefs.current.set(lane.key, element);
          else laneRefs.current.delete(lane.key);
        }}
        role="group"
        aria-label={lane.track ? t('grid.lane', { track: lane.name }) : lane.name}
        data-lane={lane.key}
        style={{ height: rows * SLOT_PX }}
        $slotPx={SLOT_PX}
        $hourPx={(60 / slot) * SLOT_PX}
        $offsetPx={((day.startMinutes % 60) / slot) * SLOT_PX}
        onPointerDown={startCreate(lane)}
        onPointerMove={moveCreate}
        onPointerUp={endCreate}
        onPointerCancel={() => setDrag(null)}
      >
        {inLane.map((session) => {
          const slotOf = layout.get(session.documentId) ?? { column: 0, columns: 1 };
          const top = yOf(Math.max(session.start, windowStart));
          const bottom = yOf(Math.min(session.end, windowEnd));
          return (
            <CalendarSessionCard
              key={session.documentId}
              documentId={session.documentId}
              title={session.title || t('session.untitled')}
              timeText={`${time(session.start)}–${time(session.end)}`}
              room={session.room}
              color={lane.color}
              label={labelOf(session, lane)}
              describedBy={instructionsId}
              overlapText={overlapText(session) === null ? null : t('session.overlapShort')}
              stateText={stateText(session)}
              state={session.state}
              selected={selectedId === session.documentId}
              saving={session.saving}
              dragging={drag !== null && drag.kind !== 'create' && drag.id === session.documentId && drag.moved}
              top={top}
              height={Math.max(SLOT_PX, bottom - top)}
              column={slotOf.column}
              columns={slotOf.columns}
              onPointerDown={startDrag(session)}
              onPointerMove={moveDrag}
              onPointerUp={endDrag(session)}
              onPointerCancel={() => setDrag(null)}
              onKeyDown={keyDown(session)}
              onOpen={() => onOpen(session.documentId)}
              onFocus={() => onSelect(session.documentId)}
            />
          );
        })}
        {ghost ? (
          <Ghost aria-hidden style={{ top: yOf(ghost.preview.startsAt), height: yOf(ghost.preview.endsAt) - yOf(ghost.preview.startsAt) }}>
            <Typography variant="pi" fontWeight="bold">
              {time(ghost.preview.startsAt)}–{time(ghost.preview.endsAt)}
            </Typography>
          </Ghost>
        ) : null}
        {selection ? (
          <Ghost aria-hidden style={{ top: yOf(selection.start), height: yOf(selection.end) - yOf(selection.start) }}>
            <Typography variant="pi" fontWeight="bold">
              {t('grid.selection', { start: time(selection.start), end: time(selection.end) })}
            </Typography>
          </Ghost>
        ) : null}
      </LaneBody>
    );
  };

  return (
    <Box>
      <VisuallyHidden id={instructionsId}>{t('grid.instructions', { slot })}</VisuallyHidden>
      <Scroller ref={rootRef} role="region" aria-label={t('grid.label', { date: dayLabel })} tabIndex={-1}>
        <GridLayout style={{ gridTemplateColumns: `56px repeat(${lanes.length}, minmax(180px, 1fr))` }}>
          <HeaderCell aria-hidden>
            <Typography variant="sigma" textColor="neutral600">
              {t('grid.time')}
            </Typography>
          </HeaderCell>
          {lanes.map((lane) => (
            <HeaderCell key={lane.key} aria-hidden>
              <Swatch style={{ background: lane.color ?? 'transparent' }} $empty={!lane.color} />
              <Typography variant="sigma" textColor="neutral800" ellipsis>
                {lane.name}
              </Typography>
            </HeaderCell>
          ))}
          <TimeAxis aria-hidden style={{ height: rows * SLOT_PX }}>
            {hours.map((minutes) => (
              <HourLabel key={minutes} style={{ top: ((minutes - day.startMinutes) / slot) * SLOT_PX }}>
                <Typography variant="pi" textColor="neutral600">
                  {minutesToClock(minutes % (24 * 60))}
                </Typography>
              </HourLabel>
            ))}
          </TimeAxis>
          {lanes.map(renderLane)}
        </GridLayout>
      </Scroller>
      {daySessions.length === 0 ? (
        <Box paddingTop={3}>
          <Typography variant="omega" textColor="neutral600">
            {t('grid.empty')}
          </Typography>
        </Box>
      ) : null}
    </Box>
  );
};

const Scroller = styled.div`
  overflow-x: auto;
  border: 1px solid ${({ theme }) => theme.colors.neutral200};
  border-radius: ${({ theme }) => theme.borderRadius};
  background: ${({ theme }) => theme.colors.neutral0};

  &:focus-visible {
    outline: 2px solid ${({ theme }) => theme.colors.primary600};
  }
`;

const GridLayout = styled.div`
  display: grid;
  min-width: max-content;
`;

const HeaderCell = styled.div`
  position: sticky;
  top: 0;
  z-index: 4;
  display: flex;
  align-items: center;
  gap: 6px;
  min-width: 0;
  padding: 8px;
  background: ${({ theme }) => theme.colors.neutral100};
  border-bottom: 1px solid ${({ theme }) => theme.colors.neutral200};
  border-left: 1px solid ${({ theme }) => theme.colors.neutral200};
`;

const Swatch = styled.span<{ $empty: boolean }>`
  flex: none;
  width: 10px;
  height: 10px;
  border-radius: 50%;
  border: 1px ${({ $empty }) => ($empty ? 'dashed' : 'solid')} ${({ theme }) => theme.colors.neutral400};
`;

const TimeAxis = styled.div`
  position: relative;
`;

const HourLabel = styled.div`
  position: absolute;
  right: 6px;
  transform: translateY(-50%);

  &:first-child {
    transform: none;
  }
`;

const LaneBody = styled.div<{ $slotPx: number; $hourPx: number; $offsetPx: number }>`
  position: relative;
  border-left: 1px solid ${({ theme }) => theme.colors.neutral200};
  cursor: cell;
  touch-action: none;
  background-image:
    linear-gradient(to bottom, ${({ theme }) => theme.colors.neutral200} 1px, transparent 1px),
    linear-gradient(to bottom, ${({ theme }) => theme.colors.neutral100} 1px, transparent 1px);
  background-size:
    100% ${({ $hourPx }) => $hourPx}px,
    100% ${({ $slotPx }) => $slotPx}px;
  background-position:
    0 ${({ $offsetPx }) => -$offsetPx}px,
    0 0;
`;

const Ghost = styled.div`
  position: absolute;
  left: 2px;
  right: 2px;
  z-index: 5;
  box-sizing: border-box;
  padding: 2px 6px;
  border: 2px dashed ${({ theme }) => theme.colors.primary600};
  border-radius: ${({ theme }) => theme.borderRadius};
  background: ${({ theme }) => theme.colors.primary100};
  pointer-events: none;
`;
