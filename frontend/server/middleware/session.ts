/**
 * Keeps a signed-in visitor signed in: Strapi's access tokens are short-lived, so when the JWT in the
 * session cookie is about to expire it is renewed with the refresh token (both httpOnly cookies), before
 * the page renders. The renewed JWT is also put into this request's Cookie header, so the site's own
 * API calls made while rendering forward it. A refused refresh signs the visitor out.
 */
import { z } from 'zod';

const refreshSchema = z.object({ jwt: z.string().min(10), refreshToken: z.string().optional() });
const STRAPI_REFRESH_COOKIE = /(?:^|,\s*)strapi_up_refresh=([^;]+)/;

export default defineEventHandler(async (event) => {
  const jwt = viewerToken(event);
  const refreshToken = getCookie(event, REFRESH_COOKIE);
  if (!jwt || !refreshToken || secondsLeft(jwt) > 60 || event.path.startsWith('/_')) return;
  const config = useRuntimeConfig();
  try {
    const response = await fetch(`${config.strapiUrl.replace(/\/+$/, '')}/api/auth/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ refreshToken }),
      signal: AbortSignal.timeout(5_000),
    });
    if (response.status === 401 || response.status === 400) {
      clearViewerSession(event);
      event.node.req.headers.cookie = '';
      return;
    }
    const body = refreshSchema.parse(await response.json());
    // with httpOnly sessions Strapi sends the rotated refresh token as its own cookie
    const rotated = body.refreshToken ?? STRAPI_REFRESH_COOKIE.exec(response.headers.get('set-cookie') ?? '')?.[1];
    startViewerSession(event, body.jwt, rotated ?? refreshToken);
    const others = (event.node.req.headers.cookie ?? '')
      .split(/;\s*/)
      .filter((part) => part && !part.startsWith(`${SESSION_COOKIE}=`));
    event.node.req.headers.cookie = [...others, `${SESSION_COOKIE}=${body.jwt}`].join('; ');
  } catch (error) {
    // the CMS is unreachable: the page renders with what it has (an expired JWT falls back to public reads)
    console.error(`[site] renewing a session failed: ${error instanceof Error ? error.message : String(error)}`);
  }
});
