/**
 * What quote analysis costs when the processor's caches hold something else, as they do when the
 * extraction's DOM work runs just before it: each page's analyzeText is timed right after another
 * run on the same page (warm) and right after 32 MB of unrelated memory was touched (cold), the
 * median of each over --rounds alternating runs. Prints the sums and the pages where the
 * difference is largest. Reads the inputs scripts/quotes-ab.ts builds in .bench-cache.
 * Usage: npx tsx scripts/quotes-cache-cost.ts [--rounds 40] [--pages id,id,…]
 */
import { existsSync, readFileSync } from 'node:fs';
import { analyzeText } from '../src/core/quotes/analyze.ts';
import { median } from './bench/stats.ts';
import { option } from './lib/options.ts';

const INPUTS = '.bench-cache/quote-inputs.json';
if (!existsSync(INPUTS)) {
  console.log(`${INPUTS} is missing: run npx tsx scripts/quotes-ab.ts once to build it.`);
  process.exit(0);
}
interface Input {
  id: string;
  text: string;
  captions: number[];
  writer: string | null;
}
const rounds = Math.max(5, Number(option('--rounds') ?? 40));
const only = option('--pages')?.split(',');
const inputs = (JSON.parse(readFileSync(INPUTS, 'utf8')) as Input[]).filter((p) =>
  only ? only.some((id) => p.id.includes(id)) : !p.id.startsWith('readability/'),
);

// Larger than the last-level cache of the machines this runs on.
const evict = new Int32Array(8 << 20);
const touch = (): void => {
  for (let i = 0; i < evict.length; i += 16) evict[i]! += 1;
};

const rows: { id: string; warm: number; cold: number }[] = [];
for (const page of inputs) {
  const captions = new Set(page.captions);
  const run = (): number => {
    const t0 = performance.now();
    analyzeText(page.text, captions, page.writer);
    return performance.now() - t0;
  };
  for (let i = 0; i < 5; i++) run();
  const warm: number[] = [];
  const cold: number[] = [];
  for (let r = 0; r < rounds; r++) {
    touch();
    cold.push(run());
    warm.push(run());
  }
  rows.push({ id: page.id, warm: median(warm), cold: median(cold) });
}
const sum = (k: 'warm' | 'cold'): number => rows.reduce((s, r) => s + r[k], 0);
console.log(
  `${rows.length} pages, ${rounds} rounds: analyzeText warm ${sum('warm').toFixed(1)} ms, after evicting the caches ${sum('cold').toFixed(1)} ms (${(sum('cold') / sum('warm')).toFixed(2)}×)`,
);
const extra = rows.map((r) => r.cold - r.warm).sort((a, b) => a - b);
console.log(`cold − warm per page: median ${median(extra).toFixed(3)} ms`);
for (const r of [...rows].sort((a, b) => b.cold - b.warm - (a.cold - a.warm)).slice(0, 10))
  console.log(`  ${r.id.slice(0, 24)}  warm ${r.warm.toFixed(3)} ms, cold ${r.cold.toFixed(3)} ms`);
