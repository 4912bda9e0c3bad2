/**
 * Helpers for the reader e2e tests: open sites, find extension pages the extension opened by
 * itself (Firefox never reports their navigation to puppeteer), and wait on real signals only.
 */
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './browsers.ts';
import type { FixtureServer } from './server.ts';

export async function openSite(
  ext: ExtensionBrowser,
  server: FixtureServer,
  path: string,
): Promise<{ page: Page; tabId: number }> {
  const page = await ext.browser.newPage();
  await page.goto(server.url(path), { waitUntil: 'load' });
  return { page, tabId: await ext.newestTabId() };
}

/** Waits until the content script of a tab has reported (so it is listening). */
export async function waitForReport(probe: Page, tabId: number): Promise<void> {
  await probe.waitForFunction(
    async (id: number) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return Boolean((await api.storage.session.get(`status:${id}`))[`status:${id}`]);
    },
    { timeout: 15_000, polling: 100 },
    tabId,
  );
}

/** The puppeteer page whose document URL satisfies `test`, once it exists and is ready. */
export async function findPage(
  ext: ExtensionBrowser,
  test: (url: string) => boolean,
): Promise<Page> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    for (const page of await ext.browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (test(href) && (await isReady(page))) return page;
    }
    // Polls the browser's list of tabs; each round is bounded by the CDP/BiDi round trips.
    await new Promise((ok) => setImmediate(ok));
  }
  throw new Error('no page matched');
}

/** Resets reading settings so each test starts from the defaults. */
export async function clearSettings(probe: Page): Promise<void> {
  await probe.evaluate(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    await api.storage.sync.clear();
    await api.storage.local.remove('settings');
  });
}

/** What "the page as the user left it" means for in-place mode. */
export async function pageSnapshot(page: Page) {
  return page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    scrollY: Math.round(window.scrollY),
    email: (document.querySelector('input[type=email]') as HTMLInputElement | null)?.value,
    focused: document.activeElement?.getAttribute('name') ?? document.activeElement?.localName,
  }));
}

export const readerHost = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('declutter-reader') as HTMLElement | null;
    return host ? { state: host.dataset.state ?? '', open: host.shadowRoot !== null } : null;
  });

/**
 * `ext.openExtensionPage`, retried when Firefox's BiDi fails an evaluation that raced the page's
 * own navigation ("script.evaluate … got null"); any other error is a real failure.
 */
export async function openExtensionPage(ext: ExtensionBrowser, path: string): Promise<Page> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ext.openExtensionPage(path);
    } catch (error) {
      if (attempt === 3 || !/script\.evaluate|context was destroyed/i.test(String(error))) {
        throw error;
      }
    }
  }
}

/** Whether an extension page has finished (false while it is still loading or reloading). */
export const isReady = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.body?.dataset.ready === '1').catch(() => false);

/** Waits for a reload to finish: BiDi evaluations may fail while the old document goes away. */
export async function waitReady(page: Page): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await isReady(page))) {
    if (Date.now() > deadline) throw new Error('the page never became ready');
    await new Promise((ok) => setImmediate(ok));
  }
}
