/**
 * Frames after a quote (", said X", ", X said", "dit-il", "laat hij weten") and inside its marks
 * ("« …, reconnaît l’entraîneur, X. … »"): `sourceAfter` and `inciseSource`. Apart from
 * source-before.ts: the subject follows the verb or the quote, not the other way round.
 */

import { cjkAfter } from './cjk.ts';
import { hasVerb, isProDropVerb, isEnglishCue, verbAtStart, isPronoun, verbsIn } from './cues.ts';
import {
  isRoleWord,
  NAME,
  parsePerson,
  PORTFOLIO_ROLES,
  PORTFOLIO_TO,
  type Person,
} from './names.ts';
import { TITLE_ABBR } from './sentences.ts';
import { HAS_UPPER, mayHoldCjk, rx } from './letters.ts';
import type { Source } from './attribute-speaker.ts';
import {
  LEADING_ARTICLE,
  ADVERBIAL,
  DOCUMENT_SUBJECT,
  OFFICE_AFTER_ADJUNCT,
  OFFICE_OF,
} from './subject-patterns.ts';
import { pluralGroup } from './subject-parts.ts';
import { readSubject } from './subject.ts';
import { PREP_AFTER, MEMBER_AFTER, DESCRIBED_SOURCE, prepSource } from './source-prepositions.ts';

const LEAD = /^[\s,;:—–-]*/;
const CLITIC = /^(?:ci|mi|gli|ce|me|nos|nous|lhe|lhes|m[’'])\s*/;
// A period followed by a letter, or after an initial, is an abbreviation ("U.S. Attorney").
// So is the period of a title before a name ("said Rep. Brian Babin", "said Dr. Jane Smith").
const UNTIL_STOP = rx(
  `^\\s+((?:[^.,;!?“”"«»\\n]|\\.(?=\\S)|(?<=(?:^|[\\s.])\\p{Lu})\\.|(?<=${TITLE_ABBR})\\.(?=\\s+\\p{Lu}))+)`,
  'u',
);
const STOPS = /[.;!?“”"«»:]/;

// What may follow the name in an inverted frame ("said Smith on Monday", "sagte Merkel am Montag",
// "disse Lula em Brasília", "a déclaré Macron lors de …", "sa Sandberg i C More"): the name ends
// before it (Swedish "i" only right after a name: "ordförande i Norrvik, X" is an office). Not the
// particles names hold ("Luis de Miranda", "Ursula von der Leyen").
const AFTER_INVERTED_NAME =
  /\s+(?:who|in|on|at|during|after|before|to|when|about|am|an|im|vom|beim|bei|mit|während|zum|zur|vor|nach|auf|gegenüber|em|no|na|ao|à|au|aux|lors|dans|devant|après|avant|durante|dopo|ante|tras|tijdens|op|bij|al|alla|ai|agli|alle|nel|nella|nello|nei|negli|nelle|durante|prima|en|para|a(?=\s+[A-ZÀ-Þ])|till|efter|vid|til|på)\s+|(?<=[A-ZÀ-Þ][a-zà-ÿ]+)\s+i\s+(?=[A-ZÀ-Þ])/;

// An adjunct in lower case, then the name: "davanti ai cancelli Giuseppe Marchetti", "po zápase
// Havlík" (a Slavic adjunct is one noun: "po zápase trenér Kamenice Roman Šťastný" has a role).
// (A preposition of place or time first: not "le vainqueur au micro de France Télévisions".)
const ADJUNCT_THEN_NAME = rx(
  String.raw`^(?:(?:davanti|dinanzi|dopo|prima|durante|devant|après|avant|pendant|ante|tras|frente|perante|após|depois)\s+(?:\p{Ll}[\p{Ll}'’]*\s+){1,4}|(?:po|před|během|przed|podczas|после|перед)\s+\p{Ll}+\s+)(${NAME})$`,
  'u',
);

/**
 * An inverted phrase up to the adjunct after its name ("Smith on Monday"), or the name alone when
 * an adjunct in lower case comes before it instead.
 */
function beforeTrailingAdjunct(phrase: string): string {
  const named = ADJUNCT_THEN_NAME.re.exec(phrase.trim())?.[1];
  if (named) return named;
  // "l’assessora alla Mobilità, Chiara Ferraris", "l’adjoint au Logement, …", "l’assessora
  // all’Urbanistica, …": the office a role is for, no adjunct after a name.
  if (ROLE_FOR_OFFICE.re.test(phrase)) return phrase;
  const head = phrase.split(AFTER_INVERTED_NAME)[0]!;
  // "mówił wzruszony Kordas w rozmowie z TVP Sport": a Slavic adjunct after the name (only after
  // one: "řekla v rozhovoru pro ČT Ivana Krausová" has the name last).
  const slavic = head.split(SLAVIC_AFTER_NAME.re);
  return slavic.length > 1 && HAS_UPPER.re.test(slavic[0]!) ? slavic[0]! : head;
}

// (Before a lower-case word: "w Warszawie Tomasz Kurek" is the office's place.)
const SLAVIC_AFTER_NAME = rx(
  String.raw`\s+(?:w|we|z|ze|dla|podczas|v|ve|pro|během|в|во|для)\s+(?=\p{Ll})`,
  'u',
);

// (Only after the roles held for a portfolio: "le maire au Parisien" is whom he told.)
const ROLE_FOR_OFFICE = rx(
  String.raw`^\s*(?:\p{Ll}+\s+|[lL][’'])(?:${[...PORTFOLIO_ROLES].join('|')})\s+(?:(?:${PORTFOLIO_TO.join('|')})\s+(?:la\s+)?|all[’'])\p{Lu}`,
  'u',
);

/** ", said X": the words after a reporting verb that opens the text. */
function inverted(text: string): string | null {
  const v = verbAtStart(text.slice(0, 60));
  // "…, the man, who asked not to be named, told WKRV.": who is told is the listener; English
  // inverts "said Smith", "asked the judge", never "told".
  if (!v || TELL.has(v.word)) return null;
  // "заявила, оглашая приговор, судья X", "dijo, al término de la vista, el juez X": an aside
  // between the verb and its subject (not a clause joined to it: ", y añadió …").
  let rest = text.slice(v.end);
  const aside = ASIDE_FIRST.exec(rest);
  if (aside && !JOINED_CLAUSE.test(aside[1]!)) rest = ` ${rest.slice(aside[0].length)}`;
  const phrase = UNTIL_STOP.re.exec(rest)?.[0];
  if (phrase === undefined) return null;
  // "murmured I." at a sentence's end: the period is the sentence's, not an initial's.
  return (
    /^\s*$/.test(rest.slice(phrase.length)) ? phrase.replace(/(?<=\bI)\.$/, '') : phrase
  ).trim();
}

const TELL = new Set(['told', 'tells', 'tell', 'telling']);
const ASIDE_FIRST = /^\s*,\s*([^,.;:!?“”"«»\n]{2,60}),(?=\s)/;
const JOINED_CLAUSE =
  /^(?:and|but|or|y|e|o|et|mais|ou|und|aber|oder|en|maar|of|och|men|eller|i|a|ale|lub|и|но|а|или|pero|ma|mas|che|que|qui|who|which|adding|añadiendo|aggiungendo|ajoutant|acrescentando)\b/i;

// …and a title's before a name ("Dr. Jane Smith said"), and a company's or a US state's before a
// comma ("John Doe, CEO of Widgets Inc., said", "Sen. Elizabeth Warren, D-Mass., said"), and a
// doctorate's ("Jane Smith, Ph.D., said").
const STATES =
  'Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Va|Vt|Wash|Wis|Wyo';
// (The period first, then what stands around it: a pattern opening with lookbehinds is tried at
// every position of the string, one opening with a period only where one is, fifty times faster.)
const ABBREVIATION_DOTS = rx(
  String.raw`\.(?:(?<=(?:^|[\s.])\p{Lu}\.)|(?<=\d\.)(?=\d)|(?<=${TITLE_ABBR}\.)(?=\s+\p{Lu})|(?<=\b(?:Inc|Ltd|Corp|Co|LLC|Bros|PLC|Plc|${STATES})\.)(?=,)|(?<=\bPh\.)(?=D\.))`,
  'gu',
);
const TRAILING_ADVERB = rx(String.raw`\s+\p{Ll}+ly\s*$`, 'u');

/** ", X said": the words before the first reporting verb, if they hold no sentence break. */
function subjectFirst(text: string): string | null {
  // (Only the first verb can stand at 0, so the one wanted is among the first two.)
  const v = verbsIn(text.slice(0, 200), 2).find((hit) => hit.index > 0);
  if (!v) return null;
  const subject = text.slice(0, v.index).replace(TRAILING_ADVERB.re, '');
  // Abbreviations ("D.C.", "U.S.") are no sentence break.
  const bare = subject.replace(ABBREVIATION_DOTS.re, '');
  if (!/\s$/.test(text.slice(0, v.index)) || STOPS.test(bare) || subject.length > 240) return null;
  return subject.trim() || null;
}

// French inversion: "dit-il", "a-t-elle ajouté", "affirme-t-il", "s’est-il défendu".
const FR_INVERTED = rx(
  String.raw`^(?:s[’']|se\s+)?\p{Ll}+(?:-t)?-(?:il|elle|ils|elles|on)(?![\p{L}])`,
  'u',
);
// Dutch separable verbs of saying, the subject between verb and particle: "laat hij weten",
// "gaf hij toe", "vulde de burgemeester aan", "legde Smit uit".
const DUTCH_SEPARABLE_FRAME =
  /(?:^|,\s*)(?:(?:laat|liet|lieten)\s+([^,.;:!?]{2,60}?)\s+weten|(?:gaf|geeft|gaven)\s+([^,.;:!?]{2,60}?)\s+toe|(?:vulde|vult|vulden)\s+([^,.;:!?]{2,60}?)\s+aan|(?:legde|legt|legden)\s+([^,.;:!?]{2,60}?)\s+uit)(?=\s|[,.;]|$)/;
export const DUTCH_PARTICLE = /\s(?:weten|toe|aan|uit)\b/;
// "“…” That is how Jane Smith described it.", "Those were the words of Jane Smith."
// (Italian "Lo ha detto X", Spanish "Así lo dijo X": the same, after a quote ending its sentence.)
const LOOKS_BACK = rx(
  `^(?:[.!?]\\s+(?:Lo\\s+ha|Così\\s+(?:lo\\s+)?ha|Así\\s+lo|Lo)\\s+(?:detto|dichiarato|affermato|spiegato|annunciato|sottolineato|dijo|afirmó|explicó|aseguró|anunció|declaró)\\s+((?:[^,.;!?]|,\\s*(?=${NAME}))+)|(?:That|This)(?:\\s+(?:is|was)|[’']s)\\s+how\\s+(${NAME})\\s+(?:described|put|puts|summed|sums|explained|explains|characteri[sz]ed|recalled|recalls|remembered|remembers|saw|sees|views|viewed)\\b|(?:Those|These|Such)\\s+(?:were|are)\\s+the\\s+words\\s+of\\s+(${NAME}))`,
  'u',
);
const WITH_THESE_WORDS =
  /^[.!?]\s+(?:Con queste parole|Con estas palabras|Avec ces mots|Com estas palavras|Mit diesen Worten|Met deze woorden|With these words|Così|Así|Assim),?\s/;
// Swedish "sa" ("said") right after a quote, before a pronoun or a name.
const SWEDISH_SA = rx(String.raw`^sa(?=\s+(?:han|hon|hen|de|\p{Lu}))`, 'u');
// (Spanish "a" only before its article: "said a tester" is English.)
// (Also after a sentence adverb, "disse então", "explicó luego", and an elided article,
// "ha spiegato all’uscita dall’aula".)
const DROPPED_SUBJECT =
  /^\s*(?:(?:al|ai|agli|alla|alle|ao|aos|às|à|au|aux|nel|nella|num|numa|a\s+(?:los|las|la|el|un|una|sus?))\s[^,;]*|(?:all|dall|nell|sull)[’'][^\s,;]+(?:\s+(?:all|dall|nell|sull)[’'][^\s,;]+)*|(?:então|depois|ainda|também|logo|entonces|luego|después|además|también|poi|anche|ancora|quindi|infine|ensuite|alors|encore|aussi|enfin)(?:\s+(?:perante|ante|davanti|devant|em|en|in|na|no|nel|nella|dans|ao|à)\s[^,;]*)?)?$/;
// (Then other asides of manner, not a subject after an article: "racconta con un sorriso, seduta
// in poltrona", not "ha detto dopo la gara, il tecnico".)
const ADJUNCT_ONLY =
  /^\s*(?:tras|entre|tra|fra|sin|senza|sem|sans|durante|después\s+de|antes\s+de|desde|dopo|prima\s+di|nel|nella|após|depois\s+de|pendant|avant|après|en|ante|al|a\s+la|ai|alla|allo|agli|alle|em|no|na|nos|nas|ao|aos|à|às|au|aux|dans|lors\s+de|sur|con|com|avec)\s[^,;A-ZÀ-Þ]*(?:,\s*(?!(?:il|lo|la|i|gli|le|el|los|las|o|a|os|as|un|una|uno|um|uma|les|l[’']|d[’']|de|del|della|do|da)\s)[^,;A-ZÀ-Þ]*)*$/;
// A medium named right after the verb and "to" (ao PÚBLICO, al Corriere): whom it was told.
const ROMANCE_HEARER = rx(
  String.raw`^\s+(?:ao|aos|à|às|al|au|aux|alla|allo|a)\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2}\s*(?:[,.;]|$)`,
  'u',
);
const ROMANCE_ADJUNCT = /^\s*(?:a|in)\s[^,;A-ZÀ-Þ]*$/;
// A participle or an adjective of manner in Spanish, Italian or Portuguese, and nothing else.
const PREDICATIVE = rx(
  String.raw`^\s+(?:\p{Ll}+mente\s+)?\p{Ll}+(?:ad[oa]s?|id[oa]s?|os[oa]s?|ente|entes|ant[ei]|at[oa]|it[oa]|ess[oa]|ando|endo|indo)\s*[.!?]?\s*$`,
  'u',
);
const UNNAMED_AFTER_VERB = rx(
  String.raw`^\s+(?:\p{Ll}+\s+){0,2}(?:источник|источники|собеседник|собеседница|представитель|представительница|один из|одна из|źródło|źródła|rozmówca|rozmówczyni|informator|przedstawiciel|przedstawicielka|jeden z|jedna z|zdroj|zdroje|zástupce|zástupkyně|jeden z|jedna z)(?![\p{L}])`,
  'u',
);
// (A party or an age in brackets may follow: "le maire, Jean-Pierre Morvan (divers droite), …".)
const LOWER_DESCRIPTION = rx(
  String.raw`^(?:(?:the|a|an|le|la|les|el|los|las|il|lo|o|os|as|der|die|das|de|het)\s+|[lL][’'])\p{Ll}[\p{Ll}’'\s-]*$`,
  'u',
);
// (A rank in lower case may stand before it: "…da Defesa Civil, coronel Anderson Lyra".)
const NAME_AFTER_COMMA = rx(
  `^,\\s*(?:\\p{Ll}{4,}\\s+(?=\\p{Lu}\\S*\\s+\\p{Lu}))?(${NAME})\\s*(?:\\([^()]{1,40}\\)\\s*)?(?:[.,;!?]|$)`,
  'u',
);

const SPEECH_NOUN_OF = rx(
  String.raw`^(?:(?:il|la|lo|le|el|las|los|o|a|as|os|l[’'])\s*)(?:commento|parole|replica|reazione|sfogo|comentario|palabras|reacción|respuesta|comentário|palavras|reação|resposta|commentaire|réaction|réponse)\s+(?:di|dell[’']|del|della|dello|dei|de|d[’']|del|da|do|dos|das|du|des)\s*([^.;!?]{2,100})`,
  'u',
);

const AGENCY_FIRST =
  /^(?:(?:à|ao|a la|al|à l’|à l'|alla|all’|all'|ai|aux|a)\s+(?:(?:agência|agencia|agence|agenzia|rádio|radio|televisão|emissora|jornal)\s+)?)?(?:ČTK|PAP|TASR|TASS|ТАСС|РИА Новости|Интерфаксу|Интерфакс|AFP|EFE|ANSA|dpa|APA|Reuters|ANP|Belga|TT|NTB|Ritzau|Lusa|Agência Brasil|Europa Press)(?=[\s,.]|$)\s*/;

const FINITE = /\s(?:is|are|was|were|has|have|had|will|would|can|could|may|might|do|does|did)\s/;

const ENDS_LOWER_WORD = rx(String.raw`\s\p{Ll}+$`, 'u');
const LIST_ITEM = rx(String.raw`^(?:and|or|nor)\s+\p{Ll}[^,.;:!?]*,`, 'u');

/**
 * The source named right after a quote: `, said X`, `, X said`, `X told Reuters`, `according to
 * X`. `listed`: a comma stands before the quote, so it may be an item of a list.
 */
export function sourceAfter(after: string, listed = true): Source {
  // Swedish "sa" (said) is French "sa" (her) elsewhere, so no cue: right after a quote, before a
  // name or a pronoun, it is the verb ("”…”, sa Wikström").
  let text = after.replace(LEAD, '').replace(SWEDISH_SA.re, 'säger');
  if (!text) return null;
  // "ci dice Jean-Marc Thibault", "nos cuenta", "nous confie": a pronoun of whom the words were
  // told, before the verb.
  const clitic = CLITIC.exec(text);
  if (clitic && verbAtStart(text.slice(clitic[0].length, 60))) text = text.slice(clitic[0].length);
  // "“It was terrifying.” That is how Jane Smith described the night.", "Those were the words
  // of …": the next sentence looks back at the quote and names its speaker.
  const back = LOOKS_BACK.re.exec(text);
  if (back) return readSubject(back[1] ?? back[2] ?? back[3]!);
  // "“…”. Con queste parole il presidente della Regione, Massimo Cortellesi, ha annunciato …",
  // "«…». Così Chiara Lombardi, 41 anni, ha commentato …": the next sentence's subject said it.
  const words = WITH_THESE_WORDS.exec(text);
  const said = words ? subjectFirst(text.slice(words[0].length)) : null;
  if (said) return readSubject(said);
  // "«…», il commento dell’allenatore, Claudio Ferrando", "«…», las palabras de X": a noun of
  // speech and its speaker after "of".
  const noun = SPEECH_NOUN_OF.re.exec(text);
  if (noun) return readSubject(noun[1]!.replace(/\s+(?:che|que|qui|who)\s.*$/, ''));
  // "brands, “influencers,” and ordinary people, Nolan says": an item of a list, not the frame's.
  // Not a clause with a verb of its own: "“unexplained,” and diagnoses are delayed, he added".
  // Without a comma before the quote, "and …" goes on with the writer's sentence: "The crisis is
  // “growing fast” and affects every town, Noem said".
  const item = LIST_ITEM.re.exec(text);
  if (item && !FINITE.test(item[0])) {
    const first = listed ? null : subjectFirst(text);
    return first ? closingFrame(text, first) : null;
  }
  const cjk = mayHoldCjk() ? cjkAfter(text) : null;
  if (cjk) return cjk;
  const prep = PREP_AFTER.exec(text);
  if (prep) {
    // "according to Bureau meteorologist Tom Haddad": an organisation, its member's role in
    // lower case, then the member's name, who is the source (not the organisation).
    const member = MEMBER_AFTER.re.exec(text.slice(prep[0].length));
    const whole = member ? prepSource(`${prep[1]!}${member[0]}`, prep[0]) : null;
    if (whole && typeof whole === 'object' && 'name' in whole && whole.role) return whole;
    return prepSource(prep[1]!, prep[0]);
  }
  if (FR_INVERTED.re.test(text)) return 'anaphor';
  // "‘…’, laat hij weten", "liet de burgemeester weten": Dutch puts the subject inside the verb.
  // (Also after the rest of the clause: "is ‘geschrokken’ van het nieuws, laat hij weten".)
  const separable = DUTCH_PARTICLE.test(text) ? DUTCH_SEPARABLE_FRAME.exec(text) : null;
  const inside = separable?.slice(1).find((g) => g !== undefined);
  if (separable && inside && separable.index < 80)
    return isPronoun(inside) ? 'anaphor' : readSubject(inside);
  // "«…», dijo.", "«…», ha detto ai giornalisti.": the verb and no subject after it.
  const bare = verbAtStart(text.slice(0, 60));
  if (bare && DROPPED_SUBJECT.test(text.slice(bare.end))) return 'anaphor';
  // "«…», dijo tras el encuentro.", "ha detto dopo la gara": an adjunct and no name after it.
  // (Italian "a fine gara", "in conferenza stampa" too; English "said a spokesman" is no adjunct.)
  if (bare && ADJUNCT_ONLY.test(text.slice(bare.end))) return 'anaphor';
  if (bare && ROMANCE_ADJUNCT.test(text.slice(bare.end)) && !isEnglishCue(bare.word))
    return 'anaphor';
  // "contou ao PÚBLICO, horas antes", "ha detto al Corriere.": whom the words were given to.
  if (bare && ROMANCE_HEARER.re.test(text.slice(bare.end)) && !isEnglishCue(bare.word))
    return 'anaphor';
  // "contó emocionado", "ha detto commossa", "disse sorridente", "ha detto sorridendo": how the
  // speaker said it.
  if (bare && PREDICATIVE.re.test(text.slice(bare.end))) return 'anaphor';
  if (!hasVerb(text)) return null;
  // "napsala ČTK v textové zprávě", "сказал ТАСС", "disse à agência Lusa": a news agency right
  // after the verb is whom the words were given to, not who gave them.
  const inv = inverted(text)?.replace(AGENCY_FIRST, '') || null;
  if (inv) {
    // What follows the inverted phrase (its comma and a name, a second description, …).
    const afterInv = text.slice(text.indexOf(inv) + inv.length);
    // "déclare la cinéaste, visiblement émue": a description, then an aside about it.
    const src = readSubject(beforeTrailingAdjunct(inv)) ?? describedBeforeAside(inv.split(',')[0]!);
    // "afirmou a ministra do Meio Ambiente, Ana Lacerda", "said the head of Acme, Jane Smith": the
    // office's name after "of", then the person's after a comma.
    // (Also after a time or a place: "afirmó este martes en Ginebra la portavoz de ACNUR, …".)
    const officeOf = OFFICE_OF.re.exec(inv) ?? OFFICE_AFTER_ADJUNCT.re.exec(inv);
    const office =
      officeOf && (officeOf.index > 0 || (src && typeof src === 'object' && 'name' in src))
        ? NAME_AFTER_COMMA.re.exec(afterInv)
        : null;
    const holder = office ? parsePerson(office[1]!) : null;
    if (holder)
      return {
        name: holder.name,
        role: holder.role ?? officeOf![0].trim().replace(LEADING_ARTICLE, ''),
      };
    // "attacca la responsabile Infrastrutture del partito, Elena Mastrangelo": a one-word
    // capitalised office inside the description; the full name after the comma is the person.
    if (src && typeof src === 'object' && 'name' in src && !src.name.includes(' ')) {
      const full = NAME_AFTER_COMMA.re.exec(afterInv);
      const person = full ? parsePerson(full[1]!) : null;
      if (person?.name.includes(' '))
        return { name: person.name, role: person.role ?? inv.trim().replace(LEADING_ARTICLE, '') };
    }
    if (src && typeof src === 'object' && 'name' in src) return src;
    const described = describedTwice(inv, afterInv);
    if (described) return described;
    // "says Co-Founder, Stephanie Özcan.": a bare title, a comma, then the name; "said a
    // spokeswoman, Jane Smith.", "said one fan, Jane Smith, 32.": a description, then the name.
    // "explique la commissaire de l’exposition, Mathilde Serrano": any description in lower
    // case, then a full name.
    const role = inv.trim();
    const titled =
      isRoleWord(role.split(' ').pop()!) ||
      DESCRIBED_SOURCE.re.test(role) ||
      ROLE_FOR_OFFICE.re.test(role);
    const named =
      titled || LOWER_DESCRIPTION.re.test(role) ? NAME_AFTER_COMMA.re.exec(afterInv) : null;
    const person = named ? parsePerson(named[1]!) : null;
    // (After any other description, only a full name: "said the curator of the show, Smith" is
    // no one's name but possibly the sentence's next clause.)
    if (person && (titled || person.name.includes(' ')))
      return { name: person.name, role: person.role ?? role.replace(LEADING_ARTICLE, '') };
    if (src) return src;
  }
  if (bare && isProDropVerb(bare.word))
    // (Not "— сообщил источник «Интерфакса»", "– mówi jeden z nich": a source left unnamed.)
    return UNNAMED_AFTER_VERB.re.test(text.slice(bare.end)) ? 'unnamed' : 'anaphor';
  const first = subjectFirst(text);
  // "X, a planetary scientist at …, Maryland, and … in Washington, D.C., said": a name and a long
  // appositive, however many commas its places hold.
  const named = first ? nameWithAppositive(first) : null;
  if (named) return named;
  if (first && pluralGroup(first.slice(first.lastIndexOf(',') + 1))) return 'unnamed';
  if (first && first.length <= 140 && first.split(/\s+/).length <= 16) {
    const src = readSubject(first);
    // "one Weibo commenter said": a phrase ending in a common noun describes someone unnamed.
    if (
      src &&
      typeof src === 'object' &&
      !('roleNoun' in src) &&
      !first.includes(',') &&
      ENDS_LOWER_WORD.re.test(first) &&
      DOCUMENT_SUBJECT.exec(first.trim()) === null
    )
      return null;
    if (src) return src;
  }
  // "… announced in October, said Derek Scissors": an inverted frame after a short phrase.
  const comma = /,\s*/g;
  for (let m = comma.exec(text); m && m.index < 80; m = comma.exec(text)) {
    const later = inverted(text.slice(m.index + m[0].length));
    if (later) return readSubject(beforeTrailingAdjunct(later));
  }
  return first ? closingFrame(text, first) : null;
}

const NAME_ENDING = rx(`(?:^|\\s)(${NAME})\\s*$`, 'u');
const LOWER_WORDS = rx(String.raw`^\p{Ll}[\p{Ll}’'\s-]*$`, 'u');

/**
 * "пояснила руководитель экспедиции, кандидат биологических наук Анна Вершинина", "said the
 * expedition leader, biologist Anna Vershinina": a description in lower case, a comma, and a
 * second one that ends in the full name.
 */
function describedTwice(head: string, rest: string): Person | null {
  const second = SECOND_DESCRIPTION.exec(rest);
  const name = second ? NAME_ENDING.re.exec(second[1]!) : null;
  if (!name || !LOWER_WORDS.re.test(head.trim())) return null;
  const who = parsePerson(name[1]!);
  return who && who.name.includes(' ')
    ? { name: who.name, role: who.role ?? head.trim().replace(LEADING_ARTICLE, '') }
    : null;
}
const SECOND_DESCRIPTION = /^,\s*([^,;!?]{3,80}?)\s*(?:[,;!?]|\.(?:\s|$)|$)/;

/** A definite description alone ("la cinéaste"), the speaker a later comma goes on about. */
function describedBeforeAside(phrase: string): Source {
  const src = readSubject(phrase);
  return src && typeof src === 'object' && 'roleNoun' in src ? src : null;
}

// Where an incise may open inside a quotation: after a comma or a dash.
const INCISE_START = /[,—–]\s*/g;

/**
 * "« On savait que ce serait compliqué, reconnaît l’entraîneur, Julien Ferrand. Mais … »",
 * "«Вода уходит, — сказал губернатор Игорь Белов. — Но …»": French, Spanish and Russian put the
 * frame inside the marks, between a comma or a dash and the sentence's end. The source such an
 * incise names, read as a frame after a quote.
 */
export function inciseSource(content: string): Source {
  // (exec, not matchAll, which copies the regex: this runs for every quote.)
  INCISE_START.lastIndex = 0;
  for (let m = INCISE_START.exec(content); m !== null; m = INCISE_START.exec(content)) {
    const rest = content.slice(m.index + m[0].length);
    // ("…, a-t-il promis. …": French inversion, whose words the verb scan reads as "a", "t", "il".)
    if (!verbAtStart(rest.slice(0, 60)) && !FR_INVERTED.re.test(rest)) continue;
    const src = sourceAfter(rest);
    if (src) return src;
  }
  return null;
}

/**
 * "The crisis is “growing fast” and affects every town, Noem said.": a partial quote in a
 * sentence of the writer's that closes with its frame. The subject is the short phrase after the
 * last comma, and nothing but adjuncts may follow the verb: "…, and Noem said that …" frames
 * other words.
 */
function closingFrame(text: string, subject: string): Source {
  const comma = subject.lastIndexOf(',');
  if (comma < 0) return null;
  const tail = subject.slice(comma + 1).trim();
  if (!tail || tail.split(/\s+/).length > 5 || /^(?:and|but|or|so|as|which|who)\s/i.test(tail))
    return null;
  const afterVerb = text.slice(text.indexOf(subject) + subject.length).replace(/^\s*\S+/, '');
  if (afterVerb.length > 100 || /\s(?:that|how|what|whether|if)\s/i.test(afterVerb)) return null;
  return readSubject(tail);
}

const ARTICLE_THEN_LOWER = rx(String.raw`^(?:a|an|the)\s+\p{Ll}`, 'u');
const ADVERB_OR_LINK = rx(
  String.raw`^\p{Ll}+ly\b|^(?:however|though|too|meanwhile|instead|who|whose|or|nor)\b`,
  'u',
);
const TWO_LOWER_WORDS = rx(String.raw`^\p{Ll}+\s+\p{Ll}`, 'u');

/** "study lead author Lucas Paganini, a planetary scientist at …": the name before an appositive. */
function nameWithAppositive(subject: string): Person | null {
  const comma = subject.indexOf(',');
  if (comma < 0) return null;
  const head = subject.slice(0, comma).trim();
  const rest = subject.slice(comma + 1).trim();
  // "Jim Chilton, senior vice president for space at Boeing Defense, Space, and Security, said":
  // a role without an article too, if it is no adverbial clause ("…, however,", "…, who …").
  const bareRole =
    TWO_LOWER_WORDS.re.test(rest) && !ADVERBIAL.test(rest) && !ADVERB_OR_LINK.re.test(rest);
  if (head.split(/\s+/).length > 6 || !(ARTICLE_THEN_LOWER.re.test(rest) || bareRole)) return null;
  const person = parsePerson(head);
  if (!person || !head.endsWith(person.name)) return null;
  return {
    name: person.name,
    role: person.role ?? rest.replace(/^(?:a|an|the)\s+/, '').replace(/,\s*$/, ''),
  };
}
