/**
 * The time grid of one day: a column (lane) per track plus one for sessions without a track, rows of
 * slots. Select empty slots with the pointer to create a session; drag a session to move it (also to
 * another lane), drag its bottom edge to resize it; or focus it and use the arrow keys.
 *
 * Pieces: the rules in utils/grid.ts, pointer work in hooks/useGridDrag.ts, a lane in CalendarLane,
 * the header row and time axis in CalendarGridHeader, a session in CalendarSessionCard.
 */
import * as React from 'react';
import { Box, Typography, VisuallyHidden } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import type { CalendarSchedule } from '../../../server/src/calendar/contracts';
import type { EventDay } from '../../../server/src/domain/schedule';
import { placementOfSession, useGridDrag } from '../hooks/useGridDrag';
import type { DisplaySession, Placement } from '../hooks/useScheduleEditor';
import { arrowPlacement, laneKeyOf, NO_TRACK, SLOT_PX, type GridWindow, type Lane } from '../utils/grid';
import { getTranslation } from '../utils/translations';
import { formatDay, formatTime, MINUTE, zonedInstant } from '../utils/time';
import { CalendarGridHeader, CalendarTimeAxis } from './CalendarGridHeader';
import { CalendarLane, type LaneTexts } from './CalendarLane';

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
  const rows = Math.max(1, Math.round((day.endMinutes - day.startMinutes) / slot));
  const grid: GridWindow = {
    windowStart: zonedInstant(day.date, day.startMinutes, timeZone),
    windowEnd: zonedInstant(day.date, day.endMinutes, timeZone),
    slot,
    timeZone,
  };
  const dayStart = Date.parse(day.startsAt);
  const dayEnd = Date.parse(day.endsAt);
  const rootRef = React.useRef<HTMLDivElement>(null);
  const refocus = React.useRef<string | null>(null);
  const instructionsId = React.useId();

  const lanes: Lane[] = React.useMemo(
    () => [
      ...schedule.tracks.map((track) => ({ key: track.documentId, track: track.documentId, name: track.name, color: track.color })),
      { key: NO_TRACK, track: null, name: formatMessage({ id: getTranslation('grid.noTrack'), defaultMessage: 'Без трека' }), color: null },
    ],
    [schedule.tracks, formatMessage],
  );
  const laneOf = (track: string | null) => laneKeyOf(lanes, track);
  const titles = new Map(sessions.map((session) => [session.documentId, session.title]));
  const daySessions = sessions.filter((session) => session.end > dayStart && session.start < dayEnd);

  const yOf = (ms: number) => ((ms - grid.windowStart) / (slot * MINUTE)) * SLOT_PX;
  const slotStart = (index: number) => zonedInstant(day.date, day.startMinutes + Math.max(0, Math.min(rows - 1, index)) * slot, timeZone);
  const drag = useGridDrag({ lanes, grid, rows, slotStart, onSelect, onChange, onCreate });

  React.useLayoutEffect(() => {
    const id = refocus.current ?? focusId;
    if (!id || !rootRef.current) return;
    const element = rootRef.current.querySelector<HTMLElement>(`[data-session-id="${CSS.escape(id)}"]`);
    if (!element) return;
    element.focus();
    if (refocus.current === id) refocus.current = null;
    if (focusId === id) onFocused();
  });

  // Enter opens a session, Space selects it, the arrows move it (utils/grid.ts: arrowPlacement)
  const keyDown = (session: DisplaySession) => (event: React.KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      (event.key === 'Enter' ? onOpen : onSelect)(session.documentId);
      return;
    }
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown' && event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const outcome = arrowPlacement(event.key, event.shiftKey, placementOfSession(session), grid, lanes);
    if (outcome.kind === 'too-short') return onProblem(t('problem.end-not-after-start'));
    if (outcome.kind === 'none') return;
    if (outcome.lane) refocus.current = session.documentId;
    onSelect(session.documentId);
    onChange(session.documentId, outcome.placement, 'keyboard');
  };

  const time = (ms: number) => formatTime(ms, timeZone, locale);
  const overlap = (session: DisplaySession) =>
    session.overlaps.length > 0 ? t('session.overlap', { titles: session.overlaps.map((id) => `«${titles.get(id) ?? id}»`).join(', ') }) : null;
  const state = (session: DisplaySession) => t(`session.state.${session.state}`);
  const texts: LaneTexts = {
    t,
    time,
    state,
    overlap,
    label: (session, lane) =>
      [
        t('session.label', { title: session.title || t('session.untitled'), start: time(session.start), end: time(session.end) }),
        lane.track ? t('session.track', { track: lane.name }) : t('grid.noTrack'),
        session.room ? t('session.room', { room: session.room }) : t('session.noRoom'),
        state(session),
        overlap(session),
        session.saving ? t('session.saving') : null,
      ]
        .filter(Boolean)
        .join(', '),
  };

  return (
    <Box>
      <VisuallyHidden id={instructionsId}>{t('grid.instructions', { slot })}</VisuallyHidden>
      <Scroller ref={rootRef} role="region" aria-label={t('grid.label', { date: formatDay(day.date, timeZone, locale, 'long') })} tabIndex={-1}>
        <GridLayout style={{ gridTemplateColumns: `56px repeat(${lanes.length}, minmax(180px, 1fr))` }}>
          <CalendarGridHeader lanes={lanes} timeLabel={t('grid.time')} />
          <CalendarTimeAxis startMinutes={day.startMinutes} endMinutes={day.endMinutes} slot={slot} rows={rows} />
          {lanes.map((lane) => (
            <CalendarLane
              key={lane.key}
              lane={lane}
              sessions={daySessions.filter((session) => laneOf(session.track) === lane.key).sort((a, b) => a.start - b.start || a.end - b.end)}
              grid={grid}
              rows={rows}
              startMinutes={day.startMinutes}
              yOf={yOf}
              laneKeyOf={laneOf}
              drag={drag}
              texts={texts}
              selectedId={selectedId}
              instructionsId={instructionsId}
              onSelect={onSelect}
              onOpen={onOpen}
              onKeyDown={keyDown}
            />
          ))}
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
