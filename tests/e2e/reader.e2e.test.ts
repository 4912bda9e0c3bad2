/**
 * The reader as a person uses it, in real Chromium and Firefox with the built extension: popup
 * with highlighted quotes and the quotes panel, settings that stick and apply live, the full-tab
 * reader across a reload, in-place mode that gives the page back exactly, the keyboard command,
 * and pages that are not articles or not readable at all.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launch, type BrowserName, type ExtensionBrowser } from './browsers.ts';
import { startServer, type FixtureServer } from './server.ts';
import * as h from './reader-support.ts';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const ARTICLE = '/huawei-5g.html';

describe.each(BROWSERS)('%s: the reader', (name) => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  let probe: Page;
  const popupFor = (tabId: number) => h.openExtensionPage(ext, `src/popup/index.html?tab=${tabId}`);

  beforeAll(async () => {
    server = await startServer();
    ext = await launch(name);
    probe = await h.openExtensionPage(ext, 'src/page/index.html');
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });
  beforeEach(() => h.clearSettings(probe));

  it('shows the article in the popup with speech and terms highlighted differently', async () => {
    const { page, tabId } = await h.openSite(ext, server, ARTICLE);
    const popup = await popupFor(tabId);
    expect(await popup.$eval('body', (b) => b.dataset.state)).toBe('article');
    expect(await popup.$eval('.dc-title', (e) => e.textContent)).toMatch(/Huawei/);
    // The headline's quote is marked like the body's ("… a 'betrayal'", Trump's word).
    expect(
      await popup.$eval('.dc-title q.dc-quote', (q) => [
        q.textContent,
        q.getAttribute('data-speaker'),
        getComputedStyle(q).backgroundColor === getComputedStyle(q.parentElement!).backgroundColor,
      ]),
    ).toEqual(["'betrayal'", 'Donald Trump', false]);
    expect(await popup.$eval('.dc-meta', (e) => e.textContent)).toMatch(/min read/);
    const look = await popup.evaluate(() => {
      const bg = (sel: string) => getComputedStyle(document.querySelector(sel)!).backgroundColor;
      return {
        speech: bg('q.dc-quote[data-kind="speech"]'),
        term: bg('q.dc-quote[data-kind="term"]'),
        page: bg('.dc-app'),
      };
    });
    expect(new Set(Object.values(look)).size).toBe(3);
    // The speaker: on the element, and as the description a screen reader gets on focus.
    const who = await popup.$eval('q.dc-quote[data-speaker="Mick Mulvaney"]', (q) => {
      (q as HTMLElement).focus();
      const note = document.getElementById(q.getAttribute('aria-describedby') ?? '');
      return { focused: document.activeElement === q, note: note?.textContent };
    });
    expect(who).toEqual({ focused: true, note: expect.stringMatching(/^Quote by Mick Mulvaney/) });
    await popup.close();
    await page.close();
  });

  it('lists quotes by speaker and jumps to one when it is clicked', async () => {
    const { page, tabId } = await h.openSite(ext, server, ARTICLE);
    const popup = await popupFor(tabId);
    await popup.click('#panel-quotes');
    const speakers = await popup.$$eval('#dc-quotes-panel .dc-speaker-name', (hs) =>
      hs.map((x) => x.firstChild?.textContent),
    );
    expect(speakers).toEqual(expect.arrayContaining(['Donald Trump', 'Mick Mulvaney']));
    const id = await popup.$eval('#dc-quotes-panel li:last-child', (li) =>
      li.getAttribute('data-quote-id'),
    );
    await popup.click(`#dc-go-${id}`);
    await popup.waitForFunction(
      (qid) => (document.activeElement as HTMLElement | null)?.dataset.quoteId === qid,
      { timeout: 5_000, polling: 100 },
      id,
    );
    // The headline's ‘betrayal’ repeats the body's “betrayal”: Trump's quote is listed once, at
    // the body's mark, while the heading keeps its own highlighted mark.
    const trump = await popup.$$eval('#dc-quotes-panel .dc-speaker', (sections) =>
      sections
        .filter(
          (s) => s.querySelector('.dc-speaker-name')?.firstChild?.textContent === 'Donald Trump',
        )
        .flatMap((s) =>
          [...s.querySelectorAll('li')].map((li) => li.getAttribute('data-quote-id')),
        ),
    );
    expect(trump).toEqual([expect.stringMatching(/^dc-q-\d+$/)]);
    expect(
      await popup.$('.dc-title q[data-quote-id="dc-q-t1"][data-kind="speech"]'),
    ).not.toBeNull();
    await popup.close();
    await page.close();
  });

  it('applies a setting at once, in every open view, and keeps it after reopening', async () => {
    const { page, tabId } = await h.openSite(ext, server, ARTICLE);
    const popup = await popupFor(tabId);
    const other = await popupFor(tabId);
    // Background tabs get no animation frames, which puppeteer's click waits on.
    await popup.bringToFront();
    await popup.click('#panel-settings');
    await popup.select('#dc-set-theme', 'dark');
    await popup.select('#dc-set-font', 'sans');
    const dark = 'rgb(27, 28, 30)';
    const background = (p: Page) => p.$eval('.dc-app', (a) => getComputedStyle(a).backgroundColor);
    expect(await background(popup)).toBe(dark);
    await other.waitForFunction(
      () => document.querySelector('.dc-app')?.getAttribute('data-font') === 'sans',
      { timeout: 5_000, polling: 100 },
    );
    expect(await background(other)).toBe(dark);
    await popup.close();
    await other.close();
    const reopened = await popupFor(tabId);
    expect(await background(reopened)).toBe(dark);
    expect(await reopened.$eval('#dc-set-theme', (s) => (s as HTMLSelectElement).value)).toBe(
      'dark',
    );
    expect(await reopened.$eval('#dc-set-font', (s) => (s as HTMLSelectElement).value)).toBe(
      'sans',
    );
    // In-view key: "+" makes the text one step larger, and that too is saved.
    await reopened.keyboard.press('Equal');
    await reopened.waitForFunction(
      () => getComputedStyle(document.querySelector('.dc-body')!).fontSize === '20px',
      { timeout: 5_000, polling: 100 },
    );
    await reopened.close();
    await page.close();
  });

  it('can be used with the keyboard alone', async () => {
    const { page, tabId } = await h.openSite(ext, server, ARTICLE);
    const popup = await popupFor(tabId);
    await popup.bringToFront();
    const focused = () => popup.evaluate(() => document.activeElement?.id ?? '');
    // Tab walks the toolbar in order until it reaches Settings.
    for (let i = 0; i < 8 && (await focused()) !== 'panel-settings'; i++) {
      await popup.keyboard.press('Tab');
    }
    expect(await focused()).toBe('panel-settings');
    await popup.keyboard.press('Enter');
    expect(await focused()).toBe('dc-settings-title');
    await popup.keyboard.press('Tab');
    expect(await focused()).toBe('dc-set-theme');
    await popup.keyboard.press('Escape');
    expect(await focused()).toBe('panel-settings');
    expect(await popup.$eval('#panel-settings', (b) => b.getAttribute('aria-expanded'))).toBe(
      'false',
    );
    // T switches the theme from anywhere outside a form control.
    await popup.keyboard.press('KeyT');
    await popup.waitForFunction(
      () => document.querySelector('.dc-app')?.getAttribute('data-theme') === 'light',
      { timeout: 5_000, polling: 100 },
    );
    await popup.close();
    await page.close();
  });

  it('ships the dyslexia-friendly font and uses it when chosen', async () => {
    const { page, tabId } = await h.openSite(ext, server, ARTICLE);
    const popup = await popupFor(tabId);
    await popup.bringToFront();
    await popup.click('#panel-settings');
    await popup.select('#dc-set-font', 'dyslexic');
    const loaded = await popup.evaluate(async () => {
      const faces = await document.fonts.load('19px "Declutter OpenDyslexic"');
      return {
        faces: faces.length,
        family: getComputedStyle(document.querySelector('.dc-body')!).fontFamily,
      };
    });
    expect(loaded.faces).toBe(1);
    expect(loaded.family).toMatch(/^"?Declutter OpenDyslexic/);
    await popup.close();
    await page.close();
  });

  it('lays a right-to-left article out right to left', async () => {
    const { page, tabId } = await h.openSite(ext, server, '/rtl-article.html');
    const popup = await popupFor(tabId);
    if ((await popup.$eval('body', (b) => b.dataset.state)) === 'no-article') {
      await popup.click('#try-anyway');
      await popup.waitForFunction(() => document.body.dataset.state === 'article', {
        timeout: 10_000,
        polling: 100,
      });
    }
    const layout = await popup.$eval('.dc-article', (a) => ({
      dir: a.getAttribute('dir'),
      lang: a.getAttribute('lang'),
      direction: getComputedStyle(a.querySelector('.dc-body p')!).direction,
    }));
    expect(layout).toEqual({ dir: 'rtl', lang: 'he', direction: 'rtl' });
    expect(await popup.$eval('.dc-body', (b) => b.textContent)).toContain('הרכבת הקלה');
    await popup.close();
    await page.close();
  });

  it('opens the full-tab reader, which survives a reload', async () => {
    const { page, tabId } = await h.openSite(ext, server, ARTICLE);
    const popup = await popupFor(tabId);
    void popup.click('#open-tab').catch(() => undefined); // the popup closes itself
    const tab = await h.findPage(ext, (url) => url.includes('src/page/index.html?key='));
    expect(await tab.$eval('body', (b) => b.dataset.state)).toBe('article');
    expect(await tab.title()).toMatch(/Huawei/);
    await tab.evaluate(() => {
      document.body.dataset.ready = 'old';
      location.reload();
    });
    await h.waitReady(tab);
    expect(await tab.$eval('body', (b) => b.dataset.state)).toBe('article');
    expect(await tab.$eval('.dc-body', (b) => b.textContent)).toContain('Period, end of story.');
    await tab.close();
    await page.close();
  });

  it('explains a page that is not an article and offers to try anyway', async () => {
    const { page, tabId } = await h.openSite(ext, server, '/sign-in.html');
    const popup = await popupFor(tabId);
    expect(await popup.$eval('body', (b) => b.dataset.state)).toBe('no-article');
    expect(await popup.$eval('.dc-state-title', (e) => e.textContent)).toMatch(
      /does not look like an article/,
    );
    await popup.click('#try-anyway');
    await popup.waitForFunction(() => !document.getElementById('try-anyway'), {
      timeout: 10_000,
      polling: 100,
    });
    expect(await popup.$eval('body', (b) => b.dataset.state)).not.toBe('loading');
    await popup.close();
    await page.close();
  });

  it('says why on a page the browser closes to extensions', async () => {
    const page = await ext.browser.newPage();
    await page.goto('about:blank');
    const tabId = await ext.newestTabId();
    const popup = await popupFor(tabId);
    expect(await popup.$eval('body', (b) => b.dataset.state)).toBe('restricted');
    expect(await popup.$eval('.dc-state-hint', (e) => e.textContent)).toMatch(/about:/);
    await popup.close();
    await page.close();
  });
});
