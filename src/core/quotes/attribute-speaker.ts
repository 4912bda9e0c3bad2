import { cjkAfter, cjkName, cjkView } from './cjk.ts';
import { CJK_VERB, PREP, ROLE_NOUNS, hasVerb, isPronoun, verbsIn } from './cues.ts';
import { isAppositive, NAME, People, parsePerson, type Person } from './names.ts';

/** Who a frame names: a person, a pronoun or role noun (resolved later), or nobody. */
export type Source = Person | 'anaphor' | 'unnamed' | { roleNoun: string } | null;

const AUX =
  /(?:\s+(?:has|have|had|was|is|were|also|then|later|publicly|previously|recently|once|reportedly|further|again|would|will|been|did|does|just|simply|only|hat|ha|had|a|ont|went on to|in a statement|on twitter|flatly))+\s*$/i;
// Definite articles only: "a spokesperson" is someone new, "the coach" someone known.
const DEFINITE = new Set(['the', 'o', 'le', 'la', 'der', 'die', 'el', 'il']);
const LEAD = /^[\s,;:—–-]*/;
// A period followed by a letter, or after an initial, is an abbreviation ("U.S. Attorney").
const UNTIL_STOP = /^\s+((?:[^.,;!?“”"«»]|\.(?=\S)|(?<=(?:^|[\s.])\p{Lu})\.)+)/u;
const STOPS = /[.;!?“”"«»:]/;

/** ", said X": the words after a reporting verb that opens the text. */
function inverted(text: string): string | null {
  const v = verbsIn(text.slice(0, 60))[0];
  if (!v || v.index !== 0) return null;
  return UNTIL_STOP.exec(text.slice(v.end))?.[1] ?? null;
}

/** ", X said": the words before the first reporting verb, if they hold no sentence break. */
function subjectFirst(text: string): string | null {
  const v = verbsIn(text.slice(0, 200)).find((hit) => hit.index > 0);
  if (!v) return null;
  const subject = text.slice(0, v.index).replace(/\s+\p{Ll}+ly\s*$/u, '');
  if (!/\s$/.test(text.slice(0, v.index)) || STOPS.test(subject) || subject.length > 140)
    return null;
  return subject.trim() || null;
}

// French inversion: "dit-il", "a-t-elle ajouté", "affirme-t-il".
const FR_INVERTED = /^\p{Ll}+(?:-t)?-(?:il|elle|ils|elles|on)(?![\p{L}])/u;
// Compiled once: building regexes per call costs more than running them.
const LEADING_NAME = new RegExp(`^\\s*(${NAME})`, 'u');
const PREP_AFTER = new RegExp(`^(?:${PREP})\\s+(${NAME}|[^.,;!?]{1,60})`, 'u');
// "Laut Olaf Scholz ist das „…“": a source preposition and a name anywhere before the quote.
const PREP_NAME = new RegExp(`(?:^|[\\s(])(?:${PREP})\\s+(${NAME})`, 'u');
// "directives from Xi to “…”", "a statement by Smith: “…”": a speech noun and its author.
const SOURCE_NOUN = new RegExp(
  `(?:directives?|orders?|instructions?|statement|remarks|comments|words|speech|letter|post|tweet|message|interview|testimony)\\s+(?:from|by|of)\\s+(${NAME})[^.!?]{0,40}$`,
  'u',
);
// A capitalised word right before the last, common noun of a subject: "some Indiana protesters".
const MODIFIED_NOUN = /(\p{Lu}[\p{L}.-]*)\s+\p{Ll}+\s*$/u;
const PREP_BEFORE = new RegExp(`(?:^|[\\s(])(?:${PREP})\\s+([^.;!?]{1,80}?),\\s*$`, 'u');

/** Reads a subject phrase ("Mick Mulvaney, the White House chief of staff,", "he"). */
export function readSubject(phrase: string): Source {
  const text = phrase
    .replace(/\s+/g, ' ')
    .trim()
    .replace(AUX, '')
    .replace(/[,\s]+$/, '');
  const words = text.split(/[\s,]+/);
  const lastWord = words[words.length - 1]!.toLowerCase();
  if (
    words.length >= 2 &&
    words.length <= 4 &&
    DEFINITE.has(words[0]!.toLowerCase()) &&
    ROLE_NOUNS.has(lastWord)
  )
    return { roleNoun: lastWord };
  if (isPronoun(lastWord)) return 'anaphor';
  // "X accused … and": the subject is further back; let the caller try an earlier verb.
  if (/\s(?:and|but|or|et|und|y|e)$/i.test(text)) return null;
  const parts = text.split(/,\s*/);
  // A clause with a pronoun subject ("…, he asked about X,"): the pronoun is the subject.
  for (let k = parts.length - 1; k >= 0 && k >= parts.length - 2; k--)
    if (isPronoun(parts[k]!.split(' ')[0]) && /^\S+\s+\p{Ll}/u.test(parts[k]!)) return 'anaphor';
  // An appositive: "Name, the role," ends the phrase; keep "Name, role".
  if (
    parts.length >= 2 &&
    isAppositive(parts[parts.length - 1]!) &&
    /\p{Lu}/u.test(parts[parts.length - 2]!)
  ) {
    const head = lastWords(parts[parts.length - 2]!, 8);
    const person = parsePerson(`${head}, ${parts[parts.length - 1]}`);
    if (person) return person;
  }
  // Walk back over clauses ("the Commission, which regulates …, issued a statement").
  for (let k = parts.length - 1; k >= 0; k--) {
    const part = parts[k]!;
    if (/^(?:who|which|that|qui|der|die|das)\b/i.test(part)) continue;
    const who = /\bwho\b/i.test(part) ? part.split(/\s+who\s+/i)[0]! : part;
    const person = parsePerson(lastWords(who, 8));
    if (person) return person;
  }
  return null;
}

function lastWords(text: string, n: number): string {
  return text.trim().split(/\s+/).slice(-n).join(' ');
}

/**
 * The source named before a quote in the same sentence: a colon frame ("Mulvaney said:"), a
 * partial frame ("has referred to … as a"), "According to X," or a CJK frame (他表示：).
 */
export function sourceBefore(before: string): Source {
  const prep = PREP_BEFORE.exec(before) ?? PREP_NAME.exec(before) ?? SOURCE_NOUN.exec(before);
  if (prep) return readSubject(prep[1]!);
  const view = cjkView(before);
  if (view) return view;
  const cjk = CJK_VERB.exec(before);
  if (cjk) {
    const who = /([\p{Script=Han}\p{Script=Katakana}・]{2,6}|他们|他們|她们|她們|他|她)$/u.exec(
      before.slice(0, cjk.index),
    );
    if (who && /^(?:他|她)/.test(who[1]!)) return 'anaphor';
    const name = who && (/\p{Script=Katakana}/u.test(who[1]!) ? who[1]! : cjkName(who[1]!));
    if (name) return { name, role: null };
  }
  const verbs = verbsIn(before);
  // The nearest reporting verb whose subject can be read; earlier ones when it cannot.
  for (let k = verbs.length - 1; k >= 0; k--) {
    const pre = before.slice(0, verbs[k]!.index);
    // "was said to have", "is called": passive, an impersonal hedge with no source.
    if (/\b(?:was|were|is|are|be|been|being|so-)\s*$/i.test(pre) || !pre.trim()) continue;
    // "some Indiana protesters chanted": a capitalised modifier before a common noun names no one.
    const modifier = MODIFIED_NOUN.exec(pre);
    if (modifier && parsePerson(modifier[1]!) && !pre.includes(',') && !AUX.test(pre))
      return 'unnamed';
    const src = readSubject(pre) ?? (/ing$/i.test(verbs[k]!.word) ? leadingName(pre) : null);
    if (src) return src;
  }
  // A colon frame without a verb ("Marsha P. Johnson …, en 1969 : «…»"): the sentence's subject.
  return verbs.length === 0 && /[:：]\s*$/.test(before) ? leadingName(before) : null;
}

/** The name a sentence opens with (the subject of a participle or of a verbless colon frame). */
function leadingName(text: string): Person | null {
  const m = LEADING_NAME.exec(text);
  // "Regardless of …", "Ahead of …": one capitalised word before "of" opens a phrase, not a name.
  if (!m || (!/\s/.test(m[1]!.trim()) && /^\s+of\s/.test(text.slice(m[0].length)))) return null;
  return parsePerson(m[1]!);
}

/** The source named right after a quote: `, said X`, `, X said`, `X told Reuters`, `according to X`. */
export function sourceAfter(after: string): Source {
  const text = after.replace(LEAD, '');
  if (!text) return null;
  const cjk = cjkAfter(text);
  if (cjk) return cjk;
  const prep = PREP_AFTER.exec(text);
  if (prep) return readSubject(prep[1]!);
  if (FR_INVERTED.test(text)) return 'anaphor';
  if (!hasVerb(text)) return null;
  const inv = inverted(text);
  if (inv) {
    const src = readSubject(
      inv.split(/\s+(?:who|in|on|at|during|after|before|to|when|about)\s+/)[0]!,
    );
    if (src) return src;
  }
  const first = subjectFirst(text);
  if (first && first.split(/\s+/).length <= 16) {
    const src = readSubject(first);
    // "one Weibo commenter said": a phrase ending in a common noun describes someone unnamed.
    if (
      src &&
      typeof src === 'object' &&
      !('roleNoun' in src) &&
      !first.includes(',') &&
      /\s\p{Ll}+$/u.test(first)
    )
      return null;
    if (src) return src;
  }
  // "… announced in October, said Derek Scissors": an inverted frame after a short phrase.
  const comma = /,\s*/g;
  for (let m = comma.exec(text); m && m.index < 80; m = comma.exec(text)) {
    const later = inverted(text.slice(m.index + m[0].length));
    if (later)
      return readSubject(
        later.split(/\s+(?:who|in|on|at|during|after|before|to|when|about)\s+/)[0]!,
      );
  }
  return null;
}

/** Turns a source into a speaker; anaphors are resolved by the caller (`anaphor`). */
export function resolveSource(
  src: Source,
  people: People,
  anaphor: () => Person | null,
  lastSpeaker: Person | null = null,
): Person | null {
  if (src === null) return null;
  if (src === 'anaphor') return anaphor();
  if (src === 'unnamed') return null;
  // "the coach said": a person with that role, else the speaker the story is following (never a
  // mere mention: "the doctor" after "an AP journalist" is someone else).
  if ('roleNoun' in src) return people.withRole(src.roleNoun) ?? lastSpeaker;
  return people.resolve(src);
}
