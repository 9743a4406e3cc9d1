import type { Core } from '@strapi/strapi';
// relative, not the `cms` package: the app's own compile builds it, no separate build of cms/ needed
import { STRAPI_SECRETS, assertSecrets } from '../cms/src/secrets';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => {
  // a production instance never starts on .env.example's placeholders, short or shared keys (anyone
  // who knows `change-me` could forge attendees' JWTs); development and tests keep their simple values
  if (env('NODE_ENV', 'development') === 'production') {
    assertSecrets(Object.fromEntries(STRAPI_SECRETS.map((rule) => [rule.name, env(rule.name, '')])), STRAPI_SECRETS, 'Strapi');
  }
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
