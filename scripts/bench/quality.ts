/**
 * Quality: ours against plain Readability on the same jsdom DOM, per page, with the benchmark's
 * metric. Reuses the per-page measurement of scripts/lib/quality.ts (the `npm run quality` tool).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RemovalReason } from '../../src/core/types.ts';
import { loadCorpus, readPage } from '../lib/corpus.ts';
import {
  loadQualityPages,
  measurePages,
  parsePage,
  plainReadability,
  type CorpusName,
  type PageResult,
  type QualityPage,
} from '../lib/quality.ts';
import { scoreCorpus, scorePage, tokens } from '../lib/shingle-metric.ts';
import { median, spread } from './stats.ts';

export type QualityCorpus = CorpusName | 'fixtures';

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
  /** Readability corpus: recall once what we removed on purpose is counted as kept. */
  keptWithRemoved?: number;
}

export interface RemovedSummary {
  reason: RemovalReason;
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
  removed?: RemovedSummary[];
}

const WORST = 8;

function summarise(
  results: PageResult[],
  side: 'ours' | 'plain',
  snippets?: Map<string, { with?: string[]; without?: string[] }>,
): SideSummary {
  const s = scoreCorpus(results.map((r) => r[side].score));
  const summary: SideSummary = {
    precision: s.precision,
    recall: s.recall,
    f1: s.f1,
    exact: s.accuracy,
    edgeShare: results.filter((r) => r[side].edgeExtra >= 10).length / (results.length || 1),
  };
  if (snippets) {
    let withHit = 0;
    let withAll = 0;
    let withoutHit = 0;
    let withoutAll = 0;
    for (const r of results) {
      const text = normalise(r[side].text);
      const sn = snippets.get(r.page.id);
      for (const w of sn?.with ?? []) {
        withAll++;
        if (text.includes(normalise(w))) withHit++;
      }
      for (const w of sn?.without ?? []) {
        withoutAll++;
        if (!text.includes(normalise(w))) withoutHit++;
      }
    }
    summary.withShare = withAll ? withHit / withAll : NaN;
    summary.withoutShare = withoutAll ? withoutHit / withoutAll : NaN;
  }
  return summary;
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Text kept once the blocks we removed on purpose are counted back in. */
function recallWithRemoved(r: PageResult): number {
  const back = [r.ours.text, ...r.ours.removed.map((b) => b.text)].join('\n');
  return scorePage(back, r.page.truth).recall;
}

function row(r: PageResult, kept: boolean): PageRow {
  const side = (s: 'ours' | 'plain') => ({
    f1: r[s].score.f1,
    precision: r[s].score.precision,
    recall: r[s].score.recall,
    edge: r[s].edgeExtra,
  });
  return {
    id: r.page.id,
    ours: side('ours'),
    plain: side('plain'),
    ...(kept ? { keptWithRemoved: recallWithRemoved(r) } : {}),
  };
}

export function summariseCorpus(
  corpus: QualityCorpus,
  results: PageResult[],
  snippets?: Map<string, { with?: string[]; without?: string[] }>,
): CorpusQuality {
  const kept = corpus === 'readability' || corpus === 'fixtures';
  const key = kept ? 'recall' : 'f1';
  const rows = results.map((r) => row(r, kept));
  const worstKey = (p: PageRow) => (kept ? p.keptWithRemoved! : p.ours.f1);
  const out: CorpusQuality = {
    corpus,
    reference:
      corpus === 'readability'
        ? "Readability's expected.html (its own test suite)"
        : corpus === 'fixtures'
          ? "plain Readability's output on the same page (no ground truth without ../shared)"
          : 'human-written article body (ground truth)',
    pages: results.length,
    ours: summarise(results, 'ours', snippets),
    plain: summarise(results, 'plain', snippets),
    worse: rows.filter((p) => p.ours[key] < p.plain[key] - 0.01).length,
    better: rows.filter((p) => p.ours[key] > p.plain[key] + 0.01).length,
    worst: [...rows].sort((a, b) => worstKey(a) - worstKey(b)).slice(0, WORST),
    timeRatio: median(results.map((r) => r.ours.ms / Math.max(r.plain.ms, 0.001))),
  };
  if (kept) {
    const byReason = new Map<RemovalReason, RemovedSummary>();
    for (const r of results) {
      const seen = new Set<RemovalReason>();
      for (const b of r.ours.removed) {
        const s = byReason.get(b.reason) ?? { reason: b.reason, blocks: 0, pages: 0, tokens: 0 };
        s.blocks++;
        s.tokens += tokens(b.text).length;
        if (!seen.has(b.reason)) s.pages++;
        seen.add(b.reason);
        byReason.set(b.reason, s);
      }
    }
    out.keptWithRemoved = rows.reduce((a, p) => a + p.keptWithRemoved!, 0) / (rows.length || 1);
    out.removed = [...byReason.values()].sort((a, b) => b.tokens - a.tokens);
  }
  return out;
}

/** The project's own pages, for a clone without ../shared: samples/ and tests/fixtures/. */
export function fixturePages(): QualityPage[] {
  const files = ['samples', 'tests/fixtures'].flatMap((d) => htmlFiles(d));
  return files.map((file) => {
    const url = `https://fixtures.example/${file}`;
    const dom = parsePage(readPage(file), url);
    const truth = plainReadability(dom.window.document).text;
    dom.window.close();
    return { corpus: 'readability' as const, id: file, url, file, truth };
  });
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

export interface QualityOptions {
  quick: boolean;
  fixtures: boolean;
  log: (s: string) => void;
}

export async function runQuality({
  quick,
  fixtures,
  log,
}: QualityOptions): Promise<CorpusQuality[]> {
  const out: CorpusQuality[] = [];
  if (fixtures) {
    const pages = fixturePages();
    log(`quality: ${pages.length} fixture pages`);
    out.push(summariseCorpus('fixtures', await measurePages(pages)));
    return out;
  }
  for (const corpus of ['aeb', 'wcxb', 'readability'] as const) {
    const all = loadQualityPages(corpus);
    const pages = quick ? spread(all, 12) : all;
    const t0 = performance.now();
    const results = await measurePages(pages, (_r, i) => {
      if (i % 25 === 24) log(`quality: ${corpus} ${i + 1}/${pages.length}`);
    });
    const snippets =
      corpus === 'wcxb' ? new Map(loadCorpus('wcxb').map((p) => [p.id, p])) : undefined;
    out.push(summariseCorpus(corpus, results, snippets));
    log(
      `quality: ${corpus} ${pages.length} pages in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
    );
  }
  return out;
}
