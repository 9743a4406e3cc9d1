import type { H3Event } from 'h3';
import { CmsError, createCmsClient, type CmsClient } from 'cms';

/** Seconds a public CMS answer is served from the cache before it is revalidated in the background. */
export const PUBLIC_CACHE_MAX_AGE = 5;

/** A CMS client for this request, configured from the server-only runtime config (the token never leaves the server). */
export function useCms(event: H3Event): CmsClient {
  const config = useRuntimeConfig(event);
  return createCmsClient({
    baseUrl: config.strapiUrl,
    token: config.strapiToken || undefined,
    timeoutMs: 8_000,
  });
}

/**
 * Turns a failed CMS call into the HTTP error the site answers with: the CMS being down or
 * overloaded is a 503 (the page says "try again later"); an answer that breaks the contract is a 502.
 */
export function cmsFailure(error: unknown, what: string): never {
  if (error instanceof CmsError && error.status === 404) {
    throw createError({ statusCode: 404, statusMessage: 'Not Found' });
  }
  if (error instanceof CmsError && error.status === 502) {
    console.error(`[site] ${what}: the CMS answer does not match the contract: ${error.message}`);
    throw createError({ statusCode: 502, statusMessage: 'Bad Gateway' });
  }
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  console.error(`[site] ${what}: the CMS is unavailable (${reason})`);
  throw createError({ statusCode: 503, statusMessage: 'Service Unavailable' });
}
