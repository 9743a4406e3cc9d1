/**
 * Finding 9 against a real boot: with NODE_ENV=production Strapi refuses to start with the secrets of
 * .env.example, short or missing ones, and starts with strong ones. (Other environments keep working with
 * the tests' and developers' simple values.)
 * SQLite, or PostgreSQL with DATABASE_CLIENT=postgres.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../scripts/testing/databases';
import { strongStrapiSecrets } from '../../../scripts/testing/secrets';
import { bootStrapi } from '../../../scripts/testing/strapi';

function production(): Record<string, string> {
  return { NODE_ENV: 'production', ...strongStrapiSecrets(), PREVIEW_SECRET: '' };
}

async function bootError(db: TestDatabase, env: Record<string, string>): Promise<string> {
  try {
    const app = await bootStrapi({ db, env });
    await app.stop();
    return '';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

describe('Strapi refuses to start in production with weak secrets', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase('secrets');
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('refuses the .env.example values', async () => {
    const message = await bootError(db, {
      ...production(),
      APP_KEYS: 'change-me-1,change-me-2',
      API_TOKEN_SALT: 'change-me',
      ADMIN_JWT_SECRET: 'change-me',
      TRANSFER_TOKEN_SALT: 'change-me',
      JWT_SECRET: 'change-me',
      ENCRYPTION_KEY: 'change-me',
    });
    expect(message).toMatch(/JWT_SECRET/);
    expect(message).toMatch(/APP_KEYS/);
  });

  it('refuses a short attendee JWT secret, a missing site proxy secret and a code key equal to the cookie key', async () => {
    expect(await bootError(db, { ...production(), JWT_SECRET: 'test-jwt-secret' })).toMatch(/JWT_SECRET/);
    expect(await bootError(db, { ...production(), SITE_PROXY_SECRET: '' })).toMatch(/SITE_PROXY_SECRET/);
    const env = production();
    expect(await bootError(db, { ...env, CODE_HASH_SECRET: (env.APP_KEYS ?? '').split(',')[0] ?? '' })).toMatch(/CODE_HASH_SECRET/);
  });

  it('starts with strong, distinct secrets', async () => {
    const app = await bootStrapi({ db, env: production() });
    try {
      await request(app.server).get('/_health').expect(204);
    } finally {
      await app.stop();
    }
  });
});
