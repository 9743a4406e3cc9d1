import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests of the site's pure helpers (dates, colors, rich text). The browser tests live in
// tests/e2e and run through scripts/e2e/run.mjs with the repo's vitest.e2e.config.mts.
export default defineConfig({
  // as in nuxt.config.ts: the site compiles the contract from its source
  resolve: { alias: { cms: fileURLToPath(new URL('../cms/src/index.ts', import.meta.url)) } },
  test: {
    name: 'site-unit',
    environment: 'node',
    include: ['app/**/__tests__/**/*.test.ts'],
  },
});
