import { describe, expect, it } from 'vitest';
import { LIMITS, check } from '../../scripts/bench/budgets.ts';
import { gcTraceHeapBefore } from '../../scripts/bench/memory.ts';
import {
  budgetsSection,
  summarySection,
  weightChart,
  worstPages,
  type BenchResults,
} from '../../scripts/bench/report.ts';
import { barChart } from '../../scripts/bench/svg.ts';
import type { WeightResult } from '../../scripts/bench/weight.ts';

describe('budgets table', () => {
  it('shows each limit with its source, the measured value and the verdict', () => {
    const table = budgetsSection([
      check(LIMITS.everyPageGzip, 8_500, '8.5 kB'),
      check(LIMITS.readerVisible, 340, '340 ms'),
      check(LIMITS.pipelineCost, null),
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[2]).toMatch(/every page load.*≤ 15 kB gzip.*issue 7, budget.*8\.5 kB.*holds/);
    expect(lines[3]).toMatch(/reader visible.*340 ms.*BROKEN/);
    expect(lines[4]).toMatch(/issue 3, bar.*not measured/);
  });
});

describe('charts', () => {
  it('draws one bar per value, scaled to the maximum, with escaped labels', () => {
    const svg = barChart({
      title: 'F1 <both>',
      series: [
        { name: 'Readability', color: '#888' },
        { name: 'Declutter', color: '#16e' },
      ],
      groups: [{ label: 'aeb & co', values: [0.5, 1] }],
      format: (v) => v.toFixed(2),
      max: 1,
    });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('F1 &lt;both&gt;');
    expect(svg).toContain('aeb &amp; co');
    const widths = [...svg.matchAll(/<rect x="190" y="\d+" width="([\d.]+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(widths).toEqual([210, 420]);
  });

  it('marks the budget on the weight chart', () => {
    const pkg = (target: 'chrome' | 'firefox') => ({
      target,
      files: [],
      total: { raw: 0, gzip: 0 },
      everyPage: [],
      everyPageTotal: { raw: 20_000, gzip: 8_000 },
    });
    const w: WeightResult = { packages: [pkg('chrome'), pkg('firefox')], everyPageGzip: 8_000 };
    const svg = weightChart(w, 15_000);
    expect(svg).toContain('budget 15.0 kB');
    expect(svg).toContain('stroke-dasharray');
  });
});

describe('--trace-gc lines', () => {
  it('reads the heap before each GC, in bytes', () => {
    expect(
      gcTraceHeapBefore('[7:0x1]   59 ms: Scavenge 3.8 (4.0) -> 3.4 (5.0) MB, 1.1 / 0.0 ms'),
    ).toBe(Math.round(3.8 * 2 ** 20));
    expect(
      gcTraceHeapBefore(
        '[7:0x1] 1059 ms: Mark-Compact (reduce) 850.2 (870.1) -> 700.3 (880.0) MB, 9 ms',
      ),
    ).toBe(Math.round(850.2 * 2 ** 20));
    expect(gcTraceHeapBefore('{"step":"parse"}')).toBeNull();
  });
});

describe('summary table', () => {
  it('puts Declutter beside plain Readability, one row per measure', () => {
    const side = { precision: 0.92, recall: 0.99, f1: 0.954, exact: 0.2, edgeShare: 0.48 };
    const table = summarySection({
      machine: {} as BenchResults['machine'],
      quick: false,
      corpus: true,
      checks: [],
      errors: [],
      durationS: 1,
      quality: [
        {
          corpus: 'aeb',
          reference: '',
          pages: 93,
          plain: side,
          ours: { ...side, precision: 0.96, f1: 0.975, edgeShare: 0.2 },
          worse: 0,
          better: 0,
          worst: [],
          timeRatio: 1,
        },
      ],
    });
    expect(table).toMatch(
      /aeb: F1 \(precision \/ recall\) *\| *0\.954 \(0\.920 \/ 0\.990\) *\| *0\.975 \(0\.960 \/ 0\.990\)/,
    );
    expect(table).toMatch(/≥10 extra tokens.*48%.*20%/);
  });
});

describe('worst pages', () => {
  it('lists text lost against Readability with our removed blocks counted back', () => {
    const side = { precision: 1, recall: 1, f1: 1, exact: 1, edgeShare: 0 };
    const table = worstPages([
      {
        corpus: 'readability',
        reference: '',
        pages: 1,
        plain: side,
        ours: side,
        worse: 1,
        better: 0,
        worst: [
          {
            id: 'pixnet',
            ours: { f1: 0.5, precision: 1, recall: 0.3, edge: 0 },
            plain: { f1: 1, precision: 1, recall: 0.9, edge: 0 },
            keptWithRemoved: 0.4,
          },
        ],
        timeRatio: 1,
      },
    ]);
    expect(table).toMatch(
      /lost vs Readability \| ours \+ removed recall \| ours recall \| Readability recall/,
    );
    expect(table).toMatch(/\| pixnet *\| *0\.500 \| *0\.400 \| *0\.300 \| *0\.900 \|/);
  });
});
