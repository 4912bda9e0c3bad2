import { APOSTROPHES, CLOSERS, isCjk, isSingle, QUOTE_CHARS } from './quote-marks.ts';
import { LETTER_OR_DIGIT, rx, rxOf } from './letters.ts';
import { paragraphEnd } from './paragraphs.ts';

/** How a mark sits among its neighbours: opening, closing, or an apostrophe. */

export interface Open {
  mark: string;
  pos: number;
  reopens: number[];
}

export const SPACE = /[\s\u00a0\u202f\u2009\u2007]/;
// Characters after which a quote may open / before which it may close besides spaces.
const BEFORE_OPEN = /[([{\u2014\u2013\-/:：，,、。;；=>]/;
const AFTER_CLOSE = /[)\]}.,;:!?…\u2014\u2013\-/。，、！？：；]/;
// Elided words that start with an apostrophe (’em, ’til, rock ’n’ roll, ’90s).
const ELISION = rx(
  String.raw`^(?:em|til|cause|tis|twas|bout|cept|n|nuff|round|s)(?![\p{L}])`,
  'iu',
);
// Guillemets are unambiguous, so French spacing inside them may be any space but a newline.
export const DOUBLED: Record<string, string> = { '’’': '”', "''": '"' };
export const SPACED = new Set(['«', '»', '‹', '›']);

export function opens(text: string, i: number): boolean {
  const c = text[i]!;
  const prev = text[i - 1];
  let next = text[i + 1];
  if (SPACED.has(c) && next !== undefined && next !== '\n' && SPACE.test(next)) next = text[i + 2];
  if (next === undefined || next === '\n' || SPACE.test(next)) return false;
  if (prev === undefined || prev === '\n' || SPACE.test(prev) || BEFORE_OPEN.test(prev))
    return true;
  if (QUOTE_CHARS.has(prev)) return true;
  return isCjk(prev) || isCjk(next) || /[\u3000-\u303f]/.test(prev);
}

export function closes(text: string, i: number): boolean {
  const c = text[i]!;
  let prev = text[i - 1];
  const next = text[i + 1];
  if (SPACED.has(c) && prev !== undefined && prev !== '\n' && SPACE.test(prev)) prev = text[i - 2];
  if (prev === undefined || prev === '\n' || SPACE.test(prev)) return false;
  if (next === undefined || next === '\n' || SPACE.test(next) || AFTER_CLOSE.test(next))
    return true;
  if (QUOTE_CHARS.has(next)) return true;
  // “enemies,”with: a closing mark after the quote's own comma or stop, its space lost in the
  // page's markup. Only marks that close in English and French; „…“ closes with an English opener.
  if ((c === '”' || c === '»') && /[,.!?…]/.test(prev)) return true;
  return isCjk(next) || isCjk(prev);
}

/** A one-character string that is an ASCII letter or digit (of LETTER_OR_DIGIT, never CJK). */
function isAsciiLetterOrDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

const WORD_THEN_APOSTROPHE = rx(String.raw`^[\p{L}]+[’'‘]`, 'u');

/** Apostrophes: it’s, rock’n’roll, ’91, ’em, and a plural possessive (drivers’) unless a single quote is open. */
export function isApostrophe(text: string, i: number, stack: Open[]): boolean {
  const c = text[i]!;
  if (!APOSTROPHES.has(c)) return false;
  const prev = text[i - 1] ?? ' ';
  const next = text[i + 1] ?? ' ';
  // (Most stand between two ASCII letters, it’s, don't: decided without a regex.)
  if (isAsciiLetterOrDigit(prev) && isAsciiLetterOrDigit(next)) return true;
  // Between letters it is an apostrophe (it’s), except where a single quote is open and a
  // Hangul or CJK letter touches it: Korean particles attach to the closing mark (‘리벤지’의).
  if (LETTER_OR_DIGIT.re.test(prev) && LETTER_OR_DIGIT.re.test(next))
    return !(
      (isCjk(prev) || isCjk(next)) &&
      stack.some((o) => CLOSERS[o.mark]?.includes(c) && isSingle(o.mark))
    );
  if (
    !LETTER_OR_DIGIT.re.test(prev) &&
    /\d/.test(next) &&
    /^\d\d(?:s|\b)/.test(text.slice(i + 1, i + 4))
  )
    return true;
  if (!LETTER_OR_DIGIT.re.test(prev) && ELISION.re.test(text.slice(i + 1, i + 7))) {
    // ‘n’ / ’em are elisions, but ‘Stop’ opens: only elide when no closing partner follows soon.
    const rest = text.slice(i + 1, i + 6);
    if (
      /^n[’'‘]/.test(rest) ||
      !WORD_THEN_APOSTROPHE.re.test(text.slice(i + 1, i + 12)) ||
      /^s\b/.test(rest)
    )
      return true;
  }
  if (LETTER_OR_DIGIT.re.test(prev) && !LETTER_OR_DIGIT.re.test(next)) {
    // A closing single mark only when a single-mark quote is open; otherwise a possessive.
    if (!stack.some((o) => CLOSERS[o.mark]?.includes(c) && isSingle(o.mark))) return true;
    // drivers’ inside ‘…’: a possessive when another closer follows before the paragraph ends.
    if (prev === 's' && next === ' ') {
      const end = paragraphEnd(text, i);
      const rest = text.slice(i + 1, end < 0 ? undefined : end);
      const later = rxOf(`\\p{L}${c}(?=[\\s.,;:!?]|$)`, 'u').exec(rest);
      return later !== null && !/[‘‚']/.test(rest.slice(0, later.index));
    }
    return false;
  }
  return false;
}

const SPACE_THEN_UPPER = rx(String.raw`^[ \u00a0]\p{Lu}`, 'u');
// A letter or digit, a sentence stop, the mark, a capital.
const GLUED_OPENER = rx(String.raw`^[\p{L}\p{N}][.!?]“\p{Lu}$`, 'u');

/**
 * An opening mark typed with a space after it (`. “ I love`, `. " You`): it opens when nothing is
 * open yet, it follows a sentence end, a colon or the paragraph start, and a capital follows.
 */
export function opensLoosely(text: string, i: number): boolean {
  if (!'“"„«'.includes(text[i]!)) return false;
  // `30 percent.“We have found…`: a curly opener glued to the sentence before, its space lost.
  if (text[i] === '“' && GLUED_OPENER.re.test(text.slice(Math.max(0, i - 2), i + 2))) return true;
  if (!SPACE_THEN_UPPER.re.test(text.slice(i + 1, i + 3))) return false;
  let k = i - 1;
  while (k >= 0 && text[k] !== '\n' && SPACE.test(text[k]!)) k--;
  return k < 0 || text[k] === '\n' || (k < i - 1 && /[.!?…:]/.test(text[k]!));
}
