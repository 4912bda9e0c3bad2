import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Unit tests run in jsdom, never happy-dom: DOMPurify does not sanitize under happy-dom.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'jsdom',
    testTimeout: 30_000,
    // Vitest leaves a core to its main process by default, which on a two-core CI machine means
    // one test file at a time; the main process only collects results, so use every core.
    maxWorkers: availableParallelism(),
  },
});
