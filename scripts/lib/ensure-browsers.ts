/**
 * The e2e tests need Debian's chromium and firefox-esr (one new enough for the add-on). As root
 * on Debian we install or update them; anywhere else we say exactly how to, and the run fails
 * (never a silent skip).
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { FIREFOX_MIN_VERSION } from '../build/derive-manifest.ts';

const BROWSERS = [
  {
    pkg: 'chromium',
    env: 'CHROMIUM_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
  },
  { pkg: 'firefox-esr', env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'] },
];

/** The browser's binary: its env variable's path, else the first Debian path that exists. */
const binaryOf = (b: (typeof BROWSERS)[number]): string | undefined => {
  const own = process.env[b.env];
  return own ? (existsSync(own) ? own : undefined) : b.paths.find((p) => existsSync(p));
};

/**
 * Whether a Firefox is older than the package allows: it refuses to install the add-on ("not
 * compatible with application version"), which would fail every Firefox test.
 */
export function tooOld(binary: string): boolean {
  const version = spawnSync(binary, ['--version'], { encoding: 'utf8' }).stdout ?? '';
  const major = Number(/(\d+)\./.exec(version)?.[1]);
  return major > 0 && major < FIREFOX_MIN_VERSION;
}

const missing = () =>
  BROWSERS.filter((b) => {
    const binary = binaryOf(b);
    return !binary || (b.pkg === 'firefox-esr' && tooOld(binary));
  }).map((b) => b.pkg);

export function ensureBrowsers(): { ok: true } | { ok: false; message: string } {
  let absent = missing();
  if (absent.length === 0) return { ok: true };
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canInstall) {
    console.log(`Installing ${absent.join(' ')} for the browser tests…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      execSync('apt-get update -q', { stdio: 'inherit', env });
      spawnSync('apt-get', ['install', '-y', '-q', ...absent], { stdio: 'inherit', env });
    } catch {
      /* reported below */
    }
    absent = missing();
    if (absent.length === 0) return { ok: true };
  }
  return {
    ok: false,
    message:
      `The browser tests need ${absent.join(' and ')} (Firefox ${FIREFOX_MIN_VERSION} or later). ` +
      `Install or update with:\n` +
      `  sudo apt-get update && sudo apt-get install -y ${absent.join(' ')}\n` +
      `or point CHROMIUM_PATH / FIREFOX_PATH at your own builds.`,
  };
}
