/**
 * The e2e tests need Debian's chromium and firefox-esr. As root on Debian we install them;
 * anywhere else we say exactly how to, and the run fails (never a silent skip).
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BROWSERS = [
  {
    pkg: 'chromium',
    env: 'CHROMIUM_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
  },
  { pkg: 'firefox-esr', env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'] },
];

const missing = () =>
  BROWSERS.filter((b) => {
    const own = process.env[b.env];
    return own ? !existsSync(own) : !b.paths.some((p) => existsSync(p));
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
      `The browser tests need ${absent.join(' and ')}. Install with:\n` +
      `  sudo apt-get install -y ${absent.join(' ')}\n` +
      `or point CHROMIUM_PATH / FIREFOX_PATH at your own builds.`,
  };
}
