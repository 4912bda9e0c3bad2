/**
 * The packaged extension in real Chromium and Firefox, used as a person would: open a news page,
 * see the toolbar badge, open the popup and read the article.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launch, type BrowserName, type ExtensionBrowser } from './browsers.ts';
import { startServer, type FixtureServer } from './server.ts';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

describe.each(BROWSERS)('%s: the built extension', (name) => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  let probe: Page;

  beforeAll(async () => {
    server = await startServer();
    ext = await launch(name);
    probe = await ext.openExtensionPage('src/page/index.html');
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  /** Opens a web page in a fresh tab and returns the extension's id for that tab. */
  async function openSite(path: string): Promise<{ page: Page; tabId: number }> {
    const page = await ext.browser.newPage();
    await page.goto(server.url(path), { waitUntil: 'load' });
    const tabId = await ext.newestTabId();
    return { page, tabId };
  }

  /** Waits until the page's verdict has reached the background, then reads the badge. */
  async function reportedStatus(tabId: number): Promise<{ isArticle: boolean; badge: string }> {
    const handle = await probe.waitForFunction(
      async (id: number) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        const key = `status:${id}`;
        const status = (await api.storage.session.get(key))[key];
        if (!status) return false;
        return {
          isArticle: status.verdict.isArticle,
          badge: await api.action.getBadgeText({ tabId: id }),
        };
      },
      { timeout: 15_000, polling: 100 },
      tabId,
    );
    return (await handle.jsonValue()) as { isArticle: boolean; badge: string };
  }

  it('marks an article page on the toolbar button once the content script has looked', async () => {
    const { page, tabId } = await openSite('/huawei-5g.html');
    expect(await reportedStatus(tabId)).toEqual({ isArticle: true, badge: '✓' });
    await page.close();
  });

  it('renders the article of the page in the popup, without the page chrome', async () => {
    const { page, tabId } = await openSite('/huawei-5g.html');
    const popup = await ext.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    expect(await popup.$eval('body', (b) => b.dataset.state)).toBe('article');
    const title = await popup.$eval('.dc-title', (h) => h.textContent);
    expect(title).toMatch(/Huawei/);
    const body = await popup.$eval('.dc-body', (b) => b.textContent ?? '');
    expect(body).toContain('Mulvaney said: “We are very much concerned');
    expect(body).toContain('post-Brexit trade deal');
    for (const chrome of ['Listen Live', 'Get short URL', 'Community standards']) {
      expect(body).not.toContain(chrome);
    }
    await popup.close();
    await page.close();
  });

  it('explains a page that is not an article instead of showing a blank view', async () => {
    const { page, tabId } = await openSite('/sign-in.html');
    expect(await reportedStatus(tabId)).toEqual({ isArticle: false, badge: '' });
    const popup = await ext.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    expect(await popup.$eval('body', (b) => b.dataset.state)).toBe('no-article');
    expect(await popup.$eval('#view', (v) => v.textContent)).toMatch(/no article/i);
    await popup.close();
    await page.close();
  });

  it('runs on a page served with a strict Content-Security-Policy', async () => {
    const { page, tabId } = await openSite('/csp/huawei-5g.html');
    expect(await reportedStatus(tabId)).toEqual({ isArticle: true, badge: '✓' });
    await page.close();
  });
});
