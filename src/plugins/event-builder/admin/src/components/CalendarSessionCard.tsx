/**
 * One session on the grid: a focusable block placed by its time, dragged to move, dragged by its
 * bottom edge to resize, moved with the keyboard. It says everything it shows (time, track, room,
 * publication state, room overlap) in its accessible name too.
 */
import * as React from 'react';
import { Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import { styled } from 'styled-components';

export interface CalendarSessionCardProps {
  documentId: string;
  title: string;
  timeText: string;
  room: string | null;
  color: string | null;
  label: string;
  describedBy: string;
  overlapText: string | null;
  stateText: string;
  state: 'draft' | 'published' | 'modified';
  selected: boolean;
  saving: boolean;
  dragging: boolean;
  top: number;
  height: number;
  column: number;
  columns: number;
  onPointerDown(event: React.PointerEvent<HTMLDivElement>, mode: 'move' | 'resize'): void;
  onPointerMove(event: React.PointerEvent<HTMLDivElement>): void;
  onPointerUp(event: React.PointerEvent<HTMLDivElement>): void;
  onPointerCancel(event: React.PointerEvent<HTMLDivElement>): void;
  onKeyDown(event: React.KeyboardEvent<HTMLDivElement>): void;
  onOpen(): void;
  onFocus(): void;
}

const FALLBACK_COLOR = '#8e8ea9';

export const CalendarSessionCard = ({
  documentId,
  title,
  timeText,
  room,
  color,
  label,
  describedBy,
  overlapText,
  stateText,
  state,
  selected,
  saving,
  dragging,
  top,
  height,
  column,
  columns,
  onPointerDown,
  onPointerMove,
  onPointerUp,
  onPointerCancel,
  onKeyDown,
  onOpen,
  onFocus,
}: CalendarSessionCardProps) => {
  const accent = color && /^#[0-9a-fA-F]{6}$/.test(color) ? color : FALLBACK_COLOR;
  return (
    <Card
      role="button"
      tabIndex={0}
      data-session-id={documentId}
      title={title}
      aria-label={label}
      aria-describedby={describedBy}
      aria-current={selected ? 'true' : undefined}
      aria-busy={saving || undefined}
      $accent={accent}
      $overlap={overlapText !== null}
      $draft={state !== 'published'}
      $selected={selected}
      $dragging={dragging}
      $saving={saving}
      style={{
        top,
        height: Math.max(height, 14),
        left: `calc(${(column / columns) * 100}% + 2px)`,
        width: `calc(${100 / columns}% - 4px)`,
      }}
      onPointerDown={(event) => onPointerDown(event, (event.target as HTMLElement).dataset.resize ? 'resize' : 'move')}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerCancel}
      onKeyDown={onKeyDown}
      onDoubleClick={onOpen}
      onFocus={onFocus}
    >
      <Line>
        {overlapText !== null ? <WarningCircle aria-hidden focusable={false} width="1.4rem" height="1.4rem" fill="danger600" style={{ flex: 'none' }} /> : null}
        <Typography variant="omega" fontWeight="bold" textColor="neutral800" ellipsis>
          {title}
        </Typography>
      </Line>
      {height >= 30 ? (
        <Typography variant="pi" textColor="neutral600" ellipsis tag="div">
          {timeText}
          {room ? ` · ${room}` : ''}
        </Typography>
      ) : null}
      {height >= 46 ? (
        <Typography variant="pi" textColor={overlapText !== null ? 'danger600' : 'neutral500'} ellipsis tag="div" aria-hidden>
          {overlapText !== null ? overlapText : stateText}
        </Typography>
      ) : null}
      <ResizeHandle data-resize="true" aria-hidden />
    </Card>
  );
};

const Card = styled.div<{ $accent: string; $overlap: boolean; $draft: boolean; $selected: boolean; $dragging: boolean; $saving: boolean }>`
  position: absolute;
  box-sizing: border-box;
  overflow: hidden;
  padding: 2px 6px 6px 8px;
  border-radius: ${({ theme }) => theme.borderRadius};
  border: 1px ${({ $draft }) => ($draft ? 'dashed' : 'solid')} ${({ theme, $overlap }) => ($overlap ? theme.colors.danger600 : theme.colors.neutral300)};
  border-left: 4px solid ${({ $accent }) => $accent};
  background: ${({ $accent, theme }) => `linear-gradient(${$accent}22, ${$accent}22), ${theme.colors.neutral0}`};
  box-shadow: ${({ $selected, theme }) => ($selected ? `0 0 0 2px ${theme.colors.primary500}` : theme.shadows.filterShadow)};
  cursor: ${({ $dragging }) => ($dragging ? 'grabbing' : 'grab')};
  opacity: ${({ $dragging, $saving }) => ($dragging ? 0.45 : $saving ? 0.8 : 1)};
  touch-action: none;
  user-select: none;
  z-index: ${({ $selected }) => ($selected ? 2 : 1)};

  ${({ $overlap, theme }) => ($overlap ? `outline: 2px solid ${theme.colors.danger500}; outline-offset: -2px;` : '')}

  &:focus-visible {
    outline: 3px solid ${({ theme }) => theme.colors.primary600};
    outline-offset: 1px;
    z-index: 3;
  }
`;

const Line = styled.div`
  display: flex;
  align-items: center;
  gap: 4px;
  min-width: 0;
`;

const ResizeHandle = styled.div`
  position: absolute;
  left: 0;
  right: 0;
  bottom: 0;
  height: 6px;
  cursor: ns-resize;

  &::after {
    content: '';
    position: absolute;
    left: 50%;
    bottom: 2px;
    width: 24px;
    margin-left: -12px;
    border-bottom: 2px solid ${({ theme }) => theme.colors.neutral400};
    border-radius: 1px;
  }
`;
