/**
 * The roles the quote analysis shows beside speakers, counted over the tuning probe texts
 * (tests/quotes-probes/tuning-*; held-out sets stay unread) and the corpus pages quotes-ab reads
 * (.bench-cache/quote-inputs.json, built by scripts/quotes-ab.ts): speech quotes with a speaker,
 * how many carry a role, and how many roles are junk by two tests anyone can check: a role that
 * opens with a preposition's adjunct ("w rozmowie z PAP prezes firmy", "à l’AFP", "during her
 * lifetime") or holds a quotation mark ("” Dr."). Speakers are what the gold set scores; roles
 * are not, so this is their measure.
 * With a worktree path, the same counts for that tree too, and the roles that differ.
 * Usage: npx tsx scripts/quotes-roles.ts [/path/to/other/worktree] [--list N]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeText } from '../src/core/quotes/analyze.ts';
import { option } from './lib/options.ts';

type Analyse = typeof analyzeText;
const other = process.argv[2]?.startsWith('--') ? undefined : process.argv[2];
const list = Number(option('--list') ?? 40);

// Prepositions that open an adjunct of time, place or occasion in the languages the probes hold.
const ADJUNCT =
  /^(?:in|on|at|during|after|before|from|w|we|v|ve|na|po|z|ze|podczas|při|в|во|на|по|после|при|dans|lors|à|au|après|en|nel|nella|dopo|durante|tras|após|im|am|beim|bei|nach|während|tijdens|op|bij|laut)\s/i;
const MARK = /[“”"«»„「」]/;

const texts: { id: string; text: string; captions?: number[]; writer?: string | null }[] = [];
for (const file of readdirSync('tests/quotes-probes').filter(
  (f) => f.startsWith('tuning-') && f.endsWith('.json'),
))
  for (const entry of JSON.parse(readFileSync(`tests/quotes-probes/${file}`, 'utf8')) as {
    id: string;
    text: string;
  }[])
    texts.push({ id: `${file.replace(/\.json$/, '')}/${entry.id}`, text: entry.text });
const cache = resolve('.bench-cache/quote-inputs.json');
if (existsSync(cache)) texts.push(...JSON.parse(readFileSync(cache, 'utf8')));

function roles(analyse: Analyse): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const t of texts)
    analyse(t.text, new Set(t.captions ?? []), t.writer ?? null).forEach((q, i) => {
      if (q.kind === 'speech' && q.speaker) out.set(`${t.id}#${i} ${q.speaker}`, q.role);
    });
  return out;
}

function report(name: string, found: Map<string, string | null>): void {
  const all = [...found.values()];
  const given = all.filter((r): r is string => !!r);
  console.log(
    `${name}: ${all.length} speech quotes with a speaker, ${given.length} with a role; ` +
      `opening with an adjunct ${given.filter((r) => ADJUNCT.test(r)).length}, ` +
      `holding a quotation mark ${given.filter((r) => MARK.test(r)).length}`,
  );
}

const ours = roles(analyzeText);
report('this checkout', ours);
if (other) {
  const theirs = roles(
    (
      (await import(pathToFileURL(resolve(other, 'src/core/quotes/analyze.ts')).href)) as {
        analyzeText: Analyse;
      }
    ).analyzeText,
  );
  report(other, theirs);
  const changed = [...ours].filter(([key, role]) => theirs.has(key) && theirs.get(key) !== role);
  const distinct = new Map(changed.map(([key, role]) => [`${theirs.get(key)} → ${role}`, key]));
  console.log(`roles that differ: ${changed.length} quotes, ${distinct.size} distinct`);
  for (const [change, key] of [...distinct].slice(0, list))
    console.log(`  ${key.split('#')[0]}: ${change}`);
}
