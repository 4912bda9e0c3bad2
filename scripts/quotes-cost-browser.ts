/**
 * What quote finding adds to the extraction where users meet it, in Debian's Chromium: the
 * extraction core is bundled (vite, library mode, one IIFE) into a blank, cross-origin isolated
 * page (its clock ticks in 5 µs steps); each corpus page is parsed there with DOMParser (inert: no
 * script runs, nothing loads) and extractArticle runs with quotes and without, in --pairs
 * alternating batches of --reps runs after a warm-up, the median batch of each. The difference is
 * everything quotes cost: finding and attributing them, wrapping them in markup, serializing it and the title's
 * quotes. Prints the median, p90 and max of (with − without) / without and the pages over 10%.
 * A page first measured over 10% is measured again with --confirm pairs (60 by default; 0: no),
 * and that measure counts: one page's median of 15 pairs still moves by ±10 points between runs,
 * and the maximum over 392 pages picks out such a swing.
 * --cold instead times one extraction per fresh tab (the code compiled on the spot, as a content
 * script meets a new page), with and without quotes, --trials tabs each, median of each side.
 * --load times what both sides leave out: evaluating the core bundle in a fresh tab (the modules'
 * top level, as a tab's first reader opening pays before any extraction), median of --trials tabs.
 * --after times the analysis alone (analyzeText, back to back) and right after an extraction
 * without quotes, --pairs times each: what the extraction's work before it adds to the analysis.
 * Usage: npx tsx scripts/quotes-cost-browser.ts [--reps N] [--pairs N] [--confirm N] [--page <id>]
 *        [--pages id,id,…] [--limit N]
 *        npx tsx scripts/quotes-cost-browser.ts --cold [--trials N] [--limit N]
 *        npx tsx scripts/quotes-cost-browser.ts --load [--trials N]
 *        npx tsx scripts/quotes-cost-browser.ts --after [--pairs N] [--pages id,…]
 */
import { resolve } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/browsers.ts';
import { median, percentile } from './bench/stats.ts';
import { corpusAvailable, loadCorpus, readPage } from './lib/corpus.ts';
import type { afterExtraction, once, time } from './lib/quotes-cost-entry.ts';
import { option } from './lib/options.ts';

const reps = Math.max(1, Number(option('--reps') ?? 2));
const pairs = Math.max(1, Number(option('--pairs') ?? 15));
const confirm = Math.max(0, Number(option('--confirm') ?? 60));
const only = option('--page') ?? '';
// Several pages by id prefix (as quotes-ab's --pages), e.g. the ones a full run put over 10%.
const listed = option('--pages')?.split(',');
const cold = process.argv.includes('--cold');
const load = process.argv.includes('--load');
const after = process.argv.includes('--after');
const trials = Math.max(1, Number(option('--trials') ?? (load ? 15 : 3)));
const limit = Number(option('--limit') ?? (cold ? 40 : Infinity));

if (!corpusAvailable()) {
  console.log('quotes-cost-browser needs ../shared/corpus beside the checkout; it is not there.');
  process.exit(0);
}

/** The core as one script that sets `window.DeclutterCost`. */
async function bundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: resolve('scripts/lib/quotes-cost-entry.ts'),
        formats: ['iife'],
        name: 'DeclutterCost',
      },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { code?: string }[] }[];
  return outputs[0]!.output[0]!.code!;
}

type Entry = {
  DeclutterCost: { time: typeof time; once: typeof once; afterExtraction: typeof afterExtraction };
};

/** A page's extraction time without quotes and what quotes add, by the chosen method. */
async function timePage(
  html: string,
  url: string,
  batches = pairs,
): Promise<{ extract: number; quotes: number } | null> {
  if (!cold)
    return steady.evaluate(
      (h: string, u: string, n: number, k: number) =>
        (window as unknown as Entry).DeclutterCost.time(h, u, n, k),
      html,
      url,
      reps,
      batches,
    );
  const runs: Record<'on' | 'off', number[]> = { on: [], off: [] };
  for (let t = 0; t < trials; t++)
    for (const side of t % 2 ? (['on', 'off'] as const) : (['off', 'on'] as const)) {
      const tab = await isolatedTab();
      await tab.addScriptTag({ content: code });
      const ms = await tab.evaluate(
        (h: string, u: string, q: boolean) =>
          (window as unknown as Entry).DeclutterCost.once(h, u, q),
        html,
        url,
        side === 'on',
      );
      await tab.close();
      if (ms === null) return null;
      runs[side].push(ms);
    }
  const off = median(runs.off);
  return { extract: off, quotes: Math.max(0, median(runs.on) - off) };
}

// The page the code runs in: served (by interception, nothing leaves the machine) with the
// headers that isolate it, so its clock ticks in 5 µs steps instead of 100 µs.
const ISOLATED = 'https://declutter.invalid/';
async function isolatedTab(): Promise<Page> {
  const tab = await browser.newPage();
  await tab.setRequestInterception(true);
  tab.on('request', (request) =>
    request.url() === ISOLATED
      ? request.respond({
          status: 200,
          contentType: 'text/html',
          headers: {
            'Cross-Origin-Opener-Policy': 'same-origin',
            'Cross-Origin-Embedder-Policy': 'require-corp',
          },
          body: '<!doctype html><title>quote cost</title>',
        })
      : request.abort(),
  );
  await tab.goto(ISOLATED);
  if (!(await tab.evaluate(() => crossOriginIsolated)))
    throw new Error('the measuring page is not cross-origin isolated');
  return tab;
}

const code = await bundle();
const browser = await puppeteer.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: CHROMIUM_ARGS,
});
/** Median time to evaluate the core bundle (parse it, run its modules' top level) in fresh tabs. */
async function loadTime(tabs: number): Promise<number> {
  const times: number[] = [];
  for (let t = 0; t < tabs; t++) {
    const tab = await isolatedTab();
    const timed = `window.loadStart = performance.now();\n${code}\nwindow.loadEnd = performance.now();`;
    await tab.addScriptTag({ content: timed });
    times.push(
      await tab.evaluate(() => {
        const w = window as unknown as { loadStart: number; loadEnd: number };
        return w.loadEnd - w.loadStart;
      }),
    );
    await tab.close();
  }
  return median(times);
}

/** The aeb and wcxb pages the options select (--page, --pages, --limit). */
function selectedPages(): ReturnType<typeof loadCorpus> {
  return [...loadCorpus('aeb'), ...loadCorpus('wcxb')]
    .filter((p) => p.id.startsWith(only))
    .filter((p) => !listed || listed.some((id) => p.id.includes(id)))
    .slice(0, limit);
}

/** What quotes add to each page's extraction, by the chosen method, and the summary. */
async function timePages(): Promise<void> {
  await steady.addScriptTag({ content: code });
  const pages = selectedPages();
  const ratios: number[] = [];
  const over: string[] = [];
  let confirmed = 0;
  for (const page of pages) {
    const html = readPage(page.file);
    let timing = await timePage(html, page.url);
    if (!timing) continue;
    let first = '';
    if (!cold && confirm > 0 && timing.quotes > 0.1 * timing.extract) {
      first = ` (first ${((100 * timing.quotes) / timing.extract).toFixed(1)}%)`;
      confirmed++;
      timing = (await timePage(html, page.url, confirm)) ?? timing;
    }
    const ratio = timing.quotes / timing.extract;
    ratios.push(ratio);
    if (ratio > 0.1)
      over.push(
        `${page.id.slice(0, 12)} ${timing.quotes.toFixed(2)} / ${timing.extract.toFixed(1)} ms (${(100 * ratio).toFixed(1)}%)${first}`,
      );
  }
  const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
  console.log(`Chromium ${await browser.version()}, pages: ${ratios.length} (aeb + wcxb)`);
  console.log(
    `quotes added to extractArticle${cold ? ' (cold: one run per fresh tab)' : ''}: median ${pct(median(ratios))}, p90 ${pct(percentile(ratios, 90))}, max ${pct(Math.max(...ratios))}`,
  );
  if (confirmed) console.log(`measured again with ${confirm} pairs: ${confirmed} pages`);
  console.log(`pages over 10%: ${over.length}${over.map((o) => `\n  ${o}`).join('')}`);
}

/** The analysis alone and right after an extraction, per page, and the sums. */
async function timeAfter(): Promise<void> {
  await steady.addScriptTag({ content: code });
  const pages = selectedPages();
  let alone = 0;
  let later = 0;
  for (const page of pages) {
    const r = await steady.evaluate(
      (h: string, u: string, n: number) =>
        (window as unknown as Entry).DeclutterCost.afterExtraction(h, u, n),
      readPage(page.file),
      page.url,
      pairs,
    );
    if (!r) continue;
    alone += r.alone;
    later += r.after;
    console.log(
      `${page.id.slice(0, 12)} alone ${r.alone.toFixed(3)} ms, after an extraction ${r.after.toFixed(3)} ms`,
    );
  }
  console.log(
    `Chromium ${await browser.version()}: analysis alone ${alone.toFixed(2)} ms, right after an extraction ${later.toFixed(2)} ms (sums of medians)`,
  );
}

const steady = await isolatedTab();
try {
  if (after) await timeAfter();
  else if (load) {
    const ms = await loadTime(trials);
    console.log(`Chromium ${await browser.version()}: the core bundle (${code.length} bytes)`);
    console.log(`loads in ${ms.toFixed(1)} ms in a fresh tab (median of ${trials} tabs)`);
  } else await timePages();
} finally {
  await browser.close();
}
