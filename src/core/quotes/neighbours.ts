import { previousParagraphSpeaker, reportingSubject, type Work } from './anaphora.ts';
import { previousParagraph, sentencesOf } from './sentences.ts';
import { isOrganisation, parsePerson, type People, type Person } from './names.ts';
import { HAN_CHAR, LETTER_OR_DIGIT, mayHoldCjk, rx } from './letters.ts';
import { paragraphHead, paragraphStart } from './paragraphs.ts';
import { lastCjkStop, lastCjkSubject } from './cjk.ts';
import { pronounSource } from './attribute-speaker.ts';
import { PREP } from './cues.ts';

/** Passes over all quotes of a text once each has its own frame: what neighbours lend them. */

/**
 * A speech quote without its own frame takes the speaker of another quote in its paragraph
 * (“A,” she said. “B.”), or, opening a paragraph, the last speaker of the previous paragraph
 * (the continuation convention).
 */
export function fillFromNeighbours(out: Work[], text: string, people: People): void {
  // Each paragraph's quotes, found once (a filter over all quotes per quote is quadratic).
  const byParagraph = new Map<number, Work[]>();
  for (const o of out) {
    const list = byParagraph.get(o.paraStart);
    if (list) list.push(o);
    else byParagraph.set(o.paraStart, [o]);
  }
  const recent: Person[] = []; // speakers so far, most recent last, each once
  const isMate = (o: Work): boolean => o.kind === 'speech' && !!o.speaker;
  // The paragraph's last speaker so far (including ones lent in this pass) and the first after
  // the quote (quotes after it are not changed yet), kept as the pass goes: filtering the
  // paragraph's quotes for each of them made a paragraph of many quotes quadratic.
  let para = -1;
  let prevMate: Work | undefined;
  let later: Work[] = [];
  let next = 0;
  out.forEach((q, i) => {
    if (q.paraStart !== para) {
      para = q.paraStart;
      prevMate = undefined;
      later = byParagraph.get(para)!.filter(isMate);
      next = 0;
    }
    if (q.kind === 'speech' && !q.speaker && !q.anonymous && !goesOnUnnamed(out, i, text)) {
      while (next < later.length && later[next]!.span.start < q.span.start) next++;
      // "Minister Jane Roe welcomed the cut as “good news”. … The federation said …“…”": a
      // sentence opened by a full name is that person's before it is a later quote's.
      const own =
        !prevMate && later[next] && !q.atParaStart
          ? openingSubject(
              sentenceBefore(blankQuotes(paragraphHead(text, q.paraStart, q.span.start))),
              people,
            )
          : undefined;
      const mate = prevMate ?? later[next];
      const pick =
        own ??
        (mate
          ? { name: mate.speaker!, role: mate.role }
          : q.atParaStart
            ? (framedBefore(text, q.paraStart, byParagraph, people) ??
              previousParagraphSpeaker(out, i, text, q.paraStart)?.person)
            : speakerBefore(
                blankQuotes(paragraphHead(text, q.paraStart, q.span.start)),
                people,
                recent,
              ));
      if (pick) {
        q.speaker = pick.name;
        q.role = pick.role;
      }
    }
    if (isMate(q)) prevMate = q;
    if (q.speaker && recent[recent.length - 1]?.name !== q.speaker) {
      const at = recent.findIndex((p) => p.name === q.speaker);
      if (at >= 0) recent.splice(at, 1);
      recent.push({ name: q.speaker, role: q.role });
      if (recent.length > 20) recent.shift();
    }
  });
}

/**
 * "“It was a pool toy,” said the homeowner, who asked not to be named. “Then it moved.”": a quote
 * right after the frame of an unnamed speaker's quote (nothing but that frame's sentence between
 * them) goes on in the same voice, and names no one either.
 */
function goesOnUnnamed(out: Work[], i: number, text: string): boolean {
  const prev = out[i - 1];
  const q = out[i]!;
  return (
    prev !== undefined &&
    prev.paraStart === q.paraStart &&
    prev.kind === 'speech' &&
    prev.anonymous &&
    !prev.speaker &&
    ONE_FRAME.test(text.slice(prev.span.end, q.span.start))
  );
}

// The rest of one sentence and its stop: a frame after a quote ("…, said the homeowner.").
const ONE_FRAME = /^[^.!?]*[.!?]\s*$/;

/**
 * "Erekat said it was only the latest move …" then a paragraph that is only a quotation: the
 * quotation goes on from the reported speech of the paragraph before (a paragraph with no quote of
 * its own), whose reporting verb names its subject.
 */
function framedBefore(
  text: string,
  paraStart: number,
  byParagraph: Map<number, Work[]>,
  people: People,
): Person | null {
  if (paraStart === 0) return null;
  const prevStart = paragraphStart(text, paraStart - 1);
  if (byParagraph.has(prevStart)) return null;
  const last = sentencesOf(previousParagraph(text, paraStart)).pop();
  if (!last) return null;
  // (第三代店主黄志明受访时说，…。 then 「…」: the Chinese reporting verb's subject.)
  return (
    reportingSubject(last, people) ??
    (mayHoldCjk() && HAN_CHAR.re.test(last) ? lastCjkSubject(last) : null)
  );
}

/**
 * Who a mid-paragraph quote without a frame goes on from: the person its own sentence names,
 * else the subject of the sentence before. `head` is its paragraph up to it, quotations blanked
 * (made once for both).
 */
function speakerBefore(head: string, people: People, recent: Person[]): Person | undefined {
  return (
    namedIn(sentenceBefore(head), people, recent) ?? subjectOfSentenceBefore(head, people, recent)
  );
}

/** The sentence a quote sits in, up to the quote (`head`: its paragraph so far, quotations blanked). */
function sentenceBefore(head: string): string {
  const last = lastMatch(head, STOP_OR_CJK_STOP);
  return last ? head.slice(last.index + last[0].length) : head;
}
const STOP_OR_CJK_STOP = /[.!?](?:\s|$)|[。！？]/g;
const STOP = /[.!?](?:\s|$)/g;

/** The last match of a global regex in a text (without a list of all of them). */
function lastMatch(text: string, re: RegExp): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) last = m;
  return last;
}

const CJK_STOP_END = /[。！？]\s*$/;

/**
 * "At current rates, Bridenstine said, there will be …. “…”", "Aderholt returned to the issue. “…?”":
 * a quote with no frame, whose own sentence names no one, goes on from the sentence before it in its
 * paragraph: that sentence's reporting verb's subject, or the person it opens with by surname.
 */
function subjectOfSentenceBefore(
  head: string,
  people: People,
  recent: Person[],
): Person | undefined {
  // 陈国栋在会上表示，海外市场成为增长的主要动力。“我们…”: the subject of the Chinese sentence's
  // reporting verb.
  if (CJK_STOP_END.test(head)) {
    const prev = head.replace(CJK_STOP_END, '');
    return lastCjkSubject(prev.slice(lastCjkStop(prev) + 1)) ?? undefined;
  }
  const last = lastMatch(head, STOP);
  if (!last) return undefined;
  const sentence = sentencesOf(head.slice(0, last.index + 1)).pop();
  if (!sentence) return undefined;
  // ("He said staff were short. “…”", "Volgens hem is …. “…”": the speaker the story follows.)
  return (
    reportingSubject(sentence, people) ??
    subjectByPreposition(sentence, people) ??
    subjectBySurname(sentence, people) ??
    subjectByName(sentence, people, recent) ??
    roleAndNameAfterOpening(sentence, people) ??
    nameAfterOpeningComma(sentence, people) ??
    (pronounSource(sentence) ? recent[recent.length - 1] : undefined)
  );
}

/**
 * "Volgens Verhoef zijn de ondernemers niet gehoord. ‘…’", "According to Smith, …. “…”": the
 * source the sentence before gives, when the text named that person in full.
 */
function subjectByPreposition(sentence: string, people: People): Person | undefined {
  const m = PREP_THEN_NAME.re.exec(sentence);
  const known = m ? people.known(m[1]!) : null;
  return known && known.name.includes(' ') ? known : undefined;
}
const PREP_THEN_NAME = rx(
  String.raw`^\s*${PREP}\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)(?=[\s,])`,
  'u',
);

/**
 * “Cook remembered Jobs … and “going way off script …”: a quote with no frame takes the person its
 * own sentence names first; in scripts without capitals (对此提案，卢宇有着自己的看法，“…”), the
 * speaker of the story that sentence names first.
 */
function namedIn(sentence: string, people: People, recent: Person[]): Person | undefined {
  return subjectBySurname(sentence, people) ?? speakerNamedIn(sentence, recent);
}

// (A surname may open with its particles, "Van de Kamp", and an apposition between commas may
// follow it: "Van de Kamp, zelf vader van drie, weet …".)
const OPENING_NAME = rx(
  String.raw`^\s*(?:(?:But|And|So|Then|Later|Earlier),?\s+)?((?:(?:Van|Von|De|Di|Da|Du|Le|La|Del|Della|Ter|Ten)(?:\s+(?:de|der|den|het|la|le))?\s+)?\p{Lu}[\p{L}’'-]+)(?:,[^,.;:!?]{1,40},)?\s+\p{Ll}`,
  'u',
);

/** The person a sentence opens with, by surname or by role and name. */
const openingSubject = (sentence: string, people: People): Person | undefined =>
  subjectBySurname(sentence, people) ?? subjectByName(sentence, people);

/**
 * A sentence opening with the surname of someone named in full earlier ("Cook remembered …"): a
 * person the story already introduced. Countries and groups ("China", "South Dakotans") are not.
 */
function subjectBySurname(sentence: string, people: People): Person | undefined {
  const m = OPENING_NAME.re.exec(sentence);
  const known = m ? people.known(m[1]!) : null;
  return known && known.name.includes(' ') ? known : undefined;
}

/**
 * … or by a name after its title or role ("Bondscoach Erik Mulder was tevreden …"), or by a
 * surname of more than one word ("Van Grinsven baalde …"): a person, not a product or a place
 * ("Google Sans Flex lets …", "White Street has …").
 */
function subjectByName(
  sentence: string,
  people: People,
  recent: readonly Person[] = [],
): Person | undefined {
  const run = OPENING_NAME.re.test(sentence) ? null : OPENING_RUN.re.exec(sentence);
  // (Not "Making Google Sans Flex …", "White Street has …": a gerund's object, a place.)
  const named = run && !GERUND_OR_PLACE.re.test(run[1]!.trim()) ? parsePerson(run[1]!) : null;
  if (!named || !named.name.includes(' ')) return undefined;
  const who = named.role ? people.resolve(named) : people.known(named.name);
  // (A full name alone opens the sentence of someone the story has quoted: "Bernard Dufresne,
  // lui, veut croire au millésime 2025. « … »".)
  return who &&
    (named.role || who.name !== named.name || recent.some((p) => p.name === who.name)) &&
    !isOrganisation(who.name) &&
    !GERUND_OR_PLACE.re.test(who.name)
    ? who
    : undefined;
}

/**
 * "Nel dopo partita l’allenatore Giancarlo Pittalis non nasconde la soddisfazione.": after an
 * opening phrase, an article, a role and a full name, then the verb: the sentence's subject. So
 * after an opening phrase and its comma, with or without the article ("No Alto do Mandu, a
 * costureira Edileuza Ramos saiu …", "In Alto do Mandu, seamstress Edileuza Ramos left …"; an
 * article alone is no role: "…, il Teatro Comunale di Roccafiorita riapre …").
 */
function roleAndNameAfterOpening(sentence: string, people: People): Person | undefined {
  const m = ROLE_NAME_AFTER_OPENING.re.exec(sentence);
  const named = m ? parsePerson(`${m[1]} ${m[2]}`) : null;
  if (!named?.role || !named.name.includes(' ') || isOrganisation(named.name)) return undefined;
  return people.resolve(named) ?? undefined;
}
const ROLE_NAME_AFTER_OPENING = rx(
  String.raw`^(?:[^,;:]{0,40}?(?:\s|^)(?:l[’']|(?:il|la|lo|el|le|der|die|de|het|the|o|a)\s+)|[^,.;:!?]{2,60},\s+(?:l[’']|(?:il|la|lo|el|le|der|die|de|het|the|o|a)\s+|(?!(?:il|la|lo|el|le|der|die|das|de|het|the|o|a|an|un|una|uno|une|um|uma|ein|eine|een|en|ett)\s)))(\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+)?)\s+(\p{Lu}[\p{Ll}’'-]+\s+\p{Lu}[\p{Ll}’'-]+)\s+\p{Ll}`,
  'u',
);

/**
 * "Dans le quartier du Pont-Vieux, Jean-Marc Soulier, 71 ans, a vu …", "À saída da estação, Joana
 * Ferraz, enfermeira, resumia …": after an opening phrase and its comma, a full name the text
 * knows (an age or a one-word description between commas after it), then the verb.
 */
function nameAfterOpeningComma(sentence: string, people: People): Person | undefined {
  const m = NAME_AFTER_OPENING_COMMA.re.exec(sentence);
  const named = m ? parsePerson(m[1]!) : null;
  if (!named || !named.name.includes(' ') || isOrganisation(named.name)) return undefined;
  return people.known(named.name) ?? undefined;
}
const NAME_AFTER_OPENING_COMMA = rx(
  String.raw`^[^,.;:!?]{2,60},\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3})(?:,\s*(?:\d{1,3}(?:\s+\p{Ll}+)?|\p{Ll}[\p{Ll}-]+))?,?\s+\p{Ll}`,
  'u',
);

const GERUND_OR_PLACE = rx(
  String.raw`^\p{Lu}\p{Ll}+ing\s|\s(?:Street|Avenue|Road|Square|Park|Lane|Place|Bridge|Station|Hall|Center|Centre)$`,
  'u',
);
const OPENING_RUN = rx(
  String.raw`^\s*((?:\p{Lu}[\p{L}’'.-]*\s+){1,4}\p{Lu}[\p{L}’'-]+)(?:\s*\(\d{1,3}\)|,\s*(?:\d{1,3}|\p{Ll}+),)?\s+\p{Ll}`,
  'u',
);

function speakerNamedIn(sentence: string, recent: Person[]): Person | undefined {
  let best: { at: number; person: Person } | undefined;
  for (const person of recent) {
    const words = person.name.split(' ');
    // By full name, surname, or first name ("Bernard points to “…”" after Bernard P Achampong
    // spoke): the story's own recent speakers, so a first name is seldom someone else's.
    const forms =
      words.length < 2
        ? [person.name]
        : isOrganisation(person.name) // "Mozilla Foundation" is not "Mozilla"
          ? [person.name, words[words.length - 1]!]
          : [person.name, words[words.length - 1]!, words[0]!];
    for (const form of forms) {
      const at = indexOfWord(sentence, form);
      if (at >= 0 && (!best || at < best.at)) best = { at, person };
    }
  }
  return best?.person;
}

/** Where a name occurs as whole words (any position for CJK, which has no spaces). */
function indexOfWord(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + word.length] ?? ' ';
    if (
      HAN_CHAR.re.test(word) ||
      (!LETTER_OR_DIGIT.re.test(before) && !LETTER_OR_DIGIT.re.test(after))
    )
      return at;
  }
  return -1;
}

/**
 * “…terribly disruptive” and …, “we won’t …,” Vesey said: a short partial quote with no frame of
 * its own, in the same sentence as a later speech quote with a speaker, shares that frame.
 */
export function shareForward(out: Work[], text: string): void {
  for (let i = out.length - 2; i >= 0; i--) {
    const q = out[i]!;
    const next = out[i + 1]!;
    if (q.kind !== 'term' || !q.free || next.kind !== 'speech' || !next.speaker) continue;
    if (next.paraStart !== q.paraStart) continue;
    if (/[.!?…](?:\s|$)/.test(text.slice(q.span.end, next.span.start))) continue;
    q.kind = 'speech';
    q.speaker = next.speaker;
    q.role = next.role;
  }
}

/** Quotations blanked out, so words inside them are not read as frames. */
export function blankQuotes(text: string): string {
  return text.replace(/[“「『"][^”」』"]*[”」』"]/g, (q) => ' '.repeat(q.length));
}
