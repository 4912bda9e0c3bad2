import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'tests/fixtures/cli');
const BIN = join(ROOT, 'bin/declutter.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout parsed as one JSON object per line (for --format json). */
  records: Record<string, unknown>[];
}

/** Spawns the real command line, as a user would run `npx declutter …`. */
export function runCli(args: string[], input?: string | Buffer): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const records = result.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, records };
}

export const fixture = (name: string): string => join(FIXTURES, name);
