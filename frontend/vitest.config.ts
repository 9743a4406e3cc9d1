import { defineConfig } from 'vitest/config';

// Unit tests of the site's pure helpers (dates, colors, rich text). The browser tests live in
// tests/e2e and run through scripts/e2e/run.mjs with the repo's vitest.e2e.config.mts.
export default defineConfig({
  test: {
    name: 'site-unit',
    environment: 'node',
    include: ['app/**/__tests__/**/*.test.ts'],
  },
});
