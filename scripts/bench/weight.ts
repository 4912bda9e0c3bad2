/**
 * Weight: builds both packages into .bench-cache/dist (never touching the shared dist/), then
 * lists every file raw and gzip, and the set of files that runs on every page load.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { everyPageFiles } from './import-graph.ts';

export type Target = 'chrome' | 'firefox';
export const TARGETS: Target[] = ['chrome', 'firefox'];
export const BENCH_DIST = resolve('.bench-cache/dist');

export interface FileWeight {
  path: string;
  raw: number;
  gzip: number;
}

export interface PackageWeight {
  target: Target;
  files: FileWeight[];
  total: { raw: number; gzip: number };
  /** Files that run on every page load (content scripts and their static imports). */
  everyPage: FileWeight[];
  everyPageTotal: { raw: number; gzip: number };
}

export interface WeightResult {
  packages: PackageWeight[];
  /** The heavier package's every-page-load gzip bytes (the budget applies to both). */
  everyPageGzip: number;
}

/** Builds one package with the project's own vite config into `outDir`. */
export function buildPackage(target: Target, outDir = join(BENCH_DIST, target)): string {
  const vite = resolve('node_modules/.bin/vite');
  const r = spawnSync(
    vite,
    ['build', '--mode', target, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    { encoding: 'utf8' },
  );
  if (r.status !== 0)
    throw new Error(`vite build --mode ${target} failed:\n${r.stderr}${r.stdout}`);
  return outDir;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** gzip at level 6, gzip's and most servers' default. */
export const gzipSize = (bytes: Buffer): number => gzipSync(bytes, { level: 6 }).length;

export function measurePackage(target: Target, dir: string): PackageWeight {
  const files = walk(dir)
    .map((abs) => {
      const bytes = readFileSync(abs);
      return {
        path: relative(dir, abs).split('\\').join('/'),
        raw: bytes.length,
        gzip: gzipSize(bytes),
      };
    })
    .sort((a, b) => b.gzip - a.gzip || a.path.localeCompare(b.path));
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const read = (p: string) =>
    existsSync(join(dir, p)) ? readFileSync(join(dir, p), 'utf8') : null;
  const paths = everyPageFiles(manifest, read);
  const everyPage = paths.map(
    (p) => files.find((f) => f.path === p) ?? { path: `${p} (missing)`, raw: 0, gzip: 0 },
  );
  const sum = (fs: FileWeight[]) => ({
    raw: fs.reduce((a, f) => a + f.raw, 0),
    gzip: fs.reduce((a, f) => a + f.gzip, 0),
  });
  return { target, files, total: sum(files), everyPage, everyPageTotal: sum(everyPage) };
}

export function runWeight(log: (s: string) => void = () => {}): WeightResult {
  const packages = TARGETS.map((target) => {
    log(`weight: building ${target}`);
    return measurePackage(target, buildPackage(target));
  });
  return { packages, everyPageGzip: Math.max(...packages.map((p) => p.everyPageTotal.gzip)) };
}
