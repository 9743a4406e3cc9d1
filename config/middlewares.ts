import type { Core } from '@strapi/strapi';
// relative, not the `cms` package: the app's own compile builds it, no separate build of cms/ needed
import { bodyLimitsOf } from '../cms/src/body-limits';
import { originList } from '../cms/src/origins';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => {
  const limits = bodyLimitsOf(
    { json: env('BODY_JSON_LIMIT', ''), form: env('BODY_FORM_LIMIT', ''), text: env('BODY_TEXT_LIMIT', ''), multipart: env('BODY_FILE_LIMIT', '') },
    { json: 'BODY_JSON_LIMIT', form: 'BODY_FORM_LIMIT', text: 'BODY_TEXT_LIMIT', multipart: 'BODY_FILE_LIMIT' },
  );
  // CORS answers only these origins (exactly): the site, Strapi's own public URL and CORS_ORIGINS.
  // Strapi's default reflects any Origin with credentials: any page could read answers with a visitor's cookies.
  const corsOrigins = originList([
    ['NUXT_PUBLIC_SITE_URL', env('NUXT_PUBLIC_SITE_URL', '')],
    ['SITE_URL', env('SITE_URL', '')],
    ['PUBLIC_URL', env('PUBLIC_URL', '')],
    ['CORS_ORIGINS', env('CORS_ORIGINS', '')],
  ]);
  return [
    // first: everything after it (logs, rate limits, consent records) sees the visitor's own address
    { name: 'global::visitor-ip', config: { secret: env('SITE_PROXY_SECRET', '') } },
    // Strapi's request lines, without secrets of the URL or email addresses
    'global::request-logger',
    'strapi::errors',
    {
      name: 'strapi::security',
      config: {
        hsts: { maxAge: env.int('HSTS_MAX_AGE', 31536000), includeSubDomains: true },
        frameguard: { action: 'sameorigin' },
        referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      },
    },
    // an empty list answers no cross-origin request at all ('' never matches a browser's Origin)
    { name: 'strapi::cors', config: { origin: corsOrigins.length > 0 ? corsOrigins : [''], credentials: true } },
    // before anything reads a body (strapi::body here, GraphQL's own parser in its route)
    { name: 'global::body-limit', config: limits },
    // no strapi::poweredBy: the server's name and make tell an attacker which advisories to try
    'strapi::query',
    {
      name: 'strapi::body',
      config: {
        jsonLimit: limits.json,
        formLimit: limits.form,
        textLimit: limits.text,
        formidable: { maxFileSize: limits.multipart, maxTotalFileSize: limits.multipart, maxFieldsSize: limits.json },
      },
    },
    'strapi::session',
    { name: 'strapi::favicon', config: { path: 'public/favicon.png' } },
    'strapi::public',
  ];
};

export default config;
