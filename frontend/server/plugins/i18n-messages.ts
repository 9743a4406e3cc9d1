/**
 * The i18n module loads a page's messages through the site's own route on every render
 * (`/_i18n/<hash>/<locale>/messages.json`: a request, a copy out of Nitro's cache and a JSON parse,
 * each time). They are fixed for a build (their hash is in the path), so each file is fetched once
 * per process and shared; vue-i18n copies them into every page's own instance.
 */
const MESSAGES = /^\/_i18n\/[^/]+\/[^/]+\/messages\.json$/;

export default defineNitroPlugin(() => {
  const fetch = globalThis.$fetch;
  const loaded = new Map<string, Promise<unknown>>();
  const messages = (url: string, options: Parameters<typeof fetch>[1]) => {
    let found = loaded.get(url);
    if (!found) {
      found = fetch(url, options).catch((error: unknown) => {
        loaded.delete(url);
        throw error;
      });
      loaded.set(url, found);
    }
    return found;
  };
  const wrapped = ((request, options) =>
    typeof request === 'string' && MESSAGES.test(request) && (options?.method ?? 'GET').toUpperCase() === 'GET' ? messages(request, options) : fetch(request, options)) as typeof fetch;
  // with the helpers ofetch hangs on $fetch ($fetch.raw, .create ...)
  globalThis.$fetch = Object.assign(wrapped, fetch);
});
