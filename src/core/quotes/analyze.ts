import { resolveSource, sourceAfter, sourceBefore, type Source } from './attribute-speaker.ts';
import { looksLikeSentence } from './classify.ts';
import { findQuotes, spanText, type QuoteSpan } from './find-quotes.ts';
import { NAME, People, parsePerson, type Person } from './names.ts';

/** A quotation found in plain text, with its kind and speaker. */
export interface FoundQuote {
  span: QuoteSpan;
  text: string;
  kind: 'speech' | 'term';
  speaker: string | null;
  role: string | null;
}

interface Work extends FoundQuote {
  paraStart: number;
  atParaStart: boolean;
}

const SENTENCE_END = /[.!?…。！？](?:["”’»」]?)\s+(?=[\p{Lu}“"«„‘'\d])/gu;
const NAME_RE = new RegExp(NAME, 'gu');

/**
 * Finds the quotations of an article's text (blocks separated by `\n`), decides speech or term
 * and names each speech's speaker. Pure: no DOM. Outermost quotes only; nested quotes are part
 * of their outer quote's text.
 */
export function analyzeText(text: string): FoundQuote[] {
  const spans = findQuotes(text).filter((s) => s.depth === 0);
  const people = new People();
  const names = [...text.matchAll(NAME_RE)];
  let seen = 0;
  let last: Person | null = null;
  const out: Work[] = [];
  spans.forEach((span, i) => {
    for (; seen < names.length && names[seen]!.index < span.start; seen++) {
      const p = parsePerson(names[seen]![0]);
      if (p && p.name.includes(' ')) people.see(p.name);
    }
    const paraStart = text.lastIndexOf('\n', span.start - 1) + 1;
    const prevEnd = i > 0 && spans[i - 1]!.end > paraStart ? spans[i - 1]!.end : paraStart;
    let before = cutSentenceStart(text.slice(prevEnd, span.start));
    const atParaStart = text.slice(paraStart, span.start).trim() === '';
    if (atParaStart && paraStart > 0) {
      const prevPara = text.slice(text.lastIndexOf('\n', paraStart - 2) + 1, paraStart - 1);
      if (/[:：]\s*$/.test(prevPara)) before = cutSentenceStart(prevPara);
    }
    const after = cutSentenceEnd(text.slice(span.end, nextStop(text, spans, i)));
    const content = spanText(text, span);
    const full = before.trim() === '' || /[:：]\s*$/.test(before);
    let src: Source = full ? sourceAfter(after) : sourceBefore(before);
    src ??= full ? sourceBefore(before) : sourceAfter(after);
    const person = resolveSource(src, people, last ?? null);
    const speech = person !== null || looksLikeSentence(content);
    if (person && speech) last = person;
    out.push({
      span,
      text: content,
      kind: speech ? 'speech' : 'term',
      speaker: person?.name ?? null,
      role: person?.role ?? null,
      paraStart,
      atParaStart,
    });
  });
  fillFromNeighbours(out, text);
  return out.map(({ span, text: t, kind, speaker, role }) => ({
    span,
    text: t,
    kind,
    speaker,
    role,
  }));
}

/**
 * A speech quote without its own frame takes the speaker of another quote in its paragraph
 * (“A,” she said. “B.”), or, opening a paragraph, the last speaker of the previous paragraph
 * (the continuation convention).
 */
function fillFromNeighbours(out: Work[], text: string): void {
  out.forEach((q, i) => {
    if (q.kind !== 'speech' || q.speaker) return;
    const mates = out.filter(
      (o) => o.paraStart === q.paraStart && o.kind === 'speech' && o.speaker,
    );
    const prevMate = mates.filter((o) => o.span.start < q.span.start).pop();
    const pick =
      prevMate ?? mates[0] ?? (q.atParaStart ? previousParagraphSpeaker(out, i, text) : undefined);
    if (pick) {
      q.speaker = pick.speaker;
      q.role = pick.role;
    }
  });
}

function previousParagraphSpeaker(out: Work[], i: number, text: string): Work | undefined {
  const q = out[i]!;
  const prevParaStart = text.lastIndexOf('\n', q.paraStart - 2) + 1;
  for (let j = i - 1; j >= 0; j--) {
    const o = out[j]!;
    if (o.paraStart < prevParaStart) return undefined;
    if (o.paraStart !== q.paraStart && o.kind === 'speech' && o.speaker) return o;
  }
  return undefined;
}

function cutSentenceStart(before: string): string {
  let start = 0;
  for (const m of before.matchAll(SENTENCE_END)) start = m.index + m[0].length;
  return before.slice(start);
}

function cutSentenceEnd(after: string): string {
  const m = /[.!?…。！？](?:\s|$)/.exec(after.replace(/^[.!?,\s]+/, (s) => ' '.repeat(s.length)));
  return m ? after.slice(0, m.index) : after;
}

function nextStop(text: string, spans: QuoteSpan[], i: number): number {
  const paraEnd = text.indexOf('\n', spans[i]!.end);
  const end = paraEnd < 0 ? text.length : paraEnd;
  const next = spans[i + 1]?.start ?? end;
  return Math.min(end, next);
}
