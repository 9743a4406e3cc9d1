/**
 * Follows an event's registrant stream (server-sent events read with fetch: the admin JWT goes in the
 * Authorization header, never in the URL) and calls `onChange` once per burst of changes (debounced),
 * so the page reads its rows and counters again. Reconnects when the stream drops.
 */
import * as React from 'react';
import { openLiveStream, storedAdminToken } from '../../../../../../cms/src/live';
import { backendUrl, eventPath } from './useRegistrantsApi';

export type LiveState = 'connecting' | 'live' | 'offline';

export function useLiveRefresh(eventDocumentId: string | undefined, onChange: () => void, debounceMs = 250): LiveState {
  const [state, setState] = React.useState<LiveState>('connecting');
  const latest = React.useRef(onChange);
  latest.current = onChange;

  React.useEffect(() => {
    if (!eventDocumentId) return undefined;
    const controller = new AbortController();
    let timer: number | undefined;
    let connected = false;
    setState('connecting');
    openLiveStream({
      url: `${backendUrl()}${eventPath(eventDocumentId)}/registrants/stream`,
      token: storedAdminToken(),
      signal: controller.signal,
      onEvent(event) {
        if (event.event === 'ready') {
          setState('live');
          // after a reconnection: the changes made while the stream was down (not at the first
          // connection: the page has just read its rows, and each read is an entry of the access log)
          if (connected) latest.current();
          connected = true;
          return;
        }
        window.clearTimeout(timer);
        timer = window.setTimeout(() => latest.current(), debounceMs);
      },
    }).catch(() => {
      if (!controller.signal.aborted) setState('offline');
    });
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [eventDocumentId, debounceMs]);

  return state;
}
