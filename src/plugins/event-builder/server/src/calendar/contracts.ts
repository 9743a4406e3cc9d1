/**
 * What the program calendar's admin routes answer. Types only: the admin page imports them too.
 *
 *   GET   /event-builder/calendar/events                         -> { data: CalendarEventSummary[] }
 *   GET   /event-builder/calendar/events/:documentId?locale=ru   -> { data: CalendarSchedule }
 *   POST  /event-builder/calendar/events/:documentId/sessions    -> 201 { data: CalendarSession }
 *   PATCH /event-builder/calendar/sessions/:documentId           -> { data: CalendarSession }  (PUT too: same partial body)
 */
import type { z } from 'zod';
import type { EventDay } from '../domain/schedule';
import type { createSessionSchema, moveSessionSchema } from './validation';

export type PublicationState = 'draft' | 'published' | 'modified';

export interface CalendarEventSummary {
  documentId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  timezone: string;
  /** The locale the title is in. */
  locale: string | null;
}

export interface CalendarTrack {
  documentId: string;
  name: string;
  color: string | null;
  order: number;
}

export interface CalendarSession {
  documentId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  room: string | null;
  /** Document id of the track, null for none. */
  track: string | null;
  locale: string | null;
  /** draft: never published; modified: published, with unpublished changes. */
  state: PublicationState;
  /** Sessions of the same room at the same time. */
  overlaps: string[];
}

export interface CalendarSchedule {
  event: CalendarEventSummary;
  /** The locale of the session titles and rooms shown. */
  locale: string;
  locales: Array<{ code: string; name: string; isDefault: boolean }>;
  slotMinutes: number;
  days: EventDay[];
  tracks: CalendarTrack[];
  sessions: CalendarSession[];
}

/** Body of POST .../sessions. */
export type CreateSessionBody = z.input<typeof createSessionSchema>;

/** Body of PATCH (or PUT) /calendar/sessions/:documentId: at least one of startsAt, endsAt, track, room. */
export type MoveSessionBody = z.input<typeof moveSessionSchema>;
