/**
 * How quote analysis grows with the text on shapes hostile pages take: many quotes in one
 * paragraph (a transcript without paragraph markup), apostrophes and single marks, unbalanced
 * marks, many short terms, one name run repeated in every paragraph. For each shape,
 * analyzeText's time at N and 4N quotes (or lines) in node and the ratio: about 4 is linear,
 * about 16 quadratic. Prints, never asserts (timing is not a test).
 * Usage: npx tsx scripts/quotes-scaling.ts [--n 4000]
 */
import { analyzeText } from '../src/core/quotes/analyze.ts';
import { quotesParagraph } from '../tests/security/pages.ts';

const at = process.argv.indexOf('--n');
const N = at > 0 ? Number(process.argv[at + 1]) : 4000;

const SHAPES: Record<string, (n: number) => string> = {
  'framed quotes, one paragraph': (n) =>
    Array.from(
      { length: n },
      (_, i) => `${i % 7 ? 'Smith' : 'Jo Smith'} said “we are here ${i}.”`,
    ).join(' '),
  'unframed quotes, one paragraph': quotesParagraph,
  'apostrophes and single marks': (n) =>
    Array.from({ length: n }, (_, i) => `it’s the drivers’ ’91 ‘car ${i}`).join(' '),
  'unclosed straight marks': (n) =>
    Array.from({ length: n }, (_, i) => `He said "open ${i} and`).join(' '),
  'terms only': (n) => Array.from({ length: n }, (_, i) => `“term${i}”`).join(' '),
  'one quote a paragraph': (n) =>
    Array.from(
      { length: n },
      (_, i) => `“We will go on ${i},” he said. Mary Lee Tan${i} spoke.`,
    ).join('\n'),
  // Names are filed when a lookup needs one of their words: here every line shares "New York
  // Harbour", and the two quotes at the end file them all.
  'one name run a paragraph, quotes at the end': (n) =>
    [
      ...Array.from(
        { length: n },
        (_, i) => `Officials in New York Harbour met Anna Lee Park${i % 50} on Tuesday.`,
      ),
      '“We will rebuild it,” Park said.',
      '“And soon,” said York.',
    ].join('\n'),
};

/** Best of three runs, in ms. */
function time(text: string): number {
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    analyzeText(text);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

// Warm the code up, so the first shape does not pay for compiling it.
for (const make of Object.values(SHAPES)) time(make(200));
console.log(`| shape | ${N} quotes | ${4 * N} quotes | ratio (4 linear, 16 quadratic) |`);
console.log('|---|---|---|---|');
for (const [name, make] of Object.entries(SHAPES)) {
  const small = make(N);
  const large = make(4 * N);
  const [a, b] = [time(small), time(large)];
  const kb = (s: string) => `${Math.round(s.length / 1000)}k chars`;
  console.log(
    `| ${name} | ${a.toFixed(0)} ms (${kb(small)}) | ${b.toFixed(0)} ms (${kb(large)}) | ${(b / a).toFixed(1)} |`,
  );
}
