/** The calendar grid's fixed parts: the header row (time, then each lane's colour and name) and the time axis. */
import * as React from 'react';
import { Typography } from '@strapi/design-system';
import { styled } from 'styled-components';
import { SLOT_PX, type Lane } from '../utils/grid';
import { minutesToClock } from '../utils/time';

/** The header row; hidden from screen readers (each lane is a group named by its track). */
export const CalendarGridHeader = ({ lanes, timeLabel }: { lanes: readonly Lane[]; timeLabel: string }) => (
  <>
    <HeaderCell aria-hidden>
      <Typography variant="sigma" textColor="neutral600">
        {timeLabel}
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
  </>
);

/** The hours down the left side, from the window's first whole hour. */
export const CalendarTimeAxis = ({ startMinutes, endMinutes, slot, rows }: { startMinutes: number; endMinutes: number; slot: number; rows: number }) => {
  const hours: number[] = [];
  for (let minutes = Math.ceil(startMinutes / 60) * 60; minutes < endMinutes; minutes += 60) hours.push(minutes);
  return (
    <TimeAxis aria-hidden style={{ height: rows * SLOT_PX }}>
      {hours.map((minutes) => (
        <HourLabel key={minutes} style={{ top: ((minutes - startMinutes) / slot) * SLOT_PX }}>
          <Typography variant="pi" textColor="neutral600">
            {minutesToClock(minutes % (24 * 60))}
          </Typography>
        </HourLabel>
      ))}
    </TimeAxis>
  );
};

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
