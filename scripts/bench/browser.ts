/**
 * Real browser: Debian's Chromium, headless, with the built extension (.bench-cache/dist/chrome).
 * On each fixture page, several times: the main-thread time detection takes on the page load
 * (the content script's `declutter:detect` measure), and the time from asking for the reader
 * (opening the popup for that tab) to the article visible in it (the popup's
 * `declutter:article-visible` mark, from the popup's navigation start). Cross-check: CDP
 * ScriptDuration of the same page loads with and without the extension.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import {
  CHROMIUM_ARGS,
  chromiumPath,
  launchChromium,
  type ExtensionBrowser,
} from '../../tests/e2e/browsers.ts';
import { startServer, type FixtureServer } from '../../tests/e2e/server.ts';
import { CORPUS_DIR } from '../lib/corpus.ts';
import { median } from './stats.ts';

export interface FixturePage {
  name: string;
  /** Path on the fixture server. */
  path: string;
  bytes: number;
}

export interface BrowserRun {
  detectMs: number | null;
  readerVisibleMs: number | null;
  /** Wall time in Node from opening the popup to its `data-ready`. */
  readerWallMs: number;
  /** Popup's own DOMContentLoaded, from its navigation start: the part that is not extraction. */
  popupLoadedMs: number | null;
  state: string;
  scriptMs: number;
}

export interface BrowserPageResult {
  page: FixturePage;
  runs: BrowserRun[];
  detectMs: number | null;
  readerVisibleMs: number | null;
  readerWallMs: number;
  popupLoadedMs: number | null;
  /** CDP ScriptDuration of a page load, median, with and without the extension. */
  scriptWithMs: number;
  scriptWithoutMs: number;
  states: string[];
}

export interface BrowserResult {
  browser: string;
  runsPerPage: number;
  pages: BrowserPageResult[];
  /** Median over the pages of each page's median: the "median news page". */
  readerVisibleMs: number | null;
  /** Largest per-page median: detection must stay small on every page. */
  detectMs: number | null;
}

export function chromiumVersion(): string {
  try {
    return execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'chromium not found';
  }
}

/** The bundled sample, plus the median-size page of aeb and of wcxb when the corpus is here. */
export function fixturePages(withCorpus: boolean): { pages: FixturePage[]; roots: string[] } {
  const sample = resolve('samples/huawei-5g.html');
  const pages: FixturePage[] = [
    { name: 'sample huawei-5g', path: '/huawei-5g.html', bytes: statSync(sample).size },
  ];
  const roots = ['samples'];
  if (withCorpus) {
    for (const corpus of ['aeb', 'wcxb']) {
      const dir = join(CORPUS_DIR, corpus, 'html');
      const files = readdirSync(dir)
        .filter((f) => f.endsWith('.html'))
        .map((f) => ({ f, size: statSync(join(dir, f)).size }))
        .sort((a, b) => a.size - b.size || a.f.localeCompare(b.f));
      const mid = files[files.length >> 1]!;
      pages.push({
        name: `${corpus} ${basename(mid.f, '.html').slice(0, 12)} (median size)`,
        path: `/${mid.f}`,
        bytes: mid.size,
      });
      roots.push(dir);
    }
  }
  return { pages, roots };
}

/** Keeps pages offline and deterministic: only the fixture server and the extension answer. */
async function offline(page: Page, server: FixtureServer): Promise<void> {
  const local = new URL(server.url('/')).host;
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (/^https?:$/.test(u.protocol) && u.host !== local) void req.abort('blockedbyclient');
    else void req.continue();
  });
}

async function scriptMs(page: Page): Promise<number> {
  const m = await page.metrics();
  return (m.ScriptDuration ?? 0) * 1000;
}

/** Loads a page; with the extension, waits for the content script's detection measure. */
async function loadPage(
  browser: Browser,
  server: FixtureServer,
  path: string,
  withExtension: boolean,
): Promise<{ page: Page; detectMs: number | null }> {
  const page = await browser.newPage();
  await offline(page, server);
  await page.goto(server.url(path), { waitUntil: 'load', timeout: 30_000 });
  let detectMs: number | null = null;
  if (withExtension) {
    detectMs = await page
      .waitForFunction(
        () => {
          const e = performance.getEntriesByName('declutter:detect');
          return e.length ? e[e.length - 1]!.duration : false;
        },
        { timeout: 10_000, polling: 20 },
      )
      .then((h) => h.jsonValue() as Promise<number>)
      .catch(() => null);
  }
  // Same settle time on both sides so idle-time work is counted alike.
  await new Promise((r) => setTimeout(r, 400));
  return { page, detectMs };
}

export interface BrowserOptions {
  quick: boolean;
  withCorpus: boolean;
  dist: string;
  log: (s: string) => void;
}

export async function runBrowser({
  quick,
  withCorpus,
  dist,
  log,
}: BrowserOptions): Promise<BrowserResult> {
  const { pages, roots } = fixturePages(withCorpus && !quick);
  const runs = quick ? 2 : 5;
  const server = await startServer(roots);
  const results: BrowserPageResult[] = [];
  let ext: ExtensionBrowser | undefined;
  let plain: Browser | undefined;
  const profile = mkdtempSync(join(tmpdir(), 'declutter-bench-plain-'));
  try {
    ext = await launchChromium(dist);
    plain = await puppeteer.launch({
      executablePath: chromiumPath(),
      headless: true,
      pipe: true,
      userDataDir: profile,
      args: CHROMIUM_ARGS,
    });
    for (const fixture of pages) {
      const pageRuns: BrowserRun[] = [];
      const without: number[] = [];
      for (let i = 0; i < runs; i++) {
        // Without the extension first, then with it, so both see the same warm caches.
        const bare = await loadPage(plain, server, fixture.path, false);
        without.push(await scriptMs(bare.page));
        await bare.page.close();

        const { page, detectMs } = await loadPage(ext.browser, server, fixture.path, true);
        const script = await scriptMs(page);
        const tabId = await ext.newestTabId();
        const t0 = performance.now();
        const popup = await ext.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
        const readerWallMs = performance.now() - t0;
        const { state, visible, loaded } = await popup.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0] as
            PerformanceNavigationTiming | undefined;
          return {
            state: document.body.dataset.state ?? '',
            visible:
              performance.getEntriesByName('declutter:article-visible')[0]?.startTime ?? null,
            loaded: nav ? nav.domContentLoadedEventEnd : null,
          };
        });
        pageRuns.push({
          detectMs,
          readerVisibleMs: visible,
          readerWallMs,
          popupLoadedMs: loaded,
          state,
          scriptMs: script,
        });
        await popup.close();
        await page.close();
      }
      const nums = (xs: (number | null)[]) => xs.filter((x): x is number => x !== null);
      const med = (xs: (number | null)[]) => (nums(xs).length ? median(nums(xs)) : null);
      results.push({
        page: fixture,
        runs: pageRuns,
        detectMs: med(pageRuns.map((r) => r.detectMs)),
        readerVisibleMs: med(pageRuns.map((r) => r.readerVisibleMs)),
        readerWallMs: median(pageRuns.map((r) => r.readerWallMs)),
        popupLoadedMs: med(pageRuns.map((r) => r.popupLoadedMs)),
        scriptWithMs: median(pageRuns.map((r) => r.scriptMs)),
        scriptWithoutMs: median(without),
        states: [...new Set(pageRuns.map((r) => r.state))],
      });
      log(`browser: ${fixture.name} done`);
    }
  } finally {
    await ext?.close().catch(() => undefined);
    await plain?.close().catch(() => undefined);
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  const visible = results.map((r) => r.readerVisibleMs).filter((x): x is number => x !== null);
  const detect = results.map((r) => r.detectMs).filter((x): x is number => x !== null);
  return {
    browser: chromiumVersion(),
    runsPerPage: runs,
    pages: results,
    readerVisibleMs: visible.length === results.length ? median(visible) : null,
    detectMs: detect.length === results.length ? Math.max(...detect) : null,
  };
}
