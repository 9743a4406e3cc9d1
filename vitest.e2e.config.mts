import { defineConfig } from 'vitest/config';

// Browser tests: run by scripts/e2e/run.mjs, which starts Strapi and the site and sets BASE_URL.
// Vitest itself sets process.env.BASE_URL to Vite's base ('/') inside the tests, so the site's URL is
// handed over as E2E_BASE_URL, read here while BASE_URL still holds the caller's value.
const siteUrl = process.env.E2E_BASE_URL ?? process.env.BASE_URL ?? '';

export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['frontend/tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { E2E_BASE_URL: siteUrl },
  },
});
