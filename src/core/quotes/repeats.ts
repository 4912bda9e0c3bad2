import type { Work } from './anaphora.ts';
import { spanText, type QuoteSpan } from './find-quotes.ts';
import type { People } from './names.ts';
import { ALL_CAPS, LETTER_RUNS, NON_WORD_RUNS } from './letters.ts';
import { paragraphEnd, paragraphStart } from './paragraphs.ts';

/**
 * Pull quotes and repeated quotations. Magazines box a quotation from the body and set it out of
 * place ("“…,” Stafford said." between two paragraphs about Cooke): the box is no part of the
 * story's flow, so a pronoun after it ("he continued") goes back past it, and the box's quote is
 * the same words as its twin in the body, so the two share a speaker.
 */

// Twins must be long enough to be one person's words, not a repeated term ("national team").
const MIN_TWIN = 24;
// A box holds its quote and at most a short frame ("Babin said of potential spending shortfalls").
const MAX_FRAME_WORDS = 12;

/**
 * A quotation's words for comparing twins: letters and digits only, lower case. Never longer
 * than the quotation (no character lower-cases to more letters than it has code units), so a
 * quotation shorter than a minimum key length can be passed over without building its key.
 */
function twinKey(quote: string): string {
  // A character-code loop is a fraction of the cost of lower-casing and a Unicode property
  // regex, and quotations are mostly ASCII letters and typographic punctuation. Any other
  // character (an accented letter, a Σ whose lower case depends on its neighbours) sends the
  // whole quotation to the full rule.
  let key = '';
  let run = -1; // start of a run of characters kept as they are (a–z, 0–9)
  for (let i = 0; i < quote.length; i++) {
    const c = quote.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (run < 0) run = i;
      continue;
    }
    if (run >= 0) {
      key += quote.slice(run, i);
      run = -1;
    }
    if (c >= 65 && c <= 90) key += String.fromCharCode(c + 32);
    else if (c >= 128 && !isPunctuation(c)) return slowTwinKey(quote);
  }
  return run >= 0 ? key + quote.slice(run) : key;
}

function slowTwinKey(quote: string): string {
  return quote.toLowerCase().replace(NON_WORD_RUNS.re, '');
}

/** Non-ASCII spaces, dashes, quotation marks and the ellipsis: neither letters nor digits. */
function isPunctuation(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0xab ||
    c === 0xbb ||
    c === 0x2009 ||
    c === 0x200a ||
    (c >= 0x2010 && c <= 0x201f) ||
    c === 0x2026 ||
    c === 0x202f
  );
}

/**
 * Starts of the paragraphs that are pull-quote boxes: one quotation, repeated in another paragraph,
 * and at most a short frame. When both twins look like boxes, neither is taken for one.
 */
export function pullQuoteParagraphs(text: string, spans: QuoteSpan[]): Set<number> {
  const boxes = new Set<number>();
  if (spans.length < 2) return boxes;
  const perParagraph = new Map<number, number>();
  const paraOf = spans.map((s) => {
    const p = paragraphStart(text, s.start);
    perParagraph.set(p, (perParagraph.get(p) ?? 0) + 1);
    return p;
  });
  const byKey = new Map<string, number[]>();
  spans.forEach((s, i) => {
    // The words lie between the marks, so a span this short cannot hold a twin's key.
    if (s.end - s.start - 1 < MIN_TWIN) return;
    const key = twinKey(spanText(text, s));
    if (key.length < MIN_TWIN) return;
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    const boxLike = list.filter((i) => {
      const p = paraOf[i]!;
      if (perParagraph.get(p) !== 1) return false;
      const end = paragraphEnd(text, p);
      const para = text.slice(p, end < 0 ? text.length : end);
      const s = spans[i]!;
      const rest = `${para.slice(0, s.start - p)} ${para.slice(s.end - p)}`;
      return (rest.match(LETTER_RUNS.re) ?? []).length <= MAX_FRAME_WORDS;
    });
    const paragraphs = new Set(list.map((i) => paraOf[i]!));
    if (boxLike.length === 1 && paragraphs.size > 1) boxes.add(paraOf[boxLike[0]!]!);
  }
  return boxes;
}

/** The paragraph a pronoun looks back from: past any pull-quote boxes right before it. */
export function pastBoxes(text: string, paraStart: number, boxes: ReadonlySet<number>): number {
  let at = paraStart;
  while (at > 0) {
    const prev = paragraphStart(text, at - 1);
    if (!boxes.has(prev)) break;
    at = prev;
  }
  return at;
}

/**
 * A speech quote with no speaker takes its twin's (the same words quoted elsewhere in the article
 * with a frame); a surname speaker takes the full name the article gives later ("Cooke said" at
 * the top, "Doug Cooke" further down).
 */
export function shareWithTwins(out: Work[], people: People): void {
  const speakerOf = new Map<string, Work>();
  for (const q of out) {
    if (q.kind !== 'speech' || !q.speaker) continue;
    // Not an acronym: "CDC" is an organisation, not the surname of "Chinese CDC".
    if (!q.speaker.includes(' ') && !ALL_CAPS.re.test(q.speaker)) {
      const full = people.known(q.speaker);
      if (full && full.name.includes(' ') && full.name.endsWith(` ${q.speaker}`)) {
        q.speaker = full.name;
        q.role ??= full.role;
      }
    }
    if (q.text.length < MIN_TWIN) continue;
    const key = twinKey(q.text);
    if (key.length >= MIN_TWIN && !speakerOf.has(key)) speakerOf.set(key, q);
  }
  if (speakerOf.size === 0) return;
  for (const q of out) {
    if (q.kind !== 'speech' || q.speaker || q.anonymous || q.text.length < MIN_TWIN) continue;
    const twin = speakerOf.get(twinKey(q.text));
    if (twin) {
      q.speaker = twin.speaker;
      q.role = twin.role;
    }
  }
}

// A section number before a heading ("3. “Not some irregular channel”").
const HEADING_NUMBER = /^\s*(?:\d+[.):]?\s*)?$/;

/**
 * A section heading that is only a quotation ("3. “Not some irregular channel”") quotes words the
 * person below says: a speech quote in one of the next two paragraphs that holds the heading's
 * words ("My role was not some irregular channel, …," he told lawmakers) lends it its speaker.
 */
export function echoHeadings(out: Work[], text: string): void {
  out.forEach((q, i) => {
    // Only a heading that reads as speech: a named thing (“The Giuliani problem”) stays a term.
    if (q.kind !== 'speech' || q.speaker || q.anonymous || q.text.trim().split(/\s+/).length < 3)
      return;
    const end = paragraphEnd(text, q.span.end);
    const paraEnd = end < 0 ? text.length : end;
    if (paraEnd === text.length || !numberOnly(text, q.paraStart, q.span.start)) return;
    if (!numberOnly(text, q.span.end, paraEnd)) return;
    const own = `${text.slice(q.paraStart, q.span.start)}${text.slice(q.span.end, paraEnd)}`;
    if (!HEADING_NUMBER.test(own)) return;
    const key = twinKey(q.text);
    if (key.length < MIN_HEADING) return;
    // The next two paragraphs end where the one after them starts.
    const second = paragraphEnd(text, paraEnd + 1);
    const third = second < 0 ? text.length : paragraphEnd(text, second + 1);
    const limit = third < 0 ? text.length : third;
    for (let j = i + 1; j < out.length && out[j]!.span.start < limit; j++) {
      const o = out[j]!;
      if (
        o.kind === 'speech' &&
        o.speaker &&
        o.text.length >= key.length &&
        twinKey(o.text).includes(key)
      ) {
        q.speaker = o.speaker;
        q.role = o.role;
        return;
      }
    }
  });
}
const MIN_HEADING = 12;
const NUMBER_CHAR = /[\s\d.):]/;

/**
 * Whether text[from, to) holds only what HEADING_NUMBER allows (spaces, digits, "." ")" ":"): read
 * up to the first other character, so a quote in a long paragraph costs nothing like the
 * paragraph's length (copying it for every quote made one-paragraph texts quadratic).
 */
function numberOnly(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!NUMBER_CHAR.test(text[i]!)) return false;
  return true;
}
