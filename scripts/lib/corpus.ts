import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared corpus sits beside the checkout; a user's clone does not have it. */
export const SHARED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');
export const CORPUS_DIR = join(SHARED_DIR, 'corpus');

export function corpusAvailable(): boolean {
  return existsSync(join(CORPUS_DIR, 'aeb', 'ground-truth.json'));
}

export interface CorpusPage {
  corpus: 'aeb' | 'wcxb';
  id: string;
  url: string;
  /** Path of the saved HTML. */
  file: string;
  truth: string;
  /** WCXB only: snippets that must / must not appear in a good extraction. */
  with?: string[];
  without?: string[];
}

interface TruthEntry {
  articleBody: string;
  url: string;
  with?: string[];
  without?: string[];
}

export function loadCorpus(name: 'aeb' | 'wcxb'): CorpusPage[] {
  const dir = join(CORPUS_DIR, name);
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    TruthEntry
  >;
  return Object.entries(truth)
    .map(([id, t]) => ({
      corpus: name,
      id,
      url: t.url,
      file: join(dir, 'html', `${id}.html`),
      truth: t.articleBody,
      ...(t.with ? { with: t.with } : {}),
      ...(t.without ? { without: t.without } : {}),
    }))
    .filter((p) => existsSync(p.file))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Reads a saved page as text, honouring a `<meta charset>` that is not UTF-8. */
/**
 * Saved copies are often re-encoded to UTF-8 without their `<meta charset>` being updated
 * (Readability's own test pages are: qq.com says gb2312). Bytes that decode as UTF-8 without
 * error are UTF-8: text in a legacy charset almost never forms valid multi-byte sequences.
 */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function readPage(file: string): string {
  const bytes = readFileSync(file);
  const head = bytes.subarray(0, 4096).toString('latin1');
  const charset = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (charset && !/^utf-?8$/.test(charset) && !isUtf8(bytes)) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      /* unknown label: fall back to UTF-8 */
    }
  }
  return bytes.toString('utf8');
}
