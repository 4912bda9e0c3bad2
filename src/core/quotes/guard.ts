import type { TextRegex } from './letters.ts';

/**
 * A costly regex behind a cheap one. Most frames hold none of the words a pattern needs, yet V8
 * compiles a Unicode regex that embeds NAME in milliseconds on its first use (the first page of a
 * tab pays that) and runs it slowly. `need` must match every text `re` can match: a plain,
 * non-global regex of words `re` cannot do without.
 */
export function guarded(
  need: RegExp,
  re: TextRegex,
): { exec(text: string): RegExpExecArray | null } {
  return { exec: (text) => (need.test(text) ? re.re.exec(text) : null) };
}
