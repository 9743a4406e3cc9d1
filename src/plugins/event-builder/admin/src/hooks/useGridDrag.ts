/**
 * Pointer work on the calendar grid: selecting empty slots of a lane (to create a session), dragging
 * a session (to move it, also to another lane) or its bottom edge (to resize it). Escape cancels.
 * Where things land is decided by utils/grid.ts; this hook measures the lanes and keeps the drag.
 */
import * as React from 'react';
import type { DisplaySession, Placement } from './useScheduleEditor';
import { DRAG_THRESHOLD_PX, dragPlacement, placementChanged, selectionRange, SLOT_PX, type GridWindow, type Lane } from '../utils/grid';

export type Drag =
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

export type CreateDrag = Extract<Drag, { kind: 'create' }>;
type PointerHandler = (event: React.PointerEvent<HTMLDivElement>) => void;

export interface GridDragOptions {
  lanes: readonly Lane[];
  grid: GridWindow;
  rows: number;
  slotStart(index: number): number;
  onSelect(documentId: string): void;
  onChange(documentId: string, placement: Placement, how: 'pointer'): void;
  onCreate(range: { start: number; end: number; track: string | null }): void;
}

export const placementOfSession = (session: DisplaySession): Placement => ({ startsAt: session.start, endsAt: session.end, track: session.track, room: session.room });

export function useGridDrag({ lanes, grid, rows, slotStart, onSelect, onChange, onCreate }: GridDragOptions) {
  const laneRefs = React.useRef(new Map<string, HTMLDivElement>());
  const [drag, setDrag] = React.useState<Drag | null>(null);

  React.useEffect(() => {
    if (!drag) return undefined;
    const cancel = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setDrag(null);
    };
    window.addEventListener('keydown', cancel);
    return () => window.removeEventListener('keydown', cancel);
  }, [drag]);

  /** Keeps a lane's element, to measure where the pointer is. */
  const laneRef = (key: string) => (element: HTMLDivElement | null) => {
    if (element) laneRefs.current.set(key, element);
    else laneRefs.current.delete(key);
  };

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

  const createRange = (selection: CreateDrag) => selectionRange(selection, rows, slotStart, grid);

  // creating by selecting empty slots
  const startCreate =
    (lane: Lane): PointerHandler =>
    (event) => {
      if (event.button !== 0 || event.target !== event.currentTarget) return;
      event.preventDefault();
      event.currentTarget.setPointerCapture(event.pointerId);
      const index = slotIndexAt(lane, event.clientY);
      setDrag({ kind: 'create', lane, pointerId: event.pointerId, anchor: index, current: index });
    };

  const moveCreate: PointerHandler = (event) => {
    if (drag?.kind !== 'create' || drag.pointerId !== event.pointerId) return;
    const index = slotIndexAt(drag.lane, event.clientY);
    if (index !== drag.current) setDrag({ ...drag, current: index });
  };

  const endCreate: PointerHandler = (event) => {
    if (drag?.kind !== 'create' || drag.pointerId !== event.pointerId) return;
    const range = createRange(drag);
    setDrag(null);
    onCreate({ ...range, track: drag.lane.track });
  };

  // moving and resizing with the pointer
  const startDrag = (session: DisplaySession) => (event: React.PointerEvent<HTMLDivElement>, mode: 'move' | 'resize') => {
    if (event.button !== 0) return;
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    const origin = placementOfSession(session);
    setDrag({ kind: mode, id: session.documentId, pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, moved: false, origin, preview: origin });
  };

  const moveDrag: PointerHandler = (event) => {
    if (!drag || drag.kind === 'create' || drag.pointerId !== event.pointerId) return;
    const dx = event.clientX - drag.startX;
    const dy = event.clientY - drag.startY;
    if (!drag.moved && Math.abs(dx) < DRAG_THRESHOLD_PX && Math.abs(dy) < DRAG_THRESHOLD_PX) return;
    const steps = Math.round(dy / SLOT_PX);
    const lane = drag.kind === 'move' ? laneAt(event.clientX) : null;
    setDrag({ ...drag, moved: true, preview: dragPlacement(drag.kind, drag.origin, steps, grid, lane ? lane.track : undefined) });
  };

  const endDrag =
    (session: DisplaySession): PointerHandler =>
    (event) => {
      if (!drag || drag.kind === 'create' || drag.pointerId !== event.pointerId) return;
      setDrag(null);
      if (!drag.moved) {
        onSelect(session.documentId);
        return;
      }
      if (placementChanged(drag.origin, drag.preview)) {
        onSelect(session.documentId);
        onChange(session.documentId, drag.preview, 'pointer');
      }
    };

  const cancel = () => setDrag(null);

  return { drag, laneRef, createRange, startCreate, moveCreate, endCreate, startDrag, moveDrag, endDrag, cancel };
}

export type GridDrag = ReturnType<typeof useGridDrag>;
