/**
 * Scores the quote rules on the probe articles of tests/quotes-probes: short news texts in
 * English and 13 other languages, written and labelled blind (see its README). The text goes to
 * analyzeText directly (no page, no extraction). A span matches at ≥ 80% word overlap, as in
 * quotes:eval. Prints, per set: quotations found, kind right, speech quotes attributed (span,
 * kind and speaker right) and per language for the international sets.
 * Usage: npm run quotes:probes [-- --details] [-- --set tuning-en]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../src/core/quotes/analyze.ts';
import type { Quote } from '../src/core/types.ts';
import { match, sameSpeaker, type GoldQuote } from '../tests/quotes-gold/score.ts';
import { option } from './lib/options.ts';

const DIR = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'tests/quotes-probes');

interface Probe {
  id: string;
  lang?: string;
  text: string;
  quotes: GoldQuote[];
}

interface Tally {
  quotes: number;
  found: number;
  kindRight: number;
  speech: number;
  attributed: number;
}

const empty = (): Tally => ({ quotes: 0, found: 0, kindRight: 0, speech: 0, attributed: 0 });

/** One probe's tally and the labels it gets wrong, as lines. */
function score(probe: Probe): { tally: Tally; wrong: string[] } {
  const pred = analyzeText(probe.text).map((q): Quote => ({
    id: '',
    text: q.text,
    kind: q.kind,
    speaker: q.speaker,
    paragraph: 0,
  }));
  const pairs = match(probe.quotes, pred);
  const tally = empty();
  const wrong: string[] = [];
  for (const gold of probe.quotes) {
    tally.quotes++;
    if (gold.kind === 'speech') tally.speech++;
    const got = pairs.find((p) => p.gold === gold)?.pred;
    const label = `${gold.kind}/${gold.speaker ?? '-'}`;
    if (!got) {
      wrong.push(`  missed ${label} «${gold.text.slice(0, 60)}»`);
      continue;
    }
    tally.found++;
    if (got.kind === gold.kind) tally.kindRight++;
    const right = got.kind === gold.kind && sameSpeaker(got.speaker, gold.speaker);
    if (gold.kind === 'speech' && right) tally.attributed++;
    if (!right)
      wrong.push(`  ${label} → ${got.kind}/${got.speaker ?? '-'} «${gold.text.slice(0, 60)}»`);
  }
  for (const p of pred)
    if (!pairs.some((x) => x.pred === p)) wrong.push(`  extra ${p.kind} «${p.text.slice(0, 60)}»`);
  return { tally, wrong };
}

const add = (a: Tally, b: Tally): void => {
  for (const k of Object.keys(a) as (keyof Tally)[]) a[k] += b[k];
};
const share = (n: number, of: number): string => (of ? (n / of).toFixed(3) : '–');
const row = (name: string, t: Tally): string =>
  `| ${name} | ${t.quotes} | ${share(t.found, t.quotes)} | ${share(t.kindRight, t.found)} | ${t.speech} | ${t.attributed} (${share(t.attributed, t.speech)}) |`;

const only = option('--set');
const details = process.argv.includes('--details');
const sets = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && (!only || f === `${only}.json`))
  .sort();
const lines = [
  '| set | quotes | found | kind right | speech | attributed |',
  '| --- | --- | --- | --- | --- | --- |',
];
const wrongLines: string[] = [];
for (const file of sets) {
  const probes = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Probe[];
  const total = empty();
  const byLang = new Map<string, Tally>();
  for (const probe of probes) {
    const { tally, wrong } = score(probe);
    add(total, tally);
    const lang = probe.lang ?? 'en';
    if (!byLang.has(lang)) byLang.set(lang, empty());
    add(byLang.get(lang)!, tally);
    if (wrong.length) wrongLines.push(`${file} ${probe.id}`, ...wrong);
  }
  lines.push(row(`**${file.replace('.json', '')}**`, total));
  if (byLang.size > 1) for (const [lang, t] of byLang) lines.push(row(`  ${lang}`, t));
}
console.log(lines.join('\n'));
if (details) console.log(`\n${wrongLines.join('\n')}`);
