/**
 * The site's security headers (frontend/server/plugins/security.ts sends them on every answer).
 * Pure: the hashes of the page's inline scripts and the origins are passed in.
 *
 * Scripts: only the site's own files and inline scripts whose sha256 the server put in the header,
 * taken from what Nuxt itself writes outside the app's markup (the runtime config script), never from
 * the rendered content: a script smuggled into an event's text is refused by the browser. Framing:
 * nobody may frame the site (an account is deleted on /cabinet/data), except the admin panel framing
 * the preview of a draft.
 */
import { createHash } from 'node:crypto';
import { EMBED_ORIGINS } from '../../shared/utils/media-rules';

/** Whether `path` (without query) is the preview page the admin's "Open preview" frames, in any of the site's languages. */
export function isPreviewPath(path: string): boolean {
  return /^(\/en)?\/preview\/events\/[^/?#]+\/?$/.test(path.split(/[?#]/)[0] ?? '');
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** CSP source expressions (`'sha256-...'`) of the executable inline scripts in `html`; JSON data blocks and `src` scripts are not scripts to hash. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const attributes = match[1] ?? '';
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && !['text/javascript', 'module', 'application/javascript'].includes(type)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(match[2] ?? '', 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

export interface CspInput {
  /** `'sha256-...'` of the inline scripts this page may run. */
  scriptHashes: readonly string[];
  /** Origins media are loaded from (Strapi's public URL). */
  mediaOrigins: readonly string[];
  /** Who may frame the page: nobody, or the admin's origin for the preview. */
  frameAncestors: readonly string[];
}

/** The Content-Security-Policy header's value. */
export function contentSecurityPolicy(input: CspInput): string {
  const media = input.mediaOrigins.join(' ');
  const directives: Array<[string, string]> = [
    ['default-src', "'self'"],
    ['script-src', ["'self'", ...input.scriptHashes].join(' ')],
    // Vue's style bindings and Nuxt's inlined CSS are style attributes and blocks: styles cannot run code
    ['style-src', "'self' 'unsafe-inline'"],
    ['img-src', `'self' data: blob: https: ${media}`],
    ['font-src', "'self' data:"],
    // HLS streams and recordings come from organizers' hosts (http(s) links checked on write and render)
    ['media-src', `'self' blob: data: https: ${media}`],
    ['connect-src', `'self' https: ${media}`],
    ['worker-src', "'self' blob:"],
    ['frame-src', EMBED_ORIGINS.join(' ')],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['manifest-src', "'self'"],
    ['frame-ancestors', input.frameAncestors.length > 0 ? input.frameAncestors.join(' ') : "'none'"],
  ];
  return directives.map(([name, value]) => `${name} ${value.replace(/\s+/g, ' ').trim()}`).join('; ');
}

export interface SecurityHeaderInput extends Omit<CspInput, 'frameAncestors'> {
  path: string;
  /** The admin panel's origin: it alone may frame the preview. */
  adminOrigin: string | null;
  /** Seconds of HSTS; 0 sends none. */
  hstsMaxAge: number;
}

/** Every security header of an answer for `path`. */
export function securityHeaders(input: SecurityHeaderInput): Record<string, string> {
  const preview = isPreviewPath(input.path) && input.adminOrigin !== null;
  const headers: Record<string, string> = {
    'content-security-policy': contentSecurityPolicy({ ...input, frameAncestors: preview ? [input.adminOrigin!] : [] }),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
  };
  // X-Frame-Options cannot name an origin: the preview relies on frame-ancestors alone
  if (!preview) headers['x-frame-options'] = 'DENY';
  if (input.hstsMaxAge > 0) headers['strict-transport-security'] = `max-age=${Math.floor(input.hstsMaxAge)}; includeSubDomains`;
  return headers;
}
