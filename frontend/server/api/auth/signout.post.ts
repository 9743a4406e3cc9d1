/** Signs the visitor out: their Strapi session is revoked (best effort) and the cookies removed. */
export default defineEventHandler(async (event) => {
  markPrivate(event);
  const jwt = viewerToken(event);
  if (jwt) {
    await fetch(`${useRuntimeConfig().strapiUrl.replace(/\/+$/, '')}/api/auth/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' },
      body: '{}',
      signal: AbortSignal.timeout(3_000),
    }).catch(() => undefined);
  }
  clearViewerSession(event);
  setResponseStatus(event, 204);
  return null;
});
