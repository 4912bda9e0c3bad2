/**
 * Bundled into a blank Chromium page by scripts/quotes-cost-browser.ts: times the extraction of
 * one saved page with quotes and without, in the browser's own DOM.
 */
import { extractArticle } from '../../src/core/index.ts';
import { analyzeText } from '../../src/core/quotes/analyze.ts';
import { textLines } from '../../src/core/quotes/text-lines.ts';
import { median } from '../bench/stats.ts';

/**
 * The extraction's time per run without quotes and what quotes add to it; null when the page
 * gives no article. After a warm-up, batches of `reps` runs with quotes and without alternate
 * `pairs` times (so both see the same machine and the same garbage collector), and each side is
 * the median of its batches: a collection can land in any batch.
 */
export function time(html: string, url: string, reps: number, pairs: number) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  if (!extractArticle(doc, { url, quotes: false }).ok) return null;
  const batch = (quotes: boolean): number => {
    const t0 = performance.now();
    for (let r = 0; r < reps; r++) extractArticle(doc, { url, quotes }); // own copy of doc
    return (performance.now() - t0) / reps;
  };
  for (let i = 0; i < 4; i++) {
    batch(true);
    batch(false);
  }
  const without: number[] = [];
  const withQuotes: number[] = [];
  for (let i = 0; i < pairs; i++) {
    // Alternating which goes first, so neither always follows the other's garbage.
    if (i % 2) withQuotes.push(batch(true));
    without.push(batch(false));
    if (!(i % 2)) withQuotes.push(batch(true));
  }
  const base = median(without);
  return { extract: base, quotes: Math.max(0, median(withQuotes) - base) };
}

/**
 * One extraction's time in a page where the code has not run yet, as in a content script on a
 * fresh page load: compiling the code and its regexes is part of it. Null without an article.
 */
export function once(html: string, url: string, quotes: boolean): number | null {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const t0 = performance.now();
  const result = extractArticle(doc, { url, quotes });
  const ms = performance.now() - t0;
  return result.ok ? ms : null;
}

/**
 * The quote analysis of one page (`analyzeText` on the text of its reader html), timed `n` times
 * back to back and `n` times right after an extraction without quotes, the state it meets inside
 * extractArticle. Medians; null without an article.
 */
export function afterExtraction(html: string, url: string, n: number) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const result = extractArticle(doc, { url, quotes: false });
  if (!result.ok) return null;
  const root = document.createElement('div');
  root.innerHTML = result.article.html;
  const lines = textLines(root);
  const writer = result.article.authors.length === 1 ? result.article.authors[0]! : null;
  const analyse = () => analyzeText(lines.text, lines.captions, writer);
  for (let i = 0; i < 10; i++) {
    analyse();
    extractArticle(doc, { url, quotes: false });
  }
  const alone: number[] = [];
  const after: number[] = [];
  for (let i = 0; i < n; i++) {
    let t0 = performance.now();
    analyse();
    alone.push(performance.now() - t0);
    extractArticle(doc, { url, quotes: false });
    t0 = performance.now();
    analyse();
    after.push(performance.now() - t0);
  }
  return { alone: median(alone), after: median(after) };
}
