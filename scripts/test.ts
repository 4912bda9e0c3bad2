/**
 * `npm test`: every check, in the order CI runs them, ending with one line `N passed, N failed`
 * that counts every test. A step that cannot run (a browser that will not launch, a build that
 * fails) counts as a failure, never as zero tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowsers } from './lib/ensure-browsers.ts';

const only = process.argv.slice(2); // e.g. `npm test -- unit` runs just the unit tests
const want = (step: string) => only.length === 0 || only.includes(step);

let passed = 0;
let failed = 0;
const started = Date.now();

function run(label: string, cmd: string, args: string[]): boolean {
  const t0 = Date.now();
  console.log(`\n=== ${label}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  console.log(`=== ${label}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return ok;
}

/** A step without tests of its own (typecheck, build…) counts as one check. */
function check(label: string, cmd: string, args: string[]): boolean {
  const ok = run(label, cmd, args);
  if (ok) passed++;
  else failed++;
  return ok;
}

interface VitestReport {
  success: boolean;
  numPassedTests: number;
  numFailedTests: number;
  numTotalTests: number;
  numFailedTestSuites: number;
}

function vitest(label: string, config: string, report: string): void {
  rmSync(report, { force: true });
  run(label, 'npx', [
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (!existsSync(report)) {
    console.log(`${label}: no report was written`);
    failed++;
    return;
  }
  const r = JSON.parse(readFileSync(report, 'utf8')) as VitestReport;
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  // A failed beforeAll (a browser that did not launch) leaves its tests "pending", not failed.
  if (!r.success && r.numFailedTests === 0) failed += r.numFailedTestSuites || 1;
  if (r.numTotalTests === 0) failed++;
}

mkdirSync('.ci-out', { recursive: true });
if (want('static')) {
  check('typecheck', 'npx', ['tsc', '--noEmit']);
  check('lint (eslint)', 'npx', ['eslint', '.']);
  check('format (prettier)', 'npx', ['prettier', '--check', '.']);
}
if (want('unit')) vitest('unit tests', 'vitest.config.ts', '.ci-out/unit.json');
if (want('e2e')) {
  const built = check('build both packages', 'npm', ['run', '-s', 'build']);
  if (built)
    check('web-ext lint (Firefox package)', 'npx', [
      'web-ext',
      'lint',
      '--source-dir',
      'dist/firefox',
      '--output',
      'text',
    ]);
  const browsers = ensureBrowsers();
  if (!browsers.ok) {
    console.error(`\n${browsers.message}`);
    failed++;
  } else if (built) {
    vitest('e2e tests (Chromium + Firefox)', 'vitest.e2e.config.ts', '.ci-out/e2e.json');
  }
}

console.log(`\n(${((Date.now() - started) / 1000).toFixed(0)} s)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
