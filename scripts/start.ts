/**
 * `npm start`: the main job on the bundled sample. Builds both packages, opens the sample news
 * page in headless Chromium with the built extension, opens the reader view on it like a user,
 * and writes what the reader shows to out/ (a screenshot and the HTML).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/browsers.ts';
import { startServer } from '../tests/e2e/server.ts';
import { ensureBrowsers } from './lib/ensure-browsers.ts';

const SAMPLE = process.argv[2] ?? 'huawei-5g.html';

function fail(message: string): never {
  console.error(`declutter: ${message}`);
  process.exit(1);
}

console.log('Building the Chrome and Firefox packages…');
const build = spawnSync('npm', ['run', '-s', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) fail('the build failed (see above).');
console.log('  dist/chrome/   dist/firefox/');

const browsers = ensureBrowsers();
if (!browsers.ok) fail(browsers.message);

const server = await startServer(['samples']);
const ext = await launchChromium();
try {
  const page = ext.browser.pages ? (await ext.browser.pages())[0]! : await ext.browser.newPage();
  await page.goto(server.url(`/${SAMPLE}`), { waitUntil: 'load' });
  const tabId = await ext.newestTabId();

  const reader = await ext.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
  await reader.setViewport({ width: 900, height: 1200 });
  const state = await reader.$eval('body', (b) => b.dataset.state);
  mkdirSync('out', { recursive: true });
  const png = resolve('out/reader.png');
  const html = resolve('out/reader.html');
  await reader.screenshot({ path: png, fullPage: true });
  writeFileSync(html, await reader.content());
  const title = await reader.$eval('.dc-title', (h) => h.textContent).catch(() => null);
  console.log(`\nReader view of samples/${SAMPLE}: ${state === 'article' ? `“${title}”` : state}`);
  console.log(`  screenshot: ${png}\n  html:       ${html}`);
  if (state !== 'article') process.exitCode = 1;
} finally {
  await ext.close();
  await server.close();
}
