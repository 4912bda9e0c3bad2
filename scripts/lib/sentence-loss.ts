/**
 * Which sentences of a reference text plain Readability kept and our pipeline lost: the check
 * that a cleaner never removes real article text, run over whole corpora.
 */
import { tokens } from './shingle-metric.ts';

const norm = (text: string): string => tokens(text).join(' ');

/** Sentences of at least `minWords` words, as normalised token strings. */
export function sentences(text: string, minWords = 6): string[] {
  return text
    .split(/\n+|(?<=[.!?…]["”’»)]?)\s+(?=[\p{Lu}\p{N}"“‘«])/u)
    .map(norm)
    .filter((s) => s.split(' ').length >= minWords);
}

export interface SentenceLoss {
  /** Reference sentences plain Readability kept. */
  kept: number;
  /** Of those, the ones missing from our text. */
  lost: string[];
  /** Of the lost, those not in our HTML either (captions are there): gone from the reader's view. */
  hidden: string[];
  /** Of the lost, those neither in our HTML nor in a removed block's record. */
  unaccounted: string[];
}

/**
 * Compares a reference with plain Readability's text and ours. `oursHtml` and `removed` tell a
 * sentence we moved (a caption, kept in the HTML) or removed on purpose (recorded, restorable)
 * from one that silently vanished.
 */
export function sentenceLoss(
  reference: string,
  plain: string,
  ours: string,
  oursHtml = '',
  removed: readonly string[] = [],
): SentenceLoss {
  const plainNorm = ` ${norm(plain)} `;
  const oursNorm = ` ${norm(ours)} `;
  // Tags stripped both ways: inline markup may glue words ("<span>Credit</span>Ted") or not.
  const html = ` ${norm(oursHtml.replace(/<[^>]*>/g, ' '))} | ${norm(oursHtml.replace(/<[^>]*>/g, ''))} `;
  const elsewhere = `${html}| ${removed.map(norm).join(' | ')} `;
  const kept = sentences(reference).filter((s) => plainNorm.includes(` ${s} `));
  const lost = kept.filter((s) => !oursNorm.includes(` ${s} `));
  return {
    kept: kept.length,
    lost,
    hidden: lost.filter((s) => !html.includes(` ${s} `)),
    unaccounted: lost.filter((s) => !elsewhere.includes(` ${s} `)),
  };
}
