/**
 * Boots a real Strapi instance of this app for API tests: the compiled app in dist/ (compiled once
 * by the global setup), a fresh database per test file, supertest against its HTTP server.
 */
import { createRequire } from 'node:module';
import type { Core } from '@strapi/strapi';
import { root, distDir } from './paths';
import { createTestDatabase, type TestDatabase } from './databases';

// the ESM build of @strapi/strapi fails on a lodash/fp directory import: load the CommonJS one
const requireCjs = createRequire(import.meta.url);
const { createStrapi } = requireCjs('@strapi/strapi') as typeof import('@strapi/strapi');

export interface TestApp {
  strapi: Core.Strapi;
  /** The HTTP server to hand to supertest. */
  server: Core.Strapi['server']['httpServer'];
  db: TestDatabase;
  /** Stops this instance (the database stays for a restart). */
  stop(): Promise<void>;
}

/** Environment every test instance gets, under the caller's overrides. */
export function testEnv(db: TestDatabase, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL || 'warn',
    STRAPI_TELEMETRY_DISABLED: 'true',
    HOST: '127.0.0.1',
    APP_KEYS: 'test-key-1,test-key-2',
    API_TOKEN_SALT: 'test-api-token-salt',
    ADMIN_JWT_SECRET: 'test-admin-jwt-secret',
    TRANSFER_TOKEN_SALT: 'test-transfer-token-salt',
    JWT_SECRET: 'test-jwt-secret',
    ENCRYPTION_KEY: 'test-encryption-key-0123456789ab',
    JOBS_POLL_INTERVAL_MS: '100',
    REDIS_URL: process.env.REDIS_URL ?? '',
    // a Redis shared by parallel test files: each database gets its own keys and channels
    REDIS_PREFIX: `mmso-test-${db.id}`,
    ...db.env,
    ...extra,
  };
}

/** Boots an instance on `db` (a fresh database unless given). */
export async function bootStrapi(options: { db?: TestDatabase; env?: Record<string, string> } = {}): Promise<TestApp> {
  const db = options.db ?? (await createTestDatabase());
  // worker threads have their own copy of process.env: this does not leak into other test files
  Object.assign(process.env, testEnv(db, options.env));
  const instance = createStrapi({ appDir: root, distDir, autoReload: false, serveAdminPanel: false });
  await instance.load();
  await instance.server.mount();
  return {
    strapi: instance,
    server: instance.server.httpServer,
    db,
    async stop() {
      await instance.destroy();
    },
  };
}
