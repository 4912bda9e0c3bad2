/**
 * Bundled into a blank Chromium page by scripts/quotes-cost-browser.ts: times the extraction
 * (quotes off) and quote marking on one saved page, in the browser's own DOM.
 */
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../src/core/index.ts';
import { markQuotes } from '../../src/core/quotes/index.ts';

/** Each step's time per run, after one warm-up; null when the page gives no article. */
export function time(html: string, url: string, reps: number) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const first = extractArticle(doc, { url, quotes: false });
  if (!first.ok) return null;
  // A page's clock ticks in 0.1 ms steps (no cross-origin isolation): each figure is the mean
  // of a batch of runs, and the fastest of three batches.
  let extract = Infinity;
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    for (let r = 0; r < reps; r++) extractArticle(doc, { url, quotes: false }); // own copy of doc
    extract = Math.min(extract, (performance.now() - t0) / reps);
  }
  let body: Element | undefined;
  try {
    const parsed = new Readability(
      doc.cloneNode(true) as Document,
      {
        serializer: (el: Node) => el,
      } as never,
    ).parse();
    body = parsed?.content as unknown as Element | undefined;
  } catch {
    return null;
  }
  if (!body) return null;
  markQuotes(body.cloneNode(true) as Element);
  let quotes = Infinity;
  for (let round = 0; round < 3; round++) {
    const copies = Array.from({ length: reps }, () => body.cloneNode(true) as Element);
    const t0 = performance.now();
    for (const copy of copies) markQuotes(copy);
    quotes = Math.min(quotes, (performance.now() - t0) / reps);
  }
  return { extract, quotes };
}
