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
  /** Of those, the ones missing from ours. */
  lost: string[];
}

export function sentenceLoss(reference: string, plain: string, ours: string): SentenceLoss {
  const plainNorm = ` ${norm(plain)} `;
  const oursNorm = ` ${norm(ours)} `;
  const kept = sentences(reference).filter((s) => plainNorm.includes(` ${s} `));
  return { kept: kept.length, lost: kept.filter((s) => !oursNorm.includes(` ${s} `)) };
}
