import { resolveSource, sourceAfter, sourceBefore, type Source } from './attribute-speaker.ts';
import { hasCue, isLabel } from './frames.ts';
import {
  cutSentenceEnd,
  cutSentenceStart,
  lastSentence,
  nextStop,
  previousParagraph,
} from './sentences.ts';
import { looksLikeSentence, looksLikeTitle } from './classify.ts';
import { findQuotes, spanText, type QuoteSpan } from './find-quotes.ts';
import { NAME, People, parsePerson, unglue, type Person } from './names.ts';

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
  /** A reporting frame is there but names no one ("one user quipped"): nothing to inherit. */
  anonymous: boolean;
}

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
      const m = names[seen]!;
      const prev = text
        .slice(Math.max(0, m.index - 12), m.index)
        .trimEnd()
        .split(/\s/)
        .pop();
      for (const part of unglue(m[0])) {
        // A lower-case word before the name tells a preposition's object ("to Britain Liu …").
        const p = parsePerson(/^\p{Ll}+$/u.test(prev ?? '') ? `${prev} ${part}` : part);
        if (p && p.name.includes(' ')) people.see(p.name);
      }
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
    const anaphor = (): Person | null =>
      sameParagraphSpeaker(out, paraStart) ??
      firstMention(before, people) ??
      firstMention(lastSentence(previousParagraph(text, paraStart)), people) ??
      last;
    const person = resolveSource(src, people, anaphor);
    const label = isLabel(before, after, content);
    // A short quote in the same sentence as a speech quote shares its frame (“…” if “…”).
    const prev = out[out.length - 1];
    const between = text.slice(prev?.span.end ?? 0, span.start);
    const sameSentence =
      prev?.kind === 'speech' &&
      prev.paraStart === paraStart &&
      !/[.!?…](?:\s|$)/.test(between) &&
      !looksLikeTitle(content);
    const speech = !label && (person !== null || sameSentence || looksLikeSentence(content));
    if (person && speech) last = person;
    out.push({
      span,
      text: content,
      kind: speech ? 'speech' : 'term',
      speaker: speech ? (person?.name ?? null) : null,
      role: speech ? (person?.role ?? null) : null,
      paraStart,
      atParaStart,
      anonymous: person === null && hasCue(before, after),
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
    if (q.kind !== 'speech' || q.speaker || q.anonymous) return;
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

function sameParagraphSpeaker(out: Work[], paraStart: number): Person | null {
  const mate = out
    .filter((o) => o.paraStart === paraStart && o.kind === 'speech' && o.speaker)
    .pop();
  return mate ? { name: mate.speaker!, role: mate.role } : null;
}

/** The first named person in a text: a full name, or a surname of someone already named. */
function firstMention(text: string, people: People): Person | null {
  for (const m of text.matchAll(NAME_RE)) {
    const p = parsePerson(m[0]);
    if (!p) continue;
    if (p.name.includes(' ')) return people.resolve(p);
    const known = people.known(p.name);
    if (known) return known;
  }
  return null;
}

function previousParagraphSpeaker(out: Work[], i: number, text: string): Work | undefined {
  const q = out[i]!;
  // Up to three paragraphs back: captions and link lines often sit inside a long quotation.
  let prevParaStart = q.paraStart;
  for (let n = 0; n < 3 && prevParaStart > 0; n++)
    prevParaStart = text.lastIndexOf('\n', prevParaStart - 2) + 1;
  for (let j = i - 1; j >= 0; j--) {
    const o = out[j]!;
    if (o.paraStart < prevParaStart) return undefined;
    if (o.paraStart !== q.paraStart && o.kind === 'speech' && o.speaker) return o;
  }
  return undefined;
}
