/**
 * Where a visitor came from, per event, first touch: `?ref=CODE` (a partner link) and UTM tags on
 * any page of an event are remembered in one small cookie, and sent with the registration for that
 * event. A later visit through another link never overwrites what is remembered. Pure: the browser
 * writes the cookie, the site's server reads it.
 */

export const ATTRIBUTION_COOKIE = 'mmso_attribution';
/** How long a first touch counts. */
export const ATTRIBUTION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** Events remembered at most (the oldest touch goes first): the cookie stays small. */
export const ATTRIBUTION_MAX_EVENTS = 15;

export const UTM_KEYS = ['source', 'medium', 'campaign', 'term', 'content'] as const;
export type UtmKey = (typeof UTM_KEYS)[number];

export interface Attribution {
  ref?: string;
  utm?: Partial<Record<UtmKey, string>>;
  /** When the first touch happened (ms). */
  at: number;
}

export type AttributionStore = Record<string, Attribution>;

// The registration API's own shapes (cms/src/registration.ts): anything else would be refused there.
const REF = /^[A-Za-z0-9_-]{3,40}$/;
const SLUG = /^[A-Za-z0-9._~-]{1,250}$/;
const UTM_MAX = 200;

const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

function utmValue(raw: unknown): string | undefined {
  const value = first(raw);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text.length > 0 && text.length <= UTM_MAX ? text : undefined;
}

function cleanUtm(raw: unknown): Partial<Record<UtmKey, string>> | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const out: Partial<Record<UtmKey, string>> = {};
  for (const key of UTM_KEYS) {
    const value = utmValue((raw as Record<string, unknown>)[key]);
    if (value) out[key] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The attribution a page URL's query carries (`ref`, `utm_*`), or null when it carries none. */
export function attributionFromQuery(query: Record<string, unknown>, now: number): Attribution | null {
  const ref = first(query.ref);
  const utm = cleanUtm(Object.fromEntries(UTM_KEYS.map((key) => [key, query[`utm_${key}`]])));
  const out: Attribution = { at: now };
  if (typeof ref === 'string' && REF.test(ref)) out.ref = ref;
  if (utm) out.utm = utm;
  return out.ref || out.utm ? out : null;
}

/** The event an event page's path names (`/events/<slug>/...`, also under a language prefix), or null. */
export function eventSlugOfPath(path: string): string | null {
  const match = /^(?:\/[a-z]{2})?\/events\/([^/?#]+)/.exec(path);
  if (!match?.[1]) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  return SLUG.test(slug) ? slug : null;
}

/** The remembered touches in a cookie's (decoded) value; anything malformed is dropped, never trusted. */
export function parseAttributionCookie(value: string | undefined | null): AttributionStore {
  if (!value) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    return {};
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const store: AttributionStore = {};
  for (const [slug, entry] of Object.entries(raw as Record<string, unknown>)) {
    if (!SLUG.test(slug) || typeof entry !== 'object' || entry === null) continue;
    const { ref, utm, at } = entry as Record<string, unknown>;
    if (typeof at !== 'number' || !Number.isFinite(at)) continue;
    const clean: Attribution = { at };
    if (typeof ref === 'string' && REF.test(ref)) clean.ref = ref;
    const cleanedUtm = cleanUtm(utm);
    if (cleanedUtm) clean.utm = cleanedUtm;
    if (clean.ref || clean.utm) store[slug] = clean;
  }
  return store;
}

const fresh = (entry: Attribution | undefined, now: number): entry is Attribution => entry !== undefined && now - entry.at < ATTRIBUTION_TTL_MS && entry.at <= now + 60_000;

/**
 * The store after a visit to `slug` carrying `touch`: the first touch of an event stays until it
 * expires. Returns null when nothing changes (no cookie to write).
 */
export function rememberFirstTouch(store: AttributionStore, slug: string, touch: Attribution | null, now: number): AttributionStore | null {
  if (!touch || !SLUG.test(slug)) return null;
  if (fresh(store[slug], now)) return null;
  const kept = Object.entries(store)
    .filter(([key, entry]) => key !== slug && fresh(entry, now))
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, ATTRIBUTION_MAX_EVENTS - 1);
  return Object.fromEntries([...kept, [slug, touch]]);
}

/** What to send with a registration for `slug`: the remembered ref and UTM tags, if still fresh. */
export function attributionFor(store: AttributionStore, slug: string, now: number): { ref?: string; utm?: Partial<Record<UtmKey, string>> } {
  const entry = store[slug];
  if (!fresh(entry, now)) return {};
  return { ...(entry.ref ? { ref: entry.ref } : {}), ...(entry.utm ? { utm: entry.utm } : {}) };
}
