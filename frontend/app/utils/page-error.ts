/** What a failed `useFetch` exposes about its HTTP answer (FetchError and NuxtError both fit). */
export interface FailedRequest {
  statusCode?: number;
  statusMessage?: string;
}

/**
 * The error page a failed site API call shows: its own 4xx/5xx, or 503 when the request never got an answer.
 * On the server every error thrown while rendering shows the error page; `fatal` is needed only in the
 * browser, and on the server it would log each 404 as a request failure (the API route already logs CMS outages).
 */
export function pageErrorFrom(error: FailedRequest) {
  const statusCode = error.statusCode && error.statusCode >= 400 ? error.statusCode : 503;
  return createError({ statusCode, statusMessage: error.statusMessage, fatal: import.meta.client });
}

/** A page's own "there is no such thing here". */
export function notFoundError() {
  return createError({ statusCode: 404, statusMessage: 'Not Found', fatal: import.meta.client });
}
