/**
 * Quality: ours against plain Readability on the same jsdom DOM, per page, with the benchmark's
 * metric. Reuses the per-page measurement of scripts/lib/quality.ts (the `npm run quality` tool);
 * pages are shared out over one worker process per core (quality-worker.ts), each page reduced
 * there to a small record.
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { isStub } from '../../src/core/extract-article.ts';
import type { RemovalReason } from '../../src/core/types.ts';
import { loadCorpus, readPage } from '../lib/corpus.ts';
import {
  loadQualityPages,
  parsePage,
  plainReadability,
  readerText,
  readabilityPage,
  readabilitySlugs,
  type CorpusName,
  type PageResult,
  type QualityPage,
} from '../lib/quality.ts';
import {
  scoreCorpus,
  scorePage,
  tokens,
  wordRecall,
  type PageScore,
} from '../lib/shingle-metric.ts';
import { median, spread } from './stats.ts';

export type QualityCorpus = CorpusName | 'fixtures';

export interface SideRecord {
  score: PageScore;
  /** Extra tokens before the first / after the last 4-token run the truth also has (larger). */
  edge: number;
  ms: number;
  /** WCXB snippets: must-have found / must-not absent, out of how many. */
  withHit: number;
  withAll: number;
  withoutHit: number;
  withoutAll: number;
}

/** One page, reduced to what the summary needs (small enough to pass between processes). */
export interface PageRecord {
  id: string;
  ours: SideRecord;
  plain: SideRecord;
  /** Recall of what the reader shows once the blocks we removed on purpose are counted back in. */
  keptWithRemoved: number;
  /** Words of the reference missing from what we show and removed, minus those plain Readability misses. */
  wordsLost: number;
  removed: { reason: KeptReason; tokens: number }[];
}

/** Why text is not in the reader on purpose: a cleaner's reason, or a stub page refused whole. */
export type KeptReason = RemovalReason | typeof STUB;
const STUB = 'stub page (no article)';

export interface Snippets {
  with?: string[];
  without?: string[];
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

export function recordPage(r: PageResult, snippets?: Snippets): PageRecord {
  const side = (s: 'ours' | 'plain'): SideRecord => {
    const text = normalise(r[s].text);
    const withs = (snippets?.with ?? []).map(normalise);
    const withouts = (snippets?.without ?? []).map(normalise);
    return {
      score: r[s].score,
      edge: r[s].edgeExtra,
      ms: r[s].ms,
      withHit: withs.filter((w) => text.includes(w)).length,
      withAll: withs.length,
      withoutHit: withouts.filter((w) => !text.includes(w)).length,
      withoutAll: withouts.length,
    };
  };
  // A page whose whole text is a stub ("Test") is refused on purpose: the reader says there is
  // no article. Anything else is measured on what the reader shows, captions included.
  const stub = r.ours.refused === 'no-article' && isStub(r.plain.text);
  const back = [readerText(r.ours), ...r.ours.removed.map((b) => b.text)].join('\n');
  const removed = r.ours.removed.map((b) => ({
    reason: b.reason as KeptReason,
    tokens: tokens(b.text).length,
  }));
  if (stub) removed.push({ reason: STUB, tokens: tokens(r.plain.text).length });
  return {
    id: r.page.id,
    ours: side('ours'),
    plain: side('plain'),
    keptWithRemoved: scorePage(stub ? r.plain.text : back, r.page.truth).recall,
    wordsLost:
      wordRecall(r.plain.text, r.page.truth) - wordRecall(stub ? r.plain.text : back, r.page.truth),
    removed,
  };
}

export interface SideSummary {
  precision: number;
  recall: number;
  f1: number;
  exact: number;
  /** Share of pages with 10+ extra tokens before the article's first or after its last run. */
  edgeShare: number;
  /** WCXB: share of must-have snippets present / must-not snippets absent. */
  withShare?: number;
  withoutShare?: number;
}

export interface PageRow {
  id: string;
  ours: { f1: number; precision: number; recall: number; edge: number };
  plain: { f1: number; precision: number; recall: number; edge: number };
  keptWithRemoved?: number;
}

export interface RemovedSummary {
  reason: KeptReason;
  blocks: number;
  pages: number;
  tokens: number;
}

export interface CorpusQuality {
  corpus: QualityCorpus;
  /** What the reference text is. */
  reference: string;
  pages: number;
  ours: SideSummary;
  plain: SideSummary;
  /** Pages where our F1 (or recall, for text kept) is below Readability's by more than 0.01. */
  worse: number;
  better: number;
  worst: PageRow[];
  /** Median per-page time ratio ours/plain from this single-shot run (speed has the real one). */
  timeRatio: number;
  /** Text kept: recall with our removed blocks counted back in (accidental loss only). */
  keptWithRemoved?: number;
  /** Mean per page: reference words we lose by accident that Readability keeps (the bar). */
  wordsLost?: number;
  removed?: RemovedSummary[];
}

const WORST = 8;

function summarise(records: PageRecord[], side: 'ours' | 'plain', snippets: boolean): SideSummary {
  const s = scoreCorpus(records.map((r) => r[side].score));
  const summary: SideSummary = {
    precision: s.precision,
    recall: s.recall,
    f1: s.f1,
    exact: s.accuracy,
    edgeShare: records.filter((r) => r[side].edge >= 10).length / (records.length || 1),
  };
  if (snippets) {
    const sum = (k: keyof SideRecord) => records.reduce((a, r) => a + (r[side][k] as number), 0);
    summary.withShare = sum('withHit') / sum('withAll');
    summary.withoutShare = sum('withoutHit') / sum('withoutAll');
  }
  return summary;
}

function row(r: PageRecord, kept: boolean): PageRow {
  const side = (s: 'ours' | 'plain') => ({
    f1: r[s].score.f1,
    precision: r[s].score.precision,
    recall: r[s].score.recall,
    edge: r[s].edge,
  });
  return {
    id: r.id,
    ours: side('ours'),
    plain: side('plain'),
    ...(kept ? { keptWithRemoved: r.keptWithRemoved } : {}),
  };
}

export function summariseCorpus(corpus: QualityCorpus, records: PageRecord[]): CorpusQuality {
  const kept = corpus === 'readability' || corpus === 'fixtures';
  const key = kept ? 'recall' : 'f1';
  const rows = records.map((r) => row(r, kept));
  // Text kept: the pages where we lose most of what Readability keeps, removed blocks counted back.
  const worstKey = (p: PageRow) => (kept ? p.keptWithRemoved! - p.plain.recall : p.ours.f1);
  const snippets = records.some((r) => r.ours.withAll + r.ours.withoutAll > 0);
  const out: CorpusQuality = {
    corpus,
    reference:
      corpus === 'readability'
        ? "Readability's expected.html (its own test suite)"
        : corpus === 'fixtures'
          ? "plain Readability's output on the same page (no ground truth without ../shared)"
          : 'human-written article body (ground truth)',
    pages: records.length,
    ours: summarise(records, 'ours', snippets),
    plain: summarise(records, 'plain', snippets),
    worse: rows.filter((p) => p.ours[key] < p.plain[key] - 0.01).length,
    better: rows.filter((p) => p.ours[key] > p.plain[key] + 0.01).length,
    worst: [...rows].sort((a, b) => worstKey(a) - worstKey(b)).slice(0, WORST),
    timeRatio: median(records.map((r) => r.ours.ms / Math.max(r.plain.ms, 0.001))),
  };
  if (kept) {
    const byReason = new Map<KeptReason, RemovedSummary>();
    for (const r of records) {
      const seen = new Set<KeptReason>();
      for (const b of r.removed) {
        const s = byReason.get(b.reason) ?? { reason: b.reason, blocks: 0, pages: 0, tokens: 0 };
        s.blocks++;
        s.tokens += b.tokens;
        if (!seen.has(b.reason)) s.pages++;
        seen.add(b.reason);
        byReason.set(b.reason, s);
      }
    }
    out.keptWithRemoved = rows.reduce((a, p) => a + p.keptWithRemoved!, 0) / (rows.length || 1);
    out.wordsLost = records.reduce((a, r) => a + r.wordsLost, 0) / (records.length || 1);
    out.removed = [...byReason.values()].sort((a, b) => b.tokens - a.tokens);
  }
  return out;
}

/** The project's own pages, for a clone without ../shared: samples/ and tests/fixtures/. */
export function fixturePages(): QualityPage[] {
  const files = ['samples', 'tests/fixtures'].flatMap((d) => htmlFiles(d));
  return files
    .map((file) => {
      const url = `https://fixtures.example/${file}`;
      const dom = parsePage(readPage(file), url);
      const truth = plainReadability(dom.window.document).text;
      dom.window.close();
      return { corpus: 'readability' as const, id: file, url, file, truth };
    })
    .filter((p) => p.truth.trim() !== ''); // pages where Readability finds nothing have no reference
}

function htmlFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? htmlFiles(p) : /\.html?$/i.test(n) ? [p] : [];
    })
    .sort();
}

/**
 * The pages a run measures: all of a corpus, or an even spread of 12 with --quick; `keep` picks a
 * worker's share before any reference text is computed.
 */
export function qualityPages(
  corpus: QualityCorpus,
  quick: boolean,
  keep: (index: number) => boolean = () => true,
): QualityPage[] {
  if (corpus === 'fixtures') return fixturePages().filter((_, i) => keep(i));
  if (corpus !== 'readability') {
    const all = loadQualityPages(corpus);
    return (quick ? spread(all, 12) : all).filter((_, i) => keep(i));
  }
  // loadQualityPages parses every expected.html up front; list first, parse only the share kept.
  const slugs = readabilitySlugs();
  return (quick ? spread(slugs, 12) : slugs).filter((_, i) => keep(i)).map(readabilityPage);
}

export function snippetsOf(corpus: QualityCorpus): Map<string, Snippets> | undefined {
  return corpus === 'wcxb' ? new Map(loadCorpus('wcxb').map((p) => [p.id, p])) : undefined;
}

const WORKER = resolve('scripts/bench/quality-worker.ts');

/** Measures one shard of a corpus in a worker process; one JSON record per line. */
function runShard(
  corpus: QualityCorpus,
  quick: boolean,
  shard: number,
  shards: number,
  onPage: () => void,
): Promise<PageRecord[]> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', WORKER, corpus, String(shard), String(shards), quick ? 'quick' : 'full'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const records: PageRecord[] = [];
    let buffer = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (!line.startsWith('{')) continue;
        records.push(JSON.parse(line) as PageRecord);
        onPage();
      }
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0
        ? done(records)
        : fail(new Error(`quality worker ${shard} exited ${code}: ${stderr}`)),
    );
  });
}

export interface QualityOptions {
  quick: boolean;
  fixtures: boolean;
  log: (s: string) => void;
  /** Worker processes; one per core by default. */
  workers?: number;
}

export async function runQuality({
  quick,
  fixtures,
  log,
  workers = Math.max(1, Math.min(4, cpus().length)),
}: QualityOptions): Promise<CorpusQuality[]> {
  const corpora: QualityCorpus[] = fixtures ? ['fixtures'] : ['aeb', 'wcxb', 'readability'];
  const out: CorpusQuality[] = [];
  for (const corpus of corpora) {
    const t0 = performance.now();
    let done = 0;
    const shards = await Promise.all(
      Array.from({ length: workers }, (_, i) =>
        runShard(corpus, quick, i, workers, () => {
          if (++done % 50 === 0) log(`quality: ${corpus} ${done} pages`);
        }),
      ),
    );
    // The corpus lists are sorted by id; keep that order whatever worker finished first.
    const records = shards.flat().sort((a, b) => a.id.localeCompare(b.id));
    out.push(summariseCorpus(corpus, records));
    log(
      `quality: ${corpus} ${records.length} pages in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
    );
  }
  return out;
}
