/**
 * Memory: peak heap of plain Readability and of our pipeline on the largest corpus page and on a
 * generated 30,000-paragraph page, each page in its own `node --expose-gc` child process.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CORPUS_DIR } from '../lib/corpus.ts';

export interface StepMemory {
  ms: number;
  peak: number;
  peakExtra: number;
  retained: number;
  ok: boolean;
  /** The pipeline's failure reason when it refused the page (e.g. `too-large`). */
  reason?: string;
}

export interface MemoryCase {
  name: string;
  source: string;
  bytes: number | null;
  elements: number | null;
  parse: StepMemory | null;
  readability: StepMemory | null;
  pipeline: StepMemory | null;
  maxRss: number | null;
  /** Why the case is incomplete (time limit, crash). */
  error?: string;
  /** The step that was running when the time ran out, and its heap peak until then (--trace-gc). */
  unfinished?: { step: string; elapsedS: number; peakExtraSoFar: number };
}

/**
 * Heap used before a GC, in bytes, from a `--trace-gc` line such as
 * `[1:0x1]  59 ms: Mark-Compact 850.2 (870.1) -> 700.3 (880.0) MB, …`; null for other lines.
 */
export function gcTraceHeapBefore(line: string): number | null {
  const m = /\d ms: [A-Za-z -]*?(?:\([a-z ]+\) )?([\d.]+) \([\d.]+\) -> [\d.]+ \([\d.]+\) MB/.exec(
    line,
  );
  return m ? Math.round(Number(m[1]) * 2 ** 20) : null;
}

export interface MemoryResult {
  cases: MemoryCase[];
  /** Time each of Readability and the pipeline may take on a page before it is stopped. */
  stepLimitS: number;
}

const CHILD = resolve('scripts/bench/memory-child.ts');

/**
 * Runs one page in a child process. A step (Readability or the pipeline) that runs longer than
 * `stepLimitS` is stopped there, its heap so far read from `--trace-gc`; `totalLimitS` bounds the
 * whole child, parsing included.
 */
export function runChild(
  name: string,
  source: string,
  url: string,
  stepLimitS: number,
  totalLimitS = stepLimitS * 4,
): Promise<MemoryCase> {
  const out: MemoryCase = {
    name,
    source,
    bytes: null,
    elements: null,
    parse: null,
    readability: null,
    pipeline: null,
    maxRss: null,
  };
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--trace-gc', '--import', 'tsx', CHILD, source, url],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let current: { step: string; heapBefore: number; since: number; peak: number } | null = null;
    let buffer = '';
    let stderr = '';
    const started = performance.now();
    const stop = (why: string) => {
      out.error = why;
      if (current) {
        out.unfinished = {
          step: current.step,
          elapsedS: (performance.now() - current.since) / 1000,
          peakExtraSoFar: Math.max(0, current.peak - current.heapBefore),
        };
      }
      child.kill('SIGKILL');
    };
    const timer = setInterval(() => {
      if (out.error) return;
      const stepS = current ? (performance.now() - current.since) / 1000 : 0;
      if (current && current.step !== 'parse' && stepS > stepLimitS) {
        stop(`${current.step} stopped after ${stepLimitS} s`);
      } else if ((performance.now() - started) / 1000 > totalLimitS) {
        stop(`stopped after ${totalLimitS} s`);
      }
    }, 250);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        const gcHeap = gcTraceHeapBefore(line);
        if (gcHeap !== null) {
          if (current) current.peak = Math.max(current.peak, gcHeap);
          continue;
        }
        if (!line.startsWith('{')) continue;
        try {
          const record = JSON.parse(line) as { begin?: string; heapBefore?: number };
          if (record.begin) {
            const heapBefore = record.heapBefore ?? 0;
            current = {
              step: record.begin,
              heapBefore,
              since: performance.now(),
              peak: heapBefore,
            };
            continue;
          }
          current = null;
          const { step, bytes, elements, maxRss, ...rest } = record as {
            step: string;
            bytes?: number;
            elements?: number;
            maxRss?: number;
          } & Partial<StepMemory>;
          const memory = rest as StepMemory;
          if (step === 'parse') Object.assign(out, { bytes, elements, parse: memory });
          else if (step === 'readability' || step === 'pipeline') out[step] = memory;
          else if (step === 'process') out.maxRss = maxRss ?? null;
        } catch {
          /* not ours */
        }
      }
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0 && !out.error) out.error = `exit ${code}: ${stderr.trim().split('\n').pop()}`;
      done(out);
    });
  });
}

/** The largest saved page of the shared corpora, by bytes. */
export function largestCorpusPage(): string | null {
  const candidates: string[] = [];
  for (const c of ['aeb', 'wcxb']) {
    const dir = join(CORPUS_DIR, c, 'html');
    if (existsSync(dir)) candidates.push(...readdirSync(dir).map((f) => join(dir, f)));
  }
  const rd = join(CORPUS_DIR, 'readability');
  if (existsSync(rd)) {
    for (const slug of readdirSync(rd)) {
      const f = join(rd, slug, 'source.html');
      if (existsSync(f)) candidates.push(f);
    }
  }
  let best: string | null = null;
  let size = -1;
  for (const f of candidates) {
    const s = statSync(f).size;
    if (s > size) [best, size] = [f, s];
  }
  return best;
}

export interface MemoryOptions {
  quick: boolean;
  withCorpus: boolean;
  log: (s: string) => void;
}

export async function runMemory({ quick, withCorpus, log }: MemoryOptions): Promise<MemoryResult> {
  const limitS = quick ? 30 : 60;
  const paragraphs = quick ? 3_000 : 30_000;
  const cases: MemoryCase[] = [];
  const largest = withCorpus ? largestCorpusPage() : resolve('samples/huawei-5g.html');
  if (largest) {
    const label = largest.startsWith(CORPUS_DIR)
      ? `largest corpus page: ${largest
          .slice(CORPUS_DIR.length + 1)
          .replace('/html/', '/')
          .replace(/\/source\.html$|\.html$/, '')
          .slice(0, 32)}`
      : 'bundled sample (no corpus)';
    log(`memory: ${label}`);
    cases.push(await runChild(label, largest, 'https://example.org/news/article', limitS));
  }
  // Normal paragraphs (~7 MB of text; the pipeline may refuse it as too large), then as many
  // short ones (under 1.5 M characters) so the extraction itself is measured.
  for (const [kind, label] of [
    ['generated', 'paragraphs'],
    ['generated-short', 'short paragraphs'],
  ] as const) {
    const name = `generated ${paragraphs.toLocaleString('en')} ${label}`;
    log(`memory: ${name}`);
    cases.push(
      await runChild(name, `${kind}:${paragraphs}`, 'https://example.org/news/long-report', limitS),
    );
  }
  return { cases, stepLimitS: limitS };
}
