import type { Quote, QuoteKind } from '../../src/core/types.ts';

/** Scoring of predicted quotes against hand labels; shared by scripts/quotes-eval.ts and the test. */

export interface GoldQuote {
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  multiParagraph?: boolean;
  nested?: boolean;
  /** In page chrome the cleaners may or may not remove: neither a hit nor a miss. */
  chrome?: boolean;
}
export interface Pair {
  gold: GoldQuote;
  pred: Quote;
}
export interface PageResult {
  page: string;
  lang: string;
  gold: GoldQuote[];
  pred: Quote[];
  pairs: Pair[];
  crashed: string | null;
  f1: number;
  /** Labelled after the rules were frozen: its score is the honest estimate for unseen pages. */
  heldOut?: boolean;
  /** Which held-out batch: each was scored once before the fixes it prompted. */
  batch?: number;
}

/** Tokens for overlap: words, with each CJK character a word of its own. */
export function tokens(text: string): string[] {
  return (
    text
      .toLowerCase()
      .match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Share of words in common, over the longer of the two (so both directions must agree). */
export function overlap(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const bag = new Map<string, number>();
  for (const t of ta) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of tb) {
    const n = bag.get(t) ?? 0;
    if (n > 0) {
      common++;
      bag.set(t, n - 1);
    }
  }
  return common / Math.max(ta.length, tb.length);
}

/** Greedy one-to-one matching in document order, best overlap first among the candidates. */
export function match(gold: GoldQuote[], pred: Quote[]): Pair[] {
  const used = new Set<number>();
  const pairs: Pair[] = [];
  for (const g of gold) {
    let best = -1;
    let bestScore = 0.8 - 1e-9;
    pred.forEach((p, i) => {
      if (used.has(i)) return;
      const s = overlap(g.text, p.text);
      if (s > bestScore) [best, bestScore] = [i, s];
    });
    if (best >= 0) {
      used.add(best);
      pairs.push({ gold: g, pred: pred[best]! });
    }
  }
  return pairs;
}

// Speakers compare without case, spacing or periods ("Jr." = "Jr").
const norm = (s: string | null | undefined): string =>
  (s ?? '').normalize('NFC').replace(/\./g, '').replace(/\s+/g, ' ').trim().toLowerCase();
export const sameSpeaker = (a: string | null, b: string | null): boolean => norm(a) === norm(b);

export interface Prf {
  p: number;
  r: number;
  f1: number;
  tp: number;
  nPred: number;
  nGold: number;
}
const prf = (tp: number, nPred: number, nGold: number): Prf => {
  const p = nPred ? tp / nPred : 1;
  const r = nGold ? tp / nGold : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, nPred, nGold };
};

export interface Summary {
  finding: Prf;
  byKind: Record<QuoteKind, Prf>;
  speakerAccuracy: number;
  speakerPairs: number;
  attributed: Prf;
  blocks: { found: number; total: number };
  multiParagraph: { right: number; total: number };
  nested: { right: number; total: number };
  crashes: number;
  worst: { page: string; f1: number }[];
}

/** Corpus-level figures, micro-averaged over all labelled quotes. */
export function summarize(results: PageResult[]): Summary {
  const all = (f: (r: PageResult) => number): number => results.reduce((n, r) => n + f(r), 0);
  const kinds: QuoteKind[] = ['speech', 'term', 'block'];
  const byKind = Object.fromEntries(
    kinds.map((k) => [
      k,
      prf(
        all((r) => r.pairs.filter((x) => x.gold.kind === k && x.pred.kind === k).length),
        all((r) => r.pred.filter((q) => q.kind === k).length),
        all((r) => r.gold.filter((q) => q.kind === k).length),
      ),
    ]),
  ) as Record<QuoteKind, Prf>;
  const speech = results.flatMap((r) =>
    r.pairs.filter((x) => x.gold.kind === 'speech' && x.pred.kind === 'speech'),
  );
  const rightSpeaker = speech.filter((x) => sameSpeaker(x.gold.speaker, x.pred.speaker)).length;
  const flagged = (flag: 'multiParagraph' | 'nested'): { right: number; total: number } => ({
    total: all((r) => r.gold.filter((g) => g[flag]).length),
    right: all((r) => r.pairs.filter((x) => x.gold[flag] && x.gold.kind === x.pred.kind).length),
  });
  return {
    finding: prf(
      all((r) => r.pairs.length),
      all((r) => r.pred.length),
      all((r) => r.gold.length),
    ),
    byKind,
    speakerAccuracy: speech.length ? rightSpeaker / speech.length : 1,
    speakerPairs: speech.length,
    attributed: prf(rightSpeaker, byKind.speech.nPred, byKind.speech.nGold),
    blocks: { found: byKind.block.tp, total: byKind.block.nGold },
    multiParagraph: flagged('multiParagraph'),
    nested: flagged('nested'),
    crashes: results.filter((r) => r.crashed).length,
    worst: [...results]
      .sort((a, b) => a.f1 - b.f1)
      .slice(0, 3)
      .map((r) => ({ page: r.page, f1: r.f1 })),
  };
}
