/**
 * Follows an event's registrant stream (server-sent events read with fetch: the admin JWT goes in the
 * Authorization header, never in the URL) and calls `onChange` once per burst of changes (debounced),
 * so the page reads its rows and counters again. Reconnects when the stream drops.
 */
import * as React from 'react';
import { LiveStreamRefused, openLiveStream, storedAdminToken } from '../../../../../../cms/src/live';
import { apiPath, backendUrl, eventPath } from './useRegistrantsApi';

const MAX_REFUSALS = 3;
const RETRY_MS = 3_000;

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
    const follow = async () => {
      // a refused stream (an access token that expired meanwhile) is opened again with the token the
      // admin panel holds by then (its API client renews it); another refusal in a row: offline
      for (let refusals = 0; refusals < MAX_REFUSALS && !controller.signal.aborted; ) {
        try {
          await openLiveStream({
            url: `${backendUrl()}${apiPath(`${eventPath(eventDocumentId)}/registrants/stream`)}`,
            token: storedAdminToken(),
            signal: controller.signal,
            onEvent(event) {
              refusals = 0;
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
          });
          return;
        } catch (error) {
          if (!(error instanceof LiveStreamRefused) || error.status !== 401) break;
          refusals += 1;
          await new Promise((resolve) => window.setTimeout(resolve, RETRY_MS));
        }
      }
      if (!controller.signal.aborted) setState('offline');
    };
    void follow();
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [eventDocumentId, debounceMs]);

  return state;
}
