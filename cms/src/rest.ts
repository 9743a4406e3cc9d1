/**
 * Calling Strapi's REST API: its query-string encoding of nested parameters, and the error a failed or
 * off-contract answer becomes (the site's server turns it into its own 404/502/503, see
 * `frontend/server/utils/cms.ts`). The answers themselves are parsed with `schemas.ts` and `registration.ts`.
 */
export type QueryValue = string | number | boolean | null | undefined | QueryValue[] | { [key: string]: QueryValue };

/** Encodes nested params the way Strapi (qs) reads them: `filters[slug][$eq]=x&populate[0]=cover`. */
export function toStrapiQuery(params: Record<string, QueryValue>): string {
  const parts: string[] = [];
  const walk = (prefix: string, value: QueryValue): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(`${prefix}[${index}]`, item));
    } else if (typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) walk(`${prefix}[${key}]`, inner);
    } else {
      parts.push(`${encodeURIComponent(prefix).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encodeURIComponent(String(value))}`);
    }
  };
  for (const [key, value] of Object.entries(params)) walk(key, value);
  return parts.join('&');
}

/** A CMS call that failed (`status`: Strapi's, or 502 when its answer does not match the contract). */
export class CmsError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'CmsError';
  }
}
