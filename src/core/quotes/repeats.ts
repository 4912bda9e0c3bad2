import type { Work } from './anaphora.ts';
import { spanText, type QuoteSpan } from './find-quotes.ts';
import type { People } from './names.ts';

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

/** A quotation's words for comparing twins: letters and digits only, lower case. */
function twinKey(quote: string): string {
  return quote.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function paragraphStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
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
      const end = text.indexOf('\n', p);
      const para = text.slice(p, end < 0 ? text.length : end);
      const s = spans[i]!;
      const rest = `${para.slice(0, s.start - p)} ${para.slice(s.end - p)}`;
      return (rest.match(/\p{L}+/gu) ?? []).length <= MAX_FRAME_WORDS;
    });
    const paragraphs = new Set(list.map((i) => paraOf[i]!));
    if (boxLike.length === 1 && paragraphs.size > 1) boxes.add(paraOf[boxLike[0]!]!);
  }
  return boxes;
}

/** The paragraph a pronoun looks back from: past any pull-quote boxes right before it. */
export function pastBoxes(text: string, paraStart: number, boxes: Set<number>): number {
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
    if (!q.speaker.includes(' ') && !/^\p{Lu}{2,}$/u.test(q.speaker)) {
      const full = people.known(q.speaker);
      if (full && full.name.includes(' ') && full.name.endsWith(` ${q.speaker}`)) {
        q.speaker = full.name;
        q.role ??= full.role;
      }
    }
    const key = twinKey(q.text);
    if (key.length >= MIN_TWIN && !speakerOf.has(key)) speakerOf.set(key, q);
  }
  for (const q of out) {
    if (q.kind !== 'speech' || q.speaker || q.anonymous) continue;
    const twin = speakerOf.get(twinKey(q.text));
    if (twin) {
      q.speaker = twin.speaker;
      q.role = twin.role;
    }
  }
}
