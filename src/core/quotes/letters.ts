/**
 * Regexes with Unicode-property classes (\p{Lu}, \p{L}, …) and their Latin-1 twins.
 *
 * V8 builds a property class from Unicode tables on a regex's first use (a few hundred
 * microseconds for each \p{…}, in each regex that spells one) and runs it more slowly than a
 * class of a few ranges. Most articles (about four in five of the corpus) write every letter,
 * mark and digit in Latin-1. While such a text is analysed, `rx(…).re` gives a twin of the regex
 * in which each property class is its Latin-1 part: on any string of that text the twin matches
 * exactly as the original does (tests check every class over every character such a text may
 * hold, and that the analysis reads only such strings). Other texts keep the original regexes.
 */

let latin = false;

// The Latin-1 part of each property: [case-sensitive, under /i]. Under /iu a \p{Lu} or \p{Ll}
// matches every letter with a case partner of that category, so "µ" (partner "Μ"), "ß" ("ẞ") and
// "ÿ" ("Ÿ") count as both; "ª" and "º" have no case.
const CASED = 'A-Za-z\\xb5\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\xff';
const PART: Readonly<Record<string, readonly [string, string]>> = {
  Lu: ['A-Z\\xc0-\\xd6\\xd8-\\xde', CASED],
  Ll: ['a-z\\xb5\\xdf-\\xf6\\xf8-\\xff', CASED],
  L: [`${CASED}\\xaa\\xba`, `${CASED}\\xaa\\xba`],
  // No mark is in Latin-1; the variation selectors that follow emoji are the marks such a text
  // may hold (see isLatinText).
  M: ['\\ufe00-\\ufe0f', '\\ufe00-\\ufe0f'],
  N: ['0-9\\xb2\\xb3\\xb9\\xbc-\\xbe', '0-9\\xb2\\xb3\\xb9\\xbc-\\xbe'],
};
const PROPERTY = /^\\p\{([^}]+)\}/;

/** A regex source with each \p{…} replaced by its Latin-1 part (Script=… by nothing). */
export function latinSource(source: string, flags: string): string {
  const i = flags.includes('i') ? 1 : 0;
  let out = '';
  let inClass = false;
  for (let k = 0; k < source.length; k++) {
    const c = source[k]!;
    if (c === '\\') {
      const m = source[k + 1] === 'p' ? PROPERTY.exec(source.slice(k, k + 40)) : null;
      if (!m) {
        out += source.slice(k, k + 2);
        k++;
        continue;
      }
      const part = m[1]!.startsWith('Script=') ? '' : PART[m[1]!]?.[i];
      if (part === undefined) throw new Error(`No Latin-1 part for \\p{${m[1]}}`);
      // An empty class matches nothing, as a script without Latin-1 letters does here.
      out += inClass ? part : `[${part}]`;
      k += m[0].length - 1;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/**
 * Whether every letter, mark and digit of a text is Latin-1: every code unit above U+00FF is
 * punctuation, a symbol, a space or a format character from the blocks below (ranges a test
 * checks against the engine's own classes), a variation selector, or half of an emoji.
 */
export function isLatinText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x100) continue;
    if (c >= 0xd800 && c <= 0xdbff) {
      const cp = text.codePointAt(i)!;
      if (cp < 0x1f300 || cp > 0x1faff) return false;
      i++;
      continue;
    }
    if (!allowed(c)) return false;
  }
  return true;
}

function allowed(c: number): boolean {
  return (
    (c >= 0x2000 && c <= 0x206f) || // general punctuation: dashes, quotes, spaces, bullets
    (c >= 0x20a0 && c <= 0x20c0) || // currency signs
    (c >= 0x2190 && c <= 0x23ff) || // arrows, mathematical operators, technical symbols
    (c >= 0x2500 && c <= 0x2775) || // box drawing, shapes, miscellaneous symbols, dingbats
    (c >= 0x2794 && c <= 0x27bf) ||
    (c >= 0x3000 && c <= 0x3004) || // CJK spaces and punctuation, corner brackets
    (c >= 0x3008 && c <= 0x3020) ||
    (c >= 0xfe00 && c <= 0xfe0f) || // variation selectors (marks; see PART.M)
    (c >= 0xff01 && c <= 0xff0f) || // full-width punctuation
    (c >= 0xff1a && c <= 0xff20) ||
    c === 0xfeff ||
    c === 0xfffd
  );
}

/** A regex and, made on first need, its Latin-1 twin. */
export class TextRegex {
  private twin: RegExp | undefined;
  constructor(readonly unicode: RegExp) {}
  /** The regex for the text being analysed (the twin while it is Latin-1 text). */
  get re(): RegExp {
    if (!latin) return this.unicode;
    return (this.twin ??= new RegExp(
      latinSource(this.unicode.source, this.unicode.flags),
      this.unicode.flags,
    ));
  }
}

/** Every TextRegex made, for the tests that check each twin. */
export const ALL_TEXT_REGEXES: TextRegex[] = [];

/** A regex with Unicode-property classes that reads strings of the text being analysed. */
export function rx(re: RegExp): TextRegex {
  const made = new TextRegex(re);
  ALL_TEXT_REGEXES.push(made);
  return made;
}

const BUILT = new Map<string, TextRegex>();

/** `rx(new RegExp(source, flags))` for a pattern built per call, each source made once. */
export function rxOf(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let made = BUILT.get(key);
  if (!made) {
    // Sources may hold words of a page: keep the cache from growing page after page.
    if (BUILT.size >= 1000) BUILT.clear();
    BUILT.set(key, (made = new TextRegex(new RegExp(source, flags))));
  }
  return made.re;
}

/**
 * Runs `analyse` with the regexes fitted to `texts`: the Latin-1 twins when all of them are
 * Latin-1 text. Every string the regexes read inside must come from these texts (or be plain
 * ASCII).
 */
export function withTexts<T>(texts: readonly string[], analyse: () => T): T {
  const outer = latin;
  latin = texts.every(isLatinText);
  try {
    return analyse();
  } finally {
    latin = outer;
  }
}

/** Whether the Latin-1 twins are in use (for tests). */
export const usingLatinTwins = (): boolean => latin;

// Letter tests the rules share.
export const LETTER = rx(/\p{L}/u);
export const HAS_UPPER = rx(/\p{Lu}/u);
export const HAN_CHAR = rx(/\p{Script=Han}/u);
export const LETTER_OR_DIGIT = rx(/[\p{L}\p{N}]/u);
export const LETTER_RUNS = rx(/\p{L}+/gu);
export const NON_WORD_RUNS = rx(/[^\p{L}\p{N}]+/gu);
export const STARTS_LOWER = rx(/^\p{Ll}/u);
export const STARTS_UPPER = rx(/^\p{Lu}/u);
export const OPENS_UPPER = rx(/^\s*\p{Lu}/u);
export const ALL_LOWER = rx(/^\p{Ll}+$/u);
export const ALL_CAPS = rx(/^\p{Lu}{2,}$/u);
