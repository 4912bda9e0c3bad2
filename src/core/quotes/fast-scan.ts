import { isNameParticle, NAME } from './names.ts';
import { rx, usingLatinTwins } from './letters.ts';

/**
 * Scans that give what a global Unicode-property regex gives, in a fraction of the time. V8 tries
 * such a regex at every character (a \p{Lu} or \p{L} check costs about 40 ns), which made the
 * name scan a third of quote analysis on a long page and word-splitting for reporting verbs a
 * sixth. Here a plain character class skips what cannot match, and the Unicode regex runs only
 * where it might.
 */

// Code units that never begin an upper-case letter: ASCII other than A-Z, Latin-1 symbols and
// lower case, modifiers and diacritics, Greek and Cyrillic lower case, scripts without case
// (Hebrew to Myanmar, CJK, Hangul), general punctuation, and low surrogates (astral upper-case
// letters are found at their high surrogate). A test checks every \p{Lu} of the engine against it.
export const NEVER_UPPER =
  '\\0-@\\[-\\xbf\\xdf-\\xff\\u02b0-\\u036f\\u03ac-\\u03ce\\u0430-\\u045f\\u0590-\\u109f' +
  '\\u2000-\\u206f\\u3000-\\u9fff\\uac00-\\ud7af\\udc00-\\udfff';
const MAYBE_UPPER = new RegExp(`[^${NEVER_UPPER}]`, 'g');
const NAME_AT = rx(NAME, 'uy');

/** The first NAME match at or after `from` (the match a global NAME regex would return). */
export function nextName(text: string, from: number): RegExpExecArray | null {
  MAYBE_UPPER.lastIndex = from;
  for (let c = MAYBE_UPPER.exec(text); c !== null; c = MAYBE_UPPER.exec(text)) {
    NAME_AT.re.lastIndex = c.index;
    const m = NAME_AT.re.exec(text);
    if (m) return m;
  }
  return null;
}

/**
 * The first NAME match of two words or more at or after `from`: the first such match of the walk
 * from match to match that nextName makes. Most matches are one capitalised word ("The",
 * "Huawei"); where plain ASCII shows that a match is one word (what follows it cannot continue a
 * name), the walk steps over it without trying the NAME regex, which a page would otherwise try
 * at every capital letter.
 */
export function nextFullName(text: string, from: number): RegExpExecArray | null {
  if (usingLatinTwins()) return nextFullNameLatin(text, from);
  MAYBE_UPPER.lastIndex = from;
  for (let c = MAYBE_UPPER.exec(text); c !== null; c = MAYBE_UPPER.exec(text)) {
    const end = oneWordEnd(text, c.index);
    if (end >= 0) {
      MAYBE_UPPER.lastIndex = end;
      continue;
    }
    NAME_AT.re.lastIndex = c.index;
    const m = NAME_AT.re.exec(text);
    if (!m) continue;
    if (/\s/.test(m[0])) return m;
    MAYBE_UPPER.lastIndex = m.index + m[0].length;
  }
  return null;
}

// NAME of two words or more (NAME repeats its later words {0,6} times).
const FULL_NAME = rx(`${NAME.slice(0, NAME.lastIndexOf('{0,6}'))}{1,6}`, 'gu');

/**
 * nextFullName for Latin-1 text, where the twin of a global regex of full names is cheap: one
 * search instead of a step per capital letter. A match the walk would not give is one from a
 * later capital of a run of name letters ("SD. We"): the walk reads the run from its first
 * capital, as one word there, and goes on after the run.
 */
function nextFullNameLatin(text: string, from: number): RegExpExecArray | null {
  const re = FULL_NAME.re;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let upperBefore = false;
    for (let i = m.index; i > from && isLatinNameLetter(text.charCodeAt(i - 1)); i--)
      if (isLatinUpper(text.charCodeAt(i - 1))) upperBefore = true;
    if (!upperBefore) {
      re.lastIndex = 0;
      return m;
    }
    let end = m.index;
    while (isLatinNameLetter(text.charCodeAt(end))) end++;
    re.lastIndex = end;
  }
  return null;
}

// \p{Lu} and the letters after a capital in NAME (\p{Ll}, \p{Lu}, \p{M}, ', ’, -) in Latin-1 text
// (see letters.ts: its marks are the variation selectors).
const isLatinUpper = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isLatinNameLetter = (c: number): boolean =>
  (c >= 97 && c <= 122) ||
  isLatinUpper(c) ||
  c === 0xb5 ||
  (c >= 0xdf && c <= 0xff && c !== 0xf7) ||
  (c >= 0xfe00 && c <= 0xfe0f) ||
  c === 39 ||
  c === 0x2019 ||
  c === 45;

const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;
// A space or a tab; other white space than these and the line break is left to the regex.
const isBlank = (c: number): boolean => c === 32 || c === 9;

/**
 * Where the NAME match at `at` ends when plain ASCII shows it is one word (a capital, its letters,
 * and then nothing a name could go on with: no blank followed by a capital or a particle); -1
 * when that takes the regex to decide (a letter beyond ASCII, a capital or particle ahead).
 */
function oneWordEnd(text: string, at: number): number {
  if (!isAsciiUpper(text.charCodeAt(at))) return -1;
  let end = at + 1;
  let c = text.charCodeAt(end);
  // CAP: an initial with its period, or the letters, apostrophes and hyphens after the capital.
  if (c === 46) end++;
  else
    for (; ; c = text.charCodeAt(++end)) {
      if (isAsciiLower(c) || isAsciiUpper(c) || c === 39 || c === 45 || c === 0x2019) continue;
      if (c >= 0x80) return -1;
      break;
    }
  c = text.charCodeAt(end);
  if (!isBlank(c)) return c >= 0x80 || (c >= 11 && c <= 13) ? -1 : end;
  let next = end;
  while (isBlank(text.charCodeAt(next))) next++;
  c = text.charCodeAt(next);
  if (isAsciiLower(c)) {
    let wordEnd = next;
    while (isAsciiLower(text.charCodeAt(wordEnd))) wordEnd++;
    return isNameParticle(text.slice(next, wordEnd)) ? -1 : end;
  }
  return c >= 0x80 || isAsciiUpper(c) || (c >= 11 && c <= 13) ? -1 : end;
}

/** Every NAME match of a text, in order (as text.matchAll with a global NAME regex). */
export function* namesIn(text: string): Generator<RegExpExecArray> {
  for (let m = nextName(text, 0); m !== null; m = nextName(text, m.index + m[0].length)) yield m;
}

const LETTER_OR_MARK = rx(String.raw`^[\p{L}\p{M}]$`, 'u');
// What LETTER_OR_MARK says of each code unit outside ASCII, learnt on first meeting (0: not yet
// asked, 1: a letter or mark, 2: neither): the regex on a one-character copy cost about 50 ns,
// and text in any script but plain English (é, ß, Cyrillic, Hangul) met it at nearly every
// character of every frame scanned for a verb.
const LETTER_UNITS = new Uint8Array(0x10000);

/** Code units of the letter or mark at `i` (2 for an astral one), or 0 when there is none. */
export function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c | 32) >= 97 && (c | 32) <= 122 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && LETTER_OR_MARK.re.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  if (c !== c) return 0; // past the end
  let known = LETTER_UNITS[c]!;
  if (known === 0) LETTER_UNITS[c] = known = LETTER_OR_MARK.re.test(text[i]!) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/**
 * Where the first run of letters and marks at or after `from` starts (where `/[\p{L}\p{M}]+/gu`
 * would match next), or -1; `wordEnd` gives its end. No match object per word.
 */
export function wordStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (letterAt(text, i) > 0) return i;
  return -1;
}

/** The end of the run of letters and marks that starts at `start`. */
export function wordEnd(text: string, start: number): number {
  let i = start;
  for (let n = letterAt(text, i); n > 0; n = letterAt(text, i)) i += n;
  return i;
}
