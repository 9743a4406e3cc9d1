import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // the site's helpers import the contract as `cms`, compiled from its source (as in the site's build)
        resolve: { alias: { cms: fileURLToPath(new URL('./cms/src/index.ts', import.meta.url)) } },
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          environment: 'node',
          include: [
            'src/**/__tests__/**/*.unit.test.ts',
            'cms/src/**/*.test.ts',
            'scripts/**/*.test.ts',
            'frontend/app/**/__tests__/**/*.test.ts',
          ],
          exclude: ['**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'api',
          environment: 'node',
          include: ['src/**/__tests__/**/*.api.test.ts'],
          globalSetup: ['scripts/testing/global-setup.ts'],
          // strapi.destroy() removes every process listener: worker threads keep files apart
          pool: 'threads',
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
