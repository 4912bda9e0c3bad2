import type { FoundQuote } from './analyze.ts';
import { readSubject } from './subject.ts';
import { isPronoun, PERSON_NOUNS, ROLE_NOUNS, verbsIn } from './cues.ts';
import { namesIn } from './fast-scan.ts';
import { NAME, parsePerson, type People, type Person } from './names.ts';
import { previousParagraph, sentencesOf } from './sentences.ts';
import { rx } from './letters.ts';
import { NAMED_ONLY_AS } from './subject-patterns.ts';
import { paragraphStart } from './paragraphs.ts';

/** Who a pronoun or an unframed quote refers to: speakers and names around the quote. */

export interface Work extends FoundQuote {
  paraStart: number;
  atParaStart: boolean;
  /** A reporting frame is there but names no one ("one user quipped"): nothing to inherit. */
  anonymous: boolean;
  /** Neither a label nor a title: a term only for want of a frame, so a later one may claim it. */
  free: boolean;
  /** Its words read as a title or a name (looksLikeTitle), asked once. */
  titled: boolean;
}

// The same in the other languages read here ("im Kehrbezirk Altenau", "z Horní Loděnice").
const FOREIGN_PREPOSITIONS = [
  'im|aus|bei|nach|vom|zum|zur|für|mit|auf|uit|bij|naar|met|op|från|på|vid|för|med',
  'w|we|z|ze|v|ve|dla|pro|в|во|из|на|для',
  'en|dans|chez|pour|avec|sur|à|au|aux|nel|nella|per|con|su|em|no|na|para|por|com',
].join('|');
const OBJECT_OF = rx(
  String.raw`(?:^|\s)(?:in|at|from|to|through|across|into|of|for|on|by|with|around|throughout|near|via|toward|towards|outside|inside|behind|beside|opposite|along|beyond|within|onto|aboard|beneath|under|over|down|up|past|${FOREIGN_PREPOSITIONS})\s+(?:\p{Lu}[\p{L}'’-]*\s+)*(?:and\s+)?$`,
  'u',
);

// "When I spoke to Hegarty, he described …": whom the writer talks to is whom the pronoun means.
// "Of" in those languages: its object is a person as often as a place or a body ("romanzo di
// Chiara Valsecchi", "alcalde de Villarluengo del Río, Javier Pitarch"), so one only if no
// other name is.
const OF_OTHER = rx(
  String.raw`(?:^|\s)(?:de|del|della|di|da|do|dos|das|du|des|von|van)\s+(?:\p{Lu}[\p{L}'’-]*\s+)*$`,
  'u',
);

const WRITER_TALKS_TO = rx(
  String.raw`(?:^|\s)(?:I|[Ww]e)\s+(?:spoke|talked|chatted|met|caught up)\s+(?:to|with)\s+(?:\p{Lu}[\p{L}'’-]*\s+)*$`,
  'u',
);

const LOWER_WORD_END = rx(String.raw`\p{Ll}\s+$`, 'u');
const APPOSED_NAME = rx(String.raw`^,\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+,`, 'u');
const ROLE_THEN_NAME = rx(String.raw`^\s+(\p{Ll}+)\s+\p{Lu}\p{Ll}+\s+\p{Lu}`, 'u');
const KIN_APPOSITION = rx(`^\\s+\\p{Ll}+,?(?:\\s+\\p{Ll}+){0,3},?\\s+${NAME}`, 'u');

/** Which candidates a pronoun may take (all, unless the text gives one the other pronoun). */
export type Accept = (p: Person) => boolean;
const yes: Accept = () => true;

/** The last speaker so far in this paragraph: quotes are in order, so its quotes end `out`. */
export function sameParagraphSpeaker(out: Work[], paraStart: number): Person | null {
  for (let j = out.length - 1; j >= 0 && out[j]!.paraStart === paraStart; j--) {
    const mate = out[j]!;
    if (mate.kind === 'speech' && mate.speaker) return { name: mate.speaker, role: mate.role };
  }
  return null;
}

/** The first named person in a text: a full name, or a surname of someone already named. */
export function firstMention(text: string, people: People, ok: Accept = yes): Person | null {
  let ofObject: Person | null = null;
  for (const m of namesIn(text)) {
    // "Steenburgen’s son, filmmaker Charlie McDowell, …": a possessor whose noun is in apposition
    // with a name is not the subject; the name it introduces is.
    if (/['’]s$/u.test(m[0]) && KIN_APPOSITION.re.test(text.slice(m.index + m[0].length))) continue;
    // "the North America division", "The Trump administration": a name after "the" is no person;
    // nor, for a pronoun, the object of a preposition ("down through Central and South America").
    const head = text.slice(Math.max(0, m.index - 40), m.index);
    if (
      /^The\s/.test(m[0]) ||
      /(?:^|\s)the\s+$/.test(head) ||
      (OBJECT_OF.re.test(head) && !WRITER_TALKS_TO.re.test(head))
    )
      continue;
    // "in an Oliver Sacks kind of way", "a Trump supporter": after "a"/"an" a name is a modifier.
    if (/(?:^|\s)(?:a|an)\s+$/i.test(head)) continue;
    // "Redford boss Martin Oyelaran": a name before a role and a name is the role's modifier.
    const role = ROLE_THEN_NAME.re.exec(text.slice(m.index + m[0].length));
    if (role && (ROLE_NOUNS.has(role[1]!) || PERSON_NOUNS.has(role[1]!))) continue;
    // "a economista-chefe da gestora Araucária Investimentos, Patrícia Novaes, …": a name inside
    // a description, then the person's own name between commas: the person is meant.
    if (LOWER_WORD_END.re.test(head) && APPOSED_NAME.re.test(text.slice(m.index + m[0].length)))
      continue;
    const p = parsePerson(m[0]);
    if (!p) continue;
    const who = p.name.includes(' ') ? people.resolve(p) : people.known(p.name);
    if (who && ok(who)) {
      if (!OF_OTHER.re.test(head)) return who;
      ofObject ??= who;
    }
  }
  return ofObject;
}

export function previousParagraphSpeaker(
  out: Work[],
  i: number,
  text: string,
  paraStart: number,
  back = 3,
): { person: Person } | undefined {
  // Up to three paragraphs back: captions and link lines often sit inside a long quotation.
  let from = paraStart;
  for (let n = 0; n < back && from > 0; n++) from = paragraphStart(text, from - 1);
  for (let j = i - 1; j >= 0; j--) {
    const o = out[j]!;
    if (o.paraStart < from) return undefined;
    if (o.paraStart !== paraStart && o.kind === 'speech' && o.speaker)
      return { person: { name: o.speaker, role: o.role } };
  }
  return undefined;
}

/**
 * The named subject of a sentence's first reporting verb ("Palestinian chief negotiator Saeb Erekat
 * said …"): the antecedent a later pronoun prefers over other names in that sentence.
 */
export function reportingSubject(
  sentence: string,
  people: People,
  ok: Accept = yes,
): Person | null {
  for (const v of verbsIn(sentence)) {
    const pre = sentence.slice(0, v.index);
    // "have been announced": a passive has no speaker for its subject.
    if (!pre.trim() || /\b(?:was|were|is|are|be|been|being)\s*$/i.test(pre)) continue;
    // "The key to its success, says Buser, is …": an inverted frame inside the sentence.
    const inverted = /,\s*$/.test(pre) ? INVERTED_NAME.re.exec(sentence.slice(v.end)) : null;
    const src = inverted ? parsePerson(inverted[1]!) : readSubject(pre);
    if (!src || typeof src !== 'object' || 'roleNoun' in src) continue;
    // ("a woman who gave her name only as Linda said": a first name only, which the names read
    // so far never hold.)
    const who =
      (src.name.includes(' ') ? people.resolve(src) : people.known(src.name)) ??
      (pre.includes(' as ') && NAMED_ONLY_AS.re.test(pre) ? src : null);
    if (who && ok(who)) return who;
  }
  return null;
}
const INVERTED_NAME = rx(`^\\s+(${NAME})\\s*[,.]`, 'u');

/** The text before the first pronoun: a pronoun only refers to names before it. */
export function beforePronoun(before: string): string {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(before); m !== null; m = WORD.exec(before))
    if (isPronoun(m[0])) return before.slice(0, m.index);
  return before;
}
const WORD = /[^\s,]+/g;

/**
 * The first name in the closest earlier sentence of the quote's own paragraph. A sentence where
 * the frame's own pronoun comes before any name ("… she was more nervous than Rose-Lynn Harlan
 * …. “…,” she said") continues an earlier referent: its names are someone else.
 */
export function mentionInParagraph(
  head: string,
  people: People,
  ok: Accept = yes,
  pronoun?: string,
): Person | null {
  const sentences = sentencesOf(head);
  for (const sentence of sentences.reverse()) {
    if (pronoun && pronounFirst(sentence, pronoun, people, ok)) continue;
    if (roleOfBodySubject(sentence)) continue;
    const found = reportingSubject(sentence, people, ok) ?? firstMention(sentence, people, ok);
    if (found) return found;
  }
  return null;
}

/** A name in the last sentence of one of the three previous paragraphs, skipping "He …" ones. */
export function mentionBack(
  text: string,
  paraStart: number,
  people: People,
  ok: Accept = yes,
): Person | null {
  let at = paraStart;
  for (let n = 0; n < 3 && at > 0; n++) {
    const para = previousParagraph(text, at);
    at = paragraphStart(text, at - 1);
    const sentences = sentencesOf(para);
    // A paragraph ending "… Tipton said …. He believes …": "he" goes on with the subject its
    // pronoun took up, a reporting verb's subject; other names there are someone else.
    const last = sentences[sentences.length - 1] ?? '';
    if (opensWithPronoun(last)) {
      const earlier = sentences[sentences.length - 2];
      // (Else, in the paragraph right before the quote, the person that sentence opens with:
      // "Toohey has heard that before. He kicks …", unless the pronoun's sentence frames
      // someone else's words: "He rarely rested, his daughter, Karen Ruiz, said.")
      const found = earlier
        ? (reportingSubject(earlier, people, ok) ??
          (n > 0 || verbsIn(last).length > 0 ? null : openingMention(earlier, people, ok)))
        : null;
      if (found) return found;
      continue;
    }
    for (const sentence of sentences.reverse()) {
      if (roleOfBodySubject(sentence)) continue;
      const found = reportingSubject(sentence, people, ok) ?? firstMention(sentence, people, ok);
      if (found) return found;
    }
  }
  return null;
}

// A role of a body as a sentence's subject, then its verb: "El joven corredor del Basoa Cycling
// atacó …", "The striker of Harbour United scored …". (A body of one or two words: "Il tecnico
// del Marsala Gaetano Russo ha …" glues the person's name to the club's.)
const ROLE_OF_BODY = rx(
  String.raw`^\s*(?:The|El|La|Il|Lo|O|A|Le|Der|Die|De|Het)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?(\p{Ll}[\p{Ll}-]*)\s+(?:del|de la|de|di|della|dello|do|da|des|du|of the|of|von|van)\s+(?:\p{Lu}[\p{L}-]*\s+){1,2}\p{Ll}`,
  'u',
);

/**
 * Whether a sentence's subject is a role of a body: it goes on with someone named before, so
 * the body's name in it is no referent.
 */
function roleOfBodySubject(sentence: string): boolean {
  const m = ROLE_OF_BODY.re.exec(sentence);
  // (Not when a name follows: "O presidente da Câmara de Lisboa, Rui Fonseca, disse".)
  return (
    m !== null &&
    ROLE_NOUNS.has(m[1]!) &&
    !TWO_CAPITALISED.re.test(sentence.slice(m.index + m[0].length))
  );
}
const TWO_CAPITALISED = rx(String.raw`\p{Lu}\p{Ll}+\s+\p{Lu}`, 'u');

/** The person a sentence names first, when its name opens the sentence. */
function openingMention(sentence: string, people: People, ok: Accept): Person | null {
  const run = OPENING_NAME.re.exec(sentence);
  return run ? firstMention(run[0], people, ok) : null;
}

/**
 * Whether a sentence opens with a pronoun: "He believes …", "Il a dit …"; not the Italian or
 * Spanish article before a role ("Il centrocampista Lorenzo Ghirardi …", "El técnico …").
 */
function opensWithPronoun(sentence: string): boolean {
  const [first, second] = sentence.trim().split(/\s+/, 2);
  if (!isPronoun(first)) return false;
  return !(/^(?:il|el)$/i.test(first!) && second !== undefined && PERSON_NOUNS.has(second));
}

const HE = rx(String.raw`(?<![\p{L}])he(?![\p{L}])`, 'iu');
const SHE = rx(String.raw`(?<![\p{L}])she(?![\p{L}])`, 'iu');

/** Whether he/she (`pronoun`) occurs in a sentence before any name a pronoun could take. */
function pronounFirst(sentence: string, pronoun: string, people: People, ok: Accept): boolean {
  const at = (pronoun.toLowerCase() === 'he' ? HE.re : SHE.re).exec(sentence);
  if (at === null || firstMention(sentence.slice(0, at.index), people, ok)) return false;
  // "Given a chance to speak before he was sentenced, Gantry addressed the court": an opening
  // clause's pronoun looks ahead to the name that opens the main clause.
  const comma = sentence.indexOf(',', at.index);
  const main = comma < 0 ? null : OPENING_NAME.re.exec(sentence.slice(comma + 1));
  return !(main && firstMention(main[0], people, ok));
}
/** A name opening a clause, its title included, before a lower-case word ("Mayor Anton Kuipers is"). */
export const OPENING_NAME = rx(`^\\s*${NAME}(?=\\s+\\p{Ll})`, 'u');
