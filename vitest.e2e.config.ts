import { defineConfig } from 'vitest/config';

// Real browsers, one at a time: 2 cores do not run two browsers well.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
