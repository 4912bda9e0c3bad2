import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tooOld } from '../../scripts/lib/ensure-browsers.ts';

/** A stand-in browser binary that prints the given `--version` line. */
function fakeBrowser(version: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'declutter-browser-'));
  const path = join(dir, 'firefox-esr');
  writeFileSync(path, `#!/bin/sh\necho "${version}"\n`);
  chmodSync(path, 0o755);
  return path;
}

describe('the Firefox the browser tests use is new enough for the add-on', () => {
  test('bookworm main’s ESR 140 is too old for strict_min_version 142', () => {
    expect(tooOld(fakeBrowser('Mozilla Firefox 140.12.0esr'))).toBe(true);
  });

  test('the security archive’s ESR 153 and a release 142 are not', () => {
    expect(tooOld(fakeBrowser('Mozilla Firefox 153.8.0esr'))).toBe(false);
    expect(tooOld(fakeBrowser('Mozilla Firefox 142.0'))).toBe(false);
  });

  test('a binary whose version cannot be read is left to the tests to judge', () => {
    expect(tooOld(fakeBrowser('something else'))).toBe(false);
  });
});
