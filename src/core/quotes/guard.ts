import { rx } from './letters.ts';

/**
 * A costly regex behind a cheap one. Most frames hold none of the words a pattern needs, yet V8
 * compiles a Unicode regex that embeds NAME in milliseconds on its first use (the first page of a
 * tab pays that) and runs it slowly. `need` must match every text `re` can match: a plain,
 * non-global regex of words `re` cannot do without. `re` reads the text being analysed (see rx).
 */
export function guarded(need: RegExp, re: RegExp): { exec(text: string): RegExpExecArray | null } {
  const costly = rx(re);
  return { exec: (text) => (need.test(text) ? costly.re.exec(text) : null) };
}
