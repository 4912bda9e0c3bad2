/**
 * Silent reading speeds in words per minute, by primary language subtag.
 * English 238 wpm is Brysbaert's meta-analysis figure for non-fiction (M. Brysbaert, "How many
 * words do we read per minute? A review and meta-analysis of reading rate", Journal of Memory
 * and Language 109, 2019, doi:10.1016/j.jml.2019.104047). The other languages use the
 * per-language estimates that paper derives from the IReST texts (Trauzettel-Klosinski & Dietz,
 * IOVS 53, 2012); languages it does not cover fall back to the English figure.
 */
const WORDS_PER_MINUTE: Record<string, number> = {
  en: 238,
  ar: 181,
  de: 260,
  es: 278,
  fi: 195,
  fr: 214,
  he: 224,
  it: 285,
  ko: 226,
  nl: 228,
  sv: 218,
};
const DEFAULT_WPM = 238;

/**
 * Chinese and Japanese have no spaces between words, so they are counted and timed by
 * characters: about 255 (zh) and 357 (ja) characters per minute in the IReST study, the figures
 * Firefox's reader view uses.
 */
const CHARS_PER_MINUTE: Record<string, number> = { zh: 255, ja: 357 };

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * Words in a text, with each Chinese/Japanese character counted as one unit, since a
 * whitespace split would count a whole CJK paragraph as one word.
 *
 * @example
 * countWords('Hello world'); // 2
 * countWords('人工智能迈上新台阶'); // 9
 */
export function countWords(text: string): number {
  const cjk = text.match(CJK_CHAR)?.length ?? 0;
  const rest = text
    .replace(CJK_CHAR, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  return cjk + rest.length;
}

/**
 * Minutes to read, at least 1. Pass `text` to count words here (needed for CJK, where
 * `wordCount` from a whitespace split is meaningless).
 */
export function readingMinutes(wordCount: number, lang: string | null, text?: string): number {
  const primary = lang?.toLowerCase().split('-')[0] ?? '';
  const count = text === undefined ? wordCount : countWords(text);
  const perMinute = CHARS_PER_MINUTE[primary] ?? WORDS_PER_MINUTE[primary] ?? DEFAULT_WPM;
  return Math.max(1, Math.round(count / perMinute));
}
