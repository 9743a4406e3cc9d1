/**
 * Server-sent events as written on the wire (text/event-stream). Pure.
 */
import type { JsonValue } from '../queue/types';

/** One event: `event: <name>` and its JSON on one `data:` line (JSON has no raw newlines). */
export function sseEvent(name: string, data: JsonValue, id?: string): string {
  const safeName = name.replace(/[\r\n]/g, ' ');
  return `${id ? `id: ${id.replace(/[\r\n]/g, ' ')}\n` : ''}event: ${safeName}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A comment line: keeps the connection (and proxies on the way) from timing out; clients ignore it. */
export const SSE_HEARTBEAT = ': heartbeat\n\n';

/** Tells the browser's EventSource how long to wait before reconnecting (the fetch client reads it too). */
export const sseRetry = (ms: number): string => `retry: ${Math.max(0, Math.round(ms))}\n\n`;
