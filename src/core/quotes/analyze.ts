import { resolveSource, roleBack, type Source } from './attribute-speaker.ts';
import { ASIDE } from './subject-patterns.ts';
import { readSubject, unnamedSources } from './subject.ts';
import { sourceBefore } from './source-before.ts';
import { inciseSource, sourceAfter } from './source-after.ts';
import { mentionInParagraph, type Work } from './anaphora.ts';
import { blankQuotes, fillFromNeighbours, shareForward } from './neighbours.ts';
import { echoHeadings, pullQuoteParagraphs, shareWithTwins } from './repeats.ts';
import { genders, type GenderOf } from './gender.ts';
import { announcesQuote, japaneseSource, saidInNextSentence } from './japanese.ts';
import { cjkSentenceSource, lastCjkStop } from './cjk.ts';
import { fullCjkName } from './cjk-surnames.ts';
import { spelledOut } from './acronyms.ts';
import { koreanNounPhrase, koreanSource } from './korean.ts';
import { CJK_VERB, CJK_VERBS, ROLE_NOUNS, firstVerb, hasVerb, isVerb, verbsIn } from './cues.ts';
import { hasCue, isLabel } from './frames.ts';
import { creditedSource } from './credits.ts';
import {
  cutSentenceEnd,
  cutSentenceStart,
  lastSentence,
  nextStop,
  TITLE_ABBR,
} from './sentences.ts';
import { looksLikeSentence, looksLikeTitle } from './classify.ts';
import { isCommonNoun } from './common-noun.ts';
import { impersonalFrame, pronounReferent } from './pronouns.ts';
import { findQuotes, spanText, type QuoteSpan } from './find-quotes.ts';
import { nextFullName } from './fast-scan.ts';
import {
  isGenitiveTitle,
  isOrganisation,
  isPreposition,
  isRoleCompound,
  isRomanceOf,
  People,
  parsePerson,
  splitCoordinated,
  unglue,
  withParsedNames,
  type Person,
} from './names.ts';
import { framesNext, openingClause } from './turns.ts';
import { withoutNicknames } from './nicknames.ts';
import { roleHolder } from './role-holder.ts';
import { roleAtFirstMention, tidyRole } from './role-text.ts';
import { declinedBearer, nominativeSpeakers } from './slavic-names.ts';
import { textLanguage, type TextLanguage } from './language.ts';
import { roleBeforeName, type NameAndRole } from './role-before-name.ts';
import { describesSourceUnnamed, sourcePhraseOpening } from './source-prepositions.ts';
import {
  ALL_LOWER,
  HAN_CHAR,
  HANGUL_CHAR,
  isSpaceCode,
  mayHoldCjk,
  OPENS_UPPER,
  rx,
  withTexts,
} from './letters.ts';
import { forgetParagraphs, paragraphStart, REACH } from './paragraphs.ts';

/** A quotation found in plain text, with its kind and speaker. */
export interface FoundQuote {
  span: QuoteSpan;
  text: string;
  kind: 'speech' | 'term';
  speaker: string | null;
  role: string | null;
}

const NONE: ReadonlySet<number> = new Set();
// A sentence's stop between two quotes; not an abbreviation's ("on Aug. 2 and “…”", "Dr. Roe").
const STOP_BETWEEN = new RegExp(
  `(?<!\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|St)|${TITLE_ABBR})[.!?…](?:\\s|$)`,
);
const CJK_NAME = rx(String.raw`^[\p{Script=Hangul}\p{Script=Han}々]+$`, 'u');
const CJK_COLON_FRAME = new RegExp(`(?:${CJK_VERBS})[：:]\\s*$`);
// "“…,” I said", not "“…,” I was told by …" (the writer is not the source of a passive frame).
const WRITER_AFTER = rx(
  String.raw`^[\s,]*I\s+(?!(?:was|am|were|got|had been|have been)\s)(?:\p{Ll}+\s+)?\p{Ll}`,
  'u',
);
// A sentence's stop right before the quote's mark (not an initial's or a title's period; CJK
// writes no space after its stops, so 。“ is no sign of a lost one).
const GLUED_TO_STOP = rx(`(?<!(?:^|\\s)\\p{Lu})(?<!${TITLE_ABBR})[.!?…]$`, 'u');
// "Jane Smith, the mayor of Denver, …", "Jane Smith is the city’s mayor.": the role a later "the
// mayor said" refers back to (a description ending in a common noun, not "a Democrat").
const APPOSITIVE_ROLE = rx(
  String.raw`^(?:,\s+|\s+(?:is|was)\s+)(?:the|a|an)\s+((?:[\p{L}’'-]+\s+){0,3}?\p{Ll}[\p{Ll}-]+(?:\s+of\s+[^,.;:!?]{1,40}?)?)\s*[,.;]`,
  'u',
);
const NEW_CLAUSE =
  /(?:^|[\s,;])(?:because|when|while|if|since|although|though|whereas|until|unless|so|and|but)\s/i;
const ALTERNATIVE =
  /^[\s,]*(?:or|and|or even|or just|rather than|instead of|but rather|as much as|versus|vs\.?)[\s,]*$/i;

/**
 * Finds the quotations of an article's text (blocks separated by `\n`), decides speech or term
 * and names each speech's speaker. Pure: no DOM. Outermost quotes only; nested quotes are part
 * of their outer quote's text. `asides` are the starts of lines that sit outside the story's
 * flow (figure captions), which a pronoun looks back past; `writer` is the article's one named
 * author, the speaker of a first-person frame ("I asked him, “…”").
 */
export function analyzeText(
  text: string,
  asides: ReadonlySet<number> = NONE,
  writer: string | null = null,
): FoundQuote[] {
  try {
    return withTexts([text, writer ?? ''], () =>
      withParsedNames(() => analyze(text, asides, writer)),
    );
  } finally {
    forgetParagraphs();
  }
}

function analyze(text: string, asides: ReadonlySet<number>, writer: string | null): FoundQuote[] {
  const spans = findQuotes(text).filter((s) => s.depth === 0);
  // Names are read up to the quote being analysed, and only when a lookup needs them (most of
  // a page's names, and all after its last speaker, never do).
  let horizon = 0;
  let reading = false;
  const language = textLanguage(text);
  const people = new People(
    () => {
      if (reading) return;
      reading = true;
      readNames(horizon);
      reading = false;
    },
    // A surname alone: declined in Polish, Czech and Russian, a first surname in Spanish.
    (surname, find, bySecondWord) =>
      declinedBearer(language, surname, find) ??
      (language.spanish() ? bySecondWord(surname) : null),
    () => language.slavic() !== null,
  );
  const writerPerson: Person | null = writer ? { name: writer, role: null } : null;
  // Who the text gives which pronoun: only a he/she frame asks, so built on first use.
  let gendered: GenderOf | undefined;
  if (spans.length === 0) return [];
  // Pull-quote boxes: a pronoun after one looks back past it ("he continued").
  const boxes = pullQuoteParagraphs(text, spans);
  // Figure captions between paragraphs are asides in the same way ("Anthony Wallace / AFP").
  for (const start of asides) boxes.add(start);
  // Only runs of two or more capitalised words can introduce a full name; single words are most
  // matches and are skipped here for speed.
  const names = withoutNicknames(text, spans);
  // Gustavo “el Flaco” Peralta: a quoted nickname inside a name, which `names` blanks.
  const isNickname = (q: QuoteSpan): boolean =>
    names.charCodeAt(q.start) !== text.charCodeAt(q.start);
  let next = nextFullName(names, 0);
  let last: Person | null = null;
  const out: Work[] = [];
  // Description → the name it first stood before ("actress Mary Steenburgen"), found on first use.
  const described = new Map<string, string | null>();
  // Role word → where the text puts it right before a name ("coach Dave Kimura"), found on first use.
  const holders = new Map<string, { at: number; name: string }[]>();
  // A speaker's name is checked against the whole text for each quote given to them: once each.
  const commonNouns = new Map<string, boolean>();
  const commonNoun = (name: string): boolean => {
    let common = commonNouns.get(name);
    if (common === undefined) commonNouns.set(name, (common = isCommonNoun(name, text)));
    return common;
  };
  // Queues the full names before `upTo` not read yet (see `people`); each run is parsed only
  // when a lookup needs one of its words.
  const readNames = (upTo: number): void => {
    while (next !== null && next.index < upTo) {
      const m = next;
      next = nextFullName(names, m.index + m[0].length);
      // "Said Kings coach Ron Talbot: “…”", "Added Smith:": a verb opening the frame is no part
      // of the name.
      const verb = colonWithin3(text, m.index + m[0].length) ? m[0].split(' ', 1)[0]! : '';
      // "U.S. District Judge William Alsup": the scan starts at "S.", so the role would lose "U.".
      const glued = verb
        ? null
        : INITIALS_BEFORE.exec(text.slice(Math.max(0, m.index - 9), m.index));
      const read = verb && isVerb(verb) ? m[0].slice(verb.length + 1) : (glued?.[0] ?? '') + m[0];
      // "the Norwegian Directorate of Fisheries": an organisation's name goes on after "of".
      const of = isOrganisation(read)
        ? OF_BODY_AFTER.re.exec(text.slice(m.index + m[0].length))
        : null;
      const run = of ? `${read}${of[0]}` : read;
      const start = m.index - (glued?.[0].length ?? 0);
      const parts: string[] = [];
      for (const part of unglue(run)) parts.push(...splitCoordinated(part));
      people.queue(start, runWords(parts), () => {
        const prev = wordBefore(text, start);
        // A preposition before the name tells its object ("to Britain Liu …"); any other
        // lower-case word leaves the name as it is, so the run is parsed once whatever precedes it.
        // So does a lower-case title of the languages that put an office in the genitive
        // between title and name ("trener Stali Grzegorz Pawlak").
        const preposition =
          ALL_LOWER.re.test(prev) &&
          ((prev.length <= 4 && isPreposition(prev)) || isGenitiveTitle(prev));
        // "secretário de Educação Wagner Lacerda": Romance "of" before a run of three words or
        // more opens an office's name, the first of them (not "Fratelli del Borgo").
        const romanceOf = !preposition && ALL_LOWER.re.test(prev) && isRomanceOf(prev);
        // "minister van Cultuur Jan Peeters", "Regionrådet i Norrbotten Linnea Sjöberg": Dutch and
        // German "of", Swedish "in", after a title, the same.
        const title =
          prev === 'van' || prev === 'von' || prev === 'i'
            ? wordBefore(text, start - prev.length - 1)
            : '';
        const officeOf = ROLE_NOUNS.has(title) || (title !== '' && isRoleCompound(title));
        parts.forEach((part, k) => {
          const own = parsePerson(part);
          const p =
            preposition || (romanceOf && CAPITALISED_3.re.test(part))
              ? parsePerson(`${prev} ${part}`)
              : officeOf && CAPITALISED_3.re.test(part)
                ? parsePerson(`${title} ${prev} ${part}`)
                : own;
          // Its role from the name's own words ("US President Donald Trump"), not "staff", else
          // from an appositive right after the name ("Jane Smith, the mayor, …").
          const role =
            own?.role ??
            (k === parts.length - 1
              ? (APPOSITIVE_ROLE.re.exec(
                  text.slice(m.index + m[0].length, m.index + m[0].length + 80),
                )?.[1] ?? null)
              : null);
          if (p && p.name.includes(' ')) people.see(p.name, role);
        });
      });
    }
  };
  spans.forEach((span, i) => {
    horizon = span.start;
    const paraStart = paragraphStart(text, span.start);
    // A title before the quote in its paragraph ("Valve called ‘Half Life: Alyx’ “a flagship VR
    // game”", "Buckley, who phoned in from the set of “Fargo,” had a similar experience: “…”") is
    // no frame of its own: the frame reaches back over it. Not over a lower-case term: in "found
    // “lean startup” works better than “agile startup”" the verb is the term's, not the next one's;
    // nor past a new clause: "I mentioned “AI Agents” because I liked the idea of an “agent”".
    // (Up to REACH characters back, as a list of titles in a long paragraph can be endless.)
    let k = i - 1;
    while (
      k >= 0 &&
      spans[k]!.end > paraStart &&
      spans[k]!.end >= span.start - REACH &&
      out[k]!.kind === 'term' &&
      out[k]!.titled &&
      !NEW_CLAUSE.test(text.slice(spans[k]!.end, spans[k + 1]!.start))
    )
      k--;
    const prevEnd = k >= 0 && spans[k]!.end > paraStart ? spans[k]!.end : paraStart;
    let before = blankAsides(cutSentenceStart(text.slice(prevEnd, span.start)));
    if (prevEnd === paraStart) before = blankDateline(before);
    // "Le maire a défendu une décision « douloureuse » : « … »": a colon frame is its whole
    // sentence, the lower-case terms quoted in it blanked out.
    if (k >= 0 && prevEnd > paraStart && out[k]!.kind === 'term' && /[:：]\s*$/.test(before))
      before = colonSentence(text, spans, out, k, paraStart, span.start) ?? before;
    // `30 percent.“We have …`: a quote glued to a sentence's stop opens the next sentence.
    if (GLUED_TO_STOP.re.test(before)) before = '';
    const atParaStart = text.slice(paraStart, span.start).trim() === '';
    if (atParaStart && paraStart > 0) {
      const prevPara = text.slice(paragraphStart(text, paraStart - 1), paraStart - 1);
      if (/[:：]\s*$/.test(prevPara)) before = cutSentenceStart(prevPara);
    }
    const after = blankAsides(frameAfter(text, spans, i, isNickname));
    const content = spanText(text, span);
    const titled = looksLikeTitle(content);
    const full = before.trim() === '' || /[:：]\s*$/.test(before);
    const labelled = isLabel(before, after, content);
    // A title that no colon or reporting verb right before it introduces, or a label in a
    // sentence with no reporting verb, is a term whatever else its sentence holds: no frame is
    // read and no speaker looked for (terms took a third of the analysis of quote-dense pages).
    // A label's frame is still read when there is one: its subject is someone the story goes
    // on with ("ClassPass said in its report that …’s “strong social media presence” …", then
    // "the report stated"). A title's is not: "le livre, paru aux éditions du Chêne-Vert" names
    // no one the next "raconte-t-elle" means. CJK frames are read in full below.
    if (
      !full &&
      !mayHoldCjk() &&
      ((titled && !verbJustBefore(before) && !verbThenPreposition(before)) ||
        (labelled && !hasVerb(before) && !hasVerb(after)))
    ) {
      out.push({
        span,
        text: content,
        kind: 'term',
        speaker: null,
        role: null,
        paraStart,
        atParaStart,
        anonymous: false,
        free: false,
        titled,
      });
      return;
    }
    // 岸田首相は「…」と述べた: the quotative と and its verb frame the quote from right after it;
    // 佐藤氏はこう語った。「…」: a sentence announcing it frames it from before.
    const japanese = !mayHoldCjk()
      ? null
      : /^\s*(?:など)?と/.test(after) || announcesQuote(text, span.start)
        ? japaneseSource(text.slice(paraStart, span.start), after)
        : saidInNextSentence(text.slice(span.end, span.end + 60));
    let src: Source =
      mayHoldCjk() && HANGUL_CHAR.re.test(after)
        ? koreanSource(
            text.slice(paraStart, span.start),
            after,
            blankQuotes(text.slice(span.end, span.end + REACH)),
            text.slice(0, span.start),
          )
        : japanese;
    // “…. You …” Smith agreed: “…”: a colon frame after a finished quote introduces the next one.
    const afterFrame = framesNext(content, after) ? '' : after;
    // "I" after a quote frames it only right after it ("“Go home,” I said"); in a new sentence
    // ("“… marketing.” When I was young, I …") it is the writer going on.
    const sourceAfterFrame = (): Source => {
      const s = sourceAfter(afterFrame, /,\s*$/.test(before));
      return s === 'writer' && !WRITER_AFTER.re.test(afterFrame) ? null : s;
    };
    // 天文台發言人稱：「…」港鐵公司表示: a Chinese verb and colon frame the quote, not the next
    // sentence glued to its closing mark.
    const afterFirst = full && !(mayHoldCjk() && CJK_COLON_FRAME.test(before));
    src ??= afterFirst ? sourceAfterFrame() : sourceBefore(before);
    // "Ma la Soprintendenza frena: «…», fa sapere in una nota": a verb after the quote with its
    // subject dropped goes on with the subject the colon frame before it names.
    if (src === 'anaphor' && afterFirst && /[:：]\s*$/.test(before)) {
      const named = sourceBefore(before);
      if (named && typeof named === 'object' && 'name' in named) src = named;
    }
    src ??= afterFirst ? sourceBefore(before) : sourceAfterFrame();
    // 钱立峰称，公司将把产能提升至“三倍以上”: a Chinese verb earlier in the quote's sentence.
    // (Short Chinese quotes look like titles; this frame makes them reported speech.)
    let cjkClause = false;
    if (
      src === null &&
      mayHoldCjk() &&
      HAN_CHAR.re.test(text.charAt(span.start - 1) + content.charAt(0))
    ) {
      src = cjkSentenceSource(cjkSentenceHead(text, paraStart, span.start), after);
      cjkClause = src !== null;
    }
    // "Die Vorwürfe seien „schlicht falsch“", "Der 58-Jährige habe „…“ gehandelt, sagte die
    // Richterin X": German reports speech in the subjunctive; its frame comes later in the
    // sentence, or it goes on with the speaker the story follows.
    if (src === null && GERMAN_SUBJUNCTIVE.re.test(before)) src = laterFrame(after) ?? 'anaphor';
    if (src === null && atParaStart) src = creditedSource(text, span.start, span.end);
    // "Amira's mother, Rania Haddad, read a victim impact statement in court." and the statement
    // in the paragraphs after: its reader's words.
    if (src === null && atParaStart && paraStart > 0) src = readOutBefore(text, paraStart);
    // "Smith said the plan was sound. “We are happy with it.”": a whole sentence quoted with no
    // frame, right after a sentence that reports someone's words, is theirs.
    // (Not the frame of the quote before it: "“…,” one commenter said, per Feng. “…”".)
    if (src === null && !atParaStart && before.trim() === '' && after.trim() === '') {
      const head = text.slice(prevEnd, span.start).trimEnd();
      const sentence = lastSentence(head);
      if (prevEnd === paraStart || sentence.length < head.length) src = reportedBy(sentence);
    }
    // A frame inside the marks is the quote's own, before any sentence after it.
    src = inciseSource(content) ?? src;
    // A pronoun refers back (pronouns.ts); to someone the text does not name ("one mother … she
    // said") it gives no speaker, though a frame is there.
    let unnamedReferent = false;
    const anaphor = (): Person | null => {
      const who = pronounReferent(
        { text, out, people, boxes, described, last, genders: () => (gendered ??= genders(text)) },
        { span, paraStart, before, after },
      );
      if (who === 'nobody') unnamedReferent = true;
      return who === 'nobody' ? null : who;
    };
    // "“The people of this country aren’t buying” impeachment, Trump said": a clause that opens
    // its sentence, framed by a named speaker, is his words even with a noun after it.
    const prev = out[out.length - 1];
    // “firm” or “leathery”; Say, “…” Or, “…”: a quote joined to a term by a bare "or"/"and" is
    // another of the same, unless a frame of its own names a speaker.
    const alternative =
      src === null &&
      prev?.kind === 'term' &&
      prev.paraStart === paraStart &&
      ALTERNATIVE.test(text.slice(prev.span.end, span.start));
    const label =
      alternative ||
      (labelled &&
        !(
          full &&
          src !== null &&
          typeof src === 'object' &&
          'name' in src &&
          openingClause(content)
        ));
    // A short quote in the same sentence as a speech quote shares its frame (“…” if “…”).
    const between = text.slice(prev?.span.end ?? 0, span.start);
    const sameSentence =
      prev?.kind === 'speech' &&
      prev.paraStart === paraStart &&
      !STOP_BETWEEN.test(between) &&
      // “… all over the world.” The goal is …: a full stop inside the marks ends the sentence too.
      !(/[.!?…]$/.test(prev.text.trim()) && OPENS_UPPER.re.test(between)) &&
      !titled;
    // "he called Omar a “…” and said, “…”": a verb with no subject of its own continues the frame.
    const coordinated = sameSentence && prev?.speaker && src === null && hasVerb(before);
    // A title (“Takin’ It to the Streets,”) stays a term unless a frame right after it names a
    // speaker or describes one ("«Vamos vencer», disse o ministro"), or a reporting verb right
    // before it introduces it ("As Holmes would say, “…”").
    const framesTitle =
      titled &&
      (full ||
        cjkClause ||
        verbJustBefore(before) ||
        // 马国栋表示“不想多说”: a Chinese reporting verb right before the quote.
        (mayHoldCjk() && CJK_VERB.test(before)) ||
        verbThenPreposition(before) ||
        japanese !== null);
    // A title no frame can claim is a term whoever the sentence names: no speaker is looked for.
    const settled = titled && !framesTitle;
    // A label is a term too, but a name its frame gives is still looked up: the story may go on
    // with that subject (above). A pronoun's or a role's referent is not sought for it.
    const named = src !== null && typeof src === 'object' && 'name' in src;
    const person = coordinated
      ? { name: prev.speaker!, role: prev.role }
      : settled || (label && !named)
        ? null
        : resolveSource(
            src,
            people,
            anaphor,
            last,
            writerPerson,
            (noun) => roleHolder(text, span.start, noun, people, holders),
            // A name in the quote's own paragraph first, else as a pronoun's referent. (The
            // words before the quote count unless they are its colon frame: "Rinaldi, 29 anni, è
            // arrivato dalla Serie B. “…”, ha raccontato l’attaccante".)
            (noun, inParagraph) => {
              const who = roleBack(
                noun,
                text.slice(0, span.start),
                inParagraph
                  ? () =>
                      mentionInParagraph(
                        blankQuotes(
                          text.slice(paraStart, full ? span.start - before.length : span.start),
                        ),
                        people,
                      )
                  : anaphor,
              );
              if (who === 'nobody') unnamedReferent = true;
              return who;
            },
          );
    // "Teachers chanted, “…”": a capitalised word the text also writes in lower case is a common
    // noun at a sentence start, not a name; the frame is there but names no one.
    const common = person !== null && !coordinated && commonNoun(person.name);
    // "Podkreślił, że …, ale – jak dodał – „…”": a reporting verb opening a sentence (Polish and
    // Czech drop the subject) is no one's name; the quote is left to its neighbours.
    const who =
      common || (person && !person.name.includes(' ') && isVerb(person.name)) ? null : person;
    // (Not a compound: "фирмы-«однодневки»".)
    const sourcePhrase = titled || /-$/.test(before) ? null : sourcePhraseOpening(before);
    const anonymous =
      !settled &&
      who === null &&
      (common ||
        // "Volgens het bedrijf is de fabriek ‘…’": the source the phrase describes, no neighbour.
        (sourcePhrase !== null && describesSourceUnnamed(sourcePhrase)) ||
        unnamedReferent ||
        src === 'unnamed' ||
        src === 'writer' ||
        // ("“…,” his son said", the son unnamed: someone's words, not the last speaker's.)
        (typeof src === 'object' && src !== null && 'kin' in src) ||
        hasCue(before, after, content) ||
        japanese !== null ||
        // "El presidente dijo: «…»", "Der Minister sagte: „…“": a reporting verb and its colon
        // introduce speech whoever the subject is, in any language.
        (full && verbJustBefore(before)));
    const title = titled && !((src !== null || anonymous) && framesTitle);
    // “Hands up!” an officer shouted. “Step out.”: a whole sentence after a speech quote goes on.
    const goesOn =
      prev?.kind === 'speech' &&
      prev.paraStart === paraStart &&
      before.trim() === '' &&
      after.trim() === '';
    // "« … », dit-il", "She said: “…”", "«…», dijo" with no one in the text to take the pronoun
    // (or the subject a language drops): still someone's words, when the frame is the quote's
    // own (not "they agreed to rules that cover “skiplagging”", nor "it says “fragrance”").
    const personFrame =
      src === 'anaphor' &&
      who === null &&
      (full || verbJustBefore(before)) &&
      !impersonalFrame(before, after);
    // A nickname inside a name is a term.
    const speech =
      !label &&
      !isNickname(span) &&
      (!title || goesOn) &&
      (who !== null ||
        anonymous ||
        personFrame ||
        // "According to police, the man was “agitated”", "Selon le ministre, …": a sentence
        // that gives its words as someone's, named or not.
        sourcePhrase !== null ||
        sameSentence ||
        goesOn ||
        (looksLikeSentence(content) && !(mayHoldCjk() && koreanNounPhrase(content, after))));
    // The writer is no one the story goes on quoting: a line after "I asked" is someone else's.
    if (who && speech && !boxes.has(paraStart) && src !== 'writer') last = who;
    out.push({
      span,
      text: content,
      kind: speech ? 'speech' : 'term',
      speaker: speech ? (who?.name ?? null) : null,
      role: speech ? (who?.role ?? null) : null,
      paraStart,
      atParaStart,
      anonymous,
      free: !label && !title,
      titled,
    });
  });
  shareForward(out, text);
  fillFromNeighbours(out, text, people);
  shareWithTwins(out, people);
  echoHeadings(out, text);
  cutRolesBeforeNames(out, text, language);
  nominativeSpeakers(out, language, text);
  // 中西氏, 강씨, 최 장관: a Japanese or Korean surname gets the full name given before it.
  for (const q of out)
    // (A neighbour's sentence can lend "Fonti di Palazzo Chigi" as a name: sources, unnamed.)
    if (q.speaker && unnamedSources(q.speaker.split(' '))) [q.speaker, q.role] = [null, null];
    else if (q.speaker && CJK_NAME.re.test(q.speaker))
      q.speaker = fullCjkName(q.speaker, text.slice(0, q.span.start));
    else if (q.speaker) q.speaker = spelledOut(q.speaker, text) ?? q.speaker;
  // A speaker whose frames gave no role gets the one the text put before their name.
  const firstRoles = new Map<string, string | null>();
  const firstRole = (name: string): string | null => {
    if (!firstRoles.has(name)) firstRoles.set(name, roleAtFirstMention(text, name));
    return firstRoles.get(name)!;
  };
  return out.map(({ span, text: t, kind, speaker, role }) => ({
    span,
    text: t,
    kind,
    speaker,
    role: tidyRole(role ?? (speaker?.includes(' ') ? firstRole(speaker) : null)),
  }));
}

/**
 * The sentence before a colon quote reaching back over the terms quoted in it (`k`: the last of
 * them), each blanked; null when a sentence ends between the terms, or before a speech quote.
 */
function colonSentence(
  text: string,
  spans: QuoteSpan[],
  out: Work[],
  k: number,
  paraStart: number,
  quoteStart: number,
): string | null {
  let head = text.slice(spans[k]!.end, quoteStart);
  for (let j = k; ; j--) {
    if (cutSentenceStart(head).length < head.length) return null;
    const from = j > 0 && spans[j - 1]!.end > paraStart ? spans[j - 1]!.end : paraStart;
    const gap = text.slice(from, spans[j]!.start);
    head = gap + ' '.repeat(spans[j]!.end - spans[j]!.start) + head;
    const sentence = cutSentenceStart(gap);
    if (sentence.length < gap.length || from === paraStart)
      return blankAsides(sentence + head.slice(gap.length));
    if (out[j - 1]!.kind !== 'term') return null;
  }
}

// Wire copy opens its first paragraph with a place in capitals, a date and an agency before a
// dash ("VALMORA, March 6 (Reuters) - The bank …", "HOLLIS SPRINGS, Texas (AP) — A …"): no part
// of the sentence's subject. Blanked, offsets kept.
const DATELINE = rx(
  String.raw`^\s*\p{Lu}[\p{Lu}.’'-]+(?:\s+\p{Lu}[\p{Lu}.’'-]*)*(?:,\s+[^\n,()—–-]{2,25}){0,2}(?:\s*\([^()\n]{1,30}\))?\s+[-–—]+\s+(?=\p{Lu})`,
  'u',
);
const blankDateline = (s: string): string => s.replace(DATELINE.re, (m) => ' '.repeat(m.length));

const blankAsides = (s: string): string =>
  s.includes('(') ? s.replace(ASIDE, (m) => ' '.repeat(m.length)) : s;

const SPACE = /\s/;
// Initials glued to the name run that follows them, from a word's start: the "U." of "U.S.".
const INITIALS_BEFORE = /(?:^|(?<=\s))(?:[A-Z]\.)+$/;
// White space other than single spaces.
const ODD_SPACE = /[^\S ]| {2}/;

/** The words a run's names can use: each word, and an owner's also without its "’s". */
function runWords(parts: string[]): string[] {
  const words: string[] = [];
  for (const part of parts)
    // (Most runs are single-spaced: a split at one character is much cheaper than at a regex.)
    for (const w of ODD_SPACE.test(part) ? part.split(/\s+/) : part.split(' ')) {
      words.push(w);
      if (w.endsWith('’s') || w.endsWith("'s")) words.push(w.slice(0, -2));
    }
  return words;
}

/** Whether a colon follows `at` after white space, within three characters (/^\s*[:：]/). */
function colonWithin3(text: string, at: number): boolean {
  for (let i = at; i < at + 3 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a || c === 0xff1a) return true;
    if (!isSpaceCode(c)) return false;
  }
  return false;
}

/**
 * The last word of the 12 characters before `at` (as `slice(at - 12, at).trimEnd().split(/\s/)
 * .pop()`, without the copies: it runs for every name of a page).
 */
function wordBefore(text: string, at: number): string {
  const from = Math.max(0, at - 12);
  let end = at;
  while (end > from && SPACE.test(text[end - 1]!)) end--;
  let start = end;
  while (start > from && !SPACE.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

// Three capitalised words or more and nothing else ("Educação Wagner Lacerda").
const OF_BODY_AFTER = rx(String.raw`^ (?:of|for)(?: the)?(?: \p{Lu}[\p{L}’'-]*)+`, 'u');
const CAPITALISED_3 = rx(String.raw`^(?:\p{Lu}\S*\s){2,}\p{Lu}\S*$`, 'u');
const THEN_NAME = rx(String.raw`^\s+\p{Lu}`, 'u');

/**
 * The rest of a quote's sentence after it, up to the next quote: "», — признался главный тренер
 * «Металлурга» Сергей Гордеев", where a title (a club, a paper) stands between a role and a name,
 * reaches over it, blanked.
 */
function frameAfter(
  text: string,
  spans: QuoteSpan[],
  i: number,
  isNickname: (q: QuoteSpan) => boolean,
): string {
  const reach = nextStop(text, spans, i);
  const after = cutSentenceEnd(text.slice(spans[i]!.end, reach));
  const next = spans[i + 1];
  if (
    !next ||
    reach !== next.start ||
    after.length !== reach - spans[i]!.end ||
    !THEN_NAME.re.test(text.slice(next.end, next.end + 3)) ||
    // (Or a nickname in the name: "reconoció Gustavo “el Flaco” Peralta".)
    !(looksLikeTitle(spanText(text, next)) || isNickname(next))
  )
    return after;
  const blank = ' '.repeat(next.end - next.start);
  return cutSentenceEnd(after + blank + text.slice(next.end, nextStop(text, spans, i + 1)));
}

/** A Chinese sentence up to a quote: from its paragraph's last 。！？ outside quotes. */
function cjkSentenceHead(text: string, paraStart: number, at: number): string {
  const head = blankQuotes(text.slice(Math.max(paraStart, at - REACH), at));
  return head.slice(lastCjkStop(head) + 1);
}

// "of a", "von einem", "de una", "o": what a verb of speaking takes its words with.
const SPOKEN_OF =
  /^\s+(?:(?:aber|also|auch|hingegen|dagegen|jedoch|zudem|erneut|then|again)\s+)?(?:of|about|von|vor|über|de|d[’']|di|van|over|om|o|о|об|em)\s*(?:(?:a|an|ein|einem|einer|eines|un|une|una|um|uma|een|en|ett)\s+)?$/i;

/**
 * A reporting verb and the preposition it takes end the text before a quote ("sprach von einem
 * „…“", "spoke of a “…”", "warned of “…”"): the quote is its words, even in a title's capitals.
 */
function verbThenPreposition(before: string): boolean {
  const last = verbsIn(before).at(-1);
  if (last === undefined) return false;
  const rest = before.slice(last.end);
  // ("sprach von", "parle de" are cues with their preposition.)
  return (
    SPOKEN_OF.test(rest) ||
    (PREPOSITION_END.test(last.word) && ARTICLE_ONLY.test(rest)) ||
    // "dismissing speculation within her party as “Canberra gossip”": what it was called.
    (DESCRIBES_AS.has(last.word) && OBJECT_THEN_AS.test(rest)) ||
    // "nannte den Vorschlag ein „Wahlgeschenk auf Pump“", "called the plan a “Total Disaster”".
    (CALLS.has(last.word) && OBJECT_THEN_ARTICLE.test(rest))
  );
}
const CALLS = new Set('called calls calling nannte nennt noemde noemt'.split(' '));
const OBJECT_THEN_ARTICLE = /^\s+(?:[^\s.!?;:“”"„]+\s+){1,4}(?:a|an|ein|eine|einen|een)\s*$/;
const DESCRIBES_AS = new Set(
  'described describes describing dismissed dismisses dismissing termed terming bezeichnete bezeichnet bezeichneten'.split(
    ' ',
  ),
);
const OBJECT_THEN_AS = /^\s+(?:[^\s.!?;:“”"„«»]+\s+){1,6}(?:as|als)\s*$/;
const PREPOSITION_END = /\s(?:of|about|von|vor|über|de|di|van|over|om|o|о|об|em)$/;
const ARTICLE_ONLY = /^\s+(?:(?:a|an|ein|einem|einer|eines|un|une|una|um|uma|een|en|ett)\s+)?$/;

// The subjunctive of reported speech (Konjunktiv I), in forms no other tense shares.
const GERMAN_SUBJUNCTIVE = rx(
  String.raw`(?:^|\s)(?:sei|seien|habe|werde|könne|müsse|solle|wolle|dürfe|möge|gebe|liege|gehe|stehe|komme|bleibe|wisse|brauche|schwäche|fehle)(?=\s|$)`,
  'u',
);
const COMMA_THEN_LOWER = rx(String.raw`,\s*\p{Ll}`, 'u');

/** The frame after the rest of the quote's clause: "„…“ gehandelt, sagte X". */
function laterFrame(after: string): Source {
  const comma = COMMA_THEN_LOWER.re.exec(after);
  return comma ? sourceAfter(after.slice(comma.index), false) : null;
}

/**
 * Who a sentence of reported speech gives the words to: "Smith said the plan was sound.", "The
 * plan was sound, said council leader Jane Roe." (the writer and unnamed sources give no one).
 */
function reportedBy(sentence: string): Source {
  if (!/[.!?]\s*$/.test(sentence)) return null;
  const comma = sentence.lastIndexOf(',');
  const tail = comma >= 0 ? sentence.slice(comma) : '';
  // (", said she was heading home.": the pronoun opens the verb's complement, no inverted frame.)
  const inverted = tail && !PRONOUN_CLAUSE.re.test(tail) ? sourceAfter(tail, false) : null;
  if (inverted) return inverted === 'writer' || inverted === 'unnamed' ? null : inverted;
  const verb = firstVerb(sentence);
  // "Amira's mother, Rania Haddad, read a victim impact statement in court.": what was read out.
  const reader = verb ? null : READ_OUT.re.exec(sentence);
  const subject = verb
    ? readSubject(sentence.slice(0, verb.index))
    : reader
      ? readSubject(reader[1]!)
      : null;
  return subject === 'writer' || subject === 'unnamed' ? null : subject;
}

const READ_OUT = rx(
  String.raw`^(.+?)\s+read\s+(?:out\s+)?(?:a|an|the|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,3}(?:statement|letter|speech|message|tribute|poem|eulogy)\b`,
  'u',
);
const PRONOUN_CLAUSE = rx(
  String.raw`^,\s*\p{L}+\s+(?:he|she|they)\s+(?:was|is|were|had|has|would|will|could|might|did|does|wanted|planned|hoped|thought|felt|knew|needed|\p{Ll}+ed)\s`,
  'u',
);

/** Who the paragraph before `paraStart` says read out a statement, in its last sentence. */
function readOutBefore(text: string, paraStart: number): Source {
  const prev = text.slice(paragraphStart(text, paraStart - 1), paraStart - 1);
  const reader = prev.includes(' read ') ? READ_OUT.re.exec(lastSentence(prev)) : null;
  return reader && !hasVerb(reader[1]!) ? readSubject(reader[1]!) : null;
}

/** A reporting verb ends the text before a quote, with its comma or colon ("would say, “…”"). */
function verbJustBefore(before: string): boolean {
  if (!/[,:：]\s*$/.test(before)) return false;
  const last = verbsIn(before).at(-1);
  return last !== undefined && /^[\s,:：]*$/.test(before.slice(last.end));
}

/** Each speaker named after a bare role word ("Bakker Ruud Hoogendoorn") gets the name alone. */
function cutRolesBeforeNames(
  quotes: { speaker: string | null; role: string | null }[],
  text: string,
  language: TextLanguage,
): void {
  const cuts = new Map<string, NameAndRole | null>();
  for (const q of quotes) {
    if (!q.speaker) continue;
    if (!cuts.has(q.speaker)) cuts.set(q.speaker, roleBeforeName(q.speaker, text, language));
    const cut = cuts.get(q.speaker);
    if (!cut) continue;
    q.speaker = cut.name;
    if (!tidyRole(q.role)) q.role = cut.role;
  }
}
