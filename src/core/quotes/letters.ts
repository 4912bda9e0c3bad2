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
// A property escape, any other escape, or a bracket that opens or closes a class.
const TOKEN = /\\p\{([^}]+)\}|\\.|\[|\]/g;

/** A regex source with each \p{…} replaced by its Latin-1 part (Script=… by nothing). */
export function latinSource(source: string, flags: string): string {
  const i = flags.includes('i') ? 1 : 0;
  let inClass = false;
  // By regex, not character by character: twins are made on a tab's first analysis, when this
  // code runs unoptimised.
  return source.replace(TOKEN, (token, property: string | undefined) => {
    if (property === undefined) {
      if (token === '[') inClass = true;
      else if (token === ']') inClass = false;
      return token;
    }
    const part = property.startsWith('Script=') ? '' : PART[property]?.[i];
    if (part === undefined) throw new Error(`No Latin-1 part for \\p{${property}}`);
    // An empty class matches nothing, as a script without Latin-1 letters does here.
    return inClass ? part : `[${part}]`;
  });
}

// Code units above U+00FF that a Latin-1 text may hold: punctuation, symbols, spaces and format
// characters of these blocks (general punctuation, currency, arrows and technical symbols, box
// drawing to dingbats, CJK and full-width punctuation; ranges a test checks against the
// engine's own classes) and the variation selectors (marks; see PART.M); and, in pairs that
// make an emoji, surrogates. NOT_LATIN finds any other code unit, a lone surrogate included.
const NOT_LATIN =
  // eslint-disable-next-line no-misleading-character-class -- a range of variation selectors, not one combined character
  /[^\0-\xff\u2000-\u206f\u20a0-\u20c0\u2190-\u23ff\u2500-\u2775\u2794-\u27bf\u3000-\u3004\u3008-\u3020\ufe00-\ufe0f\ufeff\ufffd\uff01-\uff0f\uff1a-\uff20]/;
// An emoji (U+1F300–U+1FAFF) as its surrogate pair.
const EMOJI = /\ud83c[\udf00-\udfff]|\ud83d[\udc00-\udfff]|\ud83e[\udc00-\udeff]/g;

/**
 * Whether every letter, mark and digit of a text is Latin-1: every code unit above U+00FF is one
 * of NOT_LATIN's exceptions or half of an emoji. By regex, one scan for most texts: a loop over a
 * long text costs a millisecond on a tab's first analysis, when it runs unoptimised.
 */
export function isLatinText(text: string): boolean {
  const first = NOT_LATIN.exec(text);
  if (first === null) return true;
  const c = text.charCodeAt(first.index);
  if (c < 0xd800 || c > 0xdfff) return false;
  return !NOT_LATIN.test(text.replace(EMOJI, ''));
}

/**
 * A regex made on first need, as itself or as its Latin-1 twin. Kept as a source until then: a
 * regex literal would build its Unicode classes when the module loads, about 10 ms for the
 * rules on a tab's first reader opening, which a Latin-1 page never needs.
 */
export class TextRegex {
  private unicode: RegExp | undefined;
  private twin: RegExp | undefined;
  constructor(
    readonly source: string,
    readonly flags: string,
  ) {}
  /** The regex for the text being analysed (the twin while it is Latin-1 text). */
  get re(): RegExp {
    if (!latin) return (this.unicode ??= new RegExp(this.source, this.flags));
    return (this.twin ??= new RegExp(latinSource(this.source, this.flags), this.flags));
  }
}

/** Every TextRegex made, for the tests that check each twin. */
export const ALL_TEXT_REGEXES: TextRegex[] = [];

/**
 * A regex with Unicode-property classes that reads strings of the text being analysed, from its
 * source (String.raw`…` keeps a literal's backslashes) and flags.
 */
export function rx(source: string, flags: string): TextRegex {
  const made = new TextRegex(source, flags);
  ALL_TEXT_REGEXES.push(made);
  return made;
}

const BUILT = new Map<string, TextRegex>();

/** `rx(source, flags).re` for a pattern built per call, each source made once. */
export function rxOf(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let made = BUILT.get(key);
  if (!made) {
    // Sources may hold words of a page: keep the cache from growing page after page.
    if (BUILT.size >= 1000) BUILT.clear();
    BUILT.set(key, (made = new TextRegex(source, flags)));
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

/**
 * Whether a code unit is white space as a regex's \s reads it (WhiteSpace and LineTerminator):
 * for scans that test characters one by one without a regex call each.
 */
export function isSpaceCode(c: number): boolean {
  return c <= 0x20
    ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
    : c >= 0xa0 &&
        (c === 0xa0 ||
          c === 0x1680 ||
          (c >= 0x2000 && c <= 0x200a) ||
          c === 0x2028 ||
          c === 0x2029 ||
          c === 0x202f ||
          c === 0x205f ||
          c === 0x3000 ||
          c === 0xfeff);
}

// Letter tests the rules share.
export const LETTER = rx(String.raw`\p{L}`, 'u');
export const HAS_UPPER = rx(String.raw`\p{Lu}`, 'u');
export const HAN_CHAR = rx(String.raw`\p{Script=Han}`, 'u');
export const HANGUL_CHAR = rx(String.raw`\p{Script=Hangul}`, 'u');
/**
 * Whether the text being analysed may hold Chinese, Japanese or Korean letters. A Latin-1 text
 * (see withTexts) holds none, so the frames of those languages, tried for every quote, are skipped
 * on it: each needs a Han, kana or Hangul letter to match.
 */
export const mayHoldCjk = (): boolean => !latin;
export const LETTER_OR_DIGIT = rx(String.raw`[\p{L}\p{N}]`, 'u');
export const LETTER_RUNS = rx(String.raw`\p{L}+`, 'gu');
export const NON_WORD_RUNS = rx(String.raw`[^\p{L}\p{N}]+`, 'gu');
export const STARTS_LOWER = rx(String.raw`^\p{Ll}`, 'u');
export const STARTS_UPPER = rx(String.raw`^\p{Lu}`, 'u');
export const OPENS_UPPER = rx(String.raw`^\s*\p{Lu}`, 'u');
export const ALL_LOWER = rx(String.raw`^\p{Ll}+$`, 'u');
export const ALL_CAPS = rx(String.raw`^\p{Lu}{2,}$`, 'u');
