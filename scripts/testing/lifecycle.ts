/** The life of one Strapi shared by the tests of one file. */
import { afterAll, beforeAll } from 'vitest';
import { bootStrapi, type TestApp } from './strapi';

/**
 * Before the file's tests: boots a Strapi on a fresh database (with `env` over the test settings), writes `prepare`'s fixture and hands both
 * to `use`. After them: stops it and drops its database.
 */
export function bootForFile<F>(prepare: (app: TestApp) => Promise<F>, use: (app: TestApp, fixture: F) => void, env: Record<string, string> = {}): void {
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await bootStrapi({ env });
    use(app, await prepare(app));
  });
  afterAll(async () => {
    await app?.stop();
    await app?.db.drop();
  });
}

/**
 * A Strapi for the file's tests (booted before them with `env`) that a test may break, e.g. by closing its
 * database: stopping it afterwards may fail and is no finding; its database is dropped all the same.
 * Returns the running app (read it inside the tests).
 */
export function breakableAppForFile(env: Record<string, string> = {}): () => TestApp {
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await bootStrapi({ env });
  });
  afterAll(async () => {
    await app?.stop().catch(() => undefined);
    await app?.db.drop();
  });
  return () => {
    if (!app) throw new Error('the file\'s Strapi did not boot');
    return app;
  };
}
