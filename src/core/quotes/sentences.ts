import type { QuoteSpan } from './find-quotes.ts';
import { isSpaceCode, rx } from './letters.ts';
import { paragraphEnd, paragraphStart } from './paragraphs.ts';

/** Sentence and paragraph boundaries in the joined article text (blocks separated by `\n`). */

// A title's abbreviation before a name ends no sentence ("said Rep. Brian Babin", "Dr. Jane Smith",
// Polish and Czech "prof. Ewa Marciniak", "mec. Jan Nowak", "doc. Petr Novák", Dutch "dr. Femke
// Oudshoorn", "ir. Jan de Vries").
export const TITLE_ABBR =
  '\\b(?:Mr|Mrs|Ms|Dr|Prof|Rep|Sen|Gov|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Rev|Det|Supt|Hon|Cpl|Const|Insp|Pte|Pvt|Cmdr|Cdr|Atty|Amb|Brig|Coun|Cllr|prof|doc|mec|inż|hab|płk|mjr|kpt|dr|drs|ir)';
// A sentence ends at . ! ? before a capital, but not after an initial ("Marsha P. Johnson").
const SENTENCE_END = rx(
  `(?<!(?:^|\\s)\\p{Lu})(?<!${TITLE_ABBR}(?=\\.))[.!?…。！？](?:["”’»」]?)\\s+(?=[\\p{Lu}“"«„‘']|$)`,
  'gu',
);
export function previousParagraph(text: string, paraStart: number): string {
  if (paraStart === 0) return '';
  return text.slice(paragraphStart(text, paraStart - 1), paraStart - 1);
}

export function lastSentence(para: string): string {
  return cutSentenceStart(
    para.trimEnd().replace(/[“"«„][^”"»“]*[”"»“]/g, (q) => ' '.repeat(q.length)),
  );
}

// (Matches are walked with exec, not matchAll, which copies the regex on every call: these run
// for every quote.)
export function cutSentenceStart(before: string): string {
  const re = SENTENCE_END.re;
  let start = 0;
  re.lastIndex = 0;
  for (let m = re.exec(before); m !== null; m = re.exec(before)) start = m.index + m[0].length;
  return before.slice(start);
}

const SENTENCE_STOP = rx(
  `(?<!(?:^|[\\s.])\\p{Lu})(?<!${TITLE_ABBR}(?=\\.\\s+\\p{Lu}))[.!?…。！？](?:\\s|$)`,
  'u',
);
export function cutSentenceEnd(after: string): string {
  // (Most frames open with a letter: no stops or spaces to blank.)
  const c = after.charCodeAt(0);
  const lead = c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2c || isSpaceCode(c);
  const m = SENTENCE_STOP.re.exec(
    lead ? after.replace(/^[.!?,\s]+/, (s) => ' '.repeat(s.length)) : after,
  );
  return m ? after.slice(0, m.index) : after;
}

/** The sentences of a paragraph, quotations blanked so their inner full stops do not split it. */
export function sentencesOf(para: string): string[] {
  const blanked = para.trimEnd().replace(/[“"«„][^”"»“]*[”"»“]/g, (q) => ' '.repeat(q.length));
  const out: string[] = [];
  const re = SENTENCE_END.re;
  let start = 0;
  re.lastIndex = 0;
  for (let m = re.exec(blanked); m !== null; m = re.exec(blanked)) {
    out.push(blanked.slice(start, m.index + 1));
    start = m.index + m[0].length;
  }
  out.push(blanked.slice(start));
  return out.filter((x) => x.trim());
}

export function nextStop(text: string, spans: QuoteSpan[], i: number): number {
  const paraEnd = paragraphEnd(text, spans[i]!.end);
  const end = paraEnd < 0 ? text.length : paraEnd;
  const next = spans[i + 1]?.start ?? end;
  return Math.min(end, next);
}
