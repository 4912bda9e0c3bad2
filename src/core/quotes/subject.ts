/**
 * Whom the subject phrase of a reporting verb names (`readSubject`): a person ("Mick Mulvaney,
 * the White House chief of staff,"), a pronoun ("he"), a role ("the coach") or no one. Every
 * frame reader ends here.
 */

import { OPENING, PERSON_NOUNS, ROLE_NOUNS, ORG_NOUNS, isPronoun } from './cues.ts';
import {
  ANONYMOUS_SOURCES,
  isAppositive,
  isPreposition,
  isRoleCompound,
  PARTY_MEMBERS,
  parsePerson,
} from './names.ts';
import { HAS_UPPER, STARTS_LOWER, STARTS_UPPER, rx } from './letters.ts';
import type { Source } from './attribute-speaker.ts';
import {
  FIRST_PERSON,
  FIRST_PERSON_PASSIVE,
  AUX,
  DEFINITE,
  SUFFIXED_DEFINITE,
  FEMININE_ROLE,
  PARTY_STATE,
  PARTY_PART,
  ASIDE,
  COPULA_NAME,
  LEADING_ARTICLE,
  NATIONALS,
  PEOPLES,
  ADVERBIAL,
  SPACE_THEN_LOWER,
  RELATIVE_THEN_NAME,
  ITALIAN_ROLE_NAME,
  OWNERS_PERSON,
  ARTICLE_ACRONYM,
  GROUPS,
  KIN_NOUNS,
  RELATIVE,
  SLAVIC_RELATIVE,
  NAMED_AFTER_FIRST,
  THE_LOWER_NOUN,
  PLACE_OPENING,
  ARTICLE_NOUN,
  PLACE_AT_END,
  TWO_CAPITALS,
  WORD_THEN_LOWER,
  ARTICLE_NOUN_PHRASE,
  DIGIT,
  ROMANCE_DEFINITE,
  ELIDED_PREPOSITION_PHRASE,
  AGE_ADJECTIVE,
  AGE_NOUN,
  AGED,
  GERMAN_DATIVE,
  NAMED_ONLY_AS,
  ENGLISH_ON,
  RELATIVE_SUBJECT,
  KIN_SUBJECT,
  QUOTED_NAME,
  SOMEONE_AT_END,
  INDEFINITE_PERSON,
  SOMEONE_FROM,
  SOMEONE_OF_PLACE,
  DOCUMENT_SUBJECT,
  TITLE_APPOSITIVE,
  AFFILIATION_PART,
  FROM_PLACE,
  NAME_OF_PLACE,
  OFFICE_OF,
} from './subject-patterns.ts';
import {
  referringNoun,
  withoutAffiliation,
  SPOKESPERSON_FOR,
  PLURAL_HEAD,
  SINGULAR_S,
  pluralGroup,
  readInstitution,
  endsWithFullName,
  lastWords,
  withoutParticipleClause,
  possessed,
} from './subject-parts.ts';

// "One of", in the languages that say it with "of" or "from".
const ONE_OF =
  /^(?:Jeden|Jedna|Jedno|Один|Одна|One|Uno|Una|Um|Uma|Un|Une|Einer|Eine|Eén|Een|En|Ett)\s+(?:z|ze|из|of|dei|degli|delle|de|dos|das|des|der|van|av)\s/;
// "There are those who", "someone", right before the verb.
const THOSE_WHO =
  /(?:^|\s)(?:[Cc][’']è\s+chi|[Hh]ay\s+quien(?:es)?|[Hh]á\s+quem|[Ii]l\s+y\s+a\s+ceux\s+qui|[Qq]ualcuno|[Aa]lguien|[Aa]lguém|[Qq]uelqu[’']un)$/;
const CLITIC_END = /(?:\s+(?:se|lo|la|le|los|las|les|gli|li|ne|lhe|lhes))+$/;
// An age between commas after a name.
const AGE_APPOSITION =
  /,\s*\d{1,3}\s+(?:anos|anni|años|ans|Jahre|jaar|år|lat|let|лет|года|год|years old)$/u;
// "Itself" after a subject: "hon själv", "sie selbst", "он сам".
const SELF_END =
  /\s+(?:själv|själva|självt|selbst|zelf|sam|sama|сам|сама|сами|himself|herself|themselves)$/u;

// A relative clause's first word: "who", "che", "que", "qui", "donde", "dove", "où", "który",
// "který", "который".
const RELATIVE_OPENING = new RegExp(
  `^(?:who|che|que|qui|quien|donde|dove|où|onde|${SLAVIC_RELATIVE})\\s`,
);
// "Urzędnik z Ministerstwa Klimatu", "Úředník z ministerstva", "Сотрудник из мэрии": a Slavic
// noun for someone (no article to tell it from a surname, but a noun's ending) and where from.
const SLAVIC_SOMEONE_FROM = rx(
  String.raw`^\p{Lu}\p{Ll}*(?:nik|ník|ник|niczka|nice|ница|tel|telka|тель|arz|ař|ařka|ec|ец|ista|ист|ent|ент)\s+(?:z|ze|w|we|v|ve|na|из|с|со|в|во|на)\s+\S[^,]*$`,
  'u',
);
const SOURCES = new Set(
  'Fonti Fuentes Fontes Sources Quellen Kreise Bronnen Källor Źródła Zdroje Источники'.split(' '),
);
const SOURCES_OF = new Set(
  'di del della dello dei degli de do da dos das du des aus im in uit bij binnen från inom w z ze v ve в из'.split(
    ' ',
  ),
);

/** Whether words read "Fonti di Palazzo Chigi": sources in a body, who name no one. */
export const unnamedSources = (words: readonly string[]): boolean =>
  SOURCES.has(words[0]!) && words.length > 2 && SOURCES_OF.has(words[1]!);

// "La famiglia Bertone", "the Smith family", "die Familie Huber": a family speaks as a group.
const FAMILY = rx(
  String.raw`^\s*(?:(?:[Tt]he|[Ll]a|[Aa]|[Dd]ie|[Dd]e|[Ll]e|[Ii]l|[Ee]l|[Hh]et)\s+)?(?:(?:family|famiglia|familia|família|famille|[Ff]amilie|familjen|rodzina|rodina|семья)\s+\p{Lu}[\p{L}’'-]+|\p{Lu}[\p{L}’'-]+\s+family)(?:,[^,]*,)?(?:\s+\p{Ll}+){0,2}\s*$`,
  'u',
);

/** Reads a subject phrase ("Mick Mulvaney, the White House chief of staff,", "he"). */
export function readSubject(whole: string): Source {
  if (FAMILY.re.test(whole)) return 'unnamed';
  const read = readPhrase(whole);
  // "Český svaz ledního hokeje na síti X", "Na sociální síti X": one word right after a
  // preposition of place and its noun is where the words were posted, not who wrote them; the
  // subject is before it, or dropped.
  if (read && typeof read === 'object' && 'name' in read && read.role && !read.name.includes(' ')) {
    const place = PLACE_BEFORE_NAME.re.exec(read.role);
    if (place) return place.index > 0 ? readPhrase(read.role.slice(0, place.index)) : null;
  }
  return read;
}
const PLACE_BEFORE_NAME = rx(
  String.raw`(?:^|\s)(?:[Nn]a|[Vv]e|[Vv]|[Ww]e|[Ww]|[Aa]uf|[Ss]ur|[Нн]а|[Вв]о|[Вв]|[Pp]å|[Oo]p)(?:\s+\p{Ll}+){1,2}$`,
  'u',
);

function readPhrase(whole: string): Source {
  // "Cllr Pauline Harcourt (Lib Dem, Kingsmere North) said": a short parenthesis (a party, a
  // ward, an age) stands aside from the subject, as in the frames analyze.ts blanks it in.
  if (whole.includes('(')) whole = whole.replace(ASIDE, ' ');
  // "Another resident, who gave her name only as Bev,": the name the person gave.
  const givenName = whole.includes(' as ') ? NAMED_ONLY_AS.re.exec(whole) : null;
  if (givenName) return parsePerson(givenName[1]!) ?? 'unnamed';
  // "blaming weaker demand and what chief executive Andrew Bassett called “…”": a relative
  // clause's subject is the verb's, not the sentence's.
  const relative =
    whole.includes('what ') || whole.includes('which ') ? RELATIVE_SUBJECT.exec(whole) : null;
  const phrase = withoutParticipleClause(relative ? relative[1]! : whole, false);
  // "Six products, …, none were listed; it usually just says": a semicolon ends a clause, so the
  // subject is after it.
  // "sagte die Tirolerin dem Sender Alpen-TV": a German dative is whom the words were given to.
  const text = withoutAffiliation(
    phrase
      .slice(phrase.lastIndexOf(';') + 1)
      .replace(GERMAN_DATIVE, '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(AUX, '')
      // "El climatólogo Andrés Salinas, …, lo calificó de": a Romance object pronoun before the
      // verb is no part of the subject.
      .replace(CLITIC_END, '')
      .replace(/[,\s]+$/, '')
      // "a professora Denise Arantes, 47 anos,": an age after the name stands aside too.
      .replace(AGE_APPOSITION, '')
      .replace(PARTY_STATE, '')
      // "något hon själv beskriver som": the pronoun, not its "self".
      .replace(SELF_END, ''),
  );
  // "die „Süddeutsche Zeitung“ nannte", "the “Irish Times” called": a paper's name in its marks
  // (not a vocative: "“Turkey,” said I").
  const quoted = QUOTED_NAME.re.exec(text);
  if (quoted) return { name: quoted[1]!, role: null };
  const words = text.split(/[\s,]+/);
  const lastWord = words[words.length - 1]!.toLowerCase();
  // "It was declarative rather than imperative — you said “…”": a generic "you" says nothing.
  if (lastWord === 'you') return null;
  // "as the French say, “…”": a people's saying, said by no one in particular (not "the leader
  // of the French said").
  const n = words.length;
  if (
    n >= 2 &&
    PEOPLES.has(words[n - 1]!) &&
    words[n - 2]!.toLowerCase() === 'the' &&
    (n === 2 || /^(?:as|and|but|so|or)$/i.test(words[n - 3]!))
  )
    return 'unnamed';
  // "his son said", "her husband added": the relative the text named with that word ("his son,
  // Michael Brandt"), else someone unnamed (never the person whose relative it is).
  const kin = KIN_SUBJECT.exec(text);
  if (kin) return { roleNoun: kin[1]!.toLowerCase(), kin: true };
  // "the Republican offered only:", "the Democrat said": a party member refers back like "the
  // senator" (a party is a name only without "the": "Republicans said").
  if (n >= 2 && PARTY_MEMBERS.has(words[n - 1]!) && words[n - 2]!.toLowerCase() === 'the')
    return { roleNoun: words[n - 1]!.toLowerCase() };
  // "the coach said", also after an opening adverbial: "On Monday, the company said".
  // (French elides its article: "l’entraîneur", "l’autrice".)
  const described = text
    .replace(OPENING, '')
    // ("Nell’ordinanza il giudice parla di …": an Italian elided preposition's phrase first.)
    .replace(ELIDED_PREPOSITION_PHRASE.re, '')
    .replace(/^([Ll])['’]/, '$1’ ')
    .split(/[\s,]+/);
  const noun = lastWord.replace(/^l['’]/, '');
  const article = described[0]!.toLowerCase();
  // "sagte der CSU-Politiker", "sagte der 41-Jährige": German refers back to the person the story
  // follows by a compound role or by age, as by a pronoun.
  // (Or by where they are from, as any noun: "sagte die Tirolerin"; German puts no article
  // before a name.)
  if (
    (article === 'der' || article === 'die') &&
    described.length === 2 &&
    (isRoleCompound(described[1]!) ||
      /^\d{1,3}-Jährige[rn]?$/u.test(described[1]!) ||
      (/^d/.test(described[0]!) && referringNoun(described[1]!)))
  )
    return 'anaphor';
  // … as English does: "“…,” the 24-year-old said", "The Scot, 51, added:".
  if (
    article === 'the' &&
    (described.length === 2 ||
      (described.length === 3 &&
        // "The Scot, 51,", "the 47-year-old filmmaker"
        (/^\d{1,3}$/.test(described[2]!) ||
          (/^\d{1,3}-year-old$/.test(described[1]!) && STARTS_LOWER.re.test(described[2]!))))) &&
    (/^\d{1,3}-year-old$/.test(described[1]!) || NATIONALS.has(described[1]!))
  )
    return 'anaphor';
  // … and the Romance languages: "a confié le coureur de 24 ans", "dijo el corredor de 24 años",
  // "ha detto il 24enne".
  if (DIGIT.test(text) && AGED.re.test(text.replace(OPENING, ''))) return 'anaphor';
  // … Dutch, the Scandinavian and the Slavic languages: "aldus de 27-jarige", "säger den
  // 27-årige", "dodał 27-latek", "řekl 27letý", "сказал 27-летний".
  if (
    described.length <= 2 &&
    (described.length === 1 || /^(?:de|den|het)$/.test(article)) &&
    AGE_NOUN.test(described[described.length - 1]!)
  )
    return 'anaphor';
  // "powiedział 22-letni zawodnik", "řekl 27letý útočník": an age, then a noun.
  if (described.length === 2 && AGE_ADJECTIVE.test(described[0]!) && STARTS_LOWER.re.test(noun))
    return 'anaphor';
  // "säger tränaren": Swedish, Danish and Norwegian put the definite article at the word's end.
  if (
    described.length === 1 &&
    SUFFIXED_DEFINITE.re.test(noun) &&
    (ROLE_NOUNS.has(noun) || ORG_NOUNS.has(noun))
  )
    return { roleNoun: noun };
  // "teilte das Unternehmen mit", "meldt het instituut", "a indiqué l’entreprise", "informó la
  // compañía": an organisation's noun after a definite article of another language.
  // (German ends a separable verb after its subject: "teilte das Unternehmen mit".)
  if (
    (described.length === 2 ||
      (described.length === 3 && /^(?:mit|ein|an|hinzu|fest|zu)$/.test(described[2]!))) &&
    article !== 'the' &&
    (DEFINITE.has(article) || article === 'das' || article === 'l’') &&
    ORG_NOUNS.has(described[1]!.toLowerCase())
  )
    return { roleNoun: described[1]!.toLowerCase() };
  if (
    described.length >= 2 &&
    described.length <= 4 &&
    (DEFINITE.has(article) || (article === 'a' && FEMININE_ROLE.re.test(noun))) &&
    (ROLE_NOUNS.has(noun) ||
      // ("The Arab League", "the French foreign ministry" are names, not the ones named before.)
      (article === 'the' &&
        ORG_NOUNS.has(noun) &&
        described.slice(1).every((w) => STARTS_LOWER.re.test(w))))
  )
    return { roleNoun: noun };
  // "dijo el técnico gallego", "ha detto la capitana azzurra": the Romance languages put an
  // adjective after the role.
  if (
    described.length === 3 &&
    ROMANCE_DEFINITE.has(article) &&
    ROLE_NOUNS.has(described[1]!.toLowerCase()) &&
    STARTS_LOWER.re.test(described[2]!)
  )
    return { roleNoun: described[1]!.toLowerCase() };
  // "Die ÖVP", "Die IG Metall", "Het KNMI": an article before an acronym is an organisation's.
  const acronym = ARTICLE_ACRONYM.re.exec(text);
  if (acronym) return { name: acronym[1]!, role: null };
  if (isPronoun(lastWord)) return 'anaphor';
  // "Unions said …", "Analysts called it …": a group in the plural names no one.
  if (words.length === 1 && GROUPS.has(lastWord)) return 'unnamed';
  // … also with the words that qualify it ("Ministers like to", "Students also"), and as the head
  // after a capitalised modifier ("Rail operators", "Fishermen’s associations", "Labour ministers").
  if (
    words.length === 2
      ? GROUPS.has(lastWord) && STARTS_UPPER.re.test(words[0]!)
      : GROUPS.has(words[0]!.toLowerCase()) &&
        STARTS_UPPER.re.test(words[0]!) &&
        words.slice(1).every((w) => STARTS_LOWER.re.test(w))
  )
    return 'unnamed';
  // "Источник в правительстве", "Собеседник «Ъ»", "Fonte do comando": a source the paper
  // does not name.
  if (ANONYMOUS_SOURCES.has(words[0]!)) return 'unnamed';
  // "Fonti di Palazzo Chigi", "Fuentes del Ministerio de Hacienda", "Quellen aus dem Ministerium":
  // sources in a body, unnamed. (Only before "of"/"in": Fuentes and Fontes are surnames too.)
  if (unnamedSources(words)) return 'unnamed';
  // "C'è chi scrive", "Hay quien dice", "Há quem diga": whoever, no one named.
  if (THOSE_WHO.test(text)) return 'unnamed';
  // "Pelham’s barrister said", "Smith’s widow said": someone of the person named, not them.
  if (KIN_NOUNS.has(lastWord) && OWNERS_PERSON.re.test(text)) return 'unnamed';
  // "I was told", "I’m asked": the writer hears the words, someone else says them.
  if (FIRST_PERSON.re.test(lastWord)) return FIRST_PERSON_PASSIVE.test(phrase) ? null : 'writer';
  // "… in an Oliver Sacks kind of way — the late neurologist": a dash opens the clause whose
  // subject this is; a description there names no one, whatever names precede the dash.
  // A name there is the subject too: "The score … uses only a cello — a choice Okonjo described".
  const dash = /\s[—–]\s+(?!.*\s[—–]\s)(.+)$/u.exec(text);
  if (dash && ARTICLE_NOUN_PHRASE.re.test(dash[1]!)) return readSubject(dash[1]!) ?? 'unnamed';
  const afterDash = dash ? readSubject(dash[1]!) : null;
  if (afterDash && typeof afterDash === 'object' && 'name' in afterDash) return afterDash;
  // "the Strava report explained": a document speaks for the organisation it is named after;
  // "the report stated" for the one the text was just talking about.
  const doc = DOCUMENT_SUBJECT.exec(text);
  if (doc) return doc[1] ? (parsePerson(doc[1]) ?? 'anaphor') : 'anaphor';
  // "X accused … and": the subject is further back; let the caller try an earlier verb.
  if (/\s(?:and|but|or|et|und|y|e)$/i.test(text)) return null;
  const parts = text.split(/,\s*/);
  // "Jedna z położnych, która …", "One of the residents": one of a group, unnamed (unless a name
  // follows: "One of the founders, Jane Smith,").
  if (ONE_OF.test(text) && !parts.slice(1).some((part) => TWO_CAPITALS.re.test(part)))
    return 'unnamed';
  // "Detective Chief Inspector Ruth Ogunleye, of Southmoor Police, said": where the person is
  // from, between commas after the name.
  if (parts.length >= 2 && AFFILIATION_PART.re.test(parts[parts.length - 1]!)) {
    const who = parsePerson(lastWords(parts[parts.length - 2]!, 5));
    if (who?.name.includes(' ')) return who;
  }
  // (Also before relative clauses only: "Jan Kowalski z Ministerstwa Klimatu, który …,".)
  const alone =
    parts.length === 1 ||
    parts.slice(1).every((part) => RELATIVE.test(part) && !HAS_UPPER.re.test(part))
      ? parts[0]!
      : null;
  const placed = alone ? (NAME_OF_PLACE.re.exec(alone) ?? FROM_PLACE.re.exec(alone)) : null;
  const from = placed ? parsePerson(placed[1]!) : null;
  if (from?.name.includes(' ') && (from.role || placed![0].startsWith(from.name))) return from;
  const institution = readInstitution(parts[parts.length - 1]!);
  // "Jordan Pike, a spokesman for the Metropolitan Transit Authority, wrote": the person named
  // before the appositive speaks for the office.
  const spokesperson =
    institution && parts.length >= 2 && SPOKESPERSON_FOR.exec(parts[parts.length - 1]!)
      ? parsePerson(lastWords(parts[parts.length - 2]!, 4))
      : null;
  if (spokesperson && spokesperson.name.includes(' '))
    return { name: spokesperson.name, role: parts[parts.length - 1]!.replace(LEADING_ARTICLE, '') };
  if (institution) return institution;
  // "The authors of the paper published in the journal X": a plural head noun with a modifier
  // is an unnamed group, whatever names its modifier holds.
  if (PLURAL_HEAD.re.test(parts[0]!) && !SINGULAR_S.test(PLURAL_HEAD.re.exec(parts[0]!)![1]!))
    return 'unnamed';
  if (pluralGroup(parts[parts.length - 1]!)) return 'unnamed';
  // "A port official, who declined to be named because …, said": someone new and unnamed.
  if (
    parts.length >= 2 &&
    INDEFINITE_PERSON.re.test(parts[0]!) &&
    /^who\s/.test(parts[1]!) &&
    parts.slice(1).every((part) => !HAS_UPPER.re.test(part))
  )
    return 'unnamed';
  // (Also before a relative clause: "A butcher on Main Road, who asked not to be named,".)
  if (
    (SOMEONE_FROM.re.test(parts[0]!) ||
      SOMEONE_OF_PLACE.re.test(parts[0]!) ||
      SLAVIC_SOMEONE_FROM.re.test(parts[0]!)) &&
    parts.slice(1).every((part) => RELATIVE_OPENING.test(part) && !HAS_UPPER.re.test(part))
  )
    return 'unnamed';
  // "Ele, no entanto, classificou", "Er, so heißt es, habe": a pronoun, then asides in lower case.
  if (
    parts.length >= 2 &&
    isPronoun(parts[0]!.trim()) &&
    parts.slice(1).every((part) => !HAS_UPPER.re.test(part))
  )
    return 'anaphor';
  // A clause with a pronoun subject ("…, he asked about X,"): the pronoun is the subject.
  // (Not the Italian article before a role and a name: "il premier Giorgia Meloni", "Il
  // ministro delle Infrastrutture, Paolo Santangelo,".)
  for (let k = parts.length - 1; k >= 0 && k >= parts.length - 2; k--)
    if (
      isPronoun(parts[k]!.split(' ')[0]) &&
      WORD_THEN_LOWER.re.test(parts[k]!) &&
      // (English "On the broadcast," is a preposition's phrase, not the Slavic "on".)
      !ENGLISH_ON.test(parts[k]!) &&
      !ITALIAN_ROLE_NAME.re.test(parts[k]!) &&
      !(k + 1 < parts.length && TWO_CAPITALS.re.test(parts[k + 1]!)) &&
      // (Nor a role of an office: "ha detto il ministro del Lavoro, Fabrizio Lanzetti".)
      !OFFICE_OF.re.test(parts[k]!)
    )
      return 'anaphor';
  // "In a statement read to Maidwell Crown Court, the pensioner said": a person the text
  // described without a name (not a role it refers back with), not the phrase before.
  const describedLast = parts.length > 1 ? THE_LOWER_NOUN.re.exec(parts[parts.length - 1]!) : null;
  if (describedLast && PERSON_NOUNS.has(describedLast[1]!) && !ROLE_NOUNS.has(describedLast[1]!))
    return 'unnamed';
  // "In a statement emailed to reporters during the morning break, the company said": a role or
  // an organisation the text refers back to, after an opening phrase of any length.
  // (Not when the phrase names one: "In the post announcing Energy Control’s service, the group".)
  if (
    describedLast &&
    (ROLE_NOUNS.has(describedLast[1]!) || ORG_NOUNS.has(describedLast[1]!)) &&
    !parts.slice(0, -1).some((part) => NAMED_AFTER_FIRST.re.test(part))
  )
    return { roleNoun: describedLast[1]! };
  // An appositive: "Name, the role," ends the phrase; keep "Name, role". (Not a role and a full
  // name of its own: "In an interview with the BBC’s Newsnight, the author Caroline Ashby".)
  if (
    parts.length >= 2 &&
    isAppositive(parts[parts.length - 1]!) &&
    !RELATIVE.test(parts[parts.length - 1]!) &&
    !endsWithFullName(parts[parts.length - 1]!) &&
    !ADVERBIAL.test(parts[parts.length - 1]!) &&
    HAS_UPPER.re.test(parts[parts.length - 2]!) &&
    // ("In a statement read to Maidwell Crown Court, the pensioner": a preposition's object.)
    !(
      parts.length === 2 &&
      (PLACE_OPENING.test(parts[0]!) ||
        (isPreposition(parts[0]!.split(' ', 1)[0]!.toLowerCase()) && /^the\s/.test(parts[1]!)))
    )
  ) {
    const head = lastWords(parts[parts.length - 2]!, 8);
    const person = parsePerson(`${head}, ${parts[parts.length - 1]}`);
    if (person) return person;
  }
  if (parts.length >= 2 && TITLE_APPOSITIVE.re.test(parts[parts.length - 1]!)) {
    const head = parts[parts.length - 2]!;
    const person = parsePerson(lastWords(head, 6));
    if (person && person.name.includes(' ') && head.trimEnd().endsWith(person.name))
      return { name: person.name, role: person.role ?? parts[parts.length - 1]! };
  }
  // Walk back over clauses ("the Commission, which regulates …, issued a statement").
  for (let k = parts.length - 1; k >= 0; k--) {
    const part = parts[k]!;
    // "which Apple views as": an object relative clause whose subject is the name after "which".
    const rel = RELATIVE_THEN_NAME.re.exec(part);
    if (rel && !SPACE_THEN_LOWER.re.test(rel[1]!)) {
      const person = parsePerson(rel[1]!);
      if (person) return person;
    }
    // (German "der"/"die" open a relative clause only after a comma: "sagte der Stadtrat X".)
    if (RELATIVE.test(part) || (k > 0 && /^(?:der|die|das)\b/i.test(part))) continue;
    // "The retired dinner lady, who has lived in Brackleton, Lincs, since 1979,": one word after
    // a relative clause's comma is its place's region, no subject.
    if (k >= 2 && /^(?:[Ww]ho|[Ww]hich)\s/.test(parts[k - 1]!) && !/\s/.test(part)) continue;
    // "Martin Fells, a retired postman from Calder Bridge, who said": an appositive describes
    // the name before it; a place it ends with is no subject.
    if (k > 0 && ARTICLE_NOUN.re.test(part) && PLACE_AT_END.re.test(part)) continue;
    // "Outside the Capitol, about 60 teachers held a rally": a place phrase opening the sentence.
    if (k === 0 && parts.length > 1 && PLACE_OPENING.test(part)) continue;
    // "…, with one TD shouting": someone the text does not name is the clause's subject.
    if (k === parts.length - 1 && /(?:ne|nother) /.test(part) && SOMEONE_AT_END.re.test(part))
      return 'unnamed';
    // "Dale Fitzgerald, a visitor from Toledo, Ohio, who …": the place's region after its comma;
    // "Professor Lars Eklund, of the University of Halvik, who …": where the person is from.
    if (
      k > 0 &&
      (AFFILIATION_PART.re.test(part) ||
        PARTY_PART.test(part) ||
        (!/\s/.test(part) &&
          k < parts.length - 1 &&
          ARTICLE_NOUN.re.test(parts[k - 1]!) &&
          PLACE_AT_END.re.test(parts[k - 1]!)))
    )
      continue;
    // (Not the WHO: a relative pronoun is never in capitals.)
    const who = /\b[Ww]ho\b/.test(part) ? part.split(/\s+[Ww]ho\s+/)[0]! : part;
    // ("Among those who spoke … was Harold Beebe, 81, who said": the name a copula ends with.)
    const named = who === part ? null : COPULA_NAME.re.exec(part);
    const person = parsePerson(lastWords(who, 8)) ?? (named ? parsePerson(named[1]!) : null);
    // "But either way, at some point, Ford’s now-deceased father told": the clause's subject is
    // someone the named person owns, not that person.
    if (person && k === parts.length - 1 && k > 0 && possessed(part, person.name)) return 'unnamed';
    if (person) return person;
  }
  return null;
}
