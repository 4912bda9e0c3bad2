/**
 * The benchmark report: Markdown for BENCHMARKS.md and stdout, SVG charts for docs/bench/.
 * Pure functions of the results, so they are unit-testable.
 */
import { verdict, type Check } from './budgets.ts';
import {
  delta,
  kb,
  markdownTable,
  mb,
  ms,
  percent,
  ratio,
  score,
  shortId,
  textBar,
} from './format.ts';
import type { BrowserResult } from './browser.ts';
import type { Machine } from './machine.ts';
import type { MemoryResult } from './memory.ts';
import type { CorpusQuality } from './quality.ts';
import type { SpeedResult, Step } from './speed.ts';
import { barChart } from './svg.ts';
import type { WeightResult } from './weight.ts';

export interface BenchResults {
  machine: Machine;
  quick: boolean;
  /** False when ../shared/corpus is absent (or --fixtures): the run used the project's fixtures. */
  corpus: boolean;
  quality?: CorpusQuality[];
  speed?: SpeedResult;
  weight?: WeightResult;
  browser?: BrowserResult;
  memory?: MemoryResult;
  checks: Check[];
  /** Errors of sections that could not run. */
  errors: { section: string; message: string }[];
  durationS: number;
  /** Seconds each section took. */
  sectionS?: Record<string, number>;
  /** Contents of BENCHMARKS-quotes.md, when the quotes helper wrote one. */
  quotes?: string;
}

/** Relative paths of the charts, from the report's folder. */
export interface ChartPaths {
  quality?: string;
  speed?: string;
  weight?: string;
}

const READABILITY = '#8a8f98';
const OURS = '#1f6feb';

/** The headline: Declutter and plain Readability side by side, one row per measure. */
export function summarySection(r: BenchResults): string {
  const rows: string[][] = [];
  for (const q of r.quality ?? []) {
    if (q.corpus === 'aeb' || q.corpus === 'wcxb') {
      rows.push(
        [
          `${q.corpus}: F1 (precision / recall)`,
          `${score(q.plain.f1)} (${score(q.plain.precision)} / ${score(q.plain.recall)})`,
          `${score(q.ours.f1)} (${score(q.ours.precision)} / ${score(q.ours.recall)})`,
        ],
        [
          `${q.corpus}: pages with ≥10 extra tokens at head or tail`,
          percent(q.plain.edgeShare),
          percent(q.ours.edgeShare),
        ],
      );
    } else {
      rows.push([
        `${q.corpus}: text kept (+ removed on purpose)`,
        score(q.plain.recall),
        `${score(q.ours.recall)} (${score(q.keptWithRemoved)})`,
      ]);
    }
  }
  if (r.speed) {
    const s = r.speed;
    rows.push(
      [
        'time per page, median page (jsdom)',
        `${ms(s.perStep.readability.median)} (1.00×)`,
        `${ms(s.perStep.pipeline.median)} (${ratio(s.pipelineVsReadability.median)})`,
      ],
      [
        'detection per page, median page',
        '',
        `${ms(s.perStep.detection.median)} (${ratio(s.detectionVsReadability.median)} of Readability)`,
      ],
    );
  }
  if (r.weight) rows.push(['code run on every page load (gzip)', '', kb(r.weight.everyPageGzip)]);
  if (r.browser) {
    rows.push(
      [
        'reader visible after the request (median page, Chromium)',
        '',
        ms(r.browser.readerVisibleMs),
      ],
      ['detection on page load (slowest page, Chromium)', '', ms(r.browser.detectMs)],
    );
  }
  for (const c of r.memory?.cases ?? []) {
    const u =
      c.unfinished?.step === 'pipeline' ? `≥ ${mb(c.unfinished.peakExtraSoFar)} (unfinished)` : '–';
    rows.push([
      `peak heap, ${c.name}`,
      c.readability ? mb(c.readability.peakExtra) : '–',
      !c.pipeline
        ? u
        : !c.pipeline.ok
          ? `refused (${c.pipeline.reason ?? 'no article'}) in ${ms(c.pipeline.ms)}`
          : `${mb(c.pipeline.peakExtra)}${c.readability ? ` (${ratio(c.pipeline.peakExtra / c.readability.peakExtra)})` : ''}`,
    ]);
  }
  return markdownTable({ headers: ['measure', 'plain Readability 0.6.0', 'Declutter'], rows });
}

export function budgetsSection(checks: Check[]): string {
  return markdownTable({
    headers: ['what', 'limit', 'source', 'measured', 'verdict'],
    align: ['left', 'left', 'left', 'right', 'left'],
    rows: checks.map((c) => [
      c.limit.label,
      c.limit.shown,
      `${c.limit.source}${c.limit.hard ? ', budget' : ', bar'}`,
      c.shown,
      verdict(c),
    ]),
  });
}

const corpusLabel: Record<string, string> = {
  aeb: 'aeb (article-extraction-benchmark)',
  wcxb: 'wcxb (WCXB v1.0 articles)',
  readability: "readability (Readability's test pages)",
  fixtures: 'project fixtures (samples/, tests/fixtures/)',
};

export function qualitySummary(quality: CorpusQuality[]): string {
  const scored = quality.filter((q) => q.corpus === 'aeb' || q.corpus === 'wcxb');
  const parts: string[] = [];
  if (scored.length) {
    const rows: string[][] = [];
    for (const q of scored) {
      for (const [name, s] of [
        ['Readability 0.6.0', q.plain],
        ['Declutter', q.ours],
      ] as const) {
        rows.push([
          name === 'Declutter' ? '' : `${q.corpus} (${q.pages})`,
          name,
          score(s.f1),
          score(s.precision),
          score(s.recall),
          percent(s.exact),
          percent(s.edgeShare),
          s.withShare === undefined ? '' : `${percent(s.withShare)} / ${percent(s.withoutShare)}`,
        ]);
      }
      rows.push([
        '',
        'Δ ours − Readability',
        delta(q.ours.f1 - q.plain.f1),
        delta(q.ours.precision - q.plain.precision),
        delta(q.ours.recall - q.plain.recall),
        '',
        '',
        `pages better ${q.better} / worse ${q.worse}`,
      ]);
    }
    parts.push(
      markdownTable({
        headers: [
          'corpus (pages)',
          'extractor',
          'F1',
          'precision',
          'recall',
          'exact',
          '≥10 extra tokens at head or tail',
          'wcxb snippets: must / must-not',
        ],
        align: ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right'],
        rows,
      }),
    );
  }
  const kept = quality.filter((q) => q.corpus === 'readability' || q.corpus === 'fixtures');
  for (const q of kept) {
    parts.push(
      `**Text kept** on ${corpusLabel[q.corpus]}, ${q.pages} pages; reference: ${q.reference}.`,
      markdownTable({
        headers: [
          'extractor',
          'recall of the reference text',
          'precision',
          '≥10 extra tokens at edges',
        ],
        rows: [
          [
            'Readability 0.6.0',
            score(q.plain.recall),
            score(q.plain.precision),
            percent(q.plain.edgeShare),
          ],
          [
            'Declutter (text kept)',
            score(q.ours.recall),
            score(q.ours.precision),
            percent(q.ours.edgeShare),
          ],
          [
            'Declutter: what the reader shows + what it removed on purpose',
            score(q.keptWithRemoved),
            '',
            '',
          ],
        ],
      }),
      `Words lost by accident (the bar): **${score(q.wordsLost ?? 0)}** of the reference's words, per page on average, are kept by Readability but neither shown by Declutter nor in what it removed on purpose (word counts, any order). ` +
        `In 4-token runs (Readability's recall − the last row): ${score(q.plain.recall - q.keptWithRemoved!)}. ` +
        `Pages where Declutter keeps less than Readability (recall lower by more than 0.01): ${q.worse}. ` +
        'The last row measures what the reader shows (the body HTML, captions included, which ' +
        '`text` leaves out) with the removed blocks appended, and counts a stub page we refuse on purpose (its whole text a line like "Test", no sentence) as kept. ' +
        'The gap between the last two rows is text shown but not in `text`, or removed on purpose ' +
        '(listed below); a gap between the last row and Readability is text lost by accident. ' +
        'Appended blocks lose the 4-token runs that crossed their place in the article, so a ' +
        'small gap remains even when nothing is lost.',
    );
    if (q.removed?.length) {
      parts.push(
        'What Declutter removed on purpose (`article.removed`, and stub pages), by reason:',
        markdownTable({
          headers: ['reason', 'blocks', 'pages', 'tokens'],
          rows: q.removed.map((r) => [
            r.reason,
            String(r.blocks),
            String(r.pages),
            String(r.tokens),
          ]),
        }),
      );
    }
  }
  return parts.join('\n\n');
}

export function worstPages(quality: CorpusQuality[]): string {
  const parts: string[] = [];
  for (const q of quality) {
    if (!q.worst.length) continue;
    const kept = q.corpus === 'readability' || q.corpus === 'fixtures';
    parts.push(
      `**${q.corpus}**, worst ${q.worst.length} by ${kept ? 'text lost against Readability (our removed blocks counted back)' : 'our F1'}:`,
      markdownTable({
        headers: kept
          ? [
              'page',
              'lost vs Readability',
              'ours + removed recall',
              'ours recall',
              'Readability recall',
            ]
          : [
              'page',
              'ours F1',
              'Readability F1',
              'ours P / R',
              'Readability P / R',
              'edge tokens ours / Rd.',
            ],
        rows: q.worst.map((p) =>
          kept
            ? [
                shortId(p.id, 40),
                score(p.plain.recall - p.keptWithRemoved!),
                score(p.keptWithRemoved),
                score(p.ours.recall),
                score(p.plain.recall),
              ]
            : [
                shortId(p.id, 20),
                score(p.ours.f1),
                score(p.plain.f1),
                `${score(p.ours.precision)} / ${score(p.ours.recall)}`,
                `${score(p.plain.precision)} / ${score(p.plain.recall)}`,
                `${p.ours.edge} / ${p.plain.edge}`,
              ],
        ),
      }),
    );
  }
  return parts.join('\n\n');
}

const STEP_LABEL: Record<Step, string> = {
  parse: 'jsdom parse (context, shared by all)',
  detection: 'detection `isProbablyArticle`',
  readability: 'plain Readability (clone + parse)',
  pipelineNoQuotes: 'Declutter pipeline, quotes off',
  pipeline: 'Declutter pipeline (full)',
  quotes: 'quote marking alone (on the article body)',
};

export function speedSection(s: SpeedResult): string {
  const rows = (
    ['readability', 'detection', 'pipelineNoQuotes', 'pipeline', 'quotes', 'parse'] as Step[]
  ).map((step) => {
    const rel =
      step === 'pipeline'
        ? s.pipelineVsReadability
        : step === 'pipelineNoQuotes'
          ? s.pipelineNoQuotesVsReadability
          : step === 'detection'
            ? s.detectionVsReadability
            : null;
    return [
      STEP_LABEL[step],
      ms(s.perStep[step].median),
      ms(s.perStep[step].p95),
      step === 'readability' ? '1.00×' : rel ? ratio(rel.median) : '',
      rel ? ratio(rel.p95) : '',
      textBar(
        s.perStep[step].median,
        Math.max(...Object.values(s.perStep).map((d) => d.median)),
        16,
      ),
    ];
  });
  return [
    markdownTable({
      headers: ['step (per page)', 'median', 'p95', '÷ Readability, median page', 'p95 page', ''],
      align: ['left', 'right', 'right', 'right', 'right', 'left'],
      rows,
    }),
    `Quotes add ${percent(s.quotesAdded.median)} to the extraction on the median page ` +
      `(p95 ${percent(s.quotesAdded.p95)}, at most ${percent(s.quotesAdded.max)} on any page): the pipeline with quotes against the pipeline without. ` +
      `Quote marking timed alone on the article body Readability finds takes ${percent(s.quoteShare.median)} of the pipeline ` +
      `(p95 ${percent(s.quoteShare.p95)}, at most ${percent(s.quoteShare.max)}). ` +
      `${s.pages.length} pages (an even spread over aeb and wcxb), ${s.warmup} warm-up + ${s.reps} ` +
      "timed repetitions of each step per page, order rotated; a page's figure is its best " +
      'repetition (on a shared machine other work only adds time); ratios are taken per page, then ' +
      'their median and p95 over pages.',
  ].join('\n\n');
}

export function weightSection(w: WeightResult): string {
  const parts: string[] = [];
  parts.push(
    markdownTable({
      headers: [
        'package',
        'files',
        'total raw',
        'total gzip',
        'every page load: raw',
        'gzip',
        'files run on every page load',
      ],
      align: ['left', 'right', 'right', 'right', 'right', 'right', 'left'],
      rows: w.packages.map((p) => [
        p.target,
        String(p.files.length),
        kb(p.total.raw),
        kb(p.total.gzip),
        kb(p.everyPageTotal.raw),
        kb(p.everyPageTotal.gzip),
        p.everyPage.map((f) => `\`${f.path}\``).join(', '),
      ]),
    }),
  );
  for (const p of w.packages) {
    const max = Math.max(...p.files.map((f) => f.gzip));
    const every = new Set(p.everyPage.map((f) => f.path));
    parts.push(
      `<details><summary>${p.target}: every built file (${p.files.length})</summary>\n\n${markdownTable(
        {
          headers: ['file', 'raw', 'gzip', 'every page', ''],
          align: ['left', 'right', 'right', 'left', 'left'],
          rows: p.files.map((f) => [
            `\`${f.path}\``,
            kb(f.raw),
            kb(f.gzip),
            every.has(f.path) ? 'yes' : '',
            textBar(f.gzip, max, 12),
          ]),
        },
      )}\n\n</details>`,
    );
  }
  return parts.join('\n\n');
}

export function browserSection(b: BrowserResult): string {
  return [
    markdownTable({
      headers: [
        'page',
        'size',
        'detection (measure)',
        'ScriptDuration with / without extension',
        'added',
        'reader visible',
        'of which popup load',
        'wall (Node)',
        'popup state',
      ],
      align: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
      rows: b.pages.map((p) => [
        p.page.name,
        kb(p.page.bytes),
        ms(p.detectMs),
        `${ms(p.scriptWithMs)} / ${ms(p.scriptWithoutMs)}`,
        ms(p.scriptWithMs - p.scriptWithoutMs),
        ms(p.readerVisibleMs),
        ms(p.popupLoadedMs),
        ms(p.readerWallMs),
        p.states.join(', '),
      ]),
    }),
    `${b.browser}, headless, the built Chrome package; medians of ${b.runsPerPage} runs per page, each ` +
      'in a fresh tab, requests to other hosts blocked. *Detection* is the `declutter:detect` measure ' +
      "the content script records on the page's timeline. *ScriptDuration* (CDP) is all script time of " +
      'the page load, so with − without is what the whole content script adds (loading its chunk and ' +
      'detection). *Reader visible* is the popup’s `declutter:article-visible` mark, counted from the ' +
      'popup’s navigation start (the click); *popup load* is its own DOMContentLoaded.',
  ].join('\n\n');
}

export function memorySection(m: MemoryResult): string {
  const cell = (c: MemoryResult['cases'][number], step: 'readability' | 'pipeline') => {
    const x = c[step];
    if (x && !x.ok) return `${mb(x.peakExtra)}, refused: ${x.reason ?? 'no article'}`;
    if (x) return mb(x.peakExtra);
    const u = c.unfinished;
    return u?.step === step
      ? `≥ ${mb(u.peakExtraSoFar)}, unfinished after ${u.elapsedS.toFixed(0)} s`
      : 'did not run';
  };
  return [
    markdownTable({
      headers: [
        'page',
        'HTML',
        'elements',
        'parsed DOM (heap)',
        'Readability peak',
        'Declutter peak',
        'peak ratio',
        'time Readability / Declutter',
        'retained after Declutter',
        'process max RSS',
      ],
      align: [
        'left',
        'right',
        'right',
        'right',
        'right',
        'right',
        'right',
        'right',
        'right',
        'right',
      ],
      rows: m.cases.map((c) => [
        c.name + (c.error && !c.unfinished ? ` (${c.error})` : ''),
        mb(c.bytes),
        c.elements?.toLocaleString('en') ?? '–',
        c.parse ? mb(c.parse.retained) : '–',
        cell(c, 'readability'),
        cell(c, 'pipeline'),
        c.readability && c.pipeline?.ok
          ? ratio(c.pipeline.peakExtra / c.readability.peakExtra)
          : '–',
        `${c.readability ? ms(c.readability.ms) : '–'} / ${c.pipeline ? ms(c.pipeline.ms) : '–'}`,
        c.pipeline ? mb(c.pipeline.retained) : '–',
        mb(c.maxRss),
      ]),
    }),
    'Each page in its own `node --expose-gc` process (jsdom). *Peak* is the heap used above the ' +
      "parsed page during the step: the largest of the heap at the step's end and the heap just before " +
      "every GC V8's GC profiler saw during it. *Retained* is what is still used after the step, a turn " +
      `of the event loop and a full GC. Readability and the pipeline get ${m.stepLimitS} s each per page; ` +
      'a step still running then is stopped, and its peak so far is read from `--trace-gc`.',
  ].join('\n\n');
}

export function machineSection(
  m: Machine,
  durationS: number,
  sectionS: Record<string, number> = {},
): string {
  const parts = Object.entries(sectionS).map(([k, v]) => `${k} ${v.toFixed(0)} s`);
  const load = (l?: number[]) => (l ? l.map((x) => x.toFixed(2)).join(', ') : '–');
  return markdownTable({
    headers: ['', ''],
    align: ['left', 'left'],
    rows: [
      ['date', m.date],
      ['command', `\`${m.command}\``],
      ['commit', m.commit],
      ['CPU', `${m.cpu} × ${m.cores}`],
      ['memory', m.memory],
      ['OS', m.os],
      ['Node', m.node],
      ['browsers', `${m.chromium}; ${m.firefox}`],
      ['baseline', `@mozilla/readability ${m.readability}, jsdom ${m.jsdom}`],
      ['load average (1, 5, 15 min) at start / end', `${load(m.loadStart)} / ${load(m.loadEnd)}`],
      [
        'load average (1 min) during the run',
        m.loadSamples?.length
          ? `mean ${(m.loadSamples.reduce((a, b) => a + b, 0) / m.loadSamples.length).toFixed(1)}, max ${Math.max(...m.loadSamples).toFixed(1)} (${m.loadSamples.length} samples)`
          : '–',
      ],
      ['run time', `${durationS.toFixed(0)} s${parts.length ? ` (${parts.join(', ')})` : ''}`],
    ],
  });
}

export function qualityChart(quality: CorpusQuality[]): string | null {
  const scored = quality.filter((q) => q.corpus !== 'fixtures');
  if (!scored.length) return null;
  const groups = scored.flatMap((q) => {
    const kept = q.corpus === 'readability';
    return (kept ? (['recall'] as const) : (['f1', 'precision', 'recall'] as const)).map((k) => ({
      label: `${q.corpus} ${k === 'f1' ? 'F1' : kept ? 'text kept' : k}`,
      values: [q.plain[k], q.ours[k]],
    }));
  });
  return barChart({
    title: 'Extraction quality: plain Readability vs Declutter (same run)',
    series: [
      { name: 'Readability 0.6.0', color: READABILITY },
      { name: 'Declutter', color: OURS },
    ],
    groups,
    format: (v) => v.toFixed(3),
    max: 1,
    min: 0.8,
  });
}

export function speedChart(s: SpeedResult): string {
  return barChart({
    title: 'Time per page, jsdom (median and p95 over pages)',
    series: [
      { name: 'median', color: OURS },
      { name: 'p95', color: '#9ec5fe' },
    ],
    groups: (['detection', 'readability', 'pipelineNoQuotes', 'pipeline'] as Step[]).map(
      (step) => ({
        label: STEP_LABEL[step].replace(/`/g, '').replace(/ \(.*\)$/, ''),
        values: [s.perStep[step].median, s.perStep[step].p95],
      }),
    ),
    format: (v) => ms(v),
  });
}

export function weightChart(w: WeightResult, limit: number): string {
  return barChart({
    title: 'Code run on every page load (gzip)',
    series: [{ name: 'every page load', color: OURS }],
    groups: w.packages.map((p) => ({ label: p.target, values: [p.everyPageTotal.gzip] })),
    format: (v) => kb(v),
    marker: { value: limit, label: `budget ${kb(limit)}` },
    max: Math.max(limit * 1.25, ...w.packages.map((p) => p.everyPageTotal.gzip)),
  });
}

export function renderReport(r: BenchResults, charts: ChartPaths = {}): string {
  const out: string[] = [
    '# Benchmarks',
    `Generated by \`${r.machine.command}\` on ${r.machine.date}${r.quick ? ' (**--quick**: a subset, for development only)' : ''}. ` +
      "Regenerate with `npm run bench` (see the README's Benchmark section); do not edit by hand. " +
      'Every figure compares Declutter with plain `@mozilla/readability` measured in the same run on ' +
      'the same input, so ratios hold even though absolute timings vary with the machine and its load.',
  ];
  if (!r.corpus) {
    out.push(
      '> **No shared corpus**: `../shared/corpus` was not found (or `--fixtures` was given), so this ' +
        "run used the project's own fixtures (`samples/`, `tests/fixtures/`). Quality is then measured " +
        "against plain Readability's own output (text kept), not against a ground truth.",
    );
  }
  const samples = r.machine.loadSamples?.length
    ? r.machine.loadSamples
    : r.machine.loadStart.slice(0, 1);
  const load = samples.reduce((a, b) => a + b, 0) / (samples.length || 1);
  if (load > r.machine.cores * 0.75) {
    out.push(
      `> The machine was busy (mean load average ${load.toFixed(1)} on ${r.machine.cores} cores during the run, other work included): ` +
        'absolute timings are inflated and noisy; the ratios, measured side by side, are the figures to read.',
    );
  }
  out.push(
    '## Summary',
    summarySection(r),
    '## Budgets (issue 7) and bars (issues 3 and 4)',
    budgetsSection(r.checks),
  );
  if (r.errors.length) {
    out.push(
      '**Sections that could not run:**',
      r.errors.map((e) => `- ${e.section}: ${e.message.split('\n')[0]}`).join('\n'),
    );
  }
  if (r.quality) {
    out.push(
      '## Quality',
      'Metric of the article-extraction benchmark (`\\w+` tokens, 4-token shingles, per-page precision ' +
        'and recall averaged over pages, F1 of the means; *exact* = token list equal to the truth). ' +
        'Both extractors see the same jsdom document; both outputs are written as block-separated text. ' +
        '*≥10 extra tokens at head or tail*: pages whose output has 10 or more tokens before its first ' +
        "or after its last 4-token run found in the truth — the chrome Readability keeps at the article's edges.",
    );
    if (charts.quality) out.push(`![Quality chart](${charts.quality})`);
    out.push(qualitySummary(r.quality), '### Worst pages', worstPages(r.quality));
  }
  if (r.speed) {
    out.push('## Speed (jsdom, same parsed document)');
    if (charts.speed) out.push(`![Speed chart](${charts.speed})`);
    out.push(speedSection(r.speed));
  }
  if (r.weight) {
    out.push(
      '## Weight',
      'Both packages built from the current tree (`vite build --mode chrome|firefox` into ' +
        "`.bench-cache/dist`). *Every page load*: the manifest's content scripts, the chunk their loader " +
        "always imports, and that chunk's static imports; extraction and the in-place reader are " +
        '`import()`ed only when asked for. gzip level 6; 1 kB = 1000 bytes.',
    );
    if (charts.weight) out.push(`![Weight chart](${charts.weight})`);
    out.push(weightSection(r.weight));
  }
  if (r.browser) out.push('## Real browser', browserSection(r.browser));
  if (r.memory) out.push('## Memory', memorySection(r.memory));
  if (r.quotes) {
    out.push(
      '## Quotes',
      'From `BENCHMARKS-quotes.md` (written by `npm run quotes:eval`), included as is:',
      r.quotes.replace(/^(#+) /gm, '#$1 ').trim(),
    );
  }
  out.push(
    '## Machine',
    machineSection(r.machine, r.durationS, r.sectionS),
    '## Corpora',
    '- `aeb`: 93 pages of the article-extraction-benchmark (Zyte/scrapinghub), MIT licence.\n' +
      '- `wcxb`: 300 article pages of WCXB v1.0, "A Multi-Type Web Content Extraction Benchmark" ' +
      '(Murrough Foley, 2026), dev split, CC-BY-4.0.\n' +
      "- `readability`: Readability's own test pages (Mozilla), Apache-2.0.\n\n" +
      'Read from `../shared/corpus` at run time; none of it is copied into this repository.',
  );
  return `${out.join('\n\n')}\n`;
}
