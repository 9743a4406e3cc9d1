/**
 * Live updates (server-sent events) read with fetch, for admin pages and the site: a token goes in
 * the Authorization header, never in the URL (EventSource can send no header, and URLs are logged).
 * The server side is the platform kit's `live` service; each event is named by its bus topic and
 * carries JSON. Runs in browsers and in Node (>= 18).
 */

/** One server-sent event: its name (`ready`, or the bus topic) and its JSON data. */
export interface LiveEvent {
  event: string;
  data: unknown;
  id?: string;
}

/**
 * A parser of the text/event-stream format: feed it the stream's text as it arrives; it calls
 * `onEvent` for each complete event (comments and heartbeats skipped) and `onRetry` for `retry:`.
 */
export function createSseParser(onEvent: (event: LiveEvent) => void, onRetry?: (ms: number) => void): (chunk: string) => void {
  let buffer = '';
  return (chunk) => {
    buffer += chunk.replace(/\r\n?/g, '\n');
    let end = buffer.indexOf('\n\n');
    while (end !== -1) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      end = buffer.indexOf('\n\n');
      let name = 'message';
      let id: string | undefined;
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line === '' || line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') name = value;
        else if (field === 'data') data.push(value);
        else if (field === 'id') id = value;
        else if (field === 'retry' && /^\d+$/.test(value)) onRetry?.(Number(value));
      }
      if (data.length === 0) continue;
      const text = data.join('\n');
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // not JSON: handed over as text
      }
      onEvent(id === undefined ? { event: name, data: parsed } : { event: name, data: parsed, id });
    }
  };
}

/** The stream was refused (401 signed out, 403 not allowed, 404 ...): reconnecting would not help. */
export class LiveStreamRefused extends Error {
  constructor(readonly status: number) {
    super(`The live stream was refused: ${status}`);
    this.name = 'LiveStreamRefused';
  }
}

export interface LiveStreamOptions {
  url: string;
  /** Sent as `Authorization: Bearer <token>` (an admin page: `storedAdminToken()`). */
  token?: string | null;
  headers?: Record<string, string>;
  onEvent(event: LiveEvent): void;
  /** Ends the stream (a page that unmounts aborts it). */
  signal: AbortSignal;
  /** Reconnects after the stream ends or the network fails (default true), waiting the server's `retry:` (default 3 s). */
  reconnect?: boolean;
  /** For tests and Node: the fetch to use. */
  fetch?: typeof fetch;
}

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * Reads the live stream at `url` until `signal` aborts, reconnecting when it drops.
 * Resolves when aborted; rejects with LiveStreamRefused when the server refuses it (4xx).
 */
export async function openLiveStream(options: LiveStreamOptions): Promise<void> {
  const doFetch = options.fetch ?? fetch;
  let retryMs = 3_000;
  const parse = createSseParser(options.onEvent, (ms) => (retryMs = ms));
  while (!options.signal.aborted) {
    try {
      const headers: Record<string, string> = { accept: 'text/event-stream', ...options.headers };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      const response = await doFetch(options.url, { headers, signal: options.signal });
      if (response.status >= 400 && response.status < 500) throw new LiveStreamRefused(response.status);
      if (response.ok && response.body) {
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          parse(value);
        }
      }
    } catch (error) {
      if (error instanceof LiveStreamRefused) throw error;
      if (options.signal.aborted) return;
      // a network failure: try again after the pause
    }
    if (options.reconnect === false) return;
    await pause(retryMs, options.signal);
  }
}

/** The signed-in admin's JWT as Strapi's admin panel keeps it (local storage, else its cookie); null outside the admin. */
export function storedAdminToken(): string | null {
  const storage = (globalThis as { localStorage?: { getItem(key: string): string | null } }).localStorage;
  const stored = storage?.getItem('jwtToken');
  if (stored) {
    try {
      const token: unknown = JSON.parse(stored);
      if (typeof token === 'string') return token;
    } catch {
      return stored;
    }
  }
  const cookie = (globalThis as { document?: { cookie?: string } }).document?.cookie ?? '';
  const match = /(?:^|;\s*)jwtToken=([^;]+)/.exec(cookie);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}
