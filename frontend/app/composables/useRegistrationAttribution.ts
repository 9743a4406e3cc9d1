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
