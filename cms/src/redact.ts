/**
 * What may be written to logs and error records: email addresses masked, and of a request URL only
 * what is not a secret. Query values are masked unless their key is a known harmless one (deny by
 * default: a new secret parameter is masked without anyone listing it); path segments that carry a
 * secret (a calendar feed's token, any long token-like segment, an address) are masked too.
 * Pure and dependency-free: Strapi's request logger, job errors and mail failures use it.
 */

export const MASK = '***';

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/** `text` with every email address replaced by a mask. */
export function redactEmails(text: string): string {
  return text.replace(EMAIL, `${MASK}@${MASK}`);
}

/** Any text bound for a log or an error record (job errors, mail failures). */
export function redact(text: string): string {
  return redactEmails(text);
}

/** Query keys whose values are kept in logs: paging, sorting, locales, filters on content, flags. */
const HARMLESS_QUERY_KEYS = /^(locale|status|page|pageSize|start|limit|sort|populate|fields|pagination|filters|publicationState|details|event|type|format|view|from|to|tz|kind)(\[|$)/;

/** Path segments after these are secrets (the URL is the only credential of a calendar feed). */
const SECRET_AFTER = new Set(['feeds', 'feed-tokens', 'confirm', 'confirmations', 'reset', 'invitations']);

/** A segment that looks like a token: long, of token characters, mixed case with digits, or hex (slugs are lowercase words). */
const TOKEN_LIKE = /^[A-Za-z0-9_.~-]{32,}$/;
const isTokenLike = (text: string) =>
  TOKEN_LIKE.test(text) && ((/\d/.test(text) && /[A-Z]/.test(text) && /[a-z]/.test(text)) || /^[0-9a-f]{32,}$/i.test(text));

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function redactSegment(segment: string, previous: string | undefined): string {
  if (previous !== undefined && SECRET_AFTER.has(previous.toLowerCase()) && segment !== '') return MASK;
  const decoded = safeDecode(segment);
  if (decoded.includes('@')) return MASK;
  const bare = decoded.replace(/\.(ics|json|csv|pdf)$/i, '');
  if (isTokenLike(bare)) return MASK;
  return segment;
}

/** A request URL (path and query) as it may be logged. */
export function redactUrl(url: string): string {
  const hashAt = url.indexOf('#');
  const withoutHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const queryAt = withoutHash.indexOf('?');
  const path = queryAt === -1 ? withoutHash : withoutHash.slice(0, queryAt);
  const query = queryAt === -1 ? null : withoutHash.slice(queryAt + 1);
  const segments = path.split('/');
  const safePath = segments.map((segment, i) => redactSegment(segment, i > 0 ? segments[i - 1] : undefined)).join('/');
  if (query === null) return redactEmails(safePath);
  const safeQuery = query
    .split('&')
    .map((pair) => {
      if (pair === '') return pair;
      const eq = pair.indexOf('=');
      const key = eq === -1 ? pair : pair.slice(0, eq);
      if (eq === -1) return redactEmails(safeDecode(key)).includes(MASK) ? MASK : key;
      return HARMLESS_QUERY_KEYS.test(safeDecode(key)) ? `${key}=${redactEmails(safeDecode(pair.slice(eq + 1))) === safeDecode(pair.slice(eq + 1)) ? pair.slice(eq + 1) : MASK}` : `${key}=${MASK}`;
    })
    .join('&');
  return `${redactEmails(safePath)}?${safeQuery}`;
}
