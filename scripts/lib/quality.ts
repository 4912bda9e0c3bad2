/**
 * Per-page quality measurement: plain Readability against our pipeline, on the same parsed DOM,
 * in the same run. Used by `scripts/quality.ts` and reusable by the benchmarks.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { blockText } from '../../src/core/block-text.ts';
import { extractArticle } from '../../src/core/extract-article.ts';
import type { FailureReason, RemovedBlock } from '../../src/core/types.ts';
import { CORPUS_DIR, loadCorpus, readPage } from './corpus.ts';
import { scorePage, tokens, type PageScore } from './shingle-metric.ts';

export type CorpusName = 'aeb' | 'wcxb' | 'readability';

export interface QualityPage {
  corpus: CorpusName;
  id: string;
  url: string;
  file: string;
  /** The reference text: ground truth, or Readability's expected.html text for `readability`. */
  truth: string;
}

export interface Extraction {
  text: string;
  /** Our sanitized body HTML (captions live here, not in the text); empty for plain Readability. */
  html: string;
  /** Milliseconds spent after parsing (clone + extraction), so both sides share the parse cost. */
  ms: number;
  removed: RemovedBlock[];
  /** Why our pipeline gave no article, when it did not. */
  refused?: FailureReason;
}

export interface PageResult {
  page: QualityPage;
  plain: Extraction & { score: PageScore; edgeExtra: number };
  ours: Extraction & { score: PageScore; edgeExtra: number };
}

/** Loads one corpus as quality pages; the readability corpus compares with its expected.html. */
export function loadQualityPages(corpus: CorpusName): QualityPage[] {
  if (corpus !== 'readability') {
    return loadCorpus(corpus).map((p) => ({
      corpus,
      id: p.id,
      url: p.url,
      file: p.file,
      truth: p.truth,
    }));
  }
  return readabilitySlugs().map(readabilityPage);
}

/** The pages of Readability's own test suite (those with a source.html), sorted. */
export function readabilitySlugs(): string[] {
  const dir = join(CORPUS_DIR, 'readability');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((slug) => existsSync(join(dir, slug, 'source.html')))
    .sort();
}

/** One Readability test page, its expected.html read as block-separated reference text. */
export function readabilityPage(slug: string): QualityPage {
  const dir = join(CORPUS_DIR, 'readability', slug);
  return {
    corpus: 'readability',
    id: slug,
    // Readability's own test suite parses every page at this URL.
    url: 'http://fakehost/test/page.html',
    file: join(dir, 'source.html'),
    truth: expectedText(join(dir, 'expected.html')),
  };
}

function expectedText(file: string): string {
  if (!existsSync(file)) return '';
  const dom = new JSDOM(readFileSync(file, 'utf8'));
  const text = blockText(dom.window.document.body);
  dom.window.close();
  return text;
}

/**
 * Parses HTML the way both sides see it: jsdom, no scripts, console silenced. jsdom 29 throws on
 * some stylesheets its CSS parser rejects (an SCSS `calc(($a - $b))` left in a page); neither
 * Readability nor we read stylesheets, so such a page is parsed again without its `<style>` text.
 */
export function parsePage(html: string, url: string): JSDOM {
  try {
    return new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  } catch {
    const unstyled = html.replace(/(<style\b[^>]*>)[^]*?(<\/style>)/gi, '$1$2');
    return new JSDOM(unstyled, { url, virtualConsole: new VirtualConsole() });
  }
}

/** Plain Readability 0.6.0 on a clone, its output written as block-separated text. */
export function plainReadability(doc: Document): Extraction {
  const start = performance.now();
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability(clone, { serializer: (el: Node) => el }).parse();
  const content = parsed?.content as unknown as Node | null | undefined;
  const text = content ? blockText(content) : '';
  return { text, html: '', ms: performance.now() - start, removed: [] };
}

/** Our whole pipeline (quotes off: they do not change the text and are measured elsewhere). */
export function ourExtraction(doc: Document, url: string): Extraction {
  const start = performance.now();
  const result = extractArticle(doc, { url, quotes: false });
  const ms = performance.now() - start;
  return result.ok
    ? { text: result.article.text, html: result.article.html, ms, removed: result.article.removed }
    : { text: '', html: '', ms, removed: [], refused: result.reason };
}

/** The text a reader sees: our body HTML as block text, captions included (the `text` leaves them out). */
export function readerText(extraction: Extraction): string {
  return extraction.html ? blockText(JSDOM.fragment(extraction.html)) : extraction.text;
}

/**
 * Tokens of the prediction before its first and after its last 4-token run that the truth also
 * has: chrome kept at the head or tail of the article, Readability's typical error.
 */
export function edgeExtraTokens(predicted: string, truth: string): number {
  const pt = tokens(predicted);
  const tt = tokens(truth);
  if (!pt.length) return 0;
  if (pt.length < 4 || tt.length < 4) return tt.length ? 0 : pt.length;
  const truthShingles = new Set<string>();
  for (let i = 0; i + 4 <= tt.length; i++) truthShingles.add(tt.slice(i, i + 4).join(' '));
  const hit = (i: number) => truthShingles.has(pt.slice(i, i + 4).join(' '));
  let head = 0;
  while (head + 4 <= pt.length && !hit(head)) head++;
  if (head + 4 > pt.length) return pt.length;
  let tail = pt.length - 4;
  while (tail > head && !hit(tail)) tail--;
  return Math.max(head, pt.length - (tail + 4));
}

/** Measures one page: one parse, plain Readability and ours each on their own clone. */
export function measurePage(page: QualityPage, oursFirst = false): PageResult {
  const dom = parsePage(readPage(page.file), page.url);
  try {
    const doc = dom.window.document;
    // Whichever runs second pays for the garbage of the first; alternate so neither always does.
    const ours0 = oursFirst ? ourExtraction(doc, page.url) : undefined;
    const plain = plainReadability(doc);
    const ours = ours0 ?? ourExtraction(doc, page.url);
    return {
      page,
      plain: {
        ...plain,
        score: scorePage(plain.text, page.truth),
        edgeExtra: edgeExtraTokens(plain.text, page.truth),
      },
      ours: {
        ...ours,
        score: scorePage(ours.text, page.truth),
        edgeExtra: edgeExtraTokens(ours.text, page.truth),
      },
    };
  } finally {
    dom.window.close();
  }
}

/** Measures pages one by one, letting the event loop turn so closed jsdom windows are freed. */
export async function measurePages(
  pages: QualityPage[],
  onPage?: (result: PageResult, index: number) => void,
): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (const [i, page] of pages.entries()) {
    const result = measurePage(page, i % 2 === 1);
    results.push(result);
    onPage?.(result, i);
    await new Promise(setImmediate);
  }
  return results;
}

export function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
