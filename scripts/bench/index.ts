/**
 * `npm run bench`: quality, speed, weight, real-browser timings and memory of Declutter, each
 * against plain @mozilla/readability measured in the same run. Prints the report, writes
 * BENCHMARKS.md (full runs) and docs/bench/*.svg, and exits 1 when a budget of issue 7 is broken.
 *
 *   npm run bench                      full run (under 10 minutes on a 2-core machine)
 *   npm run bench -- --quick           a subset, for development
 *   npm run bench -- --only speed,weight
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { SECTIONS, USAGE, isFullRun, parseArgs, type BenchOptions, type Section } from './args.ts';
import { LIMITS, check, exitStatus, type Check } from './budgets.ts';
import { runBrowser } from './browser.ts';
import { kb, ms, percent, ratio, score } from './format.ts';
import { machine } from './machine.ts';
import { runMemory } from './memory.ts';
import { runQuality } from './quality.ts';
import {
  qualityChart,
  renderReport,
  speedChart,
  weightChart,
  type BenchResults,
  type ChartPaths,
} from './report.ts';
import { runSpeed } from './speed.ts';
import { BENCH_DIST, buildPackage, runWeight } from './weight.ts';
import { corpusAvailable } from '../lib/corpus.ts';

let options: BenchOptions;
try {
  options = parseArgs(process.argv.slice(2));
} catch (error) {
  console.error(`bench: ${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

const started = performance.now();
const log = (s: string) =>
  process.stderr.write(
    `[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${s}\n`,
  );
const withCorpus = !options.fixtures && corpusAvailable();
if (!withCorpus) {
  log(
    options.fixtures
      ? 'bench: --fixtures: running on the project fixtures (samples/, tests/fixtures/)'
      : "bench: ../shared/corpus not found: running on the project's fixtures (samples/, tests/fixtures/) instead",
  );
}
const args = process.argv.slice(2);
const results: BenchResults = {
  machine: machine(`npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`),
  quick: options.quick,
  corpus: withCorpus,
  checks: [],
  errors: [],
  durationS: 0,
};

// Other work on the machine shows in the timings; sample the load so the report can say so.
const loadSamples: number[] = [];
const sampler = setInterval(() => loadSamples.push(loadavg()[0]!), 5_000);
sampler.unref();

async function section(name: Section, fn: () => Promise<void> | void): Promise<void> {
  if (!options.only.includes(name)) return;
  const t0 = performance.now();
  log(`${name}…`);
  try {
    await fn();
    (results.sectionS ??= {})[name] = (performance.now() - t0) / 1000;
    log(`${name} done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    results.errors.push({ section: name, message });
    log(`${name} FAILED: ${message}`);
  }
}

await section('quality', async () => {
  results.quality = await runQuality({ quick: options.quick, fixtures: !withCorpus, log });
});
await section('speed', async () => {
  const pages = withCorpus ? undefined : (await import('./quality.ts')).fixturePages();
  results.speed = await runSpeed({ quick: options.quick, ...(pages ? { pages } : {}), log });
});
await section('weight', () => {
  results.weight = runWeight(log);
});
await section('browser', async () => {
  const dist = join(BENCH_DIST, 'chrome');
  // The weight section has just built it; otherwise build it here (never into the shared dist/).
  if (!results.weight || !existsSync(join(dist, 'manifest.json'))) buildPackage('chrome', dist);
  results.browser = await runBrowser({ quick: options.quick, withCorpus, dist, log });
});
await section('memory', async () => {
  results.memory = await runMemory({ quick: options.quick, withCorpus, log });
});

// ---- budgets (issue 7) and bars (issues 3 and 4)
const checks: Check[] = [];
const w = results.weight;
checks.push(check(LIMITS.everyPageGzip, w?.everyPageGzip, w ? kb(w.everyPageGzip) : undefined));
const b = results.browser;
checks.push(
  check(LIMITS.readerVisible, b?.readerVisibleMs, b ? ms(b.readerVisibleMs) : undefined),
  check(LIMITS.detectionMainThread, b?.detectMs, b ? ms(b.detectMs) : undefined),
);
const q = (c: string) => results.quality?.find((x) => x.corpus === c);
const aeb = q('aeb');
const wcxb = q('wcxb');
const rd = q('readability');
checks.push(
  check(LIMITS.aebPrecision, aeb?.ours.precision, aeb ? score(aeb.ours.precision) : undefined),
  check(LIMITS.aebRecall, aeb?.ours.recall, aeb ? score(aeb.ours.recall) : undefined),
  check(LIMITS.aebF1, aeb?.ours.f1, aeb ? score(aeb.ours.f1) : undefined),
  check(LIMITS.wcxbF1, wcxb?.ours.f1, wcxb ? score(wcxb.ours.f1) : undefined),
  check(
    LIMITS.textLost,
    rd?.wordsLost ?? null,
    rd?.wordsLost !== undefined ? score(rd.wordsLost) : undefined,
  ),
);
const s = results.speed;
checks.push(
  check(
    LIMITS.pipelineCost,
    s?.pipelineVsReadability.median,
    s ? ratio(s.pipelineVsReadability.median) : undefined,
  ),
  check(LIMITS.quoteShare, s?.quotesAdded.max, s ? percent(s.quotesAdded.max) : undefined),
);
results.checks = checks;

// ---- output
clearInterval(sampler);
results.machine.loadEnd = loadavg();
results.machine.loadSamples = loadSamples;
results.durationS = (performance.now() - started) / 1000;
const quotesFile = resolve('BENCHMARKS-quotes.md');
if (existsSync(quotesFile)) results.quotes = readFileSync(quotesFile, 'utf8');

const full = isFullRun(options) && withCorpus;
const reportFile = resolve(options.out ?? (full ? 'BENCHMARKS.md' : '.bench-cache/BENCHMARKS.md'));
const chartDir = full && !options.out ? resolve('docs/bench') : join(dirname(reportFile), 'bench');
mkdirSync(chartDir, { recursive: true });
mkdirSync(dirname(reportFile), { recursive: true });
const charts: ChartPaths = {};
const writeChart = (name: keyof ChartPaths, svg: string | null) => {
  if (!svg) return;
  const file = join(chartDir, `${name}.svg`);
  writeFileSync(file, svg);
  charts[name] = relative(dirname(reportFile), file).split('\\').join('/');
};
if (results.quality) writeChart('quality', qualityChart(results.quality));
if (results.speed) writeChart('speed', speedChart(results.speed));
if (results.weight) writeChart('weight', weightChart(results.weight, LIMITS.everyPageGzip.limit));

const report = renderReport(results, charts);
console.log(report);
writeFileSync(reportFile, report);
log(
  `report written to ${relative(process.cwd(), reportFile)}${full ? '' : ' (not a full run: BENCHMARKS.md left as it is)'}`,
);

const status = exitStatus(checks, options.strict);
const broken = checks.filter((c) => c.ok === false && (c.limit.hard || options.strict));
if (broken.length) {
  log(
    `FAILED: ${broken.map((c) => `${c.limit.label} ${c.shown} (limit ${c.limit.shown})`).join('; ')}`,
  );
}
if (results.errors.length)
  log(`sections that could not run: ${results.errors.map((e) => e.section).join(', ')}`);
log(
  `done in ${results.durationS.toFixed(0)} s (${SECTIONS.filter((x) => options.only.includes(x)).join(', ')})`,
);
process.exit(results.errors.length && !status ? 1 : status);
