import type { Core } from '@strapi/strapi';
// relative, not the `cms` package: the app's own compile builds it, no separate build of cms/ needed
import { PREVIEW_TOKEN_MAX_TTL_SECONDS, PREVIEW_TOKEN_TTL_SECONDS, signPreviewToken } from '../cms/src/preview';

/** The site's public origin, where "Open preview" points (the site's preview page checks the link's token). */
function siteUrlOf(value: string): string {
  const url = value.replace(/\/+$/, '');
  try {
    new URL(url);
  } catch {
    throw new Error(`NUXT_PUBLIC_SITE_URL / SITE_URL is not a URL: "${value}"`);
  }
  return url;
}

/** Seconds a preview link works: empty means the default; anything else must be a whole number in range. */
function previewTtlOf(value: string): number {
  if (value.trim() === '') return PREVIEW_TOKEN_TTL_SECONDS;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds <= 0 || seconds > PREVIEW_TOKEN_MAX_TTL_SECONDS) {
    throw new Error(`PREVIEW_TOKEN_TTL_SECONDS must be a number of seconds from 1 to ${PREVIEW_TOKEN_MAX_TTL_SECONDS}, got "${value}"`);
  }
  return seconds;
}

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => {
  const siteUrl = siteUrlOf(env('NUXT_PUBLIC_SITE_URL', '') || env('SITE_URL', '') || 'http://localhost:3000');
  // the placeholder of .env.example is no secret
  const previewSecret = /^(change-me|tobemodified)/.test(env('PREVIEW_SECRET', '')) ? '' : env('PREVIEW_SECRET', '');
  const previewTtl = previewTtlOf(env('PREVIEW_TOKEN_TTL_SECONDS', ''));
  return {
    auth: {
      secret: env('ADMIN_JWT_SECRET')!,
    },
    // admin sign-in tries per email and IP in 5 minutes (Strapi's default 5); the browser tests,
    // which sign the same accounts in many times from one address, raise it
    rateLimit: { max: env.int('ADMIN_LOGIN_RATE_LIMIT_MAX', 5) },
    apiToken: {
      salt: env('API_TOKEN_SALT')!,
    },
    transfer: {
      token: {
        salt: env('TRANSFER_TOKEN_SALT')!,
      },
    },
    secrets: {
      encryptionKey: env('ENCRYPTION_KEY')!,
    },
    // `strapi develop` watches the repo: the site and the contract package rebuild on their own
    watchIgnoreFiles: ['**/frontend/**', '**/cms/**', '**/.tmp/**', '**/scripts/**'],
    flags: {
      nps: env.bool('FLAG_NPS', false),
      promoteEE: env.bool('FLAG_PROMOTE_EE', false),
    },
    // "Open preview" in the event edit view frames the site's page of the draft (or published) version.
    // The link carries a token for that one document, locale and version, valid PREVIEW_TOKEN_TTL_SECONDS
    // (an hour by default): whoever sees one preview link cannot open another event's draft with it.
    // Without a PREVIEW_SECRET the site would refuse every preview: the panel is not offered then.
    preview: {
      enabled: previewSecret !== '',
      config: {
        allowedOrigins: [new URL(siteUrl).origin],
        handler: async (uid, { documentId, locale, status }) => {
          if (uid !== 'api::event.event' || !documentId) return null;
          const target = { documentId, locale: locale || 'ru', status: status === 'published' ? ('published' as const) : ('draft' as const) };
          const token = await signPreviewToken(previewSecret, target, { ttlSeconds: previewTtl });
          const query = new URLSearchParams({ status: target.status, locale: target.locale, token });
          return `${siteUrl}/preview/events/${encodeURIComponent(documentId)}?${query.toString()}`;
        },
      },
    },
  };
};

export default config;
