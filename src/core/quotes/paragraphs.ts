/**
 * Paragraph bounds in the joined article text (blocks separated by `\n`), found by binary search
 * over the positions of its line breaks. The rules ask for the bounds of the paragraph around
 * every quote; scanning for the nearest `\n` each time made a text written as one long paragraph
 * quadratic (4,000 quotes in one paragraph: seconds). The positions are listed once per text:
 * analysis passes the same string to every rule, so "the same text" is an identity check.
 */

let indexed: string | null = null;
let breaks: number[] = [];

function breaksOf(text: string): number[] {
  if (text !== indexed) {
    breaks = [];
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) breaks.push(at);
    indexed = text;
  }
  return breaks;
}

/** Drops the text last indexed, so a page's text is not kept after its analysis. */
export function forgetParagraphs(): void {
  indexed = null;
  breaks = [];
}

/** Index in `list` of the first value ≥ `at` (`list.length` when none is). */
function firstAtLeast(list: number[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Start of the paragraph holding offset `at`: `text.lastIndexOf('\n', at - 1) + 1`. */
export function paragraphStart(text: string, at: number): number {
  // lastIndexOf reads a negative position as 0, and looks at that one character.
  if (at <= 1) return text.lastIndexOf('\n', at - 1) + 1;
  const list = breaksOf(text);
  const i = firstAtLeast(list, at) - 1; // the last break before `at`
  return i >= 0 ? list[i]! + 1 : 0;
}

/** The first line break at or after offset `at`, or -1: `text.indexOf('\n', at)`. */
export function paragraphEnd(text: string, at: number): number {
  const list = breaksOf(text);
  const i = firstAtLeast(list, at);
  return i < list.length ? list[i]! : -1;
}

// How far back in its paragraph the rules read for a quote's sentence and the names before it.
// Many sentences; but reading whole paragraphs for every quote made a text written as one long
// paragraph quadratic (4,000 quotes: seconds).
export const REACH = 2000;
const CLOSING_MARK = /[”」』"]/;

/**
 * The paragraph's text from `paraStart` up to `end`: only its last REACH characters, starting
 * after a closing mark (so no quotation is cut in half for blankQuotes), when it is longer.
 */
export function paragraphHead(text: string, paraStart: number, end: number): string {
  const from = end - REACH;
  if (from <= paraStart) return text.slice(paraStart, end);
  const head = text.slice(from, end);
  return head.slice(head.search(CLOSING_MARK) + 1);
}
