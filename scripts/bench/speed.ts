/**
 * Speed per page on the same parsed jsdom document: detection, plain Readability, our pipeline
 * without and with quote marking. Warm-up first, then repetitions interleaved so load from
 * other processes spreads over all four alike; each page's figure is the median of its reps.
 */
import { Readability } from '@mozilla/readability';
import { isProbablyArticle } from '../../src/core/detect/is-probably-article.ts';
import { extractArticle } from '../../src/core/extract-article.ts';
import { markQuotes } from '../../src/core/quotes/index.ts';
import { loadQualityPages, parsePage, type QualityPage } from '../lib/quality.ts';
import { readPage } from '../lib/corpus.ts';
import { median, percentile, spread } from './stats.ts';

export const STEPS = [
  'parse',
  'detection',
  'readability',
  'pipelineNoQuotes',
  'pipeline',
  'quotes',
] as const;
export type Step = (typeof STEPS)[number];

export interface SpeedPage {
  id: string;
  bytes: number;
  /** Milliseconds per step: the best of the repetitions (parse: one measurement). */
  ms: Record<Step, number>;
}

export interface Dist {
  median: number;
  p95: number;
  max: number;
}

export interface SpeedResult {
  pages: SpeedPage[];
  warmup: number;
  reps: number;
  perStep: Record<Step, Dist>;
  /** Per-page ratios, then their median and p95. */
  pipelineVsReadability: Dist;
  pipelineNoQuotesVsReadability: Dist;
  detectionVsReadability: Dist;
  /** markQuotes on the page's article body ÷ the full pipeline, per page. */
  quoteShare: Dist;
  /** (pipeline − pipeline without quotes) / pipeline without quotes, per page. */
  quotesAdded: Dist;
}

const dist = (xs: number[]): Dist => ({
  median: median(xs),
  p95: percentile(xs, 95),
  max: Math.max(...xs),
});

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

export function measureSpeedPage(page: QualityPage, warmup: number, reps: number): SpeedPage {
  const html = readPage(page.file);
  const t0 = performance.now();
  const dom = parsePage(html, page.url);
  const parse = performance.now() - t0;
  try {
    const doc = dom.window.document;
    const url = page.url;
    // Quote marking alone, on the article body Readability finds (as in the pipeline, before
    // sanitizing); it wraps what it finds, so each repetition gets a fresh copy, made untimed.
    const article = new Readability(doc.cloneNode(true) as Document, {
      serializer: (el: Node) => el,
    }).parse()?.content as unknown as Element | undefined;
    let body: Element | undefined;
    const fresh = () => {
      body = article?.cloneNode(true) as Element | undefined;
    };
    const run: Record<Exclude<Step, 'parse'>, () => unknown> = {
      detection: () => isProbablyArticle(doc, { url }),
      // Plain Readability as its README uses it: on a clone, default serializer.
      readability: () => new Readability(doc.cloneNode(true) as Document).parse(),
      pipelineNoQuotes: () => extractArticle(doc, { url, quotes: false }),
      pipeline: () => extractArticle(doc, { url }),
      quotes: () => body && markQuotes(body),
    };
    const names = Object.keys(run) as Exclude<Step, 'parse'>[];
    const timed = (n: Exclude<Step, 'parse'>) => {
      if (n === 'quotes') fresh();
      return time(run[n]);
    };
    for (let i = 0; i < warmup; i++) for (const n of names) timed(n);
    const samples = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<
      Exclude<Step, 'parse'>,
      number[]
    >;
    for (let i = 0; i < reps; i++) {
      // Rotate the order each rep so no step always runs first (or right after a GC).
      for (let k = 0; k < names.length; k++) {
        const n = names[(i + k) % names.length]!;
        samples[n].push(timed(n));
      }
    }
    return {
      id: page.id,
      bytes: Buffer.byteLength(html),
      // The best repetition: on a shared machine other work only ever adds time.
      ms: {
        parse,
        detection: Math.min(...samples.detection),
        readability: Math.min(...samples.readability),
        pipelineNoQuotes: Math.min(...samples.pipelineNoQuotes),
        pipeline: Math.min(...samples.pipeline),
        quotes: Math.min(...samples.quotes),
      },
    };
  } finally {
    dom.window.close();
  }
}

export function summariseSpeed(pages: SpeedPage[], warmup: number, reps: number): SpeedResult {
  const per = (s: Step) => dist(pages.map((p) => p.ms[s]));
  const rel = (f: (p: SpeedPage) => number) => dist(pages.map(f));
  const rd = (p: SpeedPage) => Math.max(p.ms.readability, 1e-3);
  return {
    pages,
    warmup,
    reps,
    perStep: Object.fromEntries(STEPS.map((s) => [s, per(s)])) as Record<Step, Dist>,
    pipelineVsReadability: rel((p) => p.ms.pipeline / rd(p)),
    pipelineNoQuotesVsReadability: rel((p) => p.ms.pipelineNoQuotes / rd(p)),
    detectionVsReadability: rel((p) => p.ms.detection / rd(p)),
    quoteShare: rel((p) => p.ms.quotes / Math.max(p.ms.pipeline, 1e-3)),
    // What quotes add to the extraction: marking, but also what it costs the steps after it.
    quotesAdded: rel(
      (p) =>
        Math.max(0, p.ms.pipeline - p.ms.pipelineNoQuotes) / Math.max(p.ms.pipelineNoQuotes, 1e-3),
    ),
  };
}

export interface SpeedOptions {
  quick: boolean;
  /** Pages to time; by default an even spread over aeb and wcxb. */
  pages?: QualityPage[];
  log: (s: string) => void;
}

export function speedPages(quick: boolean): QualityPage[] {
  const n = quick ? 3 : 12;
  return [...spread(loadQualityPages('aeb'), n), ...spread(loadQualityPages('wcxb'), n)];
}

export async function runSpeed({ quick, pages, log }: SpeedOptions): Promise<SpeedResult> {
  const list = pages ?? speedPages(quick);
  const warmup = 1;
  const reps = quick ? 3 : 4;
  const out: SpeedPage[] = [];
  for (const [i, page] of list.entries()) {
    out.push(measureSpeedPage(page, warmup, reps));
    if (i % 10 === 9) log(`speed: ${i + 1}/${list.length}`);
    // Let the event loop turn so jsdom frees the closed window (see ../shared/README.md).
    await new Promise(setImmediate);
  }
  return summariseSpeed(out, warmup, reps);
}
