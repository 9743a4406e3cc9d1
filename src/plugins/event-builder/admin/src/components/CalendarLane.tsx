/**
 * One lane of the calendar grid (a track, or sessions without one): its sessions placed by time and
 * packed side by side when they overlap, the ghost of a session being dragged into it and the
 * selection of empty slots that proposes a new session.
 */
import * as React from 'react';
import { Typography } from '@strapi/design-system';
import { styled } from 'styled-components';
import { packColumns } from '../../../server/src/domain/schedule';
import type { GridDrag } from '../hooks/useGridDrag';
import type { DisplaySession } from '../hooks/useScheduleEditor';
import { SLOT_PX, type GridWindow, type Lane } from '../utils/grid';
import { CalendarSessionCard } from './CalendarSessionCard';

/** The texts the lane shows, in the admin's language. */
export interface LaneTexts {
  t(id: string, values?: Record<string, string | number>): string;
  time(ms: number): string;
  label(session: DisplaySession, lane: Lane): string;
  state(session: DisplaySession): string;
  overlap(session: DisplaySession): string | null;
}

export interface CalendarLaneProps {
  lane: Lane;
  /** The lane's sessions of the day, in time order. */
  sessions: DisplaySession[];
  grid: GridWindow;
  rows: number;
  /** Minutes from midnight at the top of the grid (the hour lines are drawn from it). */
  startMinutes: number;
  /** Where an instant is on the grid, in pixels from its top. */
  yOf(ms: number): number;
  /** The lane a session of a track is shown in. */
  laneKeyOf(track: string | null): string;
  drag: GridDrag;
  texts: LaneTexts;
  selectedId: string | null;
  instructionsId: string;
  onSelect(documentId: string): void;
  onOpen(documentId: string): void;
  onKeyDown(session: DisplaySession): (event: React.KeyboardEvent<HTMLDivElement>) => void;
}

export const CalendarLane = ({ lane, sessions, grid, rows, startMinutes, yOf, laneKeyOf, drag, texts, selectedId, instructionsId, onSelect, onOpen, onKeyDown }: CalendarLaneProps) => {
  const { t, time } = texts;
  const layout = packColumns(sessions.map((session) => ({ id: session.documentId, startsAt: session.start, endsAt: session.end })));
  const current = drag.drag;
  const dragged = current && current.kind !== 'create' && current.moved ? current : null;
  const ghost = dragged && laneKeyOf(dragged.preview.track) === lane.key ? dragged.preview : null;
  const selection = current?.kind === 'create' && current.lane.key === lane.key ? drag.createRange(current) : null;
  return (
    <LaneBody
      ref={drag.laneRef(lane.key)}
      role="group"
      aria-label={lane.track ? t('grid.lane', { track: lane.name }) : lane.name}
      data-lane={lane.key}
      style={{ height: rows * SLOT_PX }}
      $slotPx={SLOT_PX}
      $hourPx={(60 / grid.slot) * SLOT_PX}
      $offsetPx={((startMinutes % 60) / grid.slot) * SLOT_PX}
      onPointerDown={drag.startCreate(lane)}
      onPointerMove={drag.moveCreate}
      onPointerUp={drag.endCreate}
      onPointerCancel={drag.cancel}
    >
      {sessions.map((session) => {
        const slotOf = layout.get(session.documentId) ?? { column: 0, columns: 1 };
        const top = yOf(Math.max(session.start, grid.windowStart));
        const bottom = yOf(Math.min(session.end, grid.windowEnd));
        return (
          <CalendarSessionCard
            key={session.documentId}
            documentId={session.documentId}
            title={session.title || t('session.untitled')}
            timeText={`${time(session.start)}–${time(session.end)}`}
            room={session.room}
            color={lane.color}
            label={texts.label(session, lane)}
            describedBy={instructionsId}
            overlapText={texts.overlap(session) === null ? null : t('session.overlapShort')}
            stateText={texts.state(session)}
            state={session.state}
            selected={selectedId === session.documentId}
            saving={session.saving}
            dragging={dragged !== null && dragged.id === session.documentId}
            top={top}
            height={Math.max(SLOT_PX, bottom - top)}
            column={slotOf.column}
            columns={slotOf.columns}
            onPointerDown={drag.startDrag(session)}
            onPointerMove={drag.moveDrag}
            onPointerUp={drag.endDrag(session)}
            onPointerCancel={drag.cancel}
            onKeyDown={onKeyDown(session)}
            onOpen={() => onOpen(session.documentId)}
            onFocus={() => onSelect(session.documentId)}
          />
        );
      })}
      {ghost ? (
        <Ghost aria-hidden style={{ top: yOf(ghost.startsAt), height: yOf(ghost.endsAt) - yOf(ghost.startsAt) }}>
          <Typography variant="pi" fontWeight="bold">
            {time(ghost.startsAt)}–{time(ghost.endsAt)}
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
