/**
 * Quote analysis of this checkout against another one (a git worktree of an older commit), in one
 * node process: both trees' `analyzeText` run on the same inputs, every corpus page's article text
 * as markQuotes sees it, in alternating rounds, so machine load falls on both alike. Prints
 * whether the two give the same quotes on every page and the ratio of their median round times.
 * A speed change meant to keep behaviour shows "identical: yes" and a ratio under 1.
 * The inputs are built once (about two minutes) into .bench-cache/quote-inputs.json.
 * Usage: git worktree add /tmp/base <commit> && ln -s "$PWD/node_modules" /tmp/base/
 *        npx tsx scripts/quotes-ab.ts /tmp/base [--rounds 20] [--pages id,id,…]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../src/core/extract-article.ts';
import { analyzeText } from '../src/core/quotes/analyze.ts';
import { textLines } from '../src/core/quotes/text-lines.ts';
import { median } from './bench/stats.ts';
import { corpusAvailable, readPage } from './lib/corpus.ts';
import { loadQualityPages, parsePage } from './lib/quality.ts';
import { option } from './lib/options.ts';

interface Input {
  id: string;
  text: string;
  captions: number[];
  writer: string | null;
}

const other = process.argv[2];
if (!other || other.startsWith('--')) {
  console.log('Usage: npx tsx scripts/quotes-ab.ts <other checkout> [--rounds N] [--pages id,…]');
  process.exit(2);
}
if (!corpusAvailable()) {
  console.log('quotes-ab needs ../shared/corpus beside the checkout; it is not there.');
  process.exit(0);
}
const rounds = Math.max(2, Number(option('--rounds') ?? 20));
const only = option('--pages')?.split(',');

/** Each page's article text, captions and single author, as extractArticle hands them on. */
async function buildInputs(): Promise<Input[]> {
  const out: Input[] = [];
  for (const corpus of ['aeb', 'wcxb', 'readability'] as const)
    for (const page of loadQualityPages(corpus)) {
      const { window } = parsePage(readPage(page.file), page.url);
      const result = extractArticle(window.document, { url: page.url, quotes: false });
      window.close();
      if (result.ok) {
        const body = new JSDOM(`<body>${result.article.html}</body>`).window.document.body;
        const lines = textLines(body);
        const authors = result.article.authors;
        out.push({
          id: `${corpus}/${page.id}`,
          text: lines.text,
          captions: [...lines.captions],
          writer: authors.length === 1 ? authors[0]! : null,
        });
      }
      // Let jsdom release the page before the next (a synchronous loop runs out of memory).
      await new Promise(setImmediate);
    }
  return out;
}

const cache = resolve('.bench-cache/quote-inputs.json');
if (!existsSync(cache)) {
  mkdirSync(dirname(cache), { recursive: true });
  writeFileSync(cache, JSON.stringify(await buildInputs()));
}
const inputs = (JSON.parse(readFileSync(cache, 'utf8')) as Input[]).filter(
  (p) => !only || only.some((id) => p.id.includes(id)),
);
const theirs = (
  (await import(pathToFileURL(resolve(other, 'src/core/quotes/analyze.ts')).href)) as {
    analyzeText: typeof analyzeText;
  }
).analyzeText;

const args = inputs.map((p) => [p.text, new Set(p.captions), p.writer] as const);
const differ = inputs.filter(
  (p, i) => JSON.stringify(analyzeText(...args[i]!)) !== JSON.stringify(theirs(...args[i]!)),
);
const round = (analyse: typeof analyzeText): number => {
  const t0 = performance.now();
  for (const a of args) analyse(...a);
  return performance.now() - t0;
};
// Warm-up: both trees' code compiled and optimised before anything is timed.
for (let i = 0; i < 3; i++) {
  round(theirs);
  round(analyzeText);
}
const times = { theirs: [] as number[], ours: [] as number[] };
for (let i = 0; i < rounds; i++)
  for (const side of i % 2 ? (['ours', 'theirs'] as const) : (['theirs', 'ours'] as const))
    times[side].push(round(side === 'ours' ? analyzeText : theirs));

const ours = median(times.ours);
const base = median(times.theirs);
console.log(`${inputs.length} pages, ${rounds} rounds each side`);
console.log(
  `identical: ${
    differ.length === 0
      ? 'yes'
      : `no, ${differ.length} pages differ (${differ
          .slice(0, 5)
          .map((p) => p.id)
          .join(', ')}…)`
  }`,
);
console.log(
  `median round: this checkout ${ours.toFixed(1)} ms, ${other} ${base.toFixed(1)} ms: ratio ${(ours / base).toFixed(3)}`,
);
