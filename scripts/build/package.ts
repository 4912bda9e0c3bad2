/**
 * `npm run package`: builds both packages and zips each for its store
 * (dist/declutter-chrome.zip, dist/declutter-firefox.zip), manifest at the zip root.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const build = spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.error('package: the build failed, nothing was zipped.');
  process.exit(1);
}

for (const target of ['chrome', 'firefox']) {
  const dir = join('dist', target);
  const entries = Object.fromEntries(
    filesUnder(dir).map((file) => [relative(dir, file).split('\\').join('/'), readFileSync(file)]),
  );
  const zip = zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  const out = join('dist', `declutter-${target}.zip`);
  writeFileSync(out, zip);
  console.log(`${out}  ${(zip.length / 1024).toFixed(1)} KB, ${Object.keys(entries).length} files`);
}
