import { CJK_VERB, PREP, PRONOUN, ROLE_NOUN, VERB, VERB_RE } from './cues.ts';
import { NAME, People, parsePerson, type Person } from './names.ts';

/** Who a frame names: a person, a pronoun or role noun (resolved later), or nobody. */
export type Source = Person | 'anaphor' | null;

const AUX =
  /(?:\s+(?:has|have|had|was|is|were|also|then|later|publicly|previously|recently|once|reportedly|further|again|would|will|been|did|does|just|simply|only|hat|ha|had|a|ont|went on to|in a statement|on twitter|flatly))+\s*$/i;
const ANAPHOR = new RegExp(
  `^(?:${PRONOUN}|(?:the|o|a|le|la|der|die|el|il)\\s+(?:[\\p{L}-]+\\s+){0,2}${ROLE_NOUN})$`,
  'iu',
);
const LEAD = /^[\s,;:—–-]*/;
const INVERTED = new RegExp(`^(?:${VERB})\\s+([^.,;!?“”"«»]{1,80})`, 'iu');
const SUBJECT_FIRST = new RegExp(
  `^([^.;!?“”"«»:]{1,90}?)\\s+(?:[\\p{Ll}]+ly\\s+)?(?:${VERB})(?![\\p{L}])`,
  'iu',
);
const PREP_AFTER = new RegExp(`^(?:${PREP})\\s+(${NAME}|[^.,;!?]{1,60})`, 'iu');
const PREP_BEFORE = new RegExp(`(?:^|[\\s(])(?:${PREP})\\s+([^.;!?]{1,80}?),\\s*$`, 'iu');

/** Reads a subject phrase ("Mick Mulvaney, the White House chief of staff,", "he"). */
export function readSubject(phrase: string): Source {
  let text = phrase
    .replace(/\s+/g, ' ')
    .trim()
    .replace(AUX, '')
    .replace(/[,\s]+$/, '');
  if (ANAPHOR.test(text)) return 'anaphor';
  const lastPronoun = new RegExp(`(?:^|\\s)${PRONOUN}$`, 'iu');
  if (lastPronoun.test(text) && text.split(' ').length <= 3) return 'anaphor';
  // An appositive: "Name, the role," ends the phrase; keep "Name, role".
  const parts = text.split(/,\s*/);
  if (
    parts.length >= 2 &&
    /^\p{Ll}/u.test(parts[parts.length - 1]!) &&
    /\p{Lu}/u.test(parts[parts.length - 2]!)
  ) {
    const head = lastWords(parts[parts.length - 2]!, 8);
    const person = parsePerson(`${head}, ${parts[parts.length - 1]}`);
    if (person) return person;
  }
  text = parts[parts.length - 1]!;
  const who = /\bwho\b/i.test(text) ? text.split(/\s+who\s+/i)[0]! : text;
  return parsePerson(lastWords(who, 8));
}

function lastWords(text: string, n: number): string {
  return text.trim().split(/\s+/).slice(-n).join(' ');
}

/**
 * The source named before a quote in the same sentence: a colon frame ("Mulvaney said:"), a
 * partial frame ("has referred to … as a"), "According to X," or a CJK frame (他表示：).
 */
export function sourceBefore(before: string): Source {
  const prep = PREP_BEFORE.exec(before);
  if (prep) return readSubject(prep[1]!);
  const cjk = CJK_VERB.exec(before);
  if (cjk) {
    const who = /([\p{Script=Han}\p{Script=Katakana}・]{2,4}|他们|他們|她们|她們|他|她)$/u.exec(
      before.slice(0, cjk.index),
    );
    if (who) return /^(?:他|她)/.test(who[1]!) ? 'anaphor' : { name: who[1]!, role: null };
  }
  let last: RegExpExecArray | null = null;
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(before); m; m = VERB_RE.exec(before)) last = m;
  if (!last) return null;
  const pre = before.slice(0, last.index);
  // "was said to have", "is called": passive, an impersonal hedge with no source.
  if (/\b(?:was|were|is|are|be|been|being|so-)\s*$/i.test(pre)) return null;
  if (!pre.trim()) return null;
  return readSubject(pre);
}

/** The source named right after a quote: `, said X`, `, X said`, `X told Reuters`, `according to X`. */
export function sourceAfter(after: string): Source {
  const text = after.replace(LEAD, '');
  if (!text) return null;
  const prep = PREP_AFTER.exec(text);
  if (prep) return readSubject(prep[1]!);
  const inv = INVERTED.exec(text);
  if (inv) {
    const subject = inv[1]!.split(/\s+(?:who|in|on|at|during|after|before|to|when|about)\s+/)[0]!;
    return readSubject(subject);
  }
  const first = SUBJECT_FIRST.exec(text);
  if (first && first[1]!.split(/\s+/).length <= 10) return readSubject(first[1]!);
  return null;
}

/** Turns a source into a speaker, resolving anaphors to the last named person. */
export function resolveSource(src: Source, people: People, last: Person | null): Person | null {
  if (src === null) return null;
  if (src === 'anaphor') return last;
  return people.resolve(src);
}
