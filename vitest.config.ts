import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (Node, beside the code) and `e2e` (real server, real Chromium; needs
 * `npm run build` first, which `npm test` does).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{model,engine,editor,app,server,hall-templates,assets,bench}/**/*.test.ts', 'docs/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          testTimeout: 30_000,
          // Starting a seeded server on PostgreSQL takes a few seconds on a loaded 2-core machine.
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
