/** The registrant lists' admin routes (admin JWT), typed by the contract (cms/src/registrants.ts). */
import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { RegistrantColumns, RegistrantCounts, RegistrantEvents, RegistrantPage } from '../../../../../../cms/src/registrants';
import { PLUGIN_ID } from '../pluginId';

const BASE = `/${PLUGIN_ID}`;
/** An event's part of the plugin's admin API, relative to the plugin (`request` takes such paths). */
export const eventPath = (eventDocumentId: string) => `/events/${encodeURIComponent(eventDocumentId)}`;
/** A path of the plugin's admin API from the server's root. */
export const apiPath = (path: string) => `${BASE}${path}`;

export interface RegistrantsApi {
  events(): Promise<RegistrantEvents>;
  columns(eventDocumentId: string): Promise<RegistrantColumns>;
  page(eventDocumentId: string, query: string): Promise<RegistrantPage>;
  counts(eventDocumentId: string): Promise<RegistrantCounts>;
  /** Any other JSON route of the plugin (helpers' routes as they land): GET when no body. */
  request<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T>;
}

export function useRegistrantsApi(): RegistrantsApi {
  const client = useFetchClient();
  // the client's identity may change between renders: keep the latest behind a stable API
  const ref = React.useRef(client);
  ref.current = client;
  return React.useMemo<RegistrantsApi>(
    () => ({
      async events() {
        return (await ref.current.get<RegistrantEvents>(`${BASE}/registrant-events`)).data;
      },
      async columns(eventDocumentId) {
        return (await ref.current.get<RegistrantColumns>(apiPath(`${eventPath(eventDocumentId)}/registrants/columns`))).data;
      },
      async page(eventDocumentId, query) {
        return (await ref.current.get<RegistrantPage>(apiPath(`${eventPath(eventDocumentId)}/registrants`), { params: query })).data;
      },
      async counts(eventDocumentId) {
        return (await ref.current.get<RegistrantCounts>(apiPath(`${eventPath(eventDocumentId)}/registrants/counts`))).data;
      },
      async request<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown) {
        const url = apiPath(path);
        if (method === 'GET') return (await ref.current.get<T>(url)).data;
        if (method === 'DELETE') return (await ref.current.del<T>(url)).data;
        if (method === 'PUT') return (await ref.current.put<T>(url, body)).data;
        return (await ref.current.post<T>(url, body)).data;
      },
    }),
    [],
  );
}

/** The admin API's address (the admin panel keeps it on `window.strapi`). */
export function backendUrl(): string {
  const holder: unknown = Reflect.get(window, 'strapi');
  const url: unknown = typeof holder === 'object' && holder !== null ? Reflect.get(holder, 'backendURL') : undefined;
  return typeof url === 'string' ? url.replace(/\/+$/, '') : window.location.origin;
}
