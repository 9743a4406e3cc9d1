import type { Core } from '@strapi/strapi';

// the secrets are checked when the app registers (src/index.ts), not here: `strapi build` loads this
// config with NODE_ENV=production and needs no secrets
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => {
  return {
    host: env('HOST', '0.0.0.0'),
    port: env.int('PORT', 1337),
    url: env('PUBLIC_URL', ''),
    app: {
      keys: env.array('APP_KEYS')!,
    },
    webhooks: {
      populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),
    },
  };
};

export default config;
