/**
 * A speaker's links (profiles, pages) as the organizer stored them in the speaker's `links` JSON:
 * `[{ "label": "...", "url": "..." }]`. Whatever else the JSON holds is skipped; only web (http,
 * https) and mail (mailto) links are kept, so nothing like `javascript:` ever becomes a link.
 */
export interface SpeakerLink {
  label: string;
  href: string;
  /** A web page elsewhere (opened with rel="noopener"), not a mail address. */
  external: boolean;
}

const MAX_LINKS = 12;
const MAX_LABEL = 80;
const SCHEMES = new Set(['http:', 'https:', 'mailto:']);

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function linkOf(item: unknown): SpeakerLink | null {
  const raw = typeof item === 'string' ? { url: item } : item;
  if (typeof raw !== 'object' || raw === null) return null;
  const { url, label } = raw as { url?: unknown; label?: unknown };
  if (typeof url !== 'string') return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (!SCHEMES.has(parsed.protocol)) return null;
  const mail = parsed.protocol === 'mailto:';
  if (mail ? !parsed.pathname.includes('@') : !parsed.hostname) return null;
  const given = typeof label === 'string' ? label.replace(/\s+/g, ' ').trim() : '';
  const fallback = mail ? decoded(parsed.pathname) : parsed.hostname.replace(/^www\./, '');
  return { label: (given || fallback).slice(0, MAX_LABEL), href: parsed.href, external: !mail };
}

export function speakerLinks(raw: unknown): SpeakerLink[] {
  if (!Array.isArray(raw)) return [];
  const links: SpeakerLink[] = [];
  for (const item of raw) {
    const link = linkOf(item);
    if (link && !links.some((known) => known.href === link.href)) links.push(link);
    if (links.length === MAX_LINKS) break;
  }
  return links;
}
