import { defineConfig } from 'vitest/config';

// Unit tests run in jsdom, never happy-dom: DOMPurify does not sanitize under happy-dom.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'jsdom',
    testTimeout: 30_000,
  },
});
