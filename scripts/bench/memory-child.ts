/**
 * Runs in its own process (`node --expose-gc --import tsx`): parses one page, then runs plain
 * Readability and our pipeline on it one after the other, and prints one JSON line per step with
 * its peak heap. The peak is read from V8's GC profiler (heap used just before every GC during
 * the step) and from the heap at the step's end, whichever is larger. Run with --trace-gc too, the
 * parent also sees the heap of a step that does not finish in its time.
 *
 * Usage: memory-child.ts <file.html | generated:<paragraphs> | generated-short:<paragraphs>> <url>
 */
import v8 from 'node:v8';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../src/core/extract-article.ts';
import { parsePage } from '../lib/quality.ts';
import { readPage } from '../lib/corpus.ts';
import { generatedPage } from './generated-page.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

interface StepMemory {
  ms: number;
  /** Peak heap used during the step, in bytes, above the heap before it (after a full GC). */
  peakExtra: number;
  /** Absolute peak heap used during the step. */
  peak: number;
  /** Heap still used after the step and a full GC, above the heap before it (leaks show here). */
  retained: number;
  ok: boolean;
}

function heapUsed(): number {
  return process.memoryUsage().heapUsed;
}

/** One JSON line per event, so a step that runs out of time still leaves what came before. */
const emit = (record: object) => process.stdout.write(`${JSON.stringify(record)}\n`);

async function step(name: string, fn: () => boolean): Promise<StepMemory> {
  gc!();
  gc!();
  const before = heapUsed();
  // With --trace-gc the parent reads the heap at every GC, even if this step never ends.
  emit({ begin: name, heapBefore: before });
  const profiler = new v8.GCProfiler();
  profiler.start();
  const t0 = performance.now();
  const ok = fn();
  const ms = performance.now() - t0;
  const end = heapUsed();
  const stats = profiler.stop();
  // jsdom frees closed windows and documents only once the event loop turns.
  await new Promise(setImmediate);
  let peak = end;
  for (const s of stats?.statistics ?? [])
    peak = Math.max(peak, s.beforeGC.heapStatistics.usedHeapSize);
  gc!();
  gc!();
  return { ms, peak, peakExtra: peak - before, retained: heapUsed() - before, ok };
}

const [source, url = 'https://example.org/article'] = process.argv.slice(2);
if (!source) throw new Error('usage: memory-child.ts <file|generated:N> [url]');
const generated = /^generated(-short)?:(\d+)$/.exec(source);
const html = generated
  ? generatedPage(Number(generated[2]), { short: Boolean(generated[1]) })
  : readPage(source);

let dom: ReturnType<typeof parsePage> | undefined;
const parse = await step('parse', () => {
  dom = parsePage(html, url);
  return true;
});
const doc = dom!.window.document;
emit({
  step: 'parse',
  bytes: Buffer.byteLength(html),
  elements: doc.getElementsByTagName('*').length,
  ...parse,
});
emit({
  step: 'readability',
  ...(await step(
    'readability',
    () => new Readability(doc.cloneNode(true) as Document).parse() !== null,
  )),
});
let refused: string | undefined;
const pipeline = await step('pipeline', () => {
  const result = extractArticle(doc, { url });
  if (!result.ok) refused = result.reason;
  return result.ok;
});
emit({ step: 'pipeline', ...pipeline, ...(refused ? { reason: refused } : {}) });
dom!.window.close();
emit({ step: 'process', maxRss: process.resourceUsage().maxRSS * 1024 });
