/**
 * Parts of a subject phrase that readSubject reads with a helper of its own: an institution or a
 * spokesperson for one, an affiliation after a name, a plural group, a possessor, the last words
 * of a clause, an opening participle clause. Apart from subject.ts, which is long enough alone.
 */

import { ROLE_NOUNS, ORG_NOUNS } from './cues.ts';
import { guarded } from './guard.ts';
import {
  isOfWord,
  isOrganisation,
  isPreposition,
  isRoleWord,
  isSentenceWord,
  NAME,
  parsePerson,
  type Person,
} from './names.ts';
import { OPENS_UPPER, STARTS_LOWER, rx } from './letters.ts';

// A German noun for a person the story follows after its verb ("sagte die Tirolerin"), not a
// role, a body or an organisation the text may have named ("der Sprecher", "die Jury").
export const referringNoun = (word: string): boolean =>
  CAPITALISED_NOUN.re.test(word) &&
  !ROLE_NOUNS.has(word.toLowerCase()) &&
  !ORG_NOUNS.has(word.toLowerCase()) &&
  !GERMAN_BODIES.has(word);
const GERMAN_BODIES = new Set(
  'Jury Polizei Regierung Stadt Gemeinde Staatsanwaltschaft Feuerwehr Mannschaft Familie Verein Gericht Klinik Schule Partei Fraktion Behörde Kommission Leitung Direktion'.split(
    ' ',
  ),
);
const CAPITALISED_NOUN = rx(String.raw`^\p{Lu}\p{Ll}{3,}$`, 'u');

// "van de gemeente Westerveen", "von der Stadt Ulm", "of the town of Ashby", "of the advocacy
// group Climate Justice East Africa": a body in lower case and its name after a full name.
// (Or where the person works: "Johanna Berg på investmentbanken Aros Kapital", "bei der Firma".)
const AFFILIATION_TAIL = rx(
  String.raw`\s+(?:van\s+(?:de|het)|von\s+der|vom|of\s+the|på|hos|bij|bei(?:\s+der|\s+dem)?|chez|presso)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+(?:\s+of)?(?:\s+\p{Lu}[\p{L}-]*)+$`,
  'u',
);
// "Marco Ventimiglia del Politecnico", "Tobias Renz von der Bankhaus Adler AG": a body whose
// name opens with what it is, after "of" (between commas too: "Andrés Salinas, de la
// Universidad de Chile,").
const BODY_TAIL = rx(
  String.raw`,?\s+(?:von\s+der|vom|von|del|della|dello|dell[’']|do|da|de\s+la|de\s+l[’']|du|de)\s*(?:Politecnico|Universit[àäé]t?|Universidad|Universidade|Universiteit|Hochschule|Ospedale|Hospital|Klinik|Klinikum|Istituto|Instituto|Institut|Museo|Museu|Musée|Museum|Bankhaus|Banco|Banca|Fondazione|Fundación|Fundação|Stiftung|Centro|Zentrum|Consiglio|Conselho|Consejo|Comune|Tribunale|Tribunal)(?:\s+(?:(?:de|di|do|da|del|della|des|du|von|van)\s+)?\p{Lu}[\p{L}-]*)*(?=\s*(?:,|$))`,
  'u',
);
const FULL_NAME_END = rx(
  String.raw`\p{Lu}[\p{L}’'.-]*\s+(?:(?:van|de|der|den|von|da|di|le|la)\s+)*\p{Lu}[\p{L}’'.-]*$`,
  'u',
);

const AT_WORK = / (?:på|hos|bij|bei|chez|presso) /;

/** "Wethouder Annemiek de Vries van de gemeente Westerveen": the name without its body. */
export function withoutAffiliation(text: string): string {
  const body = BODY_TAIL.re.exec(text);
  if (body && FULL_NAME_END.re.test(text.slice(0, body.index)))
    return text.slice(0, body.index) + text.slice(body.index + body[0].length);
  if (
    !text.includes(' van ') &&
    !text.includes(' von ') &&
    !text.includes(' vom ') &&
    !text.includes(' of the ') &&
    !AT_WORK.test(text)
  )
    return text;
  const tail = AFFILIATION_TAIL.re.exec(text);
  const head = tail ? text.slice(0, tail.index) : '';
  return tail && FULL_NAME_END.re.test(head) ? head : text;
}

// Institutions a text names by their owner or country: "Russia's foreign ministry".
const INSTITUTIONS =
  'ministry|government|embassy|consulate|department|office|agency|army|military|navy|parliament|cabinet|council|committee|commission|administration|regulator|presidency|court';
const INSTITUTION = guarded(
  new RegExp(`(?:${INSTITUTIONS})$`),
  rx(
    `^(?:(?:the|The)\\s+)?((?:\\p{Lu}[\\p{L}.&-]*(?:['’]s)?\\s+){1,3}(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}(?:${INSTITUTIONS}))$`,
    'u',
  ),
);
// "A spokesperson for the British Foreign Office": the office speaks through its spokesperson.
export const SPOKESPERSON_FOR = guarded(
  /(?:spokesperson|spokesman|spokeswoman|representative)\s+(?:for|of)\s/,
  rx(
    `^(?:a|an|the|A|An|The)\\s+(?:\\p{Ll}+\\s+)?(?:spokesperson|spokesman|spokeswoman|representative)\\s+(?:for|of)\\s+(?:the\\s+)?(${NAME})$`,
    'u',
  ),
);

export const PLURAL_HEAD = rx(
  String.raw`^(?:(?:the|some|two|three|four|five|several|many|most|other|The|Some|Two|Three|Four|Five|Several|Many|Most|Other)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{L}[\p{Ll}-]*[^s\W]s)\s+(?:of|in|at|from|for|on|with|behind|who|which|that)\s`,
  'u',
);
// ("about 200 tenants", "hundreds of protesters": a number of them, too.)
const PLURAL_ONLY = rx(
  String.raw`^(?:the|The|(?:(?:about|around|some|nearly|almost|roughly|over|more than|at least)\s+)?(?:\d[\d,.]*|dozens|hundreds|thousands)(?:\s+of)?)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Ll}[\p{Ll}-]*[^s\W]s)$`,
  'u',
);
// Nouns ending in s that are not plurals ("the press", "the campus", "the analysis").
export const SINGULAR_S = /(?:ss|us|is|ews|eans|ies)$/;

/** "…, from 2.18 percent to 2.72 percent, the authors wrote": a plain plural is an unnamed group. */
export function pluralGroup(part: string): boolean {
  const plural = PLURAL_ONLY.re.exec(part.trim());
  return plural !== null && !SINGULAR_S.test(plural[1]!);
}

// "a report from Kotak Institutional Equities": a document speaks for its author.
const DOCUMENT_FROM = guarded(
  /(?:report|statement|note|study|survey|analysis|release|letter)\s+(?:from|by)\s/,
  rx(
    `^(?:a|an|the|A|An|The)\\s+(?:\\p{Ll}+\\s+)?(?:report|statement|note|study|survey|analysis|release|letter)\\s+(?:from|by)\\s+(?:the\\s+)?(${NAME})$`,
    'u',
  ),
);

/** An institution named as a source, kept as the text names it (without a leading "the"). */
export function readInstitution(part: string): Person | null {
  const spokes = SPOKESPERSON_FOR.exec(part) ?? DOCUMENT_FROM.exec(part);
  // ("A spokesman for Mayor Jane Roe": the person without the title.)
  if (spokes && isRoleWord(spokes[1]!.split(' ', 1)[0]!)) return parsePerson(spokes[1]!);
  if (spokes) return { name: spokes[1]!, role: null };
  const m = INSTITUTION.exec(part);
  if (!m || isSentenceWord(m[1]!.split(/\s/)[0]!.replace(/['’]s$/, ''))) return null;
  return { name: m[1]!, role: null };
}

const SLAVIC_GENITIVE_END = /(?:ego|iej|ého|ого|его|ой|ей)$/;
// Words that join two roles before one name.
const JOINING = new Set(['and', 'e', 'et', 'y', 'und', 'en', 'och', 'ed']);

/**
 * Whether a phrase ends with a person's name of two words or more right after its role ("the
 * author Caroline Ashby"; not "a teacher at Richmond High School", an organisation after "at").
 */
export function endsWithFullName(phrase: string): boolean {
  const person = parsePerson(phrase);
  const text = phrase.trimEnd();
  if (!person || !person.name.includes(' ') || !text.endsWith(person.name)) return false;
  // Only lower-case words before the name, none a preposition: its role, not a place of it.
  const role = text.slice(0, -person.name.length).trim().split(/\s+/);
  return (
    !isOrganisation(person.name) &&
    // ("szef Sztabu Generalnego", "ředitel Národního divadla": a Slavic office in the genitive.)
    !SLAVIC_GENITIVE_END.test(person.name) &&
    // ("o presidente e cofundador Gustavo Mendonça": two roles joined.)
    (role.length <= 3 ||
      (role.length === 4 && BARE_OF.test(role[2]!)) ||
      (role.length <= 5 && role.some((w) => JOINING.has(w)))) &&
    // (Dutch and German "of" too: "voorzitter van Dorpsbelang Oosterlede" is an office. Not a
    // role's own "of" with no article, before a lower-case word: "a professora de química Denise
    // Arantes", unlike "presidente da associação Ponte Atlântica".)
    role.every(
      (w, k) =>
        STARTS_LOWER.re.test(w) &&
        ((BARE_OF.test(w) && k === role.length - 2 && k > 0) ||
          (!isPreposition(w) && !isOfWord(w) && w !== 'van' && w !== 'von')),
    )
  );
}

const BARE_OF = /^(?:de|di)$/;

/**
 * The last `n` words of a text, and the capitalised words right before them when the cut would
 * split a name ("Dr Tomás Ferreyra of the National University of Comahue Sur": not "Ferreyra of …").
 */
export function lastWords(text: string, n: number): string {
  const words = text.trim().split(/\s+/);
  let from = Math.max(0, words.length - n);
  const capital = (k: number): boolean => OPENS_UPPER.re.test(words[k]!);
  while (from > 0 && from > words.length - n - 4 && capital(from) && capital(from - 1)) from--;
  return words.slice(from).join(' ');
}

// "Asked about the red card for Matt Ledley, the coach said:", "Consultado por la expulsión de
// Matías Ledesma, el entrenador fue tajante:", "Procurado, o Ministério …": a participle opens a
// clause before the subject, and the names in it are its objects.
export const PARTICIPLE_CLAUSE = rx(
  String.raw`^\s*(?:Asked|Questioned|Pressed|Quizzed|Speaking|Talking|Responding|Reacting|Commenting|Consultad[oa]|Preguntad[oa]|Questionad[oa]|Perguntad[oa]|Interrogée?|Interpellée?|Sollicitée?|Interpellat[oa]|Interrogat[oa]|Raggiunt[oa]|Contattat[oa]|Intervistat[oa]|Contactad[oa]|Entrevistad[oa]|Contactée?|Procurad[oa]s?|Contatad[oa]|Ouvid[oa]|Gefragt|Angesprochen|Zapytan[ya]|Pytan[ya]|Dotázána?|\p{Lu}\p{Ll}+ąc)(?:\s[^,;:.!?]{1,120})?,\s*`,
  'u',
);

/** A clause's words after the participle clause that opens it, if one does. */
export function withoutParticipleClause(text: string, whole = true): string {
  const clause = PARTICIPLE_CLAUSE.re.exec(text);
  const rest = clause ? text.slice(clause[0].length) : text;
  // (Only a clause with more after it is cut, unless `whole`: the clause is all there is.)
  return whole || rest.trim() ? rest : text;
}

// "Ford’s now-deceased father": a name's possessive before a common noun phrase.
const POSSESSED = rx(
  String.raw`\p{Lu}[\p{L}.-]*['’]s\s+(?:[\p{Ll}-]+\s+){0,3}\p{Ll}[\p{Ll}-]*\s*$`,
  'u',
);

/** Whether a clause's subject is a common noun that the named person owns. */
export function possessed(clause: string, name: string): boolean {
  const m = POSSESSED.re.exec(clause);
  return m !== null && clause.slice(0, m.index + m[0].indexOf('s ') + 1).includes(name);
}
