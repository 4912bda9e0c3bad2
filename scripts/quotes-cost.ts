/**
 * What quote finding costs: per corpus page, markQuotes time on the Readability body vs the whole
 * extractArticle time (quotes off), in jsdom. Prints medians and the p90 of the ratio.
 * Lists the pages where markQuotes costs over 10% of the extraction.
 * --reps N times both N times per page and keeps the fastest of each (a GC pause or another
 * process on the machine otherwise puts single pages over 10%); the first call stays cold.
 * Usage: npx tsx scripts/quotes-cost.ts [--limit N] [--page <id prefix>] [--reps N]
 *        npx tsx scripts/quotes-cost.ts --paragraphs 30000   (one synthetic page: scaling check)
 */
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../src/core/index.ts';
import { markQuotes } from '../src/core/quotes/index.ts';
import { corpusAvailable, loadCorpus, readPage } from './lib/corpus.ts';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : 0;
};
const quantile = (xs: number[], q: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;

/** A distinct capitalised name per number, so the people index grows with the page. */
const nameOf = (i: number): string => {
  const syl = ['ka', 'lo', 'mi', 'ren', 'tas', 'vel', 'dor', 'sun'];
  let s = '';
  for (let n = i + 8; n > 0; n = Math.floor(n / 8)) s += syl[n % 8];
  return `${s[0]!.toUpperCase()}${s.slice(1)} ${s.length > 5 ? 'Berg' : 'Holm'}`;
};

/**
 * Times markQuotes on one synthetic page of `n` short paragraphs (speech with new names, pronoun
 * frames, continuations, terms, plain lines), at n/4 and n: linear code takes about 4× as long.
 */
function scaling(n: number): void {
  const kinds = [
    (i: number) => `<p>“We will stay,” said ${nameOf(i)}, a farmer.</p>`,
    () => `<p>“It is late,” she said. “Go home.”</p>`,
    () => `<p>“And then we left.</p>`,
    () => `<p>He called it a “plan” and left.</p>`,
    (i: number) => `<p>Line ${i} with no quote, about ${nameOf(i >> 1)}.</p>`,
  ];
  for (const size of [n >> 2, n]) {
    const html = Array.from({ length: size }, (_, i) => kinds[i % kinds.length]!(i)).join('');
    const dom = new JSDOM(`<body><article>${html}</article></body>`);
    const root = dom.window.document.querySelector('article')!;
    const t0 = performance.now();
    const found = markQuotes(root).length;
    console.log(
      `${size} paragraphs, ${found} quotes: markQuotes ${(performance.now() - t0).toFixed(0)} ms`,
    );
    dom.window.close();
  }
}

const para = process.argv.indexOf('--paragraphs');
if (para > 0) {
  scaling(Number(process.argv[para + 1]));
  process.exit(0);
}
if (!corpusAvailable()) {
  console.log('quotes-cost needs ../shared/corpus beside the checkout; it is not there.');
  process.exit(0);
}
const at = process.argv.indexOf('--limit');
const limit = at > 0 ? Number(process.argv[at + 1]) : Infinity;
const repsAt = process.argv.indexOf('--reps');
const reps = repsAt > 0 ? Math.max(1, Number(process.argv[repsAt + 1])) : 1;
let firstQuotes: number | undefined; // the very first markQuotes call of the process
let firstExtract: number | undefined;
const only = process.argv.indexOf('--page');
const pages = [...loadCorpus('aeb'), ...loadCorpus('wcxb')]
  .filter((p) => only < 0 || p.id.startsWith(process.argv[only + 1] ?? ''))
  .slice(0, limit);
const extract: number[] = [];
const quotes: number[] = [];
const ratios: number[] = [];
let worst = { id: '', ratio: 0, ms: 0 };
const over: string[] = [];
let found = 0;
for (const page of pages) {
  if (process.env.QUOTES_COST_TRACE) console.error(page.id);
  let dom: JSDOM;
  try {
    dom = new JSDOM(readPage(page.file), { url: page.url, virtualConsole: new VirtualConsole() });
  } catch {
    continue; // jsdom's CSS parser throws on a few pages before any of our code runs
  }
  const doc = dom.window.document;
  let t0 = performance.now();
  const result = extractArticle(doc, { url: page.url, quotes: false });
  let t1 = performance.now();
  firstExtract ??= t1 - t0;
  for (let r = 1; r < reps; r++) {
    const s = performance.now();
    extractArticle(doc, { url: page.url, quotes: false }); // works on its own copy of doc
    const e = performance.now();
    if (e - s < t1 - t0) [t0, t1] = [s, e];
  }
  let body: Element | undefined;
  try {
    body = new Readability(
      doc.cloneNode(true) as Document,
      {
        serializer: (el: Node) => el,
      } as never,
    ).parse()?.content as unknown as Element | undefined;
  } catch {
    body = undefined; // jsdom's CSS parser throws on some pages; extractArticle catches the same
  }
  if (result.ok && body) {
    let t2 = 0;
    let t3 = Infinity;
    for (let r = reps - 1; r >= 0; r--) {
      const target = r === 0 ? body : (body.cloneNode(true) as Element); // the last rep counts
      const s = performance.now();
      const n = markQuotes(target).length;
      const e = performance.now();
      if (e - s < t3 - t2) [t2, t3] = [s, e];
      if (r === 0) found += n;
      if (firstQuotes === undefined) firstQuotes = e - s;
    }
    extract.push(t1 - t0);
    quotes.push(t3 - t2);
    ratios.push((t3 - t2) / (t1 - t0));
    if (t3 - t2 > 0.1 * (t1 - t0))
      over.push(
        `${page.id.slice(0, 12)} ${(t3 - t2).toFixed(1)} / ${(t1 - t0).toFixed(1)} ms (${((100 * (t3 - t2)) / (t1 - t0)).toFixed(1)}%)`,
      );
    if ((t3 - t2) / (t1 - t0) > worst.ratio)
      worst = { id: page.id, ratio: (t3 - t2) / (t1 - t0), ms: t3 - t2 };
  }
  dom.window.close();
  await new Promise((done) => setImmediate(done)); // let jsdom free the window
}
console.log(`pages: ${ratios.length} (aeb + wcxb), quotes found: ${found}`);
console.log(`median extractArticle (quotes off): ${median(extract).toFixed(1)} ms`);
console.log(`median markQuotes: ${median(quotes).toFixed(2)} ms`);
console.log(
  `markQuotes / extractArticle: median ${(100 * median(ratios)).toFixed(2)}%, p90 ${(100 * quantile(ratios, 0.9)).toFixed(2)}%, max ${(100 * Math.max(...ratios)).toFixed(2)}%`,
);
console.log(
  `first page (cold: regexes compiled, functions not yet optimised): markQuotes ${firstQuotes?.toFixed(1)} ms, extractArticle ${firstExtract?.toFixed(1)} ms`,
);
console.log(`slowest relative page: ${worst.id.slice(0, 12)} ${worst.ms.toFixed(1)} ms`);
console.log(`pages over 10%: ${over.length}${over.map((o) => `\n  ${o}`).join('')}`);
