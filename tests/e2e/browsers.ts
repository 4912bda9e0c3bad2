/**
 * Launches Debian's chromium and firefox-esr with the *built* extension through puppeteer-core
 * (CDP for Chromium, WebDriver BiDi for Firefox). No browser is ever downloaded.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../scripts/build/derive-manifest.ts';

export type BrowserName = 'chromium' | 'firefox';

function findBinary(envVar: string, candidates: string[], pkg: string): string {
  const path = process.env[envVar] ?? candidates.find((c) => existsSync(c));
  if (!path || !existsSync(path)) {
    throw new Error(
      `${pkg} not found. Install it with \`sudo apt-get install -y ${pkg}\` (Debian/Ubuntu) or set ${envVar} to its path.`,
    );
  }
  return path;
}

export const chromiumPath = () =>
  findBinary('CHROMIUM_PATH', ['/usr/bin/chromium', '/usr/bin/chromium-browser'], 'chromium');
export const firefoxPath = () =>
  findBinary('FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox'], 'firefox-esr');

/** Fixed so tests can address moz-extension:// pages (Firefox makes a random one per profile). */
const FIREFOX_UUID = '5d1c6a8e-4d7b-4a51-9a0e-6c1b3f2d9e47';

export interface ExtensionBrowser {
  name: BrowserName;
  browser: Browser;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  origin: string;
  /** Opens an extension page in a new tab and waits (up to `timeout` ms) for `data-ready="1"`. */
  openExtensionPage(path: string, timeout?: number): Promise<Page>;
  /** The extension's tab id of the most recently opened web page. */
  newestTabId(): Promise<number>;
  close(): Promise<void>;
}

/** Flags for Debian's chromium run as root on a closed network (see design/toolchain.md §3). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

async function waitReady(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(() => document.body?.dataset.ready === '1', { timeout });
}

/**
 * Polls with plain evaluations, each allowed to fail: while an about:blank tab turns into an
 * extension page, Firefox's BiDi can fail an evaluation ("script.evaluate … got null"), which
 * would end a waitForFunction at once. Puppeteer's waitForFunction and `$` first install their
 * helper script with Runtime.addBinding, which Chromium left unanswered on a page that rewrote
 * its address every 3 ms (spa-rewrite.html once did); a plain evaluation still answered.
 */
export async function pollUntil(
  page: Page,
  predicate: () => boolean,
  timeout = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate(predicate).catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${page.url()}: ${predicate} still false`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

export async function launchChromium(dist = resolve('dist/chrome')): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    pipe: true,
    enableExtensions: [dist],
    userDataDir: mkdtempSync(join(tmpdir(), 'declutter-chromium-')),
    args: CHROMIUM_ARGS,
  });
  const worker = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().endsWith('/service-worker-loader.js'),
    { timeout: 20_000 },
  );
  const origin = `chrome-extension://${new URL(worker.url()).host}/`;
  const openExtensionPage = async (path: string, timeout?: number) => {
    const page = await browser.newPage();
    await page.goto(origin + path, { timeout: timeout ?? 30_000 });
    await waitReady(page, timeout);
    return page;
  };
  return {
    name: 'chromium',
    browser,
    origin,
    openExtensionPage,
    newestTabId: tabFinder(openExtensionPage),
    close: () => browser.close(),
  };
}

export async function launchFirefox(dist = resolve('dist/firefox')): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // BiDi refuses moz-extension:// navigation without it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
    },
  });
  await browser.installExtension(dist);
  const origin = `moz-extension://${FIREFOX_UUID}/`;
  const openExtensionPage = async (path: string, timeout?: number) => {
    const page = await browser.newPage();
    // Puppeteer never sees this navigation's events in Firefox; fire and wait for the page.
    page.goto(origin + path, { timeout: 0 }).catch(() => undefined);
    await pollUntil(
      page,
      () => location.protocol === 'moz-extension:' && document.body?.dataset.ready === '1',
      timeout,
    );
    return page;
  };
  return {
    name: 'firefox',
    browser,
    origin,
    openExtensionPage,
    newestTabId: tabFinder(openExtensionPage),
    close: () => browser.close(),
  };
}

/** Asks the extension (from one of its pages) for the newest tab that is not its own. */
function tabFinder(open: (path: string) => Promise<Page>): () => Promise<number> {
  let probe: Page | undefined;
  return async () => {
    probe ??= await open('src/page/index.html');
    return probe.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const self = await api.tabs.getCurrent();
      const tabs: { id: number; lastAccessed?: number }[] = await api.tabs.query({});
      const others = tabs.filter((t) => t.id !== self.id);
      others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0) || b.id - a.id);
      return others[0]!.id;
    });
  };
}

export function launch(name: BrowserName): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium() : launchFirefox();
}
