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
  nitro: { alias: { cms: cmsSource } },
  css: ['~/assets/css/fonts.css', '~/assets/css/main.css'],
  app: {
    head: {
      meta: [{ name: 'viewport', content: 'width=device-width, initial-scale=1' }],
      link: [{ rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }],
    },
  },
  runtimeConfig: {
    // Server-only: where the Nuxt server reaches Strapi and the token it uses. Never sent to the browser.
    strapiUrl: 'http://127.0.0.1:1337', // NUXT_STRAPI_URL
    strapiToken: '', // NUXT_STRAPI_TOKEN
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
  typescript: { strict: true, typeCheck: false },
});
