/**
 * `npm run screenshots`: regenerates docs/screenshots/ from the built Chrome package and the
 * bundled sample article — the popup and the full-tab reader in the light and dark themes, plus
 * the quotes panel and in-place mode. Pass --no-build to reuse dist/chrome.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- page.evaluate code runs in the extension */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { launchChromium } from '../tests/e2e/browsers.ts';
import { startServer } from '../tests/e2e/server.ts';
import { findPage } from '../tests/e2e/reader-support.ts';

const OUT = 'docs/screenshots';

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', '-s', 'build:chrome'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
}
mkdirSync(OUT, { recursive: true });

const server = await startServer(['samples']);
const ext = await launchChromium();

async function setTheme(page: Page, theme: string): Promise<void> {
  await page.evaluate(async (value: string) => {
    const settings = { theme: value, version: 1 };
    await (globalThis as any).chrome.storage.sync.set({ settings });
  }, theme);
  // Every open view applies the change from storage; wait for it rather than for time.
  await page.waitForFunction(
    (v: string) => document.querySelector('.dc-app')?.getAttribute('data-theme') === v,
    { polling: 100 },
    theme,
  );
}

const shot = async (page: Page, name: string, fullPage = false) => {
  await page.screenshot({ path: `${OUT}/${name}.png`, fullPage });
  console.log(`  ${OUT}/${name}.png`);
};

try {
  const site = await ext.browser.newPage();
  await site.setViewport({ width: 1280, height: 900 });
  await site.goto(server.url('/huawei-5g.html'), { waitUntil: 'load' });
  const tabId = await ext.newestTabId();

  const popup = await ext.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
  await popup.setViewport({ width: 480, height: 600 });
  for (const theme of ['light', 'dark']) {
    await setTheme(popup, theme);
    await shot(popup, `popup-${theme}`);
  }

  void popup.click('#open-tab').catch(() => undefined);
  const tab = await findPage(ext, (url) => url.includes('src/page/index.html?key='));
  await tab.setViewport({ width: 1280, height: 900 });
  await tab.bringToFront();
  for (const theme of ['light', 'dark']) {
    await setTheme(tab, theme);
    await shot(tab, `tab-${theme}`);
  }
  await tab.click('#panel-quotes');
  await shot(tab, 'tab-dark-quotes');
  await setTheme(tab, 'sepia');
  await tab.close();

  await site.bringToFront();
  const probe = await ext.openExtensionPage('src/page/index.html');
  await probe.evaluate(
    (id: number) =>
      (globalThis as any).chrome.runtime.sendMessage({
        declutter: 'reader:command',
        data: { command: 'toggle-reader', tabId: id },
      }),
    tabId,
  );
  await site.waitForFunction(
    () => document.querySelector('declutter-reader')?.getAttribute('data-state') === 'article',
    { polling: 100 },
  );
  await shot(site, 'in-place-sepia');
} finally {
  await ext.close();
  await server.close();
}
