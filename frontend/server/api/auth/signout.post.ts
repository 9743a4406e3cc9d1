/** Signs the visitor out: their Strapi session ends (its access and refresh tokens stop working; best effort) and the cookies go. */
export default defineEventHandler(async (event) => {
  markPrivate(event);
  const jwt = viewerToken(event);
  if (jwt) {
    await fetch(`${useRuntimeConfig().strapiUrl.replace(/\/+$/, '')}/api/registration/auth/sign-out`, {
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
