import type { H3Event } from 'h3';
import type { z } from 'zod';
import { CmsError, errorResponseSchema, toStrapiQuery, type QueryValue } from 'cms';

/**
 * Who a CMS read is made as:
 * - `public`: anonymous, what anyone may see (every cached answer is read this way);
 * - `viewer`: as the signed-in visitor (their JWT from the session cookie), never cached;
 * - `preview`: with the site's read-only API token, which bypasses privacy and reads drafts, so it is
 *   used for the secret-protected preview page only.
 */
export type ReadAs = 'public' | 'viewer' | 'preview';

export interface StrapiRequest {
  path: string;
  params?: Record<string, QueryValue>;
  as?: ReadAs;
  method?: 'GET' | 'PUT' | 'POST' | 'DELETE';
  body?: unknown;
}

/**
 * One call of Strapi's API from the site's server, its answer parsed with `schema`.
 * A viewer whose JWT Strapi refuses (expired, revoked) is signed out and the read is repeated anonymously.
 */
export async function strapiRequest<T extends z.ZodType>(event: H3Event, request: StrapiRequest, schema: T): Promise<z.infer<T>> {
  const config = useRuntimeConfig();
  const as = request.as ?? 'public';
  const query = request.params ? toStrapiQuery(request.params) : '';
  const url = `${config.strapiUrl.replace(/\/+$/, '')}${request.path}${query ? `?${query}` : ''}`;
  const headers: Record<string, string> = { accept: 'application/json' };
  let bearer: string | undefined;
  if (as === 'viewer') bearer = viewerToken(event);
  if (as === 'preview') {
    if (!config.strapiToken) throw new CmsError('No API token for previews (NUXT_STRAPI_TOKEN)', 503);
    bearer = config.strapiToken;
  }
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(url, {
    method: request.method ?? 'GET',
    headers,
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
    signal: AbortSignal.timeout(8_000),
  });
  if (response.status === 401 && as === 'viewer' && bearer && (request.method ?? 'GET') === 'GET') {
    clearViewerSession(event);
    return strapiRequest(event, { ...request, as: 'public' }, schema);
  }
  if (response.status === 204) return schema.parse(null);
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = errorResponseSchema.safeParse(body);
    throw new CmsError(parsed.success ? parsed.data.error.message : `CMS answered ${response.status}`, response.status);
  }
  const result = schema.safeParse(body);
  if (!result.success) throw new CmsError(`Unexpected CMS response for ${request.path}: ${result.error.message.slice(0, 500)}`, 502);
  return result.data;
}
