import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// The corpus checks take minutes and their files are a few lines long; on a fresh clone, with
// no timings cached, vitest starts the largest files first and would leave these for last.
class CorpusFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const corpus = (f: TestSpecification): boolean => /corpus/.test(f.moduleId);
    return [...sorted.filter(corpus), ...sorted.filter((f) => !corpus(f))];
  }
}

// Test files that replace a module with vi.mock: they need a module registry of their own.
const MOCKING = ['tests/shared/settings-storage.test.ts', 'tests/security/trusted-sender.test.ts'];

// Unit tests run in jsdom, never happy-dom: DOMPurify does not sanitize under happy-dom.
const shared = { environment: 'jsdom', testTimeout: 30_000 } as const;

export default defineConfig({
  test: {
    // Vitest leaves a core to its main process by default, which on a two-core CI machine means
    // one test file at a time; the main process only collects results, so use every core.
    maxWorkers: availableParallelism(),
    sequence: { sequencer: CorpusFirst },
    projects: [
      // The rest share each worker's modules (none mocks a module or patches a global): importing
      // the core afresh for each of ~110 files cost the unit tests about a fifth of their time.
      {
        test: {
          ...shared,
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'node_modules/**', ...MOCKING],
          isolate: false,
        },
      },
      { test: { ...shared, name: 'mocking', include: MOCKING } },
    ],
  },
});
