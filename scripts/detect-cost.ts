/**
 * What detection costs next to one Readability parse, on the same jsdom documents.
 * Detection runs on every page load, so it must be a small fraction of a parse.
 *
 *   npx tsx scripts/detect-cost.ts [--corpus aeb|wcxb|both] [--limit N]
 *
 * Per page: the median of 5 detection runs, against the median of 3 Readability parses (each on
 * a fresh clone, as extraction does). Parsing the HTML itself is excluded from both.
 */
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { corpusAvailable, loadCorpus, readPage, type CorpusPage } from './lib/corpus.ts';
import { parseHtml } from '../src/cli/parse-html.ts';
import { isProbablyArticle } from '../src/core/detect/is-probably-article.ts';

const { values } = parseArgs({
  options: { corpus: { type: 'string', default: 'aeb' }, limit: { type: 'string' } },
});
if (!corpusAvailable()) {
  console.error('detect-cost: ../shared/corpus is not beside this checkout; nothing to measure.');
  process.exit(1);
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const quantile = (xs: number[], q: number): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))]!;
const time = (fn: () => void): number => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};

const names =
  values.corpus === 'both' ? (['aeb', 'wcxb'] as const) : [values.corpus as 'aeb' | 'wcxb'];
let pages: CorpusPage[] = names.flatMap((n) => loadCorpus(n));
if (values.limit) pages = pages.slice(0, Number(values.limit));

const detectMs: number[] = [];
const parseMs: number[] = [];
const ratios: number[] = [];
let worst = { id: '', ratio: 0 };
for (const page of pages) {
  const dom = parseHtml(readPage(page.file), page.url);
  const doc = dom.window.document;
  isProbablyArticle(doc, { url: page.url }); // warm up
  const d = median(
    Array.from({ length: 5 }, () => time(() => isProbablyArticle(doc, { url: page.url }))),
  );
  const r = median(
    Array.from({ length: 3 }, () =>
      time(() => new Readability(doc.cloneNode(true) as Document).parse()),
    ),
  );
  detectMs.push(d);
  parseMs.push(r);
  ratios.push(d / r);
  if (d / r > worst.ratio) worst = { id: `${page.corpus}/${page.id}`, ratio: d / r };
  dom.window.close();
  await new Promise(setImmediate);
}

const fmt = (x: number): string => x.toFixed(2);
console.log(`pages: ${pages.length} (${names.join(' + ')}), jsdom, Node ${process.version}`);
console.log(
  `detection  median ${fmt(median(detectMs))} ms, p90 ${fmt(quantile(detectMs, 0.9))} ms, max ${fmt(Math.max(...detectMs))} ms`,
);
console.log(`Readability median ${fmt(median(parseMs))} ms, p90 ${fmt(quantile(parseMs, 0.9))} ms`);
console.log(
  `detection / Readability per page: median ${(median(ratios) * 100).toFixed(1)}%, p90 ${(quantile(ratios, 0.9) * 100).toFixed(1)}%, max ${(Math.max(...ratios) * 100).toFixed(1)}%`,
);
console.log(`most expensive page relative to its parse: ${worst.id}`);
