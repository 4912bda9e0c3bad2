/**
 * In-place reader mode in real Chromium and Firefox: switched on from the popup and by the
 * keyboard command, and switched off by Escape or the command again, after which the page's
 * DOM, scroll position, form field and focus are exactly what they were.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launch, type BrowserName, type ExtensionBrowser } from './browsers.ts';
import { startServer, type FixtureServer } from './server.ts';
import * as h from './reader-support.ts';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

describe.each(BROWSERS)('%s: reader mode on the page', (name) => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  let probe: Page;

  beforeAll(async () => {
    server = await startServer();
    ext = await launch(name);
    probe = await h.openExtensionPage(ext, 'src/page/index.html');
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  /** A page in a state worth keeping: scrolled, a field typed into and focused. */
  async function preparedPage() {
    const site = await h.openSite(ext, server, '/huawei-5g.html');
    await h.waitForReport(probe, site.tabId);
    await site.page.type('input[type=email]', 'reader@example.org');
    // Typing scrolls the field into view (smoothly in Firefox): scroll until the page stays put.
    // The target keeps the focused field on screen: Firefox scrolls an off-screen focused field
    // into view whenever its tab regains focus, which the popup's opening and closing cause.
    await site.page.waitForFunction(
      () => {
        const field = document.querySelector('input[type=email]') as HTMLElement;
        const max = document.documentElement.scrollHeight - innerHeight;
        const want = field.getBoundingClientRect().top + scrollY - innerHeight / 2;
        const top = Math.round(Math.min(max, want));
        window.scrollTo({ top, behavior: 'instant' });
        return top > 0 && Math.round(window.scrollY) === top;
      },
      { polling: 100, timeout: 10_000 },
    );
    return { ...site, before: await h.pageSnapshot(site.page) };
  }

  it('switches from the popup and back with Escape, giving the page back exactly', async () => {
    const { page, tabId, before } = await preparedPage();
    expect(before.email).toBe('reader@example.org');
    const popup = await h.openExtensionPage(ext, `src/popup/index.html?tab=${tabId}`);
    void popup.click('#toggle-in-place').catch(() => undefined); // the popup closes itself
    await page.waitForFunction(
      () => document.querySelector('declutter-reader')?.getAttribute('data-state') === 'article',
      { timeout: 15_000, polling: 100 },
    );
    // A closed shadow root: the page cannot reach into the view.
    expect(await h.readerHost(page)).toEqual({ state: 'article', open: false });
    await page.bringToFront();
    await page.keyboard.press('Escape');
    // The view is gone, and the scroll position is back once the browser has settled.
    await page.waitForFunction(
      (y: number) => !document.querySelector('declutter-reader') && Math.round(scrollY) === y,
      { timeout: 5_000, polling: 100 },
      before.scrollY,
    );
    expect(await h.pageSnapshot(page)).toEqual(before);
    if (!popup.isClosed()) await popup.close();
    await page.close();
  });

  it('toggles with the keyboard command handler and back again', async () => {
    const { page, tabId, before } = await preparedPage();
    // A key press sent by puppeteer reaches the page, not the browser's shortcut table (checked:
    // neither headless Chromium nor Firefox fires commands.onCommand for it). So this drives the
    // background's command handler itself, the function the Alt+Shift+R listener calls.
    const command = (id: number) =>
      probe.evaluate(async (tab: number) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        const data = { command: 'toggle-reader', tabId: tab };
        return (await api.runtime.sendMessage({ declutter: 'reader:command', data })) as boolean;
      }, id);
    expect(await command(tabId)).toBe(true);
    expect((await h.readerHost(page))?.state).toBe('article');
    expect(await command(tabId)).toBe(false);
    expect(await h.readerHost(page)).toBeNull();
    expect(await h.pageSnapshot(page)).toEqual(before);
    await page.close();
  });

  it('switches a tab from "Open link in Declutter" once its page reports', async () => {
    // The menu click itself cannot be driven headless; this is what it leaves behind (a tab
    // marked as pending) and everything after it: the page loads, reports, and turns into the
    // reader without another click.
    const { page, tabId } = await h.openSite(ext, server, '/huawei-5g.html');
    await h.waitForReport(probe, tabId);
    await probe.evaluate(async (id: number) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.session.remove(`status:${id}`);
      await api.storage.session.set({ [`pending-reader:${id}`]: true });
    }, tabId);
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(
      () => document.querySelector('declutter-reader')?.getAttribute('data-state') === 'article',
      { timeout: 15_000, polling: 100 },
    );
    const left = await probe.evaluate(async (id: number) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return Object.keys(await api.storage.session.get(`pending-reader:${id}`)).length;
    }, tabId);
    expect(left).toBe(0);
    await page.close();
  });

  it('works on a page with a strict CSP, in the bundled font when it is chosen', async () => {
    await probe.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.sync.set({ settings: { font: 'dyslexic', version: 1 } });
    });
    const { page, tabId } = await h.openSite(ext, server, '/csp/huawei-5g.html');
    await h.waitForReport(probe, tabId);
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    await probe.evaluate(async (id: number) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const data = { command: 'toggle-reader', tabId: id };
      await api.runtime.sendMessage({ declutter: 'reader:command', data });
    }, tabId);
    expect((await h.readerHost(page))?.state).toBe('article');
    // The font goes into the page's font set from bytes we read, so the CSP has no say.
    await page.waitForFunction(
      () =>
        [...document.fonts].some(
          (f) => f.family.includes('Declutter OpenDyslexic') && f.status === 'loaded',
        ),
      { timeout: 10_000, polling: 100 },
    );
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('declutter-reader'), {
      timeout: 5_000,
      polling: 100,
    });
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(html);
    // Leaving takes the font out of the page again.
    expect(await page.evaluate(() => [...document.fonts].length)).toBe(0);
    await probe.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      await api.storage.sync.clear();
    });
    await page.close();
  });
});
