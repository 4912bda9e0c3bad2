/**
 * The article-extraction-benchmark metric (scrapinghub), as described in ../shared/README.md:
 * `\w+` tokens, 4-token shingles counted with multiplicity, per-page precision and recall,
 * corpus precision averaged over pages with a prediction, recall over all pages.
 */

// Python's `\w` on str: Unicode letters, digits and underscore.
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Share of the truth's tokens the prediction has, counted with multiplicity and in any order.
 * Not the benchmark's metric: it asks only whether words are missing, so text that is present
 * but elsewhere (a removed block appended at the end) counts as kept.
 */
export function wordRecall(predicted: string, truth: string): number {
  const have = new Map<string, number>();
  for (const t of tokens(predicted)) have.set(t, (have.get(t) ?? 0) + 1);
  const want = tokens(truth);
  if (!want.length) return 1;
  let hit = 0;
  for (const t of want) {
    const n = have.get(t) ?? 0;
    if (n > 0) {
      hit++;
      have.set(t, n - 1);
    }
  }
  return hit / want.length;
}

function shingles(toks: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const n = toks.length < 4 ? (toks.length ? 1 : 0) : toks.length - 3;
  for (let i = 0; i < n; i++) {
    const key = toks.slice(i, i + 4).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  precision: number;
  recall: number;
  f1: number;
  exact: boolean;
  /** Whether the prediction was non-empty (only those count towards corpus precision). */
  predicted: boolean;
}

export function scorePage(predicted: string, truth: string): PageScore {
  const pt = tokens(predicted);
  const tt = tokens(truth);
  const ps = shingles(pt);
  const ts = shingles(tt);
  let tp = 0;
  let predTotal = 0;
  let truthTotal = 0;
  for (const [k, c] of ps) {
    predTotal += c;
    tp += Math.min(c, ts.get(k) ?? 0);
  }
  for (const c of ts.values()) truthTotal += c;
  const fp = predTotal - tp;
  const fn = truthTotal - tp;
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const exact = pt.length === tt.length && pt.every((t, i) => t === tt[i]);
  return { precision, recall, f1, exact, predicted: pt.length > 0 };
}

export interface CorpusScore {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

export function scoreCorpus(pages: PageScore[]): CorpusScore {
  const withPrediction = pages.filter((p) => p.predicted);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(withPrediction.map((p) => p.precision));
  const recall = mean(pages.map((p) => p.recall));
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    pages: pages.length,
    precision,
    recall,
    f1,
    accuracy: mean(pages.map((p) => (p.exact ? 1 : 0))),
  };
}
