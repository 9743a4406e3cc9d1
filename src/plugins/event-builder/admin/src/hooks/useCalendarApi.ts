/** The calendar's admin routes, typed by the server's contracts. */
import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type {
  CalendarEventSummary,
  CalendarSchedule,
  CalendarSession,
  CreateSessionBody,
  MoveSessionBody,
} from '../../../server/src/calendar/contracts';
import { PLUGIN_ID } from '../pluginId';

const BASE = `/${PLUGIN_ID}/calendar`;

export interface CalendarApi {
  events(): Promise<CalendarEventSummary[]>;
  schedule(eventDocumentId: string, locale?: string | null): Promise<CalendarSchedule>;
  createSession(eventDocumentId: string, body: CreateSessionBody): Promise<CalendarSession>;
  moveSession(sessionDocumentId: string, body: MoveSessionBody): Promise<CalendarSession>;
}

export function useCalendarApi(): CalendarApi {
  const client = useFetchClient();
  // the client's identity may change between renders: keep the latest behind a stable API
  const ref = React.useRef(client);
  ref.current = client;
  return React.useMemo<CalendarApi>(
    () => ({
      async events() {
        return (await ref.current.get<{ data: CalendarEventSummary[] }>(`${BASE}/events`)).data.data;
      },
      async schedule(eventDocumentId, locale) {
        const params = locale ? { locale } : undefined;
        return (await ref.current.get<{ data: CalendarSchedule }>(`${BASE}/events/${encodeURIComponent(eventDocumentId)}`, { params })).data.data;
      },
      async createSession(eventDocumentId, body) {
        return (await ref.current.post<{ data: CalendarSession }>(`${BASE}/events/${encodeURIComponent(eventDocumentId)}/sessions`, body)).data.data;
      },
      async moveSession(sessionDocumentId, body) {
        // PUT: the admin's fetch client has no PATCH; the route takes the same partial body on both
        return (await ref.current.put<{ data: CalendarSession }>(`${BASE}/sessions/${encodeURIComponent(sessionDocumentId)}`, body)).data.data;
      },
    }),
    [],
  );
}
