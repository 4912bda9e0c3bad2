import { defineConfig } from 'vitest/config';

// Real browsers, one at a time (2-core machines): the built extension in chromium and firefox-esr.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
