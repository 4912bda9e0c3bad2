/**
 * The budgets the benchmark enforces (issue 7) and the quality/speed bars it reports (issues 3
 * and 4). A broken budget makes `npm run bench` exit non-zero; a missed bar is shown in the tables
 * and only fails the run with `--strict`. Pure: unit-tested.
 */

export type Comparison = 'max' | 'min';

export interface Limit {
  id: string;
  label: string;
  /** `max`: the value must not exceed the limit; `min`: it must reach it. */
  kind: Comparison;
  limit: number;
  /** How the limit reads in a table ("≤ 15 kB gzip"). */
  shown: string;
  /** Where the limit comes from. */
  source: string;
  /** Budgets break the run; bars only report (unless --strict). */
  hard: boolean;
}

export const LIMITS = {
  everyPageGzip: {
    id: 'every-page-gzip',
    label: 'code run on every page load (gzip, largest package)',
    kind: 'max',
    limit: 15_000,
    shown: '≤ 15 kB gzip',
    source: 'issue 7',
    hard: true,
  },
  readerVisible: {
    id: 'reader-visible',
    label: 'reader visible after the request (median news page, Chromium)',
    kind: 'max',
    limit: 300,
    shown: '≤ 300 ms',
    source: 'issue 7',
    hard: true,
  },
  detectionMainThread: {
    id: 'detection-main-thread',
    label: 'main-thread time detection adds to a page load (median, Chromium)',
    kind: 'max',
    limit: 5,
    shown: '≤ 5 ms',
    source: 'issue 7',
    hard: true,
  },
  aebPrecision: bar('aeb-precision', 'aeb precision', 'min', 0.96, '≥ 0.96', 'issue 3'),
  aebRecall: bar('aeb-recall', 'aeb recall', 'min', 0.98, '≥ 0.98', 'issue 3'),
  aebF1: bar('aeb-f1', 'aeb F1', 'min', 0.97, '≥ 0.97', 'issue 3'),
  wcxbF1: bar('wcxb-f1', 'wcxb F1', 'min', 0.95, '≥ 0.95', 'issue 3'),
  textLost: bar(
    'readability-text-lost',
    "readability corpus: words lost by accident (share of the reference's words Readability keeps that are neither in our reader nor in what we removed on purpose)",
    'max',
    0.005,
    '≤ 0.005',
    'issue 3 ("no loss")',
  ),
  pipelineCost: bar(
    'pipeline-cost',
    'pipeline / Readability time (median page, jsdom)',
    'max',
    1.3,
    '≤ 1.30×',
    'issue 3',
  ),
  quoteShare: bar(
    'quote-share',
    'what quotes add to extraction time (slowest page for it, jsdom)',
    'max',
    0.1,
    '≤ 10%',
    'issue 4',
  ),
} satisfies Record<string, Limit>;

function bar(
  id: string,
  label: string,
  kind: Comparison,
  limit: number,
  shown: string,
  source: string,
): Limit {
  return { id, label, kind, limit, shown, source, hard: false };
}

export interface Check {
  limit: Limit;
  /** null when the section that measures it did not run (or could not). */
  value: number | null;
  /** How the value reads in a table. */
  shown: string;
  ok: boolean | null;
}

export function check(limit: Limit, value: number | null | undefined, shown?: string): Check {
  const v = value == null || Number.isNaN(value) ? null : value;
  const ok = v === null ? null : limit.kind === 'max' ? v <= limit.limit : v >= limit.limit;
  return { limit, value: v, shown: shown ?? (v === null ? 'not measured' : String(v)), ok };
}

/** Exit status: 1 when a budget broke (or, with `strict`, any bar was missed), else 0. */
export function exitStatus(checks: readonly Check[], strict = false): number {
  return checks.some((c) => c.ok === false && (c.limit.hard || strict)) ? 1 : 0;
}

/** "holds", "BROKEN", "missed", "met", or "not measured", for a table cell. */
export function verdict(c: Check): string {
  if (c.ok === null) return 'not measured';
  if (c.limit.hard) return c.ok ? 'holds' : 'BROKEN';
  return c.ok ? 'met' : 'missed';
}
