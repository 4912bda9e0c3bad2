/**
 * Quotation marks of the world's typographies: which characters open a quotation and which
 * characters may close it. A character can appear as opener in one convention and closer in
 * another (“ opens in English and closes in German), so direction is decided in context by
 * find-quotes; this table only says what may pair with what.
 */
export const CLOSERS: Readonly<Record<string, string>> = {
  '“': '”“', // English “…”; “…“ is a frequent typo (Italian and German sites)
  '”': '”', // Swedish/Finnish ”…”
  '„': '“”', // German „…“, Polish/Romanian/Hungarian „…”
  '‘': '’‘',
  '‚': '‘’', // German ‚…‘
  '’': '’', // Swedish ’…’
  '«': '»', // French, Russian, Italian, Spanish (inner spaces are allowed)
  '»': '«»', // Danish/German reversed »…«, Swedish »…»
  '‹': '›',
  '›': '‹›',
  '「': '」', // CJK corner brackets
  '『': '』',
  '〝': '〞〟',
  '﹁': '﹂',
  '﹃': '﹄',
  '＂': '＂', // full-width straight
  '＇': '＇',
  '"': '"”', // straight opened, curly closed: "…” (a frequent slip, like “…")
  "'": "'",
};

/** Marks whose direction is fixed: they can only ever close. */
export const CLOSE_ONLY = new Set(['」', '』', '〞', '〟', '﹂', '﹄']);

/** Marks that are also apostrophes; they open or close only in a clear flanking context. */
export const APOSTROPHES = new Set(["'", '’', '‘', '＇']);

/** Every character that may be a quotation mark. */
export const QUOTE_CHARS = new Set([...Object.keys(CLOSERS), ...CLOSE_ONLY]);

/** Marks that are "double" for nesting purposes (a single inside a double is a nested quote). */
export function isSingle(mark: string): boolean {
  return "'’‘‚‹›＇".includes(mark);
}

/** Spaces that French and Swiss typography put inside guillemets (NBSP, NNBSP, thin). */
export const INNER_SPACE = /[\s\u00a0\u202f\u2009\u2007]/;

/** Whether a character is CJK (ideographs, kana, hangul, full-width forms). */
export function isCjk(ch: string): boolean {
  return /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch);
}
