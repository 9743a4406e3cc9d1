import { CmsError } from 'cms';

/**
 * Turns a failed CMS call into the HTTP error the site answers with: the CMS being down or
 * overloaded is a 503 (the page says "try again later"); an answer that breaks the contract is a 502.
 */
export function cmsFailure(error: unknown, what: string): never {
  if (error && typeof error === 'object' && 'statusCode' in error && typeof (error as { statusCode: unknown }).statusCode === 'number') {
    throw error; // already an HTTP error of the site
  }
  if (error instanceof CmsError && (error.status === 404 || error.status === 400)) {
    throw createError({ statusCode: 404, statusMessage: 'Not Found' });
  }
  if (error instanceof CmsError && (error.status === 401 || error.status === 403)) {
    throw createError({ statusCode: error.status, statusMessage: error.status === 401 ? 'Unauthorized' : 'Forbidden' });
  }
  if (error instanceof CmsError && error.status === 502) {
    console.error(`[site] ${what}: the CMS answer does not match the contract: ${error.message}`);
    throw createError({ statusCode: 502, statusMessage: 'Bad Gateway' });
  }
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  console.error(`[site] ${what}: the CMS is unavailable (${reason})`);
  throw createError({ statusCode: 503, statusMessage: 'Service Unavailable' });
}
