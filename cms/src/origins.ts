/**
 * Origins as an allowlist: CORS of Strapi (the site and the configured origins) and the origins the
 * site lets frame its preview pages (the admin). An origin is compared exactly (scheme, host, port) as
 * the browser sends it; a URL setting is reduced to its origin, a value that is no http(s) URL throws
 * (a typo must not open or silently close anything).
 */

/** The origin of an http(s) URL (`https://site.test/x/` -> `https://site.test`); throws otherwise. */
export function originOf(value: string, name = 'origin'): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`${name} is not a URL: "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${name} must be an http(s) URL: "${value}"`);
  return url.origin;
}

/** The distinct origins of URL settings, each possibly a comma-separated list; empty values are skipped. */
export function originList(values: ReadonlyArray<readonly [name: string, value: string | undefined]>): string[] {
  const origins = new Set<string>();
  for (const [name, value] of values) {
    for (const part of (value ?? '').split(',')) {
      if (part.trim() === '') continue;
      if (part.trim() === '*') throw new Error(`${name} may not allow every origin ("*"): list the origins`);
      origins.add(originOf(part, name));
    }
  }
  return [...origins];
}
