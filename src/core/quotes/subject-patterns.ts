/**
 * The patterns and word sets readSubject reads a subject phrase with (the first person, articles,
 * ages, peoples, groups, relatives, places, offices), some shared with the frame readers. Apart
 * so that they have one home: this module imports none of the other speaker modules.
 */

import { PERSON_NOUNS } from './cues.ts';
import { guarded } from './guard.ts';
import { ELIDED_PREPOSITION, NAME } from './names.ts';
import { rx } from './letters.ts';

// "I", "I’d", "I’ll", "I’ve", "I’m".
const I_FORM = "I(?:[’'](?:d|ll|ve|m))?";
export const FIRST_PERSON = rx(`^${I_FORM}$`, 'i');
export const FIRST_PERSON_PASSIVE = /\bI(?:\s+(?:was|am|were|have been|had been|got)|[’']m)\s*$/;
// "I’d start by asking “…”": "I" opens the clause a participle ends.
export const FIRST_PERSON_CLAUSE = rx(`(?:^|[\\s,])${I_FORM}(?:\\s+\\p{Ll}+){1,4}\\s*$`, 'u');

export const AUX =
  /(?:\s+(?:has|have|had|was|is|were|also|then|later|publicly|previously|recently|once|reportedly|further|again|would|will|been|did|does|just|simply|only|hat|ha|had|a|ont|went on to|in a statement|on twitter|flatly|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last (?:week|month|year|night)|yesterday|today|earlier))+\s*$/i;
// Definite articles only: "a spokesperson" is someone new, "the coach" someone known.
export const DEFINITE = new Set([
  'the',
  'o',
  'le',
  'la',
  'l’',
  'lo',
  'der',
  'die',
  'el',
  'il',
  'de',
  'het',
  // Demonstratives refer back as the article does: "lamentó este agricultor", "cette élue".
  'this',
  'este',
  'esta',
  'ese',
  'esa',
  'questo',
  'questa',
  'ce',
  'cet',
  'cette',
  'dieser',
  'diese',
  'deze',
]);
export const SUFFIXED_DEFINITE = rx(String.raw`\p{Ll}(?:en|n|et)$`, 'u');
// Portuguese "a" is the feminine definite article ("afirmou a cineasta"); English "a" is not.
export const FEMININE_ROLE = rx(String.raw`^[\p{Ll}-]+a$`, 'u');
// "Sen. Elizabeth Warren, D-Mass.": a party and a state after the name.
export const PARTY_STATE = /,\s*[DRI]-[A-Z][A-Za-z.]*$/;
// "Sen. Lorna Pettaway, D-Selma, who …": a party and a place between commas.
export const PARTY_PART = /^[DRI]-[A-Z][A-Za-z.]*$/;
// "Bürgermeisterin Heike Brandstätter (Freie Wähler) verteidigte …", "zei burgemeester Koen
// Vandamme (Samen Sint-Jozef)", "Jan Novák (38) řekl": a short parenthesis (a party, an age)
// stands aside from the frame; blanked, offsets kept.
export const ASIDE = /\([^()\n“”"«»„「」]{1,40}\)/g;
// "Among those who spoke … was Harold Beebe": the name a copula ends a clause with.
export const COPULA_NAME = rx(
  String.raw`\s(?:was|were|is|are)\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){1,3})$`,
  'u',
);
export const LEADING_ARTICLE = /^(?:a|an|one|the)\s+/i;
// One of a people, as English sports and news pages refer back to a person ("the Scot").
export const NATIONALS = new Set(
  'Scot Scotsman Scotswoman Irishman Irishwoman Welshman Welshwoman Englishman Englishwoman Frenchman Frenchwoman Dutchman Dutchwoman Spaniard German Italian Australian American Brazilian Argentine Argentinian Canadian Kiwi Swede Dane Norwegian Finn Pole Russian Ukrainian Belgian Croatian Serbian Nigerian Ghanaian Kenyan Jamaican Mexican Colombian Chilean Uruguayan Austrian Czech Slovak Hungarian Romanian Bulgarian Greek Turk Egyptian Moroccan Senegalese Cameroonian Ivorian Algerian Tunisian Japanese Korean Indian Pakistani Portuguese Swiss Icelander Georgian Venezuelan Peruvian Ecuadorian Slovenian Bosnian Albanian'.split(
    ' ',
  ),
);
export const PEOPLES = new Set(
  'French English British Brits Irish Scots Scottish Welsh Dutch Spanish Portuguese Swiss Danes Swedes Finns Norwegians Germans Italians Americans Canadians Mexicans Brazilians Chinese Japanese Koreans Russians Greeks Romans Egyptians Indians Australians Poles Turks Arabs Persians Ancients'.split(
    ' ',
  ),
);

// A clause after a comma opening with a preposition is no appositive: "…, with Minister X warning".
export const ADVERBIAL =
  /^(?:with|without|after|before|as|while|when|including|amid|despite|from|by|for|in|on|at|to|of|through|during|under|since|until|which|that|whom|where|whereas|although|though|because|if|but|and)\s/i;

export const SPACE_THEN_LOWER = rx(String.raw`\s\p{Ll}`, 'u');
export const RELATIVE_THEN_NAME = rx(String.raw`^(?:which|that|whom|what)\s+(\p{Lu}.*)$`, 'u');
export const ITALIAN_ROLE_NAME = rx(
  String.raw`^[Ii]l\s+\p{Ll}+(?:\s+\S+){0,3}?\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s*$`,
  'u',
);
// "Pelham’s barrister", "the Smiths’ lawyer": an owner, then (an adjective and) a noun.
export const OWNERS_PERSON = rx(
  String.raw`^(?:\S+\s+){0,3}?\p{Lu}[\p{L}-]*['’]s?\s+(?:\p{Ll}+\s+)?\p{Ll}+$`,
  'u',
);
export const ARTICLE_ACRONYM = rx(
  String.raw`^(?:(?:Die|Der|Das|De|Het|La|Le|El|Il|The)\s+|[Ll][’'])(\p{Lu}{2,6}(?:\s+\p{Lu}\p{Ll}+)?)$`,
  'u',
);
export const GROUPS = new Set(
  'engineers planners organisers organizers developers designers builders forecasters meteorologists astronomers historians commentators pundits analysts economists experts critics officials inspectors investigators auditors regulators officers firefighters paramedics unions ministers lawmakers legislators senators residents workers farmers fishermen teachers nurses doctors parents investors traders activists campaigners protesters voters scientists researchers observers insiders sources diplomats prosecutors lawyers locals fans neighbours neighbors witnesses survivors families employees staff shoppers passengers commuters drivers landlords tenants students readers viewers users reviewers opponents supporters customers consumers clients members patients pupils operators associations aides allies owners retailers manufacturers producers growers executives leaders volunteers academics authorities'.split(
    ' ',
  ),
);
export const KIN_NOUNS = new Set(
  'barrister lawyer lawyers attorney attorneys solicitor wife husband son daughter mother father brother sister friend friends agent publicist girlfriend boyfriend widow widower family parents'.split(
    ' ',
  ),
);
// A full name, at the start or after a lower-case role ("Paolo Santangelo", "l’avvocato Enrico
// Paoletti").
// The Slavic relative pronouns: "który", "který", "который".
export const SLAVIC_RELATIVE = 'któr[ayez]|którzy|kter[ýáé]|kteří|котор(?:ый|ая|ое|ые)';
// (And the Slavic ones: "Jan Kowalski z Ministerstwa Klimatu, który …".)
export const RELATIVE = new RegExp(
  `^(?:(?:[Ww]ho|[Ww]hich|[Tt]hat|[Qq]ui)\\b|(?:${SLAVIC_RELATIVE})\\s)`,
);
export const NAMED_AFTER_FIRST = rx(String.raw`\s\p{Lu}`, 'u');
export const THE_LOWER_NOUN = rx(String.raw`^the\s+(\p{Ll}+)$`, 'u');
export const PLACE_OPENING = /^(?:Outside|Inside|Near|Behind|Beside|Across|Opposite|Off|Along)\s/;
export const ARTICLE_NOUN = rx(String.raw`^(?:a|an|the)\s+\p{Ll}`, 'u');
export const PLACE_AT_END = rx(
  String.raw`\s(?:from|in|of|at|near)\s+(?:\p{Lu}\S*\s+){0,3}\p{Lu}\S*$`,
  'u',
);
export const TWO_CAPITALS = rx(
  String.raw`^(?:(?:\p{Ll}+\s+|[lL][’']\s*)?\p{Ll}+\s+)?\p{Lu}\S*\s+\p{Lu}`,
  'u',
);
export const WORD_THEN_LOWER = rx(String.raw`^\S+\s+\p{Ll}`, 'u');
export const ARTICLE_NOUN_PHRASE = rx(String.raw`^(?:the|a|an)\s+\p{Ll}[\p{Ll}\s-]*$`, 'u');

export const DIGIT = /\d/;
// Definite articles of the languages that put an adjective after the role ("el técnico gallego").
export const ROMANCE_DEFINITE = new Set('el la il lo le l’ o os los las les'.split(' '));
export const ELIDED_PREPOSITION_PHRASE = rx(`^${ELIDED_PREPOSITION}\\S*\\s+`, 'u');
export const AGE_ADJECTIVE = /^\d{1,3}-?(?:letni|letnia|letý|letá|летний|летняя)$/;
export const AGE_NOUN = /^\d{1,3}-?(?:jarige|årige|åriga|latek|latka|letý|letá|летний|летняя)$/;
export const AGED = rx(
  String.raw`^(?:le|la|el|il|lo|o|a|este|esta|ese|esa|questo|questa|ce|cet|cette)\s+(?:(?:\p{Ll}[\p{Ll}’'-]*\s+){1,2}d[ei]\s+\d{1,3}\s+(?:ans|años|anni|anos)|\d{1,3}enne)(?:\s|$)`,
  'iu',
);

export const GERMAN_DATIVE = /\s(?:dem|einem)\s.*$/;

export const NAMED_ONLY_AS = rx(
  `(?:\\b(?:gave|gives|giving)\\s+(?:his|her|their)\\s+(?:first\\s+)?name\\s+(?:only\\s+)?as|\\bidentified\\s+only\\s+as)\\s+(${NAME})[,\\s]*$`,
  'u',
);
export const ENGLISH_ON =
  /^[Oo]n\s+(?:the|a|an|this|that|its|his|her|their|our|my|your|top|behalf|average|air|stage|board)\s/;
export const RELATIVE_SUBJECT = /(?:^|\s)(?:what|which)\s+([^\s,;:.!?][^,;:.!?]{1,60})$/;

export const KIN_SUBJECT =
  /^(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:late|eldest|oldest|youngest|older|younger|elder|only|adult|twin)\s+)?(son|daughter|husband|wife|widow|widower|brother|sister|partner|fiancée?|grandson|granddaughter|niece|nephew|cousin)$/;

export const QUOTED_NAME = rx(
  String.raw`^(?:(?:the|die|der|das|le|la|les|il|lo|el|los|las|o|a|os|as|de|het)\s+)?[„“"«»‹›‘']\s*(\p{Lu}[^„“"«»‹›”‘’\n,.;:!?]{1,60}?)\s*[“”"»«›‹’']$`,
  'u',
);

// A person noun after up to two lower-case words ("local resident"), ending the phrase.
const PERSON_NOUN_AT_END = `(?:[\\p{Ll}-]+\\s+){0,2}(?:${[...PERSON_NOUNS].join('|')})$`;
// "…, with one TD": someone unnamed closing a clause ("a neighbour" there is an appositive).
export const SOMEONE_AT_END = rx(
  `(?:^|\\s)(?:with\\s+)?(?:[Oo]ne|[Aa]nother)\\s+${PERSON_NOUN_AT_END}`,
  'u',
);
export const INDEFINITE_PERSON = rx(`^(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+${PERSON_NOUN_AT_END}`, 'u');
// "One grower from Ness County", "a resident in Leeds", "a butcher on Main Road", "Someone on the
// North Terrace": someone unnamed, and where from.
export const SOMEONE_FROM = rx(
  String.raw`^(?:(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?\p{Ll}[\p{L}-]*|[Ss]ome(?:one|body))\s+(?:from|in|on|at|near)\s+(?:the\s+)?\p{Lu}[^,]*$`,
  'u',
);

// … and in the Romance languages: "Un medico di famiglia di Sesto San Giovanni", "Un vecino de la
// comunidad de Tuxcacuesco", "uma moradora do bairro de São Pedro".
export const SOMEONE_OF_PLACE = rx(
  String.raw`^(?:[Uu]n|[Uu]na|[Uu]no|[Uu]m|[Uu]ma|[Uu]ne)\s+(?:\p{Ll}[\p{L}’'-]*\s+){1,6}?(?:di|de|del|della|dello|dei|degli|da|do|dos|das|du|des|dal|dalla)\s+(?:(?:la|il|lo|le|el|l’|l')\s*)?\p{Lu}[^,]*$`,
  'u',
);

export const DOCUMENT_SUBJECT = guarded(
  /(?:report|study|survey|analysis|filing|memo)$/,
  rx(
    `^(?:the|The|its|Its|their|Their)\\s+(?:(${NAME})(?:['’]s)?\\s+)?(?:\\p{Ll}+\\s+)?(?:report|study|survey|analysis|filing|memo)$`,
    'u',
  ),
);
// "Pankaj Pandey, Head of Research at ICICI Securities": a capitalised job title after the name.
export const TITLE_APPOSITIVE = rx(
  String.raw`^(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Head|Director|Chief|CEO|President|Chairman|Chairwoman|Founder|Co-founder|Editor|Manager|Managing|Partner|Analyst|Economist|Professor|Secretary|Minister|Officer|Strategist|Vice|Senior|Executive|Lead|Principal)\b.*\s(?:of|at|for)\s+\p{Lu}`,
  'u',
);

// "…, of Southmoor Police", "…, of the opposition Civic Alliance": where the person is from.
export const AFFILIATION_PART = rx(String.raw`^of\s+(?:the\s+)?(?:\p{Ll}+\s+){0,2}\p{Lu}`, 'u');
// "Ewa Lisowska z Uniwersytetu Nadwiślańskiego", "Jan Kobielski z klubu ludowców", "Anna Berg
// aus Hamburg", "Siti Rahmawati uit Jakarta": a name, then "from" and where the person is from.
// (Not Swedish "i", "in", which is Polish "and": "Urząd Ochrony Konkurencji i Konsumentów".)
export const FROM_PLACE = rx(String.raw`(${NAME})\s+(?:ze?|aus|uit|från|fra|из)\s+[^,;]*$`, 'u');
// "Transport analyst Kevin Ong of the Institute for Urban Mobility": a role, a name, and where
// the person is from.
export const NAME_OF_PLACE = rx(
  `^(.*\\p{Ll}[\\p{Ll}-]+\\s+${NAME})\\s+of\\s+(?:the\\s+)?\\p{Lu}[^,;]*$`,
  'u',
);

// A role and the office it is of (or for: "l’assessora alla Mobilità", "l’adjointe à la
// Culture"), with no name yet: "a ministra do Meio Ambiente", "a líder
// parlamentar do PS"; the role may be initials ("el DT de Ribera"), or follow a Swedish genitive
// ("kommunstyrelsens ordförande i Norrvik").
// (German capitalises the role, and puts the office in the genitive: "die Wolfsexpertin des Nabu
// Brandenburg".)
const OFFICE = String.raw`(?:(?:(?:the|a|an|o|le|la|el|il|der|die)\s+|[lL][’']|\p{Ll}{3,}s\s+)(?:\p{Ll}[\p{Ll}-]+|\p{Lu}{2,5})(?:\s+\p{Ll}[\p{Ll}-]+){0,2}\s+(?:(?:of|of the|do|da|dos|das|del|della|de|de la|du|des|di|von|der|i|för|al|alla|allo|ai|agli|à la|au|aux|per(?:\s+(?:il|la|lo|i|gli|le))?)\s+|(?:dell|all|d)[’'])|(?:der|die)\s+\p{Lu}[\p{Ll}-]+\s+(?:des|der|vom|von der|von)\s+)\p{Lu}[^,]*$`;
// … after a time or a place that opens with a lower-case word and has no comma.
export const OFFICE_AFTER_ADJUNCT = rx(String.raw`(?<=^\p{Ll}[^,]{2,40}\s)${OFFICE}`, 'u');
export const OFFICE_OF = rx(`^${OFFICE}`, 'u');
