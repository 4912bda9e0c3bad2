/**
 * Extraction quality, ours against plain Readability 0.6.0 measured in the same run on the same
 * jsdom DOM. Usage: npm run quality -- [--corpus aeb|wcxb|readability] [--limit N] [--worst N]
 */
import { corpusAvailable } from './lib/corpus.ts';
import {
  loadQualityPages,
  measurePages,
  median,
  type CorpusName,
  type PageResult,
} from './lib/quality.ts';
import { scoreCorpus } from './lib/shingle-metric.ts';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const corpora = (flag('corpus')?.split(',') ?? ['aeb', 'wcxb', 'readability']) as CorpusName[];
const limit = Number(flag('limit') ?? Infinity);
const worst = Number(flag('worst') ?? 8);

if (!corpusAvailable()) {
  console.error('The shared corpus (../shared/corpus) is not here; nothing to measure.');
  process.exit(1);
}

const pct = (x: number) => x.toFixed(3);

function summarise(name: CorpusName, results: PageResult[]): void {
  const row = (label: string, side: 'plain' | 'ours') => {
    const s = scoreCorpus(results.map((r) => r[side].score));
    const edge = results.filter((r) => r[side].edgeExtra >= 10).length / (results.length || 1);
    const ms = median(results.map((r) => r[side].ms));
    return `| ${label.padEnd(18)} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${pct(s.accuracy)} | ${pct(edge)} | ${ms.toFixed(1).padStart(6)} |`;
  };
  console.log(
    `\n## ${name} (${results.length} pages)${name === 'readability' ? ' — reference: Readability expected.html; recall = text kept' : ''}`,
  );
  console.log('| extractor          | P     | R     | F1    | exact | edge≥10 | ms med |');
  console.log('|--------------------|-------|-------|-------|-------|---------|--------|');
  console.log(row('plain Readability', 'plain'));
  console.log(row('Declutter', 'ours'));
  const ratio = median(results.map((r) => r.ours.ms / Math.max(r.plain.ms, 0.001)));
  console.log(`time ratio ours/plain (median per page): ${ratio.toFixed(2)}`);
  const key = name === 'readability' ? 'recall' : 'f1';
  const sorted = [...results].sort((a, b) => a.ours.score[key] - b.ours.score[key]);
  console.log(`worst pages by ${key} (ours vs plain):`);
  for (const r of sorted.slice(0, worst)) {
    const o = r.ours.score;
    const p = r.plain.score;
    console.log(
      `  ${r.page.id.padEnd(42)} P ${pct(o.precision)}/${pct(p.precision)}  R ${pct(o.recall)}/${pct(p.recall)}  edge ${r.ours.edgeExtra}/${r.plain.edgeExtra}`,
    );
  }
}

for (const name of corpora) {
  const pages = loadQualityPages(name).slice(0, limit);
  const results = await measurePages(pages, (_r, i) => {
    if (process.stderr.isTTY) process.stderr.write(`\r${name} ${i + 1}/${pages.length}`);
  });
  summarise(name, results);
}
