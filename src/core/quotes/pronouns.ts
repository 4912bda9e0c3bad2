import {
  OPENING_NAME,
  beforePronoun,
  firstMention,
  mentionBack,
  mentionInParagraph,
  previousParagraphSpeaker,
  sameParagraphSpeaker,
  type Work,
} from './anaphora.ts';
import { lastCjkSubject } from './cjk.ts';
import { withoutParticipleClause } from './subject-parts.ts';
import { isCommonNoun } from './common-noun.ts';
import { isPronoun, PERSON_NOUNS } from './cues.ts';
import type { QuoteSpan } from './find-quotes.ts';
import { conflicts, pronounGender, type GenderOf } from './gender.ts';
import { koreanAntecedent } from './korean.ts';
import { HAN_CHAR, HANGUL_CHAR, LETTER_RUNS, STARTS_LOWER, mayHoldCjk, rx } from './letters.ts';
import { isOrganisation, type People, type Person } from './names.ts';
import { blankQuotes } from './neighbours.ts';
import { paragraphHead, paragraphStart } from './paragraphs.ts';
import { pastBoxes } from './repeats.ts';
import { sentencesOf } from './sentences.ts';
import { describedSubject, possessorSubject } from './turns.ts';

/** What the analysis knows when a frame's pronoun is resolved. */
export interface PronounContext {
  text: string;
  /** The quotes analysed so far, in order. */
  out: Work[];
  people: People;
  /** Starts of the paragraphs a pronoun looks back past (pull-quote boxes, captions). */
  boxes: ReadonlySet<number>;
  /** Description → the name it first stood before ("actress Mary Steenburgen"), found on first use. */
  described: Map<string, string | null>;
  /** The last speaker so far. */
  last: Person | null;
  /** Who the text gives which pronoun: only a he/she frame asks, so made on first need. */
  genders: () => GenderOf;
}

/** The quote whose frame holds the pronoun: its span, paragraph and the frame around it. */
export interface PronounFrame {
  span: QuoteSpan;
  paraStart: number;
  before: string;
  after: string;
}

/**
 * Who a frame's pronoun refers to: a speaker in this paragraph, a name earlier in its sentence,
 * the speaker of the previous paragraph, a name in that paragraph's last sentence (unless that
 * sentence is itself about "he"), then the last speaker. (Chinese first: 他 after "李博灏认为…。"
 * is the subject of that last reporting verb.) Each step is tried in turn; one whose person the
 * text gives the other pronoun is skipped. 'nobody' when the pronoun refers to someone the text
 * does not name ("one mother … she said").
 */
export function pronounReferent(
  ctx: PronounContext,
  frame: PronounFrame,
): Person | 'nobody' | null {
  const { text, out, people, boxes, described, last } = ctx;
  const { span, paraStart, before, after } = frame;
  const pronoun = pronounIn(before, after)?.toLowerCase();
  const want = pronounGender(pronoun);
  const ok = (p: Person): boolean =>
    want === null ||
    (!isOrganisation(p.name) && (!conflicts(p, want, ctx.genders()) || people.sharesSurname(p)));
  // "We spoke to one mother, …. “…,” she said.": he/she after a sentence that introduces an
  // unnamed person (and names no one it could be) refers to that person.
  // Names inside quotes ("called “No Place Like Home”") are not who a pronoun refers to.
  const head = blankQuotes(
    paragraphHead(text, paraStart, Math.max(paraStart, span.start - before.length)),
  );
  const steps: (() => Person | 'nobody' | null | undefined)[] = [
    () =>
      mayHoldCjk() && HAN_CHAR.re.test(before)
        ? lastCjkSubject(blankQuotes(text.slice(paraStart, span.start)))
        : null,
    () =>
      mayHoldCjk() && HANGUL_CHAR.re.test(before)
        ? koreanAntecedent(blankQuotes(text.slice(prevParaStart(text, paraStart), span.start)))
        : null,
    // "“We didn’t execute,” Kimura said. Strand nodded. “…,” he said.": a sentence opened by a
    // name between the two quotes hands the pronoun to that person.
    // (Only against another speaker of the paragraph: the later steps find a lone one too.)
    () => {
      const speaker =
        isPronoun(pronoun) && before.trim() === '' ? sameParagraphSpeaker(out, paraStart) : null;
      const opener = speaker && namedOpener(head, people, ok);
      return opener && opener.name !== speaker!.name ? opener : null;
    },
    () => sameParagraphSpeaker(out, paraStart),
    // A name before the pronoun in its own sentence ("Asked about it, Smith said he was “…”");
    // not when the pronoun frames the quote from after it: in "Paris Baguette remains “…,” he
    // said" the clause's subject is what is talked about, not who talks.
    // (Not a name in the participle clause that opens the sentence: "Asked whether Northwind
    // would seek compensation, he said:" is the person the text was talking about.)
    () =>
      beforePronoun(before) !== before || !isPronoun(pronoun)
        ? firstMention(withoutParticipleClause(beforePronoun(before)), people, ok)
        : (possessorSubject(before, people, ok) ??
          introducedSubject(text, span.start - before.length, before, people, ok, last)),
    // (So does a dropped subject: "Uma vizinha … contou que …. «…», relatou." And so does the
    // last sentence of the paragraph before, for a quote that opens its own: "One neighbor, who
    // asked not to be named, said …." then "“…,” she said.")
    () =>
      (want !== null || pronoun === undefined) &&
      (introducesSomeone(sentencesOf(head).pop() ?? '', people, ok) ||
        (head.trim() === '' && opensWithSomeone(lastSentenceBefore(text, paraStart, head))))
        ? 'nobody'
        : null,
    () =>
      want !== null ? describedSubject(sentencesOf(head).pop(), text, people, ok, described) : null,
    () => mentionInParagraph(head, people, ok, want === null ? undefined : pronoun),
    // "The nurses walked out. “…,” they said.": they is the group the sentence before is about.
    () =>
      pronoun === 'they' && groupSubject(lastSentenceBefore(text, paraStart, head), text)
        ? 'nobody'
        : null,
    () =>
      previousParagraphSpeaker(out, out.length, text, pastBoxes(text, paraStart, boxes), 1)?.person,
    () => mentionBack(text, paraStart, people, ok),
    () => last,
  ];
  for (const step of steps) {
    const who = step();
    if (who === 'nobody' || (who && ok(who))) return who;
  }
  return null;
}

/**
 * "Burgemeester Anton Kuipers is ‘geschrokken’ van het nieuws, laat hij weten": a person the
 * sentence introduces as its subject (first named here, with a title unless no one has been
 * quoted yet) is whom the pronoun after the quote means. A subject named before, or a bare name
 * after someone's quotes, may be the last speaker's topic ("John Smith is “a liar,” she said").
 */
function introducedSubject(
  text: string,
  at: number,
  before: string,
  people: People,
  ok: (p: Person) => boolean,
  last: Person | null,
): Person | null {
  const name = OPENING_NAME.re.exec(before)?.[0].trim();
  if (!name?.includes(' ')) return null;
  const who = firstMention(name, people, ok);
  return who && (who.role !== null || last === null) && text.indexOf(who.name) >= at ? who : null;
}

/** The person a quote's paragraph, up to the quote, last opens a sentence with ("Strand nodded."). */
function namedOpener(head: string, people: People, ok: (p: Person) => boolean): Person | null {
  // (A frame's sentence starts where its quotation was blanked: ", Kimura said.")
  const last = sentencesOf(head).pop()?.trim();
  const opener = last?.split(/\s/, 1)[0];
  if (!last || !opener) return null;
  const who = firstMention(last, people, ok);
  return who && who.name.split(' ').includes(opener) ? who : null;
}

/** Start of the paragraph before the one starting at `paraStart` (itself for the first). */
function prevParaStart(text: string, paraStart: number): number {
  return paraStart === 0 ? 0 : paragraphStart(text, paraStart - 1);
}

/** Whether a frame's pronoun is "it", which stands for no person (the French "il" is "he"). */
export function impersonalFrame(before: string, after: string): boolean {
  return pronounIn(before, after)?.toLowerCase() === 'it';
}

/** The subject pronoun of a frame: the last one before the quote, else the first after it. */
function pronounIn(before: string, after: string): string | undefined {
  const words = (text: string): string[] => text.match(LETTER_RUNS.re) ?? [];
  return words(before).filter(isPronoun).pop() ?? words(after.slice(0, 60)).find(isPronoun);
}

// Someone new and unnamed: "one mother", "a local resident", "another user", "uma vizinha".
const SOMEONE = rx(
  `(?:^|\\s)(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother|[Uu]ma|[Uu]m|[Uu]na|[Uu]n|[Uu]ne|[Uu]no)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${[...PERSON_NOUNS].join('|')})(?![\\p{L}])`,
  'u',
);

/**
 * Whether a sentence introduces an unnamed person before any name (a place's name in the phrase
 * that opens it does not count: "En el centro de salud Federica Montseny, una paciente …").
 */
function introducesSomeone(sentence: string, people: People, ok: (p: Person) => boolean): boolean {
  const m = SOMEONE.re.exec(sentence);
  if (m === null) return false;
  const head = sentence.slice(0, m.index);
  const opening = OPENING_PREPOSITION.test(head) ? head.lastIndexOf(',') : -1;
  return firstMention(head.slice(opening + 1), people, ok) === null;
}
const OPENING_PREPOSITION =
  /^\s*(?:In|At|En|Dans|Nel|Nella|Nello|Im|Am|Bei|No|Na|Em|À|Au|W|We|V|Ve|I|På)\s/;

/**
 * Whether a sentence opens with an unnamed person ("One neighbor, who asked not to be named,
 * said …"): its subject, not a noun further on ("…, a label its author finds ridiculous"), and
 * not named in apposition ("Another parent, Dev Mistry, said").
 */
function opensWithSomeone(sentence: string): boolean {
  const m = SOMEONE.re.exec(sentence);
  return (
    m !== null &&
    sentence.slice(0, m.index).trim() === '' &&
    !NAME_IN_APPOSITION.re.test(sentence.slice(m.index + m[0].length))
  );
}
const NAME_IN_APPOSITION = rx(String.raw`^,\s+\p{Lu}`, 'u');

const GROUP = rx(
  String.raw`^\s*(?:(?:The|Some|Many|Several|Most|All|Other|Two|Three|Four|Five|Dozens of|Hundreds of|Thousands of)\s+)?(?:(?!that\s|who\s|which\s)\p{Ll}[\p{L}-]*\s+){0,2}(\p{L}[\p{Ll}-]*[^s\W]s)\s+\p{Ll}`,
  'u',
);

/**
 * A sentence whose subject is a plural common noun ("The nurses walked out", "Protesters said"):
 * a capitalised first word counts only if the text also writes it in lower case.
 */
function groupSubject(sentence: string, text: string): boolean {
  const m = GROUP.re.exec(sentence);
  if (!m || /(?:ss|us|is|ews)$/.test(m[1]!)) return false;
  const word = m[1]!;
  return STARTS_LOWER.re.test(word) || isCommonNoun(word, text);
}

/** The last sentence before a quote: in its paragraph, else the previous paragraph's last. */
function lastSentenceBefore(text: string, paraStart: number, head: string): string {
  const own = sentencesOf(head).pop();
  if (own !== undefined) return own;
  return paraStart === 0
    ? ''
    : (sentencesOf(text.slice(prevParaStart(text, paraStart), paraStart - 1)).pop() ?? '');
}
