/**
 * First-touch attribution in the browser: a visit to an event page with `?ref=CODE` or UTM tags is
 * remembered for that event (shared/utils/registration-attribution.ts), and the site's server sends
 * it along with the registration. Written in the browser because public pages are served from the
 * page cache, where no server code runs for the visit.
 */
export function rememberRegistrationAttribution(path: string, query: Record<string, unknown>, now = Date.now()): void {
  if (!import.meta.client) return;
  const slug = eventSlugOfPath(path);
  if (!slug) return;
  const touch = attributionFromQuery(query, now);
  if (!touch) return;
  const raw = document.cookie
    .split(/;\s*/)
    .find((part) => part.startsWith(`${ATTRIBUTION_COOKIE}=`))
    ?.slice(ATTRIBUTION_COOKIE.length + 1);
  let decoded: string | undefined;
  try {
    decoded = raw ? decodeURIComponent(raw) : undefined;
  } catch {
    decoded = undefined;
  }
  const next = rememberFirstTouch(parseAttributionCookie(decoded), slug, touch, now);
  if (!next) return;
  const secure = location.protocol === 'https:' ? '; secure' : '';
  document.cookie = `${ATTRIBUTION_COOKIE}=${encodeURIComponent(JSON.stringify(next))}; path=/; max-age=${Math.floor(ATTRIBUTION_TTL_MS / 1000)}; samesite=lax${secure}`;
}

/** Openings already reported in this tab: a partner link counts once per page load, not per navigation. */
const reportedVisits = new Set<string>();

/**
 * Reports the opening of an event page through a partner link (`?ref=CODE`) to the site's server,
 * which forwards it to the CMS for the link's statistics. Sent from the browser because cached pages
 * run no server code; `keepalive` lets it finish when the visitor moves on at once.
 */
export function reportPartnerVisit(path: string, query: Record<string, unknown>): void {
  if (!import.meta.client) return;
  const slug = eventSlugOfPath(path);
  const ref = slug ? attributionFromQuery(query, Date.now())?.ref : undefined;
  if (!slug || !ref || reportedVisits.has(`${slug}\n${ref}`)) return;
  reportedVisits.add(`${slug}\n${ref}`);
  fetch('/api/registration/partner-visits', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ eventSlug: slug, ref }),
    keepalive: true,
  }).catch(() => undefined);
}
