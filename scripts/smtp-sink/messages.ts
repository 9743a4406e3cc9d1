// Reads the .eml files the sink wrote. A deliberately small MIME reader (headers, RFC 2047 words,
// multipart, base64 / quoted-printable, charsets Node knows): enough for the mail our platform sends,
// without adding a parsing dependency.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface SinkMessage {
  /** File name, e.g. `2026-03-01T10-15-30.123Z-<session>-<rand>.eml`: sorting by it sorts by arrival. */
  file: string;
  path: string;
  /** Decoded header values by lower-case name; repeated headers keep the first. */
  headers: Record<string, string>;
  from: string;
  /** Addresses (lower case) from To, Cc and the envelope (so Bcc recipients are found too). */
  to: string[];
  subject: string;
  /** The text/plain part, decoded; derived from the HTML part when the message has no text part. */
  text: string;
  html: string | null;
}

interface Part {
  headers: Record<string, string>;
  body: Buffer;
}

const CRLF_CRLF = /\r?\n\r?\n/;

function splitHeadersAndBody(raw: Buffer): { head: string; body: Buffer } {
  // Header bytes are ASCII (RFC 5322) or, from sloppy senders, UTF-8: latin1 keeps byte offsets exact.
  const text = raw.toString('latin1');
  const match = CRLF_CRLF.exec(text);
  if (!match) return { head: text, body: Buffer.alloc(0) };
  return { head: text.slice(0, match.index), body: raw.subarray(match.index + match[0].length) };
}

function parseHeaderBlock(head: string): Record<string, string> {
  const headers: Record<string, string> = {};
  // Folded lines (starting with whitespace) continue the previous header.
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!(name in headers)) headers[name] = line.slice(colon + 1).trim();
  }
  return headers;
}

function decodeCharset(bytes: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset.toLowerCase()).decode(bytes);
  } catch {
    return bytes.toString('utf8');
  }
}

function decodeQuotedPrintable(input: string, headerMode: boolean): Buffer {
  const text = headerMode ? input.replace(/_/g, ' ') : input.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? '';
    const hex = text.slice(i + 1, i + 3);
    if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(char.charCodeAt(0) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/** Decodes RFC 2047 encoded words (`=?UTF-8?B?...?=`); adjacent words join without the space between. */
export function decodeHeaderValue(value: string): string {
  // Header text was read as latin1: turn raw 8-bit UTF-8 back into characters first.
  const source = /[\u0080-\u00ff]/.test(value) ? Buffer.from(value, 'latin1').toString('utf8') : value;
  return source
    .replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?*]+)(?:\*[^?]*)?\?([BbQq])\?([^?]*)\?=/g, (_word, charset: string, encoding: string, text: string) => {
      const bytes = encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : decodeQuotedPrintable(text, true);
      return decodeCharset(bytes, charset);
    });
}

/** `text/plain; charset="utf-8"` -> { type: 'text/plain', params: { charset: 'utf-8' } } */
function parseContentType(value: string | undefined): { type: string; params: Record<string, string> } {
  const [typePart = 'text/plain', ...rest] = (value ?? 'text/plain').split(';');
  const params: Record<string, string> = {};
  for (const param of rest) {
    const eq = param.indexOf('=');
    if (eq <= 0) continue;
    params[param.slice(0, eq).trim().toLowerCase()] = param.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
  }
  return { type: typePart.trim().toLowerCase(), params };
}

function decodeTransfer(body: Buffer, encoding: string | undefined): Buffer {
  switch ((encoding ?? '7bit').trim().toLowerCase()) {
    case 'base64':
      return Buffer.from(body.toString('latin1').replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
    case 'quoted-printable':
      return decodeQuotedPrintable(body.toString('latin1'), false);
    default:
      return body;
  }
}

/** Leaf parts of a (possibly nested) multipart body, depth-first, in order. */
function leafParts(part: Part): Part[] {
  const { type, params } = parseContentType(part.headers['content-type']);
  const boundary = params.boundary;
  if (!type.startsWith('multipart/') || !boundary) return [part];
  const text = part.body.toString('latin1');
  const delimiter = `--${boundary}`;
  const leaves: Part[] = [];
  let cursor = text.indexOf(delimiter);
  while (cursor !== -1) {
    const start = cursor + delimiter.length;
    if (text.startsWith('--', start)) break; // closing delimiter
    const next = text.indexOf(delimiter, start);
    const chunk = text.slice(start, next === -1 ? text.length : next).replace(/^\r?\n/, '').replace(/\r?\n$/, '');
    const { head, body } = splitHeadersAndBody(Buffer.from(chunk, 'latin1'));
    leaves.push(...leafParts({ headers: parseHeaderBlock(head), body }));
    cursor = next;
  }
  return leaves;
}

function partText(part: Part): string {
  const { params } = parseContentType(part.headers['content-type']);
  return decodeCharset(decodeTransfer(part.body, part.headers['content-transfer-encoding']), params.charset ?? 'utf-8');
}

function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/p>|<\/div>|<\/h\d>|<\/li>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}

const ADDRESS = /[^\s<>,;:"()]+@[^\s<>,;:"()]+/g;

function addresses(...values: Array<string | undefined>): string[] {
  const found = new Set<string>();
  for (const value of values) for (const address of value?.match(ADDRESS) ?? []) found.add(address.toLowerCase());
  return [...found];
}

/** Parses one stored message. */
export function parseMessage(raw: Buffer, file: string, path: string): SinkMessage {
  const { head, body } = splitHeadersAndBody(raw);
  const rawHeaders = parseHeaderBlock(head);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(rawHeaders)) headers[name] = decodeHeaderValue(value);

  let text: string | null = null;
  let html: string | null = null;
  for (const leaf of leafParts({ headers: rawHeaders, body })) {
    const { type } = parseContentType(leaf.headers['content-type']);
    const disposition = (leaf.headers['content-disposition'] ?? '').toLowerCase();
    if (disposition.startsWith('attachment')) continue;
    if (type === 'text/plain' && text === null) text = partText(leaf);
    else if (type === 'text/html' && html === null) html = partText(leaf);
  }

  return {
    file,
    path,
    headers,
    from: headers.from ?? '',
    to: addresses(headers.to, headers.cc, headers['x-sink-rcpt-to']),
    subject: headers.subject ?? '',
    text: text ?? (html === null ? '' : htmlToText(html)),
    html,
  };
}

async function listMessageFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith('.eml')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Every message in `dir`, oldest first. */
export async function readMessages(dir: string): Promise<SinkMessage[]> {
  const files = await listMessageFiles(dir);
  return Promise.all(
    files.map(async (file) => {
      const path = join(dir, file);
      return parseMessage(await readFile(path), file, path);
    }),
  );
}

/**
 * Polls `dir` until a message matches `predicate` (checking each file once) and returns the oldest match.
 * Fails after `timeoutMs` with the subjects it saw, which usually tells why the test waited in vain.
 */
export async function waitForMessage(
  dir: string,
  predicate: (message: SinkMessage) => boolean,
  timeoutMs = 10_000,
  pollMs = 100,
): Promise<SinkMessage> {
  const deadline = Date.now() + timeoutMs;
  const seen = new Map<string, string>();
  for (;;) {
    for (const file of await listMessageFiles(dir)) {
      if (seen.has(file)) continue;
      const path = join(dir, file);
      const message = parseMessage(await readFile(path), file, path);
      seen.set(file, `${message.to.join(', ')}: ${message.subject}`);
      if (predicate(message)) return message;
    }
    if (Date.now() >= deadline) {
      const summary = [...seen.values()].slice(-10).join('; ') || 'none';
      throw new Error(`No matching message in ${dir} after ${timeoutMs} ms (${seen.size} seen; last: ${summary})`);
    }
    await new Promise((resolvePromise) => setTimeout(resolvePromise, pollMs));
  }
}
