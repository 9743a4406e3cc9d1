import type { Core } from '@strapi/strapi';

/** The site's public origin, where "Open preview" points (the site's preview page checks the secret). */
function siteUrlOf(value: string): string {
  const url = value.replace(/\/+$/, '');
  try {
    new URL(url);
  } catch {
    throw new Error(`NUXT_PUBLIC_SITE_URL / SITE_URL is not a URL: "${value}"`);
  }
  return url;
}

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => {
  const siteUrl = siteUrlOf(env('NUXT_PUBLIC_SITE_URL', '') || env('SITE_URL', '') || 'http://localhost:3000');
  // the placeholder of .env.example is no secret
  const previewSecret = /^(change-me|tobemodified)/.test(env('PREVIEW_SECRET', '')) ? '' : env('PREVIEW_SECRET', '');
  return {
    auth: {
      secret: env('ADMIN_JWT_SECRET')!,
    },
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
    // Without a PREVIEW_SECRET the site would refuse every preview: the panel is not offered then.
    preview: {
      enabled: previewSecret !== '',
      config: {
        allowedOrigins: [new URL(siteUrl).origin],
        handler: (uid, { documentId, locale, status }) => {
          if (uid !== 'api::event.event' || !documentId) return null;
          const query = new URLSearchParams({ status: status === 'published' ? 'published' : 'draft', locale: locale || 'ru', secret: previewSecret });
          return `${siteUrl}/preview/events/${encodeURIComponent(documentId)}?${query.toString()}`;
        },
      },
    },
  };
};

export default config;
