/**
 * Request body limits, one rule for Strapi (global::body-limit) and the site's server: which limit a
 * body falls under by its content type, and sizes as people write them (`1mb`, `256kb`, `1048576`).
 * A body is refused (413) when its declared length passes the limit, before anything is read, and a
 * body without a length (chunked) is counted as it arrives and refused as soon as it passes.
 */

export interface BodyLimits {
  /** JSON (and anything that is not a form, text or multipart: a handler might read it raw). */
  json: number;
  /** application/x-www-form-urlencoded */
  form: number;
  /** text/* */
  text: number;
  /** multipart/form-data: every part together (files and fields). */
  multipart: number;
}

export const DEFAULT_BODY_LIMITS: BodyLimits = {
  json: 1024 * 1024,
  form: 256 * 1024,
  text: 256 * 1024,
  multipart: 64 * 1024 * 1024,
};

const UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** Bytes of `1mb`, `256 KB`, `1048576`; throws on anything else (a typo must not turn a limit off). */
export function parseByteSize(value: string | number, name = 'size'): number {
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value) && value > 0) return value;
  } else {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(value);
    if (match) {
      const bytes = Math.floor(Number(match[1]) * UNITS[(match[2] ?? 'b').toLowerCase()]!);
      if (Number.isSafeInteger(bytes) && bytes > 0) return bytes;
    }
  }
  throw new Error(`${name} must be a size such as 1mb, 256kb or a number of bytes, got "${String(value)}"`);
}

/** Limits from settings (empty values keep the defaults). */
export function bodyLimitsOf(settings: Partial<Record<keyof BodyLimits, string | undefined>>, names: Record<keyof BodyLimits, string>): BodyLimits {
  const pick = (key: keyof BodyLimits) => {
    const value = settings[key];
    return value === undefined || value.trim() === '' ? DEFAULT_BODY_LIMITS[key] : parseByteSize(value, names[key]);
  };
  return { json: pick('json'), form: pick('form'), text: pick('text'), multipart: pick('multipart') };
}

/** The limit a body of `contentType` falls under. */
export function bodyLimitFor(contentType: string | undefined, limits: BodyLimits): number {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'multipart/form-data') return limits.multipart;
  if (type === 'application/x-www-form-urlencoded') return limits.form;
  if (type.startsWith('text/')) return limits.text;
  return limits.json;
}

export type BodyVerdict = { ok: true; limit: number; declared: number | null } | { ok: false; limit: number; reason: 'declared-too-large' | 'bad-length' };

/**
 * What to do with a request before reading its body: refuse a declared length over the limit (or an
 * unreadable one); otherwise go on and count (declared null: chunked, counted as it arrives).
 */
export function checkDeclaredBody(headers: { contentType?: string; contentLength?: string }, limits: BodyLimits): BodyVerdict {
  const limit = bodyLimitFor(headers.contentType, limits);
  const raw = headers.contentLength;
  if (raw === undefined || raw === '') return { ok: true, limit, declared: null };
  if (!/^\d{1,16}$/.test(raw.trim())) return { ok: false, limit, reason: 'bad-length' };
  const declared = Number(raw.trim());
  return declared > limit ? { ok: false, limit, reason: 'declared-too-large' } : { ok: true, limit, declared };
}

/** A readable stream as the HTTP parser feeds it (a Node IncomingMessage): each chunk is pushed into it. */
export interface PushedStream<E> {
  push(chunk: unknown, encoding?: E): boolean;
}

/**
 * Counts the bytes pushed into `stream` (a request body without a declared length); past `limit` it drops
 * them, calls `onOver` once (to fail the reader and close the connection) and answers false, so the HTTP
 * parser stops reading the socket. Nothing past the limit is buffered.
 */
export function limitPushedBytes<E>(stream: PushedStream<E>, limit: number, onOver: () => void): void {
  let received = 0;
  let over = false;
  const push = stream.push.bind(stream);
  stream.push = (chunk: unknown, encoding?: E): boolean => {
    if (chunk === null || chunk === undefined || over) return over ? false : push(chunk, encoding);
    received += chunk instanceof Uint8Array ? chunk.byteLength : new TextEncoder().encode(String(chunk)).byteLength;
    if (received <= limit) return push(chunk, encoding);
    over = true;
    onOver();
    return false;
  };
}
