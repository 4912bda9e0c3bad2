import type { Quote } from '../types.ts';
import { escapeRegExp } from './cues.ts';
import { markQuotes } from './index.ts';
import { NON_WORD_RUNS, rx, rxOf } from './letters.ts';

/** `Quote.paragraph` of a quote in the article's title, which is no line of `article.text`. */
export const TITLE_PARAGRAPH = -1;

/** Title quote ids are `dc-q-t1`, `dc-q-t2`, …: apart from the body's `dc-q-N`, which stay as they are. */
const titleId = (id: string): string => id.replace(/^dc-q-/, 'dc-q-t');

/**
 * A headline's own frame, "‘We are concerned’: Mulvaney": the quotation opens the title and a
 * colon hands it to a name (up to three capitalised words) that ends the title. A name followed
 * by more words ("‘We Got Her!’: Video Shows Dramatic Rescue of …") is left to the usual rules.
 */
const COLON_FRAME = rx(
  String.raw`^\s*[“"‘'«„‚「『]([^]*?)[”"’'»“‘」』]\s*:\s*(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2})\s*$`,
  'u',
);
const NOT_NAMES = new Set(
  'a an the this that these those how why what when where who which it its'.split(' '),
);

/** Letters and digits only, lower case: the words of a quotation, for comparing two quotations. */
const words = (text: string): string => text.toLowerCase().replace(NON_WORD_RUNS.re, ' ').trim();

/**
 * Finds and marks the quotations in the article's title (an element holding the title as text)
 * with the same rules as the body's, then reads them as a headline: a colon frame names the
 * speaker, a speaker the title names by surname gets the fullest name the body gives them, and
 * a speech quote whose words the body quotes with a speaker gets that speaker. The body's quotes
 * are not changed. Returns the title's quotes with ids `dc-q-tN` and paragraph -1.
 */
export function markTitleQuotes(title: Element, body: readonly Quote[], bodyText: string): Quote[] {
  const found = markQuotes(title);
  if (!found.length) return found;
  const text = title.textContent ?? '';
  const colon = COLON_FRAME.re.exec(text);
  const quotes = found.map((q): Quote => {
    let { kind, speaker } = q;
    let role = q.role ?? null;
    const twin = speaker ? undefined : sameWords(q.text, body);
    if (twin) {
      // The headline repeats a quotation of the body, which has its frame: "Tim Cook On Apple
      // Being ‘Pulled Into The Enterprise’" ← Apple was "pulled into the enterprise," Cook said.
      ({ kind, speaker } = twin);
      role = twin.role ?? null;
    } else {
      if (!speaker && q === found[0] && colonFrame(colon, q.text)) {
        kind = 'speech';
        speaker = colon![2]!;
      }
      // "Video shows …: “We got her!”": a one-word subject that no body quote names and that
      // the body writes in lower case ("dramatic video") is no name.
      if (speaker && !speaker.includes(' ') && !spokeInBody(speaker, body)) {
        if (lowerCaseIn(bodyText, speaker)) speaker = null;
      }
      if (kind === 'speech' && !speaker) speaker = twinSpeaker(q.text, body);
      if (speaker) speaker = fullestName(speaker, body);
    }
    if (kind === 'term') [speaker, role] = [null, null];
    return {
      id: titleId(q.id),
      text: q.text,
      kind,
      speaker,
      ...(role ? { role } : {}),
      paragraph: TITLE_PARAGRAPH,
    };
  });
  const byId = new Map(found.map((q, i) => [q.id, quotes[i]!]));
  for (const mark of title.querySelectorAll('[data-quote-id]')) {
    const q = byId.get(mark.getAttribute('data-quote-id') ?? '');
    if (!q) continue;
    mark.setAttribute('data-quote-id', q.id);
    mark.setAttribute('data-kind', q.kind);
    for (const [name, value] of [
      ['data-speaker', q.speaker],
      ['data-role', q.role],
    ] as const) {
      if (value) mark.setAttribute(name, value);
      else mark.removeAttribute(name);
    }
  }
  return quotes;
}

/** The colon frame holds this quote, of two words or more, and hands it to a name. */
function colonFrame(colon: RegExpExecArray | null, text: string): boolean {
  return (
    !!colon &&
    words(colon[1]!) === words(text) &&
    !NOT_NAMES.has(colon[2]!.split(/\s+/)[0]!.toLowerCase()) &&
    text.trim().split(/\s+/).length >= 2
  );
}

/** Whether a body quote's speaker is this name or ends with it. */
function spokeInBody(name: string, body: readonly Quote[]): boolean {
  return body.some((q) => q.speaker === name || q.speaker?.endsWith(` ${name}`));
}

/** A body quote with exactly the same words (any kind), the first. */
function sameWords(text: string, body: readonly Quote[]): Quote | undefined {
  const key = words(text);
  return key ? body.find((q) => q.kind !== 'block' && words(q.text) === key) : undefined;
}

/** Whether the text has the word in lower case ("video", "screenshot"). */
function lowerCaseIn(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return false;
  return rxOf(`(?<![\\p{L}\\p{N}])${escapeRegExp(lower)}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** The speaker of a body speech quote that holds the same words ("‘…’" in the headline). */
function twinSpeaker(text: string, body: readonly Quote[]): string | null {
  const key = words(text);
  if (key.split(' ').length < 3) return null;
  const twin = body.find((q) => q.kind === 'speech' && q.speaker && words(q.text).includes(key));
  return twin?.speaker ?? null;
}

/**
 * "Mulvaney" → "Mick Mulvaney" when body quotes give the longer name (the one they give most
 * often when several end with it); else the name as the title gives it.
 */
function fullestName(name: string, body: readonly Quote[]): string {
  const counts = new Map<string, number>();
  for (const q of body) {
    if (q.speaker?.endsWith(` ${name}`)) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  }
  let best = name;
  let most = 0;
  for (const [speaker, n] of counts) {
    if (n > most) [best, most] = [speaker, n];
  }
  return best;
}
