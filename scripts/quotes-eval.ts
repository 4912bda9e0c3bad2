/**
 * Scores quote finding on the hand-labelled set in tests/quotes-gold/pages against the real
 * pipeline (extractArticle on the saved corpus page, in jsdom). A span matches at ≥ 80% word
 * overlap. Usage: npm run quotes:eval [-- --page <id>] [-- --details] [-- --json]
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../src/core/index.ts';
import type { Quote } from '../src/core/types.ts';
import {
  match,
  summarize,
  sameSpeaker,
  type GoldQuote,
  type PageResult,
  type Prf,
} from '../tests/quotes-gold/score.ts';
import { CORPUS_DIR, corpusAvailable, readPage } from './lib/corpus.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const GOLD_DIR = join(ROOT, 'tests/quotes-gold/pages');

interface GoldPage {
  corpus: 'aeb' | 'wcxb' | 'readability';
  id: string;
  lang: string;
  heldOut?: boolean;
  batch?: number;
  quotes: GoldQuote[];
}

function pageFile(g: GoldPage): string {
  return g.corpus === 'readability'
    ? join(CORPUS_DIR, 'readability', g.id, 'source.html')
    : join(CORPUS_DIR, g.corpus, 'html', `${g.id}.html`);
}

export function loadGold(): GoldPage[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8')) as GoldPage);
}

export async function evaluate(only?: string): Promise<PageResult[]> {
  const out: PageResult[] = [];
  for (const g of loadGold()) {
    if (only && !g.id.startsWith(only)) continue;
    const page = `${g.corpus}/${g.id.slice(0, 8)}`;
    let pred: Quote[] = [];
    let crashed: string | null = null;
    const file = pageFile(g);
    if (!existsSync(file)) crashed = 'page missing';
    else {
      // Readability's fixtures are stored as UTF-8 whatever their <meta charset> says (its own test
      // harness reads them so); qq's says gb2312 and would be decoded into mojibake.
      const html = g.corpus === 'readability' ? readFileSync(file, 'utf8') : readPage(file);
      // jsdom's complaints about the pages' CSS are no news about quotes: kept off the console.
      const dom = new JSDOM(html, {
        url: 'https://example.com/article',
        virtualConsole: new VirtualConsole(),
      });
      const r = extractArticle(dom.window.document, {});
      if (r.ok) pred = r.article.quotes;
      else crashed = r.message;
      dom.window.close();
      await new Promise((done) => setImmediate(done)); // let jsdom free the window
    }
    // Chrome labels, and predictions matching them, drop out: cleaners decide whether they stay.
    const chrome = match(
      g.quotes.filter((q) => q.chrome),
      pred,
    ).map((x) => x.pred);
    pred = pred.filter((p) => !chrome.includes(p));
    const gold = g.quotes.filter((q) => !q.chrome);
    const pairs = match(gold, pred);
    const f1 =
      gold.length + pred.length === 0 ? 1 : (2 * pairs.length) / (gold.length + pred.length);
    out.push({
      page,
      lang: g.lang,
      gold,
      pred,
      pairs,
      crashed,
      f1,
      heldOut: g.heldOut === true,
      batch: g.batch ?? 1,
    });
  }
  return out;
}

export { corpusAvailable };

const pct = (x: number): string => x.toFixed(3);

/** The results as a Markdown table. */
export function report(results: PageResult[]): string {
  const s = summarize(results);
  const row = (name: string, x: Prf): string =>
    `| ${name} | ${x.nGold} | ${x.nPred} | ${pct(x.p)} | ${pct(x.r)} | ${pct(x.f1)} |`;
  return [
    `Pages: ${results.length} (${[...new Set(results.map((r) => r.lang))].join(', ')}), crashes: ${s.crashes}`,
    '',
    '| kind | gold | predicted | P | R | F1 |',
    '|---|---|---|---|---|---|',
    row('**all (finding)**', s.finding),
    row('speech', s.byKind.speech),
    row('term', s.byKind.term),
    row('block', s.byKind.block),
    row('attributed speech', s.attributed),
    '',
    `Speaker accuracy (matched speech): ${pct(s.speakerAccuracy)} over ${s.speakerPairs}; blockquotes ${s.blocks.found}/${s.blocks.total}; multi-paragraph ${s.multiParagraph.right}/${s.multiParagraph.total}; nested ${s.nested.right}/${s.nested.total}`,
    `Worst pages (finding F1): ${s.worst.map((w) => `${w.page} ${pct(w.f1)}`).join(', ')}`,
  ].join('\n');
}

function details(r: PageResult): string {
  const lines = [`## ${r.page} F1 ${pct(r.f1)}${r.crashed ? ` CRASH ${r.crashed}` : ''}`];
  const matched = new Set(r.pairs.map((x) => x.pred));
  for (const g of r.gold) {
    const x = r.pairs.find((p) => p.gold === g);
    const ok =
      x &&
      x.pred.kind === g.kind &&
      (g.kind !== 'speech' || sameSpeaker(g.speaker, x.pred.speaker));
    lines.push(
      `${ok ? '  ok' : x ? ' BAD' : 'MISS'} ${g.kind}/${g.speaker} ${x ? `→ ${x.pred.kind}/${x.pred.speaker}` : ''} | ${g.text.slice(0, 60)}`,
    );
  }
  for (const p of r.pred)
    if (!matched.has(p)) lines.push(`  FP ${p.kind}/${p.speaker} | ${p.text.slice(0, 60)}`);
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!corpusAvailable()) {
    console.log('quotes:eval needs ../shared/corpus beside the checkout; it is not there.');
    process.exit(0);
  }
  const at = process.argv.indexOf('--page');
  const results = await evaluate(at > 0 ? process.argv[at + 1] : undefined);
  if (process.argv.includes('--json')) {
    // Every prediction and its match, one page a line: for diffing two versions of the code.
    for (const r of results) {
      const matched = r.pairs.map((x) => ({
        gold: r.gold.indexOf(x.gold),
        pred: r.pred.indexOf(x.pred),
      }));
      console.log(
        JSON.stringify({ page: r.page, f1: r.f1, crashed: r.crashed, pred: r.pred, matched }),
      );
    }
    console.log(JSON.stringify({ summary: summarize(results) }));
    process.exit(0);
  }
  if (process.argv.includes('--details')) for (const r of results) console.log(details(r));
  console.log(report(results));
  for (const batch of [...new Set(results.filter((r) => r.heldOut).map((r) => r.batch ?? 1))]) {
    const held = results.filter((r) => r.heldOut && (r.batch ?? 1) === batch);
    console.log(`\nHeld-out batch ${batch} only (labelled after the rules were frozen):\n`);
    console.log(report(held));
  }
}
