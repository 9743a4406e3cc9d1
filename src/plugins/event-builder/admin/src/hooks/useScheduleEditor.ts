/**
 * The schedule of one event as the calendar edits it: the server's state plus local changes not yet
 * confirmed. A change shows at once and is saved right away (keyboard steps are gathered for a moment
 * into one save); when the server refuses it the local change is dropped, so the session goes back
 * to where it was. The last saved change can be undone.
 */
import * as React from 'react';
import { isFetchError, useAPIErrorHandler, type FetchError } from '@strapi/strapi/admin';
import type { CalendarSchedule, CalendarSession, MoveSessionBody } from '../../../server/src/calendar/contracts';
import type { CalendarApi } from './useCalendarApi';

export interface Placement {
  startsAt: number;
  endsAt: number;
  track: string | null;
  room: string | null;
}

export interface DisplaySession extends CalendarSession {
  start: number;
  end: number;
  /** A local change is waiting for the server. */
  saving: boolean;
}

export interface LastChange {
  documentId: string;
  title: string;
  before: Placement;
}

export interface EditorCallbacks {
  onSaved(session: DisplaySession, undo: boolean): void;
  onReverted(title: string, message: string): void;
}

type Status = 'idle' | 'loading' | 'ready' | 'error';

interface Override extends Placement {
  version: number;
}

/** Keyboard steps closer together than this are saved as one change. */
const KEYBOARD_SAVE_DELAY_MS = 600;

export const placementOf = (session: CalendarSession): Placement => ({
  startsAt: Date.parse(session.startsAt),
  endsAt: Date.parse(session.endsAt),
  track: session.track,
  room: session.room,
});

export function useScheduleEditor(api: CalendarApi, eventId: string | null, locale: string | null, callbacks: EditorCallbacks) {
  const { formatAPIError } = useAPIErrorHandler();
  const format = React.useRef(formatAPIError);
  format.current = formatAPIError;
  const [status, setStatus] = React.useState<Status>('idle');
  const [schedule, setSchedule] = React.useState<CalendarSchedule | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [lastChange, setLastChange] = React.useState<LastChange | null>(null);
  const [, rerender] = React.useReducer((n: number) => n + 1, 0);
  const overrides = React.useRef(new Map<string, Override>());
  const timers = React.useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const scheduleRef = React.useRef<CalendarSchedule | null>(null);
  const request = React.useRef(0);
  const versions = React.useRef(0);
  const callbacksRef = React.useRef(callbacks);
  callbacksRef.current = callbacks;

  const load = React.useCallback(
    async (quiet = false) => {
      if (!eventId) {
        scheduleRef.current = null;
        setSchedule(null);
        setStatus('idle');
        return null;
      }
      const mine = ++request.current;
      if (!quiet) setStatus('loading');
      try {
        const data = await api.schedule(eventId, locale);
        if (mine !== request.current) return null;
        scheduleRef.current = data;
        setSchedule(data);
        setError(null);
        setStatus('ready');
        return data;
      } catch (caught) {
        if (mine !== request.current) return null;
        setError(errorText(caught, format.current));
        if (!quiet) setStatus('error');
        return null;
      }
    },
    [api, eventId, locale],
  );

  React.useEffect(() => {
    overrides.current.clear();
    for (const timer of timers.current.values()) clearTimeout(timer);
    timers.current.clear();
    setLastChange(null);
    void load();
  }, [load]);

  React.useEffect(
    () => () => {
      for (const timer of timers.current.values()) clearTimeout(timer);
    },
    [],
  );

  const display = (session: CalendarSession): DisplaySession => {
    const override = overrides.current.get(session.documentId);
    const placement = override ?? placementOf(session);
    return {
      ...session,
      startsAt: new Date(placement.startsAt).toISOString(),
      endsAt: new Date(placement.endsAt).toISOString(),
      track: placement.track,
      room: placement.room,
      start: placement.startsAt,
      end: placement.endsAt,
      saving: override !== undefined,
    };
  };

  const save = React.useCallback(
    async (documentId: string, version: number, undo: boolean) => {
      timers.current.delete(documentId);
      const override = overrides.current.get(documentId);
      const base = scheduleRef.current?.sessions.find((session) => session.documentId === documentId);
      if (!override || override.version !== version || !base) return;
      const before = placementOf(base);
      const body: MoveSessionBody = { locale: scheduleRef.current?.locale };
      if (override.startsAt !== before.startsAt) body.startsAt = new Date(override.startsAt).toISOString();
      if (override.endsAt !== before.endsAt) body.endsAt = new Date(override.endsAt).toISOString();
      if (override.track !== before.track) body.track = override.track;
      if ((override.room ?? '') !== (before.room ?? '')) body.room = override.room;
      if (Object.keys(body).length === 1) {
        overrides.current.delete(documentId);
        rerender();
        return;
      }
      try {
        const saved = await api.moveSession(documentId, body);
        await load(true);
        if (overrides.current.get(documentId)?.version === version) overrides.current.delete(documentId);
        setLastChange(undo ? null : { documentId, title: base.title, before });
        rerender();
        callbacksRef.current.onSaved({ ...saved, start: Date.parse(saved.startsAt), end: Date.parse(saved.endsAt), saving: false }, undo);
      } catch (caught) {
        // undo: drop the local change, the session goes back to the server's state
        if (overrides.current.get(documentId)?.version === version) overrides.current.delete(documentId);
        rerender();
        callbacksRef.current.onReverted(base.title, errorText(caught, format.current));
      }
    },
    [api, load],
  );

  /** Shows `placement` at once and saves it (after a short pause when `gather` is set). */
  const change = React.useCallback(
    (documentId: string, placement: Placement, options: { gather?: boolean; undo?: boolean } = {}) => {
      const version = ++versions.current;
      overrides.current.set(documentId, { ...placement, version });
      rerender();
      const pending = timers.current.get(documentId);
      if (pending) clearTimeout(pending);
      if (options.gather) {
        timers.current.set(
          documentId,
          setTimeout(() => void save(documentId, version, false), KEYBOARD_SAVE_DELAY_MS),
        );
      } else {
        void save(documentId, version, Boolean(options.undo));
      }
    },
    [save],
  );

  const undo = React.useCallback(() => {
    if (!lastChange) return;
    change(lastChange.documentId, lastChange.before, { undo: true });
  }, [change, lastChange]);

  const sessions = schedule ? schedule.sessions.map(display) : [];
  return { status, schedule, sessions, error, reload: load, change, undo, lastChange };
}

/** A readable message of a failed request (the server's own message for an API error). */
export function errorText(caught: unknown, format: (error: FetchError) => string): string {
  if (isFetchError(caught)) return format(caught);
  return caught instanceof Error ? caught.message : String(caught);
}
