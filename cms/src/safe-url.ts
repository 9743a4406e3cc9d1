/**
 * Which URLs an organizer may store and the site may render as links or redirect to. One rule for the
 * CMS (checked on write, withheld on read) and the site (checked on render and on redirects).
 *
 * Browsers drop tabs and line breaks anywhere in a URL and trim control characters and spaces at its
 * ends before they parse it, and read `\` as `/` in web URLs: `java\tscript:`, `/\t/host` and `/\host`
 * are what they look like to a browser only after that, so every check looks at the cleaned value.
 */

const DROPPED_INSIDE = /[\t\n\r]/g;
// eslint-disable-next-line no-control-regex
const EDGES = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const ANY_HOST = 'http://site.invalid';

/** The value as a browser reads it before parsing (no tabs or line breaks, trimmed of controls and spaces). */
export function cleanUrlInput(value: string): string {
  return value.replace(DROPPED_INSIDE, '').replace(EDGES, '');
}

/** An absolute http(s) URL with a host (as cleaned), or null: for recordings, streams, ads, partners. */
export function safeWebUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const cleaned = cleanUrlInput(value);
  if (!/^https?:\/\//i.test(cleaned)) return null;
  try {
    const url = new URL(cleaned);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' ? cleaned : null;
  } catch {
    return null;
  }
}

/**
 * A path of this site (`/events/x?tab=1#program`), or null: never another host (`//host`, `/\host`,
 * `/\t/host`), never a scheme. For redirects after sign-in and for same-site links.
 */
export function safeSitePath(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const cleaned = cleanUrlInput(value);
  if (!cleaned.startsWith('/') || cleaned.includes('\\') || cleaned.startsWith('//')) return null;
  try {
    const url = new URL(cleaned, ANY_HOST);
    return url.origin === ANY_HOST ? cleaned : null;
  } catch {
    return null;
  }
}

/** A link an organizer may give in text: a web URL, `mailto:`, `tel:`, a path of this site or an anchor; else null. */
export function safeLinkUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const cleaned = cleanUrlInput(value);
  if (/^(mailto|tel):[^\s]+$/i.test(cleaned)) return cleaned;
  if (/^#[\w\-.:]*$/.test(cleaned)) return cleaned;
  return safeWebUrl(cleaned) ?? safeSitePath(cleaned);
}
