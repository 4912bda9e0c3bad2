/**
 * Measures the size guard and extraction on the extreme pages in jsdom and prints a table, so the
 * budgets in SECURITY.md can be re-checked on any machine: `npx tsx scripts/budget-check.ts`.
 * Times are printed, never asserted (tests assert results; `npm run bench` owns timing).
 * `--full` also runs the unguarded core on the 30,000-paragraph page, which takes minutes in jsdom.
 */
import { JSDOM } from 'jsdom';
import { extractArticle } from '../src/core/extract-article.ts';
import { guardDocument } from '../src/core/guard-budget.ts';
import { nestedPage, paragraphsPage, quotesParagraphPage } from '../tests/security/pages.ts';

const URL = 'https://news.example/story';
const full = process.argv.includes('--full');

interface Row {
  page: string;
  parseMs: number;
  guardMs: number;
  guard: string;
  coreMs: number | null;
  core: string;
}

function time<T>(task: () => T): [T, number] {
  const start = performance.now();
  const value = task();
  return [value, Math.round(performance.now() - start)];
}

function measure(page: string, html: string, runCore: boolean): Row {
  const [doc, parseMs] = time(() => new JSDOM(html, { url: URL }).window.document);
  const [refused, guardMs] = time(() => guardDocument(doc));
  let core = 'skipped (use --full)';
  let coreMs: number | null = null;
  if (runCore) {
    const [result, ms] = time(() => extractArticle(doc, { url: URL }));
    coreMs = ms;
    core = result.ok
      ? `ok, ${result.article.wordCount} words`
      : `${result.reason}: ${result.message}`;
  }
  return { page, parseMs, guardMs, guard: refused ? refused.message : 'passes', coreMs, core };
}

const rows: Row[] = [
  measure('30,000 paragraphs', paragraphsPage(30_000), full),
  measure('5,000-deep nesting', nestedPage(5_000), true),
  measure('290-deep nesting', nestedPage(290), true),
  measure('1,000 paragraphs', paragraphsPage(1_000), true),
  measure('10,000 quotes in one paragraph', quotesParagraphPage(10_000), true),
];

for (const r of rows) {
  console.log(
    `${r.page}: jsdom parse ${r.parseMs} ms; guard ${r.guardMs} ms (${r.guard}); ` +
      `core alone ${r.coreMs === null ? '-' : `${r.coreMs} ms`} (${r.core})`,
  );
}
