import { isSpaceCode, LETTER, rx } from './letters.ts';
/**
 * Speech or term, from the quote's own words when no reporting frame decides it: a sentence
 * (four words or more, not a title) is speech; a short or title-cased phrase is a term (scare
 * quote, coined word, title of a work). A reporting frame around the quote overrides this
 * (see source-before): `called it a “betrayal”` is speech even though it is one word.
 */
export function looksLikeSentence(content: string): boolean {
  const words = countWords(content);
  if (words < 2) return false;
  // Ending a sentence inside the marks is speech-like; a comma is not (US style puts it inside).
  if (words < 4 && !/[.!?…。！？]$/.test(content.trim())) return false;
  return !looksLikeTitle(content);
}

const CAPITAL_OR_DIGIT_START = rx(String.raw`^[\p{Lu}\d]`, 'u');
const CJK_CHAR = rx(String.raw`\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}`, 'u');

/** Title of a work or a name: few words, no sentence punctuation, mostly capitalised. */
export function looksLikeTitle(content: string): boolean {
  // US style puts a comma or full stop inside the marks even after a title (“Black Water,”).
  const trimmed = content.trim().replace(/[.,]$/, '');
  if (/[.!?…,;:。！？，]$/.test(trimmed)) return false;
  // The words with a letter, read only up to the eleventh: most quotes are long sentences.
  // (Runs of non-space by index: matchAll(/\S+/g) copied its regex and made a match per word.)
  const words: string[] = [];
  for (let i = 0; i < trimmed.length;) {
    while (i < trimmed.length && isSpaceCode(trimmed.charCodeAt(i))) i++;
    const start = i;
    while (i < trimmed.length && !isSpaceCode(trimmed.charCodeAt(i))) i++;
    if (i === start) break;
    const word = trimmed.slice(start, i);
    if (!LETTER.re.test(word)) continue;
    if (words.push(word) > 10) return false;
  }
  if (words.length === 0) return false;
  if (CJK_CHAR.re.test(trimmed)) return [...trimmed].length <= 12;
  const caps = words.filter((w) => CAPITAL_OR_DIGIT_START.re.test(w)).length;
  return CAPITAL_OR_DIGIT_START.re.test(words[0]!) && caps / words.length >= 0.5;
}

const WORDS = rx(String.raw`[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*`, 'gu');
const CJK_CHARS = rx(
  String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]`,
  'gu',
);

/** Words of a text; CJK characters count one each since CJK has no spaces. */
export function countWords(text: string): number {
  const cjk = text.match(CJK_CHARS.re);
  const latin = text.replace(CJK_CHARS.re, ' ');
  const words = latin.match(WORDS.re)?.length ?? 0;
  return words + Math.ceil((cjk?.length ?? 0) / 2);
}
