// https://nuxt.com/docs/api/configuration/nuxt-config
import { fileURLToPath } from 'node:url';

const cmsSource = fileURLToPath(new URL('../cms/src/index.ts', import.meta.url));

export default defineNuxtConfig({
  compatibilityDate: '2025-07-15',
  devtools: { enabled: false },
  telemetry: false,
  modules: ['@nuxtjs/i18n'],
  // The site compiles the CMS contract from source, both in the app (Vite) and in the server (Nitro).
  alias: { cms: cmsSource },
  nitro: {
    alias: { cms: cmsSource },
    compressPublicAssets: true,
    // one worker per core (NITRO_CLUSTER_WORKERS): a page render is CPU-bound JavaScript, so a single
    // process leaves the second core of the 2-core server idle while pages wait their turn
    preset: 'node-cluster',
  },
  css: ['~/assets/css/fonts.css', '~/assets/css/main.css', '~/assets/css/pages.css'],
  app: {
    head: {
      meta: [{ name: 'viewport', content: 'width=device-width, initial-scale=1' }],
      link: [{ rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }],
    },
  },
  runtimeConfig: {
    // Server-only: where the Nuxt server reaches Strapi. Never sent to the browser.
    strapiUrl: 'http://127.0.0.1:1337', // NUXT_STRAPI_URL
    // A read-only API token, used only to read drafts for the admin's preview (it bypasses privacy).
    strapiToken: '', // NUXT_STRAPI_TOKEN
    // The secret of preview links (the same PREVIEW_SECRET the admin's preview config uses).
    previewSecret: '', // NUXT_PREVIEW_SECRET
    // The secret the CMS sends to POST /api/_cache/revalidate when something is published.
    revalidateSecret: '', // NUXT_REVALIDATE_SECRET
    // The secret with which the site vouches for visitors' addresses to Strapi (SITE_PROXY_SECRET there):
    // without it Strapi sees every visitor with the site's address (one shared sign-in code budget).
    proxySecret: '', // NUXT_PROXY_SECRET
    // The admin panel's origin, the only one that may frame the site (its preview of a draft); Strapi's
    // public URL (NUXT_PUBLIC_STRAPI_PUBLIC_URL) when empty. Every other page refuses framing.
    adminUrl: '', // NUXT_ADMIN_URL
    // Strict-Transport-Security max-age in seconds (0: none; browsers ignore it over plain http).
    hstsMaxAge: 31536000, // NUXT_HSTS_MAX_AGE
    // Largest request bodies (413 past them, before reading): JSON and anything else, forms, text, and
    // multipart registrations with files (all parts together).
    bodyJsonLimit: '1mb', // NUXT_BODY_JSON_LIMIT
    bodyFormLimit: '256kb', // NUXT_BODY_FORM_LIMIT
    bodyTextLimit: '256kb', // NUXT_BODY_TEXT_LIMIT
    bodyFileLimit: '25mb', // NUXT_BODY_FILE_LIMIT
    // The site runs behind a reverse proxy (nginx ...): the visitor is the address that proxy appended
    // last to X-Forwarded-For, not the socket's.
    behindProxy: false, // NUXT_BEHIND_PROXY
    // The file through which the workers (or site processes on one host) pass a revalidation on;
    // one per cluster in the temporary directory when empty.
    revalidateFile: '', // NUXT_REVALIDATE_FILE
    // Rendered public pages kept in memory (seconds fresh, then served stale while re-rendered).
    pageCache: true, // NUXT_PAGE_CACHE
    pageCacheMaxAge: 60, // NUXT_PAGE_CACHE_MAX_AGE
    pageCacheStale: 600, // NUXT_PAGE_CACHE_STALE
    // Pages rendered at once; further requests wait in arrival order (bounded tail latency under load).
    renderConcurrency: 4, // NUXT_RENDER_CONCURRENCY
    // CMS answers for anonymous visitors (seconds fresh, then stale while refreshed).
    cacheMaxAge: 30, // NUXT_CACHE_MAX_AGE
    cacheStale: 600, // NUXT_CACHE_STALE
    // Tests only: honour `?now=<ISO date>` as the current time.
    allowTestClock: false, // NUXT_ALLOW_TEST_CLOCK
    public: {
      // Where the browser loads Strapi-served media (uploads) from.
      strapiPublicUrl: 'http://localhost:1337', // NUXT_PUBLIC_STRAPI_PUBLIC_URL
      // The site's public origin for canonical links; the request's origin when empty.
      siteUrl: '', // NUXT_PUBLIC_SITE_URL
    },
  },
  i18n: {
    defaultLocale: 'ru',
    strategy: 'prefix_except_default',
    locales: [
      { code: 'ru', language: 'ru-RU', name: 'Русский', file: 'ru.json' },
      { code: 'en', language: 'en-GB', name: 'English', file: 'en.json' },
    ],
    detectBrowserLanguage: false,
  },
  routeRules: {
    // hashed build assets never change
    '/_nuxt/**': { headers: { 'cache-control': 'public, max-age=31536000, immutable' } },
  },
  typescript: { strict: true, typeCheck: false },
});
