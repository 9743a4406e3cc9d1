/** Settings of a production start for tests of the secrets' checks. */
import { randomBytes } from 'node:crypto';

/** A random secret as `npm run setup` makes them. */
export const strongSecret = () => randomBytes(32).toString('base64');

/** Every secret the CMS needs, each strong and different. */
export function strongStrapiSecrets(): Record<string, string> {
  return {
    APP_KEYS: [strongSecret(), strongSecret()].join(','),
    API_TOKEN_SALT: strongSecret(),
    ADMIN_JWT_SECRET: strongSecret(),
    TRANSFER_TOKEN_SALT: strongSecret(),
    JWT_SECRET: strongSecret(),
    ENCRYPTION_KEY: strongSecret(),
    CODE_HASH_SECRET: strongSecret(),
    SITE_PROXY_SECRET: strongSecret(),
  };
}
