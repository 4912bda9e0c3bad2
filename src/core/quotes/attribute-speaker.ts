import { genitiveLanguage, nominativeName } from './slavic-names.ts';
import { beforeCjkVerb, cjkAfter, cjkName, cjkSubject, cjkView, roleOnly } from './cjk.ts';
import {
  CJK_VERB,
  OPENING,
  PREP,
  PERSON_NOUNS,
  ROLE_NOUNS,
  ORG_NOUNS,
  firstVerb,
  hasVerb,
  isProDropVerb,
  isVerbSecondVerb,
  escapeRegExp,
  isEnglishCue,
  isVerb,
  verbAtStart,
  isPronoun,
  verbsIn,
  type VerbHit,
} from './cues.ts';
import { mayHoldRole } from './role-holder.ts';
import { guarded } from './guard.ts';
import {
  isAppositive,
  isOfWord,
  isOrganisation,
  isPreposition,
  isRoleCompound,
  isGerundPhrase,
  isRoleWord,
  isSentenceWord,
  ELIDED_PREPOSITION,
  NAME,
  PARTY_MEMBERS,
  People,
  parsePerson,
  type Person,
} from './names.ts';
import { TITLE_ABBR } from './sentences.ts';
import { HAS_UPPER, OPENS_UPPER, STARTS_LOWER, mayHoldCjk, rx } from './letters.ts';

/** Who a frame names: a person, a pronoun or role noun (resolved later), or nobody. */
// 'writer': "I said", "I’d start by asking": the first person is the article's writer.
export type Source =
  Person | 'anaphor' | 'unnamed' | 'writer' | { roleNoun: string; kin?: true } | null;

// "I", "I’d", "I’ll", "I’ve", "I’m".
const I_FORM = "I(?:[’'](?:d|ll|ve|m))?";
const FIRST_PERSON = rx(`^${I_FORM}$`, 'i');
const FIRST_PERSON_PASSIVE = /\bI(?:\s+(?:was|am|were|have been|had been|got)|[’']m)\s*$/;
// "I’d start by asking “…”": "I" opens the clause a participle ends.
const FIRST_PERSON_CLAUSE = rx(`(?:^|[\\s,])${I_FORM}(?:\\s+\\p{Ll}+){1,4}\\s*$`, 'u');

const AUX =
  /(?:\s+(?:has|have|had|was|is|were|also|then|later|publicly|previously|recently|once|reportedly|further|again|would|will|been|did|does|just|simply|only|hat|ha|had|a|ont|went on to|in a statement|on twitter|flatly|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last (?:week|month|year|night)|yesterday|today|earlier))+\s*$/i;
// Definite articles only: "a spokesperson" is someone new, "the coach" someone known.
const DEFINITE = new Set([
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
const SUFFIXED_DEFINITE = rx(String.raw`\p{Ll}(?:en|n|et)$`, 'u');
// Portuguese "a" is the feminine definite article ("afirmou a cineasta"); English "a" is not.
const FEMININE_ROLE = rx(String.raw`^[\p{Ll}-]+a$`, 'u');
const LEAD = /^[\s,;:—–-]*/;
// A period followed by a letter, or after an initial, is an abbreviation ("U.S. Attorney").
// So is the period of a title before a name ("said Rep. Brian Babin", "said Dr. Jane Smith").
const UNTIL_STOP = rx(
  `^\\s+((?:[^.,;!?“”"«»\\n]|\\.(?=\\S)|(?<=(?:^|[\\s.])\\p{Lu})\\.|(?<=${TITLE_ABBR})\\.(?=\\s+\\p{Lu}))+)`,
  'u',
);
const STOPS = /[.;!?“”"«»:]/;

// What may follow the name in an inverted frame ("said Smith on Monday", "sagte Merkel am Montag",
// "disse Lula em Brasília", "a déclaré Macron lors de …"): the name ends before it. Not the
// particles names hold ("Luis de Miranda", "Ursula von der Leyen").
const AFTER_INVERTED_NAME =
  /\s+(?:who|in|on|at|during|after|before|to|when|about|am|an|im|vom|beim|bei|mit|während|zum|zur|vor|nach|auf|gegenüber|em|no|na|ao|à|au|aux|lors|dans|devant|après|avant|durante|dopo|ante|tras|tijdens|op|bij|al|alla|ai|agli|alle|nel|nella|nello|nei|negli|nelle|durante|prima|en|para|a(?=\s+[A-ZÀ-Þ])|till|efter|vid|til|på)\s+/;

/** ", said X": the words after a reporting verb that opens the text. */
function inverted(text: string): string | null {
  const v = verbAtStart(text.slice(0, 60));
  // "…, the man, who asked not to be named, told WKRV.": who is told is the listener; English
  // inverts "said Smith", "asked the judge", never "told".
  if (!v || TELL.has(v.word)) return null;
  const rest = text.slice(v.end);
  const phrase = UNTIL_STOP.re.exec(rest)?.[0];
  if (phrase === undefined) return null;
  // "murmured I." at a sentence's end: the period is the sentence's, not an initial's.
  return (
    /^\s*$/.test(rest.slice(phrase.length)) ? phrase.replace(/(?<=\bI)\.$/, '') : phrase
  ).trim();
}

const TELL = new Set(['told', 'tells', 'tell', 'telling']);

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
// "Sen. Elizabeth Warren, D-Mass.": a party and a state after the name.
const PARTY_STATE = /,\s*[DRI]-[A-Z][A-Za-z.]*$/;
// "Sen. Lorna Pettaway, D-Selma, who …": a party and a place between commas.
const PARTY_PART = /^[DRI]-[A-Z][A-Za-z.]*$/;
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
// (The subject may hold a relative clause between commas: "Jan van Dalen, die …, laat …".)
const DUTCH_LET_KNOW_BEFORE =
  /^\s*([^.;:!?]{2,160}?)\s+(?:laat|liet|lieten)\s+(?:[^,.;:!?\s]+\s+){1,4}?weten(?=\s|$)/;
const SHOWED_ITSELF =
  /^\s*([^,.;:!?]{2,80}?)\s+(?:zeigte|zeigt|zeigten|gab|gibt)\s+sich\s+(?:sehr\s+|tief\s+|äußerst\s+)?$/;
const DUTCH_PARTICLE = /\s(?:weten|toe|aan|uit)\b/;
// Compiled once: building regexes per call costs more than running them.
const LEADING_NAME = rx(`^\\s*(${NAME})`, 'u');
const PREP_AFTER = guarded(
  new RegExp(`^(?:${PREP})\\s`),
  rx(`^(?:${PREP})\\s+(${NAME}|[^.,;!?]{1,60})`, 'u'),
);
// "Bürgermeisterin Heike Brandstätter (Freie Wähler) verteidigte …", "zei burgemeester Koen
// Vandamme (Samen Sint-Jozef)", "Jan Novák (38) řekl": a short parenthesis (a party, an age)
// stands aside from the frame; blanked, offsets kept.
export const ASIDE = /\([^()\n“”"«»„「」]{1,40}\)/g;
// "Among those who spoke … was Harold Beebe": the name a copula ends a clause with.
const COPULA_NAME = rx(
  String.raw`\s(?:was|were|is|are)\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){1,3})$`,
  'u',
);
// "according to Bureau meteorologist Tom Haddad": after an organisation's name, a lower-case role
// (not a function word) and the name of its holder.
const MEMBER_AFTER = rx(
  String.raw`^\s+(?!(?:and|or|nor|but|und|oder|et|ou|y|e|o|en|of|for|from|to|in|at|on|with|by|de|del|di|da|van|von|der|den|la|le|el|il)\s)\p{Ll}[\p{Ll}-]+\s+${NAME}`,
  'u',
);
// "Laut Olaf Scholz ist das „…“": a source preposition and a name anywhere before the quote,
// after its lower-case title if any ("Enligt vd Anders Holmgren är …", "según el ministro Juan
// Pérez", "according to chief economist Jane Smith"): then a full name, not "laut einem
// Sprecher"; and not "so that Apple …".
// (A plain test first: most frames hold no capitalised name between two commas.)
const NAME_BETWEEN_COMMAS = /,\s+(?:[A-ZÀ-Þ]|[^\0-\x7f])[^,]{0,60},/;
const NOT_BLANK = /\S/;
// What each pattern of a source preposition before a quote needs: tested once per frame, not
// once per pattern (see sourceBefore).
const PREP_WORD = new RegExp(`(?:^|[\\s(])(?:${PREP})\\s`);
const PREP_DESCRIBED_NAME = rx(
  `(?:^|[\\s(])(?:${PREP})\\s+(?:(?:the|le|la|les|el|il|lo|o|a|der|die|de|het)\\s+|[lL][’'])?\\p{Ll}[^,;:.!?]{0,60},\\s+(${NAME}),`,
  'u',
);
const PREP_NAME = rx(
  // (A firm's name of two joined by "&": "Laut Kessler & Rau".)
  `(?:^|[\\s(])(?![Ss]o\\s+\\p{Ll})(?:${PREP})\\s+(?:(?:\\p{Ll}[\\p{L}'’.-]*\\s+){1,3}?(?=\\p{Lu}[\\p{L}'’.-]*\\s+\\p{Lu}))?(${NAME}(?:\\s+&\\s+${NAME})?)`,
  'u',
);
const PREP_ROLE = rx(
  `(?:^|[\\s(])(?![Ss]o\\s)(?:${PREP})\\s+(?:the|de|het|der|dem|den|die|le|la|l[’']|el|il|lo|o|a)\\s*([\\p{L}-]+)(?=[\\s,])`,
  'u',
);
// An opinion given as a pronoun's, standing for the pronoun in PREP_PRONOUN.
const OPINION_OF_PRONOUN = [
  String.raw`[Ii]n\s+(?:his|her|their)\s+(?:view|opinion)`,
  String.raw`(?:[Jj]ego|[Jj]ej|[Ii]ch)\s+zdaniem`,
  String.raw`[Aa]\s+su\s+(?:juicio|entender|parecer)`,
  String.raw`[Ee]n\s+su\s+opinión`,
  String.raw`[Nn]a\s+opinião\s+d(?:ele|ela|eles|elas)`,
  String.raw`(?:[Ss]einer|[Ii]hrer)\s+(?:Meinung|Ansicht|Einschätzung)\s+nach`,
  String.raw`[Nn]aar\s+(?:eigen|zijn|haar|hun)\s+zeggen`,
  String.raw`[ÀàAa]\s+(?:son|leur)\s+avis`,
  String.raw`[Aa]\s+(?:suo|loro)\s+(?:dire|avviso|parere)`,
].join('|');
// A source preposition before a pronoun ("according to her", "selon lui", "secondo lei",
// "segundo ele", "según él", "volgens hem", "podle něj", "według niego", "по его словам").
// (Also an opinion given as the pronoun's: "In her view,", "Jego zdaniem", "По его мнению", "A
// su juicio", "Seiner Meinung nach", "naar eigen zeggen", "À son avis", "A suo dire".)
const PREP_PRONOUN = guarded(
  /\s(?:him|her|them|lui|elle|eux|lei|loro|ele|ela|eles|él|ella|ellos|hem|haar|hen|ihm|ihr|něj|ní|nich|niego|niej|honom|henne)[\s,]|словам|мнению|slov|zdaniem|juicio|opinión|opinião|Meinung|Ansicht|zeggen|avis|dire|avviso|view|opinion/,
  rx(
    `(?:^|[\\s(])(?:${PREP}\\s+(?:him|her|them|lui|elle|eux|lei|loro|ele|ela|eles|él|ella|ellos|hem|haar|hen|ihm|ihr|něj|ní|nich|niego|niej|nich|honom|henne)|[Пп]о\\s+(?:его|её|ее|их)\\s+(?:словам|мнению)|[Pp]odle\\s+(?:jeho|jejích|jejich)\\s+slov|${OPINION_OF_PRONOUN})(?=[\\s,])`,
    'u',
  ),
);
// "according to a person familiar with the matter", "selon un responsable", "laut einem Sprecher":
// a source preposition and someone described, not named. (Not "so": "so many people".)
const DESCRIBED_PERSON = `(?:(?:a|an|one|two|three|several|some|many|the|un|une|des|deux|plusieurs|ein|eine|einer|einem|zwei|mehrere|el|la|los|las|una|uno|unos|unas|il|lo|gli|um|uma|o|os|een|de|het|su|sus|sa|son|ses|sua|suo|seu|sein|seine|ihr|ihre|zijn)\\s+)?(?:[\\p{L}'’-]+\\s+){0,4}?(?:${[
  ...PERSON_NOUNS,
  ...(
    'person people official source spokesman spokeswoman spokesperson aide diplomat insider analyst expert executive responsable proche porte-parole Sprecher Sprecherin Insider fuente portavoz fonte fonti portavoce porta-voz' +
    // … and people described in other languages: a member, a diplomat, a witness, an expert, a
    // resident, an investigator, a colleague, an analyst.
    ' membre miembro membro lid medlem członek člen член diplomate diplomático diplomática diplomatico diplomatica diplomata Diplomat Diplomatin diplomaat dyplomata дипломат témoin testigo testimone testemunha Zeuge Zeugin getuige vittne świadek svědek свидетель experte experto experta esperto esperta especialista Experte Expertin deskundige ekspert эксперт habitant habitante vecino vecina residente abitante morador moradora Anwohner Anwohnerin bewoner invånare mieszkaniec mieszkanka obyvatel obyvatelka житель жительница enquêteur enquêtrice investigador investigadora investigatore Ermittler Ermittlerin onderzoeker utredare śledczy vyšetřovatel следователь collègue colega collega Kollege Kollegin kollega kolega коллега analyste analista Analystin analist analytiker analityk analytik аналитик'
  ).split(' '),
].join('|')})(?:s|es|en|in|innen)?(?![\\p{L}])`;
// "“…” That is how Jane Smith described it.", "Those were the words of Jane Smith."
// (Italian "Lo ha detto X", Spanish "Así lo dijo X": the same, after a quote ending its sentence.)
const LOOKS_BACK = rx(
  `^(?:[.!?]\\s+(?:Lo\\s+ha|Così\\s+(?:lo\\s+)?ha|Así\\s+lo|Lo)\\s+(?:detto|dichiarato|affermato|spiegato|annunciato|sottolineato|dijo|afirmó|explicó|aseguró|anunció|declaró)\\s+((?:[^,.;!?]|,\\s*(?=${NAME}))+)|(?:That|This)(?:\\s+(?:is|was)|[’']s)\\s+how\\s+(${NAME})\\s+(?:described|put|puts|summed|sums|explained|explains|characteri[sz]ed|recalled|recalls|remembered|remembers|saw|sees|views|viewed)\\b|(?:Those|These|Such)\\s+(?:were|are)\\s+the\\s+words\\s+of\\s+(${NAME}))`,
  'u',
);
const WITH_THESE_WORDS =
  /^[.!?]\s+(?:Con queste parole|Con estas palabras|Avec ces mots|Com estas palavras|Mit diesen Worten|Met deze woorden|With these words),?\s/;
// "was described by Jane Smith as “…”": the agent right after a passive reporting verb.
const BY_AGENT = rx(`^\\s+by\\s+(${NAME})(?=\\s+as\\s|\\s*[,:]?\\s*$)`, 'u');
// Swedish "sa" ("said") right after a quote, before a pronoun or a name.
const SWEDISH_SA = rx(String.raw`^sa(?=\s+(?:han|hon|hen|de|\p{Lu}))`, 'u');
// A subject after its verb, then the colon: "…, prévient Marc Dujardin :".
const INVERTED_BEFORE_COLON = /^\s+([^,.;:!?]{2,60}?)\s*[:：]\s*$/;
// An opening adjunct of lower-case words only ("In aula", "En la rueda de prensa,").
const LOWER_ADJUNCT = rx(String.raw`^\s*\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){1,4},?\s*$`, 'u');
// Only a preposition of speaking (and an article) between the verb and the quote.
const SPOKEN_OF_ONLY =
  /^\s+(?:di|de|d[’']|da|em|van|von)\s*(?:(?:un|una|uno|um|uma|une|een|einem|einer)\s+)?$/;
// Nothing before a reporting verb but a conjunction, or nothing after it but a prepositional
// phrase: a dropped subject.
const NO_SUBJECT =
  /^\s*(?:(?:y|e|et|und|and|but|mais|pero|ma|mas|aber|luego|después|depois|poi|then)\s+)?$/i;
// (Spanish "a" only before its article: "said a tester" is English.)
// (Also after a sentence adverb, "disse então", "explicó luego", and an elided article,
// "ha spiegato all’uscita dall’aula".)
const DROPPED_SUBJECT =
  /^\s*(?:(?:al|ai|agli|alla|alle|ao|aos|às|à|au|aux|nel|nella|a\s+(?:los|las|la|el|un|una|sus?))\s[^,;]*|(?:all|dall|nell|sull)[’'][^\s,;]+(?:\s+(?:all|dall|nell|sull)[’'][^\s,;]+)*|(?:então|depois|ainda|também|logo|entonces|luego|después|además|también|poi|anche|ancora|quindi|infine|ensuite|alors|encore|aussi|enfin)(?:\s+(?:perante|ante|davanti|devant|em|en|in|na|no|nel|nella|dans|ao|à)\s[^,;]*)?)?$/;
// (Then other asides of manner, not a subject after an article: "racconta con un sorriso, seduta
// in poltrona", not "ha detto dopo la gara, il tecnico".)
const ADJUNCT_ONLY =
  /^\s*(?:tras|durante|después\s+de|antes\s+de|desde|dopo|prima\s+di|nel|nella|após|depois\s+de|pendant|avant|après|en|ante|al|a\s+la|ai|alla|allo|agli|alle|em|no|na|nos|nas|ao|aos|à|às|au|aux|dans|lors\s+de|sur|con|com|avec)\s[^,;A-ZÀ-Þ]*(?:,\s*(?!(?:il|lo|la|i|gli|le|el|los|las|o|a|os|as|un|una|uno|um|uma|les|l[’']|d[’']|de|del|della|do|da)\s)[^,;A-ZÀ-Þ]*)*$/;
const ROMANCE_ADJUNCT = /^\s*(?:a|in)\s[^,;A-ZÀ-Þ]*$/;
const LEADING_ARTICLE = /^(?:a|an|one|the)\s+/i;
// A participle or an adjective of manner in Spanish, Italian or Portuguese, and nothing else.
const PREDICATIVE = rx(
  String.raw`^\s+(?:\p{Ll}+mente\s+)?\p{Ll}+(?:ad[oa]s?|id[oa]s?|os[oa]s?|ente|entes|ant[ei]|at[oa]|it[oa]|ess[oa]|ando|endo|indo)\s*[.!?]?\s*$`,
  'u',
);
const DESCRIBED_SOURCE = rx(`^${DESCRIBED_PERSON}`, 'u');
const PREP_DESCRIBED = rx(`(?:^|[\\s(])(?![Ss]o\\s)(?:${PREP})\\s+${DESCRIBED_PERSON}`, 'u');

/** A source phrase's words after its preposition: a name, else 'unnamed' for a description. */
function prepSource(phrase: string, frame: string): Source {
  const src = readSubject(phrase) ?? (DESCRIBED_SOURCE.re.test(phrase) ? 'unnamed' : null);
  // "według Marka Gołębiowskiego", "по словам Ольги Лаптевой": the name as the nominative.
  const lang = src && typeof src === 'object' && 'name' in src ? genitiveLanguage(frame) : null;
  return lang ? { ...(src as Person), name: nominativeName((src as Person).name, lang) } : src;
}

// "directives from Xi to “…”", "a statement by Smith: “…”": a speech noun and its author.
const SOURCE_NOUN = guarded(
  /(?:directive|order|instruction|statement|remarks|comments|words|speech|letter|post|tweet|message|interview|testimony)s?\s+(?:from|by|of)\s/,
  rx(
    `(?:directives?|orders?|instructions?|statement|remarks|comments|words|speech|letter|post|tweet|message|interview|testimony)\\s+(?:from|by|of)\\s+(${NAME})[^.!?]{0,40}$`,
    'u',
  ),
);
// One of a people, as English sports and news pages refer back to a person ("the Scot").
const NATIONALS = new Set(
  'Scot Scotsman Scotswoman Irishman Irishwoman Welshman Welshwoman Englishman Englishwoman Frenchman Frenchwoman Dutchman Dutchwoman Spaniard German Italian Australian American Brazilian Argentine Argentinian Canadian Kiwi Swede Dane Norwegian Finn Pole Russian Ukrainian Belgian Croatian Serbian Nigerian Ghanaian Kenyan Jamaican Mexican Colombian Chilean Uruguayan Austrian Czech Slovak Hungarian Romanian Bulgarian Greek Turk Egyptian Moroccan Senegalese Cameroonian Ivorian Algerian Tunisian Japanese Korean Indian Pakistani Portuguese Swiss Icelander Georgian Venezuelan Peruvian Ecuadorian Slovenian Bosnian Albanian'.split(
    ' ',
  ),
);
const PEOPLES = new Set(
  'French English British Brits Irish Scots Scottish Welsh Dutch Spanish Portuguese Swiss Danes Swedes Finns Norwegians Germans Italians Americans Canadians Mexicans Brazilians Chinese Japanese Koreans Russians Greeks Romans Egyptians Indians Australians Poles Turks Arabs Persians Ancients'.split(
    ' ',
  ),
);
// "Arment’s insistence that “…”", "Trump's claim that “…”": what someone said, by its owner.
const SPEECH_NOUNS =
  'insistence|claim|assertion|argument|suggestion|statement|remark|comment|warning|promise|admission|boast|complaint|contention|retort|reply|response|prediction|pledge|vow';
const OWNER_NOUN = guarded(
  new RegExp(`['’]s\\s+(?:${SPEECH_NOUNS})s?\\s+(?:that\\s+)?$`),
  rx(`(?:^|\\s)(${NAME})['’]s\\s+(?:${SPEECH_NOUNS})s?\\s+(?:that\\s+)?$`, 'u'),
);
// A capitalised word right before the last, common noun of a subject: "some Indiana protesters".
const MODIFIED_NOUN = rx(String.raw`(\p{Lu}[\p{L}.-]*)\s+\p{Ll}+\s*$`, 'u');
// (An initial's or a title's period is no sentence end: "According to Dr. Jane Smith, “…”".)
const PREP_BEFORE = rx(
  `(?:^|[\\s(])(?:${PREP})\\s+((?:[^.;!?]|(?<=(?:^|\\s)\\p{Lu})\\.|(?<=${TITLE_ABBR})\\.(?=\\s+\\p{Lu})){1,80}?),\\s*$`,
  'u',
);

// A clause after a comma opening with a preposition is no appositive: "…, with Minister X warning".
const ADVERBIAL =
  /^(?:with|without|after|before|as|while|when|including|amid|despite|from|by|for|in|on|at|to|of|through|during|under|since|until|which|that|whom|where|whereas|although|though|because|if|but|and)\s/i;

const SPACE_THEN_LOWER = rx(String.raw`\s\p{Ll}`, 'u');
const RELATIVE_THEN_NAME = rx(String.raw`^(?:which|that|whom|what)\s+(\p{Lu}.*)$`, 'u');
const ITALIAN_ROLE_NAME = rx(
  String.raw`^[Ii]l\s+\p{Ll}+(?:\s+\S+){0,3}?\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s*$`,
  'u',
);
// Not English "as", which opens every kind of clause.
const AS_SAID = rx(
  String.raw`(?:^|[\s,.;:])(?:[Jj]ak|[Jj]ako|[Кк]ак|[Ww]ie|[Zz]oals|[Ss]om)\s+(\p{L}+)((?:\s+[^,.;:!?]{1,60}?)?),\s`,
  'u',
);
const UNNAMED_AFTER_VERB = rx(
  String.raw`^\s+(?:\p{Ll}+\s+){0,2}(?:источник|источники|собеседник|собеседница|представитель|представительница|один из|одна из|źródło|źródła|rozmówca|rozmówczyni|informator|przedstawiciel|przedstawicielka|jeden z|jedna z|zdroj|zdroje|zástupce|zástupkyně|jeden z|jedna z)(?![\p{L}])`,
  'u',
);
// "Pelham’s barrister", "the Smiths’ lawyer": an owner, then (an adjective and) a noun.
const OWNERS_PERSON = rx(
  String.raw`^(?:\S+\s+){0,3}?\p{Lu}[\p{L}-]*['’]s?\s+(?:\p{Ll}+\s+)?\p{Ll}+$`,
  'u',
);
const ARTICLE_ACRONYM = rx(
  String.raw`^(?:(?:Die|Der|Das|De|Het|La|Le|El|Il|The)\s+|[Ll][’'])(\p{Lu}{2,6}(?:\s+\p{Lu}\p{Ll}+)?)$`,
  'u',
);
const GROUPS = new Set(
  'engineers planners organisers organizers developers designers builders forecasters meteorologists astronomers historians commentators pundits analysts economists experts critics officials inspectors investigators auditors regulators officers firefighters paramedics unions ministers lawmakers legislators senators residents workers farmers fishermen teachers nurses doctors parents investors traders activists campaigners protesters voters scientists researchers observers insiders sources diplomats prosecutors lawyers locals fans neighbours neighbors witnesses survivors families employees staff shoppers passengers commuters drivers landlords tenants students readers viewers users'.split(
    ' ',
  ),
);
const KIN_NOUNS = new Set(
  'barrister lawyer lawyers attorney attorneys solicitor wife husband son daughter mother father brother sister friend friends agent publicist girlfriend boyfriend widow widower family parents'.split(
    ' ',
  ),
);
// A full name, at the start or after a lower-case role ("Paolo Santangelo", "l’avvocato Enrico
// Paoletti").
const RELATIVE = /^(?:[Ww]ho|[Ww]hich|[Tt]hat|[Qq]ui)\b/;
const NAMED_AFTER_FIRST = rx(String.raw`\s\p{Lu}`, 'u');
const THE_LOWER_NOUN = rx(String.raw`^the\s+(\p{Ll}+)$`, 'u');
const HABIT_OF = /\b(?:fond|tired|capable|guilty|accused|proud|afraid|fear|habit)\s+of\s+$/i;
const COUNTED_GROUP = rx(
  String.raw`(?:^|,)\s*(?:(?:about|around|some|nearly|almost|roughly|more than|at least|over|up to)\s+\d[\d,]*|[Dd]ozens of|[Hh]undreds of|[Tt]housands of)\s+\p{Ll}[\p{Ll}-]*s\s+\p{Ll}`,
  'u',
);
const PLACE_OPENING = /^(?:Outside|Inside|Near|Behind|Beside|Across|Opposite|Off|Along)\s/;
const ARTICLE_NOUN = rx(String.raw`^(?:a|an|the)\s+\p{Ll}`, 'u');
const PLACE_AT_END = rx(
  String.raw`\s(?:from|in|of|at|near)\s+(?:\p{Lu}\S*\s+){0,3}\p{Lu}\S*$`,
  'u',
);
const TWO_CAPITALS = rx(
  String.raw`^(?:(?:\p{Ll}+\s+|[lL][’']\s*)?\p{Ll}+\s+)?\p{Lu}\S*\s+\p{Lu}`,
  'u',
);
const WORD_THEN_LOWER = rx(String.raw`^\S+\s+\p{Ll}`, 'u');
const ARTICLE_NOUN_PHRASE = rx(String.raw`^(?:the|a|an)\s+\p{Ll}[\p{Ll}\s-]*$`, 'u');

/** Reads a subject phrase ("Mick Mulvaney, the White House chief of staff,", "he"). */
const DIGIT = /\d/;
// Definite articles of the languages that put an adjective after the role ("el técnico gallego").
const ROMANCE_DEFINITE = new Set('el la il lo le l’ o os los las les'.split(' '));
const ELIDED_PREPOSITION_PHRASE = rx(`^${ELIDED_PREPOSITION}\\S*\\s+`, 'u');
const AGE_ADJECTIVE = /^\d{1,3}-?(?:letni|letnia|letý|letá|летний|летняя)$/;
const AGE_NOUN = /^\d{1,3}-?(?:jarige|årige|åriga|latek|latka|letý|letá|летний|летняя)$/;
const AGED = rx(
  String.raw`^(?:le|la|el|il|lo|o|a|este|esta|ese|esa|questo|questa|ce|cet|cette)\s+(?:(?:\p{Ll}[\p{Ll}’'-]*\s+){1,2}d[ei]\s+\d{1,3}\s+(?:ans|años|anni|anos)|\d{1,3}enne)(?:\s|$)`,
  'iu',
);

// A German noun for a person the story follows after its verb ("sagte die Tirolerin"), not a
// role, a body or an organisation the text may have named ("der Sprecher", "die Jury").
const referringNoun = (word: string): boolean =>
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

const GERMAN_DATIVE = /\s(?:dem|einem)\s.*$/;

// "van de gemeente Westerveen", "von der Stadt Ulm", "of the town of Ashby", "of the advocacy
// group Climate Justice East Africa": a body in lower case and its name after a full name.
const AFFILIATION_TAIL = rx(
  String.raw`\s+(?:van\s+(?:de|het)|von\s+der|vom|of\s+the)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+(?:\s+of)?(?:\s+\p{Lu}[\p{L}-]*)+$`,
  'u',
);
const FULL_NAME_END = rx(
  String.raw`\p{Lu}[\p{L}’'.-]*\s+(?:(?:van|de|der|den|von|da|di|le|la)\s+)*\p{Lu}[\p{L}’'.-]*$`,
  'u',
);

/** "Wethouder Annemiek de Vries van de gemeente Westerveen": the name without its body. */
function withoutAffiliation(text: string): string {
  if (
    !text.includes(' van ') &&
    !text.includes(' von ') &&
    !text.includes(' vom ') &&
    !text.includes(' of the ')
  )
    return text;
  const tail = AFFILIATION_TAIL.re.exec(text);
  const head = tail ? text.slice(0, tail.index) : '';
  return tail && FULL_NAME_END.re.test(head) ? head : text;
}

const NAMED_ONLY_AS = rx(
  `(?:\\b(?:gave|gives|giving)\\s+(?:his|her|their)\\s+(?:first\\s+)?name\\s+(?:only\\s+)?as|\\bidentified\\s+only\\s+as)\\s+(${NAME})[,\\s]*$`,
  'u',
);
const ENGLISH_ON =
  /^[Oo]n\s+(?:the|a|an|this|that|its|his|her|their|our|my|your|top|behalf|average|air|stage|board)\s/;
const RELATIVE_SUBJECT = /(?:^|\s)(?:what|which)\s+([^\s,;:.!?][^,;:.!?]{1,60})$/;

const KIN_SUBJECT =
  /^(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:late|eldest|oldest|youngest|older|younger|elder|only|adult|twin)\s+)?(son|daughter|husband|wife|widow|widower|brother|sister|partner|fiancée?|grandson|granddaughter|niece|nephew|cousin)$/;

const QUOTED_NAME = rx(
  String.raw`^(?:(?:the|die|der|das|le|la|les|il|lo|el|los|las|o|a|os|as|de|het)\s+)?[„“"«»‹›‘']\s*(\p{Lu}[^„“"«»‹›”‘’\n,.;:!?]{1,60}?)\s*[“”"»«›‹’']$`,
  'u',
);

export function readSubject(whole: string): Source {
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
      .replace(/[,\s]+$/, '')
      .replace(PARTY_STATE, ''),
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
  // "Detective Chief Inspector Ruth Ogunleye, of Southmoor Police, said": where the person is
  // from, between commas after the name.
  if (parts.length >= 2 && AFFILIATION_PART.re.test(parts[parts.length - 1]!)) {
    const who = parsePerson(lastWords(parts[parts.length - 2]!, 5));
    if (who?.name.includes(' ')) return who;
  }
  const placed =
    parts.length === 1 ? (NAME_OF_PLACE.re.exec(text) ?? SLAVIC_FROM.re.exec(text)) : null;
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
const SPOKESPERSON_FOR = guarded(
  /(?:spokesperson|spokesman|spokeswoman|representative)\s+(?:for|of)\s/,
  rx(
    `^(?:a|an|the|A|An|The)\\s+(?:\\p{Ll}+\\s+)?(?:spokesperson|spokesman|spokeswoman|representative)\\s+(?:for|of)\\s+(?:the\\s+)?(${NAME})$`,
    'u',
  ),
);

const PLURAL_HEAD = rx(
  String.raw`^(?:(?:the|some|two|three|four|five|several|many|most|other|The|Some|Two|Three|Four|Five|Several|Many|Most|Other)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{L}[\p{Ll}-]*[^s\W]s)\s+(?:of|in|at|from|for|on|with|behind|who|which|that)\s`,
  'u',
);
// ("about 200 tenants", "hundreds of protesters": a number of them, too.)
const PLURAL_ONLY = rx(
  String.raw`^(?:the|The|(?:(?:about|around|some|nearly|almost|roughly|over|more than|at least)\s+)?(?:\d[\d,.]*|dozens|hundreds|thousands)(?:\s+of)?)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Ll}[\p{Ll}-]*[^s\W]s)$`,
  'u',
);
// Nouns ending in s that are not plurals ("the press", "the campus", "the analysis").
const SINGULAR_S = /(?:ss|us|is|ews|eans|ies)$/;

// A control verb, its object and a reporting verb in the infinitive: "allowed X to claim that".
const CONTROL = guarded(
  /\b(?:allowed|allows|allow|let|lets|led|leads|urged|urges|prompted|forced|encouraged|invited|enabled|helped|asked|pushed|pressed|got|made)\s/,
  rx(
    `\\b(?:allowed|allows|allow|let|lets|led|leads|urged|urges|prompted|forced|encouraged|invited|enabled|helped|asked|pushed|pressed|got|made)\\s+(${NAME})\\s+(?:to\\s+)?(?:say|claim|argue|insist|declare|note|warn|suggest|describe|tell|write|add|announce|explain|admit|boast|promise|vow|state|predict|complain|concede)\\b(?=[^.!?]*$)`,
    'u',
  ),
);

// A person noun after up to two lower-case words ("local resident"), ending the phrase.
const PERSON_NOUN_AT_END = `(?:[\\p{Ll}-]+\\s+){0,2}(?:${[...PERSON_NOUNS].join('|')})$`;
// "…, with one TD": someone unnamed closing a clause ("a neighbour" there is an appositive).
const SOMEONE_AT_END = rx(
  `(?:^|\\s)(?:with\\s+)?(?:[Oo]ne|[Aa]nother)\\s+${PERSON_NOUN_AT_END}`,
  'u',
);
const INDEFINITE_PERSON = rx(`^(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+${PERSON_NOUN_AT_END}`, 'u');

/** "…, from 2.18 percent to 2.72 percent, the authors wrote": a plain plural is an unnamed group. */
function pluralGroup(part: string): boolean {
  const plural = PLURAL_ONLY.re.exec(part.trim());
  return plural !== null && !SINGULAR_S.test(plural[1]!);
}

// "In a sentencing memo, prosecutors wrote": a plural with no article after the clause's last
// comma (a noun of five letters or more, so not "was").
const BARE_PLURAL = rx(String.raw`(?:^|,\s*)(?:\p{Ll}[\p{L}-]*\s+)?(\p{Ll}{4,}[^s\W]s)\s*$`, 'u');
const barePlural = (pre: string): boolean => {
  const plural = BARE_PLURAL.re.exec(pre);
  return plural !== null && !SINGULAR_S.test(plural[1]!);
};

const DOCUMENT_SUBJECT = guarded(
  /(?:report|study|survey|analysis|filing|memo)$/,
  rx(
    `^(?:the|The|its|Its|their|Their)\\s+(?:(${NAME})(?:['’]s)?\\s+)?(?:\\p{Ll}+\\s+)?(?:report|study|survey|analysis|filing|memo)$`,
    'u',
  ),
);
// "a report from Kotak Institutional Equities": a document speaks for its author.
const DOCUMENT_FROM = guarded(
  /(?:report|statement|note|study|survey|analysis|release|letter)\s+(?:from|by)\s/,
  rx(
    `^(?:a|an|the|A|An|The)\\s+(?:\\p{Ll}+\\s+)?(?:report|statement|note|study|survey|analysis|release|letter)\\s+(?:from|by)\\s+(?:the\\s+)?(${NAME})$`,
    'u',
  ),
);
// "Pankaj Pandey, Head of Research at ICICI Securities": a capitalised job title after the name.
const TITLE_APPOSITIVE = rx(
  String.raw`^(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Head|Director|Chief|CEO|President|Chairman|Chairwoman|Founder|Co-founder|Editor|Manager|Managing|Partner|Analyst|Economist|Professor|Secretary|Minister|Officer|Strategist|Vice|Senior|Executive|Lead|Principal)\b.*\s(?:of|at|for)\s+\p{Lu}`,
  'u',
);

/** An institution named as a source, kept as the text names it (without a leading "the"). */
function readInstitution(part: string): Person | null {
  const spokes = SPOKESPERSON_FOR.exec(part) ?? DOCUMENT_FROM.exec(part);
  // ("A spokesman for Mayor Jane Roe": the person without the title.)
  if (spokes && isRoleWord(spokes[1]!.split(' ', 1)[0]!)) return parsePerson(spokes[1]!);
  if (spokes) return { name: spokes[1]!, role: null };
  const m = INSTITUTION.exec(part);
  if (!m || isSentenceWord(m[1]!.split(/\s/)[0]!.replace(/['’]s$/, ''))) return null;
  return { name: m[1]!, role: null };
}

/**
 * Whether a phrase ends with a person's name of two words or more right after its role ("the
 * author Caroline Ashby"; not "a teacher at Richmond High School", an organisation after "at").
 */
function endsWithFullName(phrase: string): boolean {
  const person = parsePerson(phrase);
  const text = phrase.trimEnd();
  if (!person || !person.name.includes(' ') || !text.endsWith(person.name)) return false;
  // Only lower-case words before the name, none a preposition: its role, not a place of it.
  const role = text.slice(0, -person.name.length).trim().split(/\s+/);
  return (
    !isOrganisation(person.name) &&
    role.length <= 3 &&
    // (Dutch and German "of" too: "voorzitter van Dorpsbelang Oosterlede" is an office.)
    role.every(
      (w) =>
        STARTS_LOWER.re.test(w) && !isPreposition(w) && !isOfWord(w) && w !== 'van' && w !== 'von',
    )
  );
}

/**
 * The last `n` words of a text, and the capitalised words right before them when the cut would
 * split a name ("Dr Tomás Ferreyra of the National University of Comahue Sur": not "Ferreyra of …").
 */
function lastWords(text: string, n: number): string {
  const words = text.trim().split(/\s+/);
  let from = Math.max(0, words.length - n);
  const capital = (k: number): boolean => OPENS_UPPER.re.test(words[k]!);
  while (from > 0 && from > words.length - n - 4 && capital(from) && capital(from - 1)) from--;
  return words.slice(from).join(' ');
}

const KATAKANA = rx(String.raw`\p{Script=Katakana}`, 'u');
const KANA_CHAR = rx(String.raw`[\p{Script=Hiragana}\p{Script=Katakana}]`, 'u');
const CJK_SUBJECT_AT_END = rx(
  String.raw`([\p{Script=Han}\p{Script=Katakana}・]{2,6}|他们|他們|她们|她們|他|她)$`,
  'u',
);

const WORD_AFTER = rx(String.raw`^[\s-]+(\p{L}+)`, 'u');

/**
 * Whether a sentence's source is a personal pronoun: "He said the plan …", "According to him,
 * …", "Volgens hem is …".
 */
export function pronounSource(sentence: string): boolean {
  if (PREP_PRONOUN.exec(sentence)) return true;
  const v = firstVerb(sentence);
  if (!v) return false;
  const subject = sentence.slice(0, v.index).trim();
  // (Or inverted after it: "…, erzählt sie und lacht.", "…, dit-il.")
  const after = WORD_AFTER.re.exec(sentence.slice(v.end))?.[1];
  return (
    (isPronoun(subject) && subject.toLowerCase() !== 'it') ||
    (/,\s*$/.test(sentence.slice(0, v.index)) && isPronoun(after) && after !== 'it')
  );
}

// A predicate joined to the one before it: "… and warned", "… but added", "… und warnte".
const AND_VERB = /\s(?:and|but|and then|und|et|y|e|en|och|i|и)\s*$/;

/**
 * The source named before a quote in the same sentence: a colon frame ("Mulvaney said:"), a
 * partial frame ("has referred to … as a"), "According to X," or a CJK frame (他表示：).
 */
export function sourceBefore(before: string): Source {
  // (Every pattern below needs a word: nothing before the quote names no one.)
  if (!NOT_BLANK.test(before)) return null;
  const prepWord = PREP_WORD.test(before);
  // "Para Mariana Solís, de la consultora X, el plan “…”", "Pour la procureure, Claire Vasseur, il
  // s’agit d’« … »": the person an opinion is given for.
  const opinion = OPINION_FOR.re.exec(before);
  const held = opinion ? opinionHolder(opinion[1]!) : null;
  if (held) return held;
  // "Selon l’adjointe aux travaux, Nathalie Guéguen, la halle « … »", "According to the deputy
  // mayor, Jane Smith, …": a description, then the full name between commas.
  const described =
    prepWord && NAME_BETWEEN_COMMAS.test(before) ? PREP_DESCRIBED_NAME.re.exec(before) : null;
  const named = described ? parsePerson(described[1]!) : null;
  if (
    named?.name.includes(' ') &&
    !ownFrameAfter(before.slice(described!.index + described![0].length))
  )
    return named;
  const prep =
    (prepWord && /,\s*$/.test(before) ? PREP_BEFORE.re.exec(before) : null) ??
    (prepWord ? PREP_NAME.re.exec(before) : null) ??
    SOURCE_NOUN.exec(before) ??
    OWNER_NOUN.exec(before);
  // "According to AFP, one user … posted: “…”": a reporting verb with its own subject after the
  // source phrase names the speaker (AFP only reports it).
  if (prep && !ownFrameAfter(before.slice(prep.index + prep[0].length))) {
    // "Enligt Socialdemokraternas rättspolitiska talesperson Johan Lindqvist", "According to
    // Harbourline Agribusiness analyst Daniel Kerrigan": an owner and a lower-case role before
    // the name.
    const owned = ownedName(
      prep[1]!,
      before.slice(prep.index + prep[0].length),
      prep[1]!.includes(' '),
    );
    // (A phrase that names no one leaves the later patterns to try: "Podle ní jsou důkazy,
    // zejména odposlechy, „…“" is read by the pronoun's.)
    const src = owned ?? prepSource(prep[1]!, prep[0]);
    if (src !== null) return src;
  }
  // "Volgens de minister zijn …", "Selon le ministre, …", "Laut dem Trainer ist …": a role the
  // text refers back with.
  const role = prepWord ? PREP_ROLE.re.exec(before) : null;
  if (
    role &&
    ROLE_NOUNS.has(role[1]!.toLowerCase()) &&
    !ownFrameAfter(before.slice(role.index + role[0].length))
  )
    return { roleNoun: role[1]!.toLowerCase() };
  // "Zdaniem szkoleniowca", "Według trenera", "По словам министра": a role in the genitive
  // (masculine, singular: not "Według danych", "Zdaniem ekspertów"), by its stem.
  const slavic = SLAVIC_PREP_ROLE.re.exec(before);
  if (slavic && !ownFrameAfter(before.slice(slavic.index + slavic[0].length)))
    return { roleNoun: slavic[1]!.slice(0, -1).toLowerCase() };
  // "Secondo lei, il rischio è …", "Segundo ele, …", "По его словам, …": the source is a pronoun.
  const pronoun = PREP_PRONOUN.exec(before);
  if (pronoun && !ownFrameAfter(before.slice(pronoun.index + pronoun[0].length))) return 'anaphor';
  // "Jak poinformowała rzeczniczka firmy Agnieszka Baran, decyzja jest „…”", "Jak dodał, …",
  // "Как отметил министр, …": "as X said" before the sentence that holds the quote.
  const as = AS_SAID.re.exec(before);
  if (as && isVerb(as[1]!)) return (as[2]!.trim() && readSubject(as[2]!)) || 'anaphor';
  const view = mayHoldCjk() ? cjkView(before) : null;
  if (view) return view;
  const cjk = mayHoldCjk() ? CJK_VERB.exec(before) : null;
  // (Chinese: the clause's subject before its time, place or act; Japanese keeps its own.)
  const chinese = cjk && !KANA_CHAR.re.test(before) ? cjkSubject(before.slice(0, cjk.index)) : null;
  if (chinese) return chinese;
  if (cjk) {
    const who = CJK_SUBJECT_AT_END.re.exec(beforeCjkVerb(before.slice(0, cjk.index)));
    if (who && /^(?:他|她)/.test(who[1]!)) return 'anaphor';
    if (who && roleOnly(who[1]!)) return 'unnamed';
    const name = who && (KATAKANA.re.test(who[1]!) ? who[1]! : cjkName(who[1]!));
    if (name) return { name, role: null };
  }
  // "Het ministerie laat in een reactie weten de situatie “…”": Dutch puts an adjunct or the
  // hearer between "laat" and "weten"; the subject stands before the verb.
  const letKnow = DUTCH_PARTICLE.test(before) ? DUTCH_LET_KNOW_BEFORE.exec(before) : null;
  if (letKnow) {
    const who = isPronoun(letKnow[1]!.trim()) ? 'anaphor' : readSubject(letKnow[1]!);
    if (who) return who;
  }
  // "Bürgermeister Stefan Gruber zeigte sich „fassungslos“": how the subject showed itself, in
  // its words. (Only right before the quote: "zeigte sich überrascht: „…“" has its own frame.)
  const showed = SHOWED_ITSELF.exec(before);
  if (showed) {
    const who = readSubject(showed[1]!);
    if (who) return who;
  }
  // The participle clause that opens the sentence is no frame; the clause after it is.
  const clause = PARTICIPLE_CLAUSE.re.exec(before);
  const mainSource = clause ? sourceBefore(before.slice(clause[0].length)) : null;
  if (mainSource) return mainSource;
  const verbs = verbsIn(before);
  // "allowed Mosseri to claim that …": the object of a control verb says the quote.
  const control = CONTROL.exec(before);
  if (control && !verbs.some((v) => v.index > control.index + control[0].length - 1)) {
    const who = parsePerson(control[1]!);
    if (who) return who;
  }
  // The nearest reporting verb whose subject can be read; earlier ones when it cannot.
  for (let k = verbs.length - 1; k >= 0; k--) {
    const pre = before.slice(0, verbs[k]!.index);
    // "Maersk said it was diverting ships and warned of “…”": a verb joined to an earlier one by
    // "and" shares its subject; the words before "and" are the first verb's object.
    if (k > 0 && AND_VERB.test(pre)) continue;
    // "what Steve said when asked, “What’s …?”": the quote is the question put to the subject,
    // by someone the text does not name. (Sentence-initial "When asked, “…,” she said" is not.)
    if (
      verbs[k]!.word.toLowerCase() === 'asked' &&
      ASKED_CLAUSE.test(pre) &&
      /^[\s,:]*$/.test(before.slice(verbs[k]!.end))
    )
      return 'unnamed';
    // "Y añadió: «…»", "Ha aggiunto: «…»": a verb with no subject before its colon (Spanish,
    // Italian and Portuguese drop a subject the reader knows): the person the story follows.
    if (
      k === verbs.length - 1 &&
      NO_SUBJECT.test(pre) &&
      /^\s*[:：]\s*$/.test(before.slice(verbs[k]!.end))
    )
      return 'anaphor';
    // "In aula aveva parlato di «…»", "Habló de «…»": the same with a preposition after the verb
    // (not English, which writes its subject).
    if (
      k === verbs.length - 1 &&
      (NO_SUBJECT.test(pre) || LOWER_ADJUNCT.re.test(pre)) &&
      !isEnglishCue(verbs[k]!.word) &&
      SPOKEN_OF_ONLY.test(
        (/\s(?:di|de|da|em|van|von)$/.test(verbs[k]!.word) ? ' de' : '') +
          before.slice(verbs[k]!.end),
      )
    )
      return 'anaphor';
    // "Une grève n’est pas exclue, prévient Marc Dujardin : « … »": after a clause and its
    // comma, a verb and its subject inverted before the colon. (Not English, where a name after
    // the verb is its object: "…, told Newsweek:".)
    if (k === verbs.length - 1 && /,\s*$/.test(pre) && !isEnglishCue(verbs[k]!.word)) {
      const tail = INVERTED_BEFORE_COLON.exec(before.slice(verbs[k]!.end));
      const subject = tail ? readSubject(tail[1]!) : null;
      if (subject && typeof subject === 'object' && 'name' in subject) return subject;
    }
    // "Said Kings coach Ron Talbot: “…”": a sentence opened by its verb, the subject after it.
    if (
      k === 0 &&
      verbs.length === 1 &&
      !pre.trim() &&
      OPENS_UPPER.re.test(before.slice(verbs[0]!.index))
    ) {
      const subject = readSubject(before.slice(verbs[0]!.end).replace(/[:：,]\s*$/, ''));
      if (subject && typeof subject === 'object' && 'name' in subject) return subject;
    }
    // "was said to have", "is called": passive, an impersonal hedge with no source, unless it
    // names its agent ("Doe was described by Jane Smith as “a liar”").
    if (/\b(?:was|were|is|are|be|been|being|so-)\s*$/i.test(pre) || !pre.trim()) {
      const agent = pre.trim() ? BY_AGENT.re.exec(before.slice(verbs[k]!.end)) : null;
      const who = agent ? parsePerson(agent[1]!) : null;
      if (who) return who;
      continue;
    }
    // "the letter Mike wrote was “…”": a verb followed by a copula is in a relative clause.
    if (/^\s+(?:was|were|is|are)\s/.test(before.slice(verbs[k]!.end))) continue;
    // "some Indiana protesters chanted": a capitalised modifier before a common noun names no one.
    const modifier = MODIFIED_NOUN.re.exec(pre);
    if (modifier && parsePerson(modifier[1]!) && !pre.includes(',') && !AUX.test(pre))
      return 'unnamed';
    // "X reposted it, adding:", "Reinhardt said on Tuesday, adding that …": a participle after a
    // comma shares the subject of the clause it hangs on, not the words right before it.
    const gerund = /ing$/i.test(verbs[k]!.word);
    // "at the time of writing": a gerund after "of" is a noun.
    // (Not after "fond of", "accused of": "He was fond of saying that “…”" is his.)
    if (gerund && /\sof\s+$/i.test(pre) && !HABIT_OF.test(pre)) continue;
    const participle = gerund && /,\s*$/.test(pre);
    if (participle && k > 0) continue;
    // "Bij Sparta zei Youssef El Amrani:": an opening prepositional phrase is no subject.
    // (Nor in "Im letzten Wort sagte er nur:", whatever "er" refers to.)
    const opener = pre.trim().split(/\s/, 1)[0]!.toLowerCase();
    if (k === verbs.length - 1 && (isPreposition(opener) || opener === 'als')) {
      const subject = verbBeforeSubject(before, verbs[k]!) ?? namedAfterVerb(before, verbs[k]!);
      if (subject) return subject;
      if (isVerbSecondVerb(verbs[k]!.word) && /[:：]\s*$/.test(before)) continue;
    }
    const src =
      (participle ? mainSubject(pre) : null) ??
      readSubject(pre) ??
      (gerund ? gerundSubject(pre) : barePlural(pre) ? 'unnamed' : null);
    if (src)
      return SPEECH_ACTS.has(verbs[k]!.word) ? src : (matrixSubject(before, verbs, k) ?? src);
  }
  // A colon frame without a verb ("Marsha P. Johnson …, en 1969 : «…»"): the sentence's subject.
  // Else the name right before the colon ("…, including tester John Mikovits: “…”").
  if (prepWord && PREP_DESCRIBED.re.test(before)) return 'unnamed';
  // "Nach dem Spiel sagte Trainer Jonas Keller: „…“", "Na afloop zei trainer X: “…”": after an
  // opening phrase German, Dutch and the Scandinavian languages put the verb before its subject.
  const lastVerb = verbs[verbs.length - 1];
  const inverted = lastVerb ? verbBeforeSubject(before, lastVerb) : null;
  if (inverted) return inverted;
  // (After a participle clause, the clause after it was read above, this colon frame included.)
  if (verbs.length > 0 || !/[:：]\s*$/.test(before) || clause) return null;
  // "El entrenador fue tajante:", "The coach was blunt:": a role the text refers back with.
  const subject = ROLE_THEN_WORD.re.exec(before);
  if (subject && DEFINITE.has(subject[1]!.toLowerCase()) && ROLE_NOUNS.has(subject[2]!))
    return { roleNoun: subject[2]! };
  const closing = NAME_BEFORE_COLON.re.exec(before);
  return (
    frontedSubject(before) ??
    leadingName(before) ??
    describedSubject(before) ??
    (closing ? parsePerson(closing[1]!) : null)
  );
}

// "…, of Southmoor Police", "…, of the opposition Civic Alliance": where the person is from.
const AFFILIATION_PART = rx(String.raw`^of\s+(?:the\s+)?(?:\p{Ll}+\s+){0,2}\p{Lu}`, 'u');
// "Ewa Lisowska z Uniwersytetu Nadwiślańskiego", "Jan Kobielski z klubu ludowców": Polish and
// Czech "from".
const SLAVIC_FROM = rx(`(${NAME})\\s+ze?\\s+[^,;]*$`, 'u');
// "Transport analyst Kevin Ong of the Institute for Urban Mobility": a role, a name, and where
// the person is from.
const NAME_OF_PLACE = rx(
  `^(.*\\p{Ll}[\\p{Ll}-]+\\s+${NAME})\\s+of\\s+(?:the\\s+)?\\p{Lu}[^,;]*$`,
  'u',
);
// An article and a role opening a verbless colon frame ("El entrenador fue tajante:"); not a role
// before a name: "La députée écologiste Claire Fontenay a répliqué :" names her.
const ROLE_THEN_WORD = rx(
  String.raw`^\s*(\p{L}+)\s+(\p{Ll}[\p{Ll}-]+)\s+(?!(?:\p{Ll}[\p{L}’'-]*\s+){0,2}\p{Lu})\p{Ll}`,
  'u',
);

// "Asked about the red card for Matt Ledley, the coach said:", "Consultado por la expulsión de
// Matías Ledesma, el entrenador fue tajante:": a participle opens a clause before the subject,
// and the names in it are its objects.
const PARTICIPLE_CLAUSE = rx(
  String.raw`^\s*(?:Asked|Questioned|Pressed|Quizzed|Speaking|Talking|Responding|Reacting|Commenting|Consultad[oa]|Preguntad[oa]|Questionad[oa]|Perguntad[oa]|Interrogée?|Interpellée?|Sollicitée?|Interpellat[oa]|Interrogat[oa]|Gefragt|Angesprochen|Zapytan[ya]|Pytan[ya]|Dotázána?|\p{Lu}\p{Ll}+ąc)\s[^,;:.!?]{1,120},\s*`,
  'u',
);

/** A clause's words after the participle clause that opens it, if one does. */
export function withoutParticipleClause(text: string, whole = true): string {
  const clause = PARTICIPLE_CLAUSE.re.exec(text);
  const rest = clause ? text.slice(clause[0].length) : text;
  // (Only a clause with more after it is cut, unless `whole`: the clause is all there is.)
  return whole || rest.trim() ? rest : text;
}

// A capitalised adjective opening the sentence before its subject: "Amareggiata la capitana
// dell’Aurora, Elena Sartori:", "Soddisfatto anche l’allenatore Luca Mancuso, che …:"; or the
// side a French report turns to: "Côté Rochebrune, l’entraîneur Didier Vasseur …:".
const FRONTED = rx(
  String.raw`^\s*(?:\p{Lu}\p{Ll}+\s+(?:anche|pure|también|aussi|auch|la|il|lo|le|el|[lL]['’])(?![\p{L}])|(?:Côté|Chez)\s)`,
  'u',
);
const FULL_NAME = rx(`(${NAME})`, 'gu');

// "El arquero y capitán Leandro Figueroa fue autocrítico:": an article, lower-case role words and
// a full name open the sentence, a lower-case verb follows.
const ROLE_LED_SUBJECT = rx(
  String.raw`^\s*\p{Lu}\p{Ll}*\s+(?:\p{Ll}[\p{Ll}’'-]*\s+){0,4}(\p{Ll}[\p{Ll}’'-]*)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3})\s+\p{Ll}`,
  'u',
);

/** The full name after the role that opens a verbless colon frame's sentence. */
function describedSubject(before: string): Person | null {
  const m = ROLE_LED_SUBJECT.re.exec(before);
  // (The word before the name is a role: not "A tractor parked outside the European Parliament".)
  const who = m && PERSON_NOUNS.has(m[1]!) ? parsePerson(m[2]!) : null;
  return who?.name.includes(' ') ? who : null;
}

/** The subject after a fronted adjective: the first full name of the sentence. */
function frontedSubject(before: string): Person | null {
  if (!FRONTED.re.test(before)) return null;
  for (const m of before.slice(before.search(/\s/)).matchAll(FULL_NAME.re)) {
    const who = m[1]!.includes(' ') ? parsePerson(m[1]!) : null;
    if (who?.name.includes(' ')) return who;
  }
  return null;
}

/** The subject after a verb of a verb-second language and before the colon that ends `before`. */
function verbBeforeSubject(before: string, verb: VerbHit): Source {
  if (!isVerbSecondVerb(verb.word) || !/[:：]\s*$/.test(before)) return null;
  const subject = sourceAfter(before.slice(verb.index).replace(/[:：]\s*$/, ''));
  return subject && typeof subject === 'object' ? subject : null;
}

const NAME_AFTER_VERB = rx(`^\\s+(${NAME})\\s+\\p{Ll}`, 'u');

/**
 * "Als Grund nannte Vorstandschef Rainer Albrecht die … und den »…«": with no colon, the full
 * name right after a verb-second verb and before its object is the subject.
 */
function namedAfterVerb(before: string, verb: VerbHit): Person | null {
  if (!isVerbSecondVerb(verb.word)) return null;
  const m = NAME_AFTER_VERB.re.exec(before.slice(verb.end));
  const who = m ? parsePerson(m[1]!) : null;
  if (who && who.name.includes(' ')) return who;
  // "Als Gründe nannte Brenninger die schwache Nachfrage": one capitalised word, then the
  // object's article, is the subject (a surname or a firm the text named in full before).
  const one = WORD_THEN_ARTICLE.re.exec(before.slice(verb.end));
  return one ? { name: one[1]!, role: null } : null;
}
const WORD_THEN_ARTICLE = rx(
  String.raw`^\s+(\p{Lu}\p{Ll}[\p{L}-]*)\s+(?:die|der|das|den|dem|eine|einen|einer|het|de|een)\s`,
  'u',
);

const SLAVIC_PREP_ROLE = rx(
  String.raw`(?:^|[\s(])(?:[Zz]daniem|[Ww]edług|[Pp]odle|[Пп]о\s+словам)\s+(\p{Ll}{3,}[aа])(?=[\s,])`,
  'u',
);
const OPINION_FOR = rx(
  String.raw`^\s*(?:Para|Pour|Per)\s+([^,.;!?]{2,60}(?:,\s*[^,.;!?]{2,60})?),\s`,
  'u',
);

const OF_WORD_END = /\s(?:of|di|de|del|della|da|do|du|des|van|von)$/;

/** Whom "Para X, …" names: the first full name among its parts, else a role ("la procureure"). */
function opinionHolder(phrase: string): Source {
  const parts = phrase.split(/,\s*/);
  // "Per la capogruppo di Borgo Domani, Francesca Salvetti,": a name after "of" is the office's
  // place or body; the person is named next.
  let office: Source = null;
  for (const part of parts) {
    const who = HAS_UPPER.re.test(part) ? parsePerson(part) : null;
    if (who && who.name.includes(' ')) {
      if (!who.role || !OF_WORD_END.test(who.role)) return who;
      office ??= who;
    }
  }
  if (office) return office;
  const src = readSubject(parts[0]!);
  return src && typeof src === 'object' && 'roleNoun' in src ? src : null;
}

// A reduced passive clause after a main clause: "… when asked", "… if being asked".
const ASKED_CLAUSE = /\S\s+(?:when|if|after|once|upon|as|while)(?:\s+being)?\s+$/i;

// Verbs that report an utterance of their own subject: inside "X said that …" they still give the
// quote to their subject ("Aides said that Dalton told them it was “…”").
const SPEECH_ACTS = new Set(
  'said says say told tells wrote writes tweeted posted asked asks replied replies added adds stated declared announced shouted yelled whispered texted testified chanted'.split(
    ' ',
  ),
);

// A complement clause's subject with no "that" before it: a determiner and up to three
// lower-case words ("the find", "the new rules").
const BARE_COMPLEMENT =
  /^\s+(?:the|this|these|those|its|his|her|their)\s+(?:[a-z][a-z-]*\s+){1,3}$/;

/**
 * "Pompeo said that … Washington had concluded … “…”": a reporting verb whose complement ("that …")
 * holds the verb next to the quote is the matrix frame; its subject, not the inner clause's,
 * voices the quote.
 */
function matrixSubject(before: string, verbs: readonly VerbHit[], k: number): Source {
  for (let j = 0; j < k; j++) {
    const v = verbs[j]!;
    const rest = before.slice(v.end);
    // (English drops "that": "said the find suggested the sea was “…”".)
    const complement =
      /^\s+(?:that|que|dass)\s/i.test(rest) ||
      (j === k - 1 && BARE_COMPLEMENT.test(before.slice(v.end, verbs[k]!.index)));
    if (!complement || !SPEECH_ACTS.has(v.word)) continue;
    const pre = before.slice(0, v.index);
    if (!pre.trim() || /\b(?:was|were|is|are|be|been|being)\s*$/i.test(pre)) continue;
    const src = readSubject(pre);
    if (src && src !== 'unnamed') return src;
  }
  return null;
}

/** Who a participle's clause has as its subject when readSubject finds none. */
function gerundSubject(pre: string): Source {
  const name = leadingName(pre);
  if (name) return name;
  if (FIRST_PERSON_CLAUSE.re.test(pre)) return 'writer';
  // "about 60 teachers held a rally, chanting": a counted crowd, no one named.
  return COUNTED_GROUP.re.test(pre) ? 'unnamed' : null;
}

/** A reporting verb with a subject of its own in the text after a source phrase. */
function ownFrameAfter(rest: string): boolean {
  const v = firstVerb(rest);
  return v !== undefined && /^[\s,]*\S+\s+\S/u.test(rest.slice(0, v.index));
}

// The first verb of a clause: an auxiliary or a regular past ("has opened", "reposted").
const FIRST_VERB = rx(
  String.raw`\s(?:is|are|was|were|has|have|had|will|would|can|could|may|might|did|\p{Ll}{2,}ed)\s`,
  'u',
);

/**
 * The subject of a sentence's main clause, read from the words before its first verb ("Soap
 * star Chloe Brennan has opened up about …"), else the name it opens with.
 */
function mainSubject(text: string): Source {
  const verb = FIRST_VERB.re.exec(text);
  const subject = verb ? readSubject(text.slice(0, verb.index)) : null;
  return subject && subject !== 'unnamed' ? subject : leadingName(text);
}

/** The name a sentence opens with (the subject of a participle or of a verbless colon frame). */
function leadingName(text: string): Person | null {
  // "Invité à s’exprimer une dernière fois, Julien Marchal a répété :", "À porta do balcão,
  // Alzira Correia, 78 anos, …:": a capitalised word that opens a phrase of lower-case words up
  // to a comma is the sentence's first word, not a name; the subject comes after the comma.
  const phrase = OPENING_PHRASE.re.exec(text);
  if (phrase) return nameAtStart(text.slice(phrase[0].length));
  const who = nameAtStart(text);
  if (who) return who;
  // "Earlier Saturday, Yoon apologized …, saying": past a short opening adverbial without a verb.
  const opener = OPENING_ADVERBIAL.exec(text);
  return opener && !hasVerb(` ${opener[0]}`) ? nameAtStart(text.slice(opener[0].length)) : null;
}

const OPENING_PHRASE = rx(String.raw`^\s*[^\s,]+(?:\s+\p{Ll}[\p{L}’'-]*){1,8},\s`, 'u');

const OPENING_ADVERBIAL = /^\s*(?:\S+\s+){0,3}\S+,\s/u;

function nameAtStart(text: string): Person | null {
  // "L’allenatore della Fiorentina, Stefano Bellucci, non cerca alibi:": a role of an office,
  // then the person's name between commas.
  const apposed = ROLE_OF_THEN_NAME.re.exec(text) ?? OWNED_ROLE_THEN_NAME.re.exec(text);
  if (apposed) {
    const who = parsePerson(apposed[1]!);
    if (who && who.name.includes(' ')) return who;
  }
  const m = LEADING_NAME.re.exec(text);
  // "Regardless of …", "Ahead of …": one capitalised word before "of" opens a phrase, not a name.
  if (!m || (!/\s/.test(m[1]!.trim()) && /^\s+of\s/.test(text.slice(m[0].length)))) return null;
  // "Running a successful business might sound simple: “…”": a gerund, not a name.
  if (isGerundPhrase(m[1]!.trim(), NEXT_WORD.exec(text.slice(m[0].length))?.[1])) return null;
  // "Apple’s chief executive Tim Cook criticised …:", "Socialdemokraternas partiledare Maria
  // Ekström riktade …:": an owner or an outlet and a lower-case role before the subject's name.
  const owned = m[1]!.trim().includes(' ') ? null : ownedName(m[1]!, text.slice(m[0].length));
  if (owned) return owned;
  // "The Central Bank of Kestria cut …, saying": a body's name goes on after "of".
  const of = OF_NAME.re.exec(text.slice(m[0].length));
  return (of ? parsePerson(m[1]! + of[0]) : null) ?? parsePerson(m[1]!);
}

const OF_NAME = rx(String.raw`^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*`, 'u');

/**
 * The full name after an owner and a lower-case role (`rest` follows the owner); after an owner
 * of several words, only an occupation's role (`longOwner`).
 */
function ownedName(owner: string, rest: string, longOwner = false): Person | null {
  const owned = OWNER_ROLE_NAME.re.exec(rest);
  if (!owned || hasVerb(` ${owned[1]!} `)) return null;
  // (Not "Tomasza Bieleckiego z Instytutu …", "Ann Verhaeghe sloeg Kevin V.")
  if (longOwner && !OCCUPATION_END.test(owned[1]!)) return null;
  const who = parsePerson(owned[2]!);
  return who && who.name.includes(' ')
    ? { name: who.name, role: `${owner.trim()}${owned[1]}` }
    : null;
}

const OCCUPATION_END = /\p{Ll}{3,}(?:ist|yst|er|or|ian)$/u;
// After the owner: one to three lower-case words (no "and", "to", …) and a name.
const OWNER_ROLE_NAME = rx(
  `^((?:\\s+(?!(?:and|or|but|with|to|of|the|a|an|for|in|on|at|by|from|who|that|und|och|og|et|y|e|i|и)\\s)\\p{Ll}[\\p{Ll}-]*){1,3})\\s+(${NAME})`,
  'u',
);
const ROLE_OF_THEN_NAME = rx(
  `^\\s*(?:(?:(?:the|a|an|il|lo|la|le|el|o|der|die|de|het)\\s+|[LlDd][’'])?\\p{Ll}[\\p{Ll}-]+|[Dd](?:er|ie)\\s+\\p{Lu}\\p{Ll}+)\\s+(?:of|of the|del|della|dello|dei|degli|delle|de|di|da|do|dos|das|du|des|van|von)\\s+[^,;:.!?]{1,50},\\s+(${NAME}),`,
  'u',
);
// … or an owner's role: "Son entraîneur, Patrick Valette, se montrait plus mesuré :".
const OWNED_ROLE_THEN_NAME = rx(
  `^\\s*(?:[Ss]on|[Ss]a|[Ll]eur|[Ss]u|[Ii]l suo|[Ll]a sua|[Oo] seu|[Aa] sua|[Ss]ein|[Ss]eine|[Ii]hr|[Ii]hre|[Zz]ijn|[Hh]aar|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\\s+\\p{Ll}[\\p{Ll}-]+,\\s+(${NAME}),`,
  'u',
);

const NEXT_WORD = /^\s+(\S+)/;
// Words that open a clause, not an apposition ("Jane Smith, and it shows:").
const NOT_APPOSITION =
  '(?:and|but|or|so|it|he|she|they|we|is|was|were|has|had|und|aber|et|mais|y|pero|e|ma|mas|i|ale|и|но)';
// (With a short apposition of lower-case words after it: "l’ex capitano Luca Brambati, oggi
// dirigente:", "former captain Luke Bram, now a director:".)
const NAME_BEFORE_COLON = rx(
  `(?:^|\\s)(${NAME})(?:,(?:\\s+(?!${NOT_APPOSITION}[\\s:：])\\p{Ll}[\\p{Ll}'’-]*){1,4})?\\s*[:：]\\s*$`,
  'u',
);

// A role and the office it is of, with no name yet: "a ministra do Meio Ambiente", "a líder
// parlamentar do PS"; the role may be initials ("el DT de Ribera"), or follow a Swedish genitive
// ("kommunstyrelsens ordförande i Norrvik").
const OFFICE = String.raw`(?:(?:the|a|an|o|le|la|el|il|der|die)\s+|[lL][’']|\p{Ll}{3,}s\s+)(?:\p{Ll}[\p{Ll}-]+|\p{Lu}{2,5})(?:\s+\p{Ll}[\p{Ll}-]+){0,2}\s+(?:(?:of|of the|do|da|dos|das|del|della|de|de la|du|des|di|von|der|i|för)\s+|(?:dell|d)[’'])\p{Lu}[^,]*$`;
// … after a time or a place that opens with a lower-case word and has no comma.
const OFFICE_AFTER_ADJUNCT = rx(String.raw`(?<=^\p{Ll}[^,]{2,40}\s)${OFFICE}`, 'u');
const OFFICE_OF = rx(`^${OFFICE}`, 'u');
// (A party or an age in brackets may follow: "le maire, Jean-Pierre Morvan (divers droite), …".)
const LOWER_DESCRIPTION = rx(
  String.raw`^(?:(?:the|a|an|le|la|les|el|los|las|il|lo|o|os|as|der|die|das|de|het)\s+|[lL][’'])\p{Ll}[\p{Ll}’'\s-]*$`,
  'u',
);
const NAME_AFTER_COMMA = rx(`^,\\s*(${NAME})\\s*(?:\\([^()]{1,40}\\)\\s*)?(?:[.,;!?]|$)`, 'u');

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
  const text = after.replace(LEAD, '').replace(SWEDISH_SA.re, 'säger');
  if (!text) return null;
  // "“It was terrifying.” That is how Jane Smith described the night.", "Those were the words
  // of …": the next sentence looks back at the quote and names its speaker.
  const back = LOOKS_BACK.re.exec(text);
  if (back) return readSubject(back[1] ?? back[2] ?? back[3]!);
  // "“…”. Con queste parole il presidente della Regione, Massimo Cortellesi, ha annunciato …":
  // the next sentence's subject said it.
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
    const src =
      readSubject(inv.split(AFTER_INVERTED_NAME)[0]!) ?? describedBeforeAside(inv.split(',')[0]!);
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
    const titled = isRoleWord(role.split(' ').pop()!) || DESCRIBED_SOURCE.re.test(role);
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
    if (later) return readSubject(later.split(AFTER_INVERTED_NAME)[0]!);
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

// "Ford’s now-deceased father": a name's possessive before a common noun phrase.
const POSSESSED = rx(
  String.raw`\p{Lu}[\p{L}.-]*['’]s\s+(?:[\p{Ll}-]+\s+){0,3}\p{Ll}[\p{Ll}-]*\s*$`,
  'u',
);

/** Whether a clause's subject is a common noun that the named person owns. */
function possessed(clause: string, name: string): boolean {
  const m = POSSESSED.re.exec(clause);
  return m !== null && clause.slice(0, m.index + m[0].indexOf('s ') + 1).includes(name);
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

/** Turns a source into a speaker; anaphors are resolved by the caller (`anaphor`). */
// "A doctor on the scene told Ruptly …": someone the text introduces without a name.
const INDEFINITE_ARTICLES =
  'a|an|one|another|un|une|uno|una|um|uma|ein|eine|einer|einem|een|en|ett';

/**
 * Whom a role refers to before anyone has spoken ("« … », explique la romancière" after "Camille
 * Desrosiers signe …", "disse o camisa 9" after "o centroavante Diego Ramalho"): the person the
 * story introduced, found as a pronoun's referent is. Not a relative ("the victim's mother"),
 * not a role the text introduced unnamed ("A doctor on the scene … the doctor said"), never an
 * organisation or a quoted name.
 */
export function roleBack(
  noun: string,
  textBefore: string,
  anaphor: () => Person | null,
): Person | null {
  if (KIN_NOUNS.has(noun)) return null;
  // (No property class: a Latin-1 text is read through twins only; see letters.ts.)
  const unnamed = new RegExp(
    `(?:^|[\\s(])(?:${INDEFINITE_ARTICLES})\\s+(?:\\S+\\s+)?${escapeRegExp(noun)}(?=[\\s.,;:!?)]|$)`,
    'i',
  );
  if (unnamed.test(textBefore)) return null;
  const who = anaphor();
  if (!who || isOrganisation(who.name) || !mayHoldRole(who.role, noun)) return null;
  // (Nor a name the text only quotes: "onder de naam ‘Operatie Koevoet’".)
  const quoted = new RegExp(`[“‘«„「"']\\s*${escapeRegExp(who.name.replace(/[’']$/, ''))}`);
  return quoted.test(textBefore) ? null : who;
}

export function resolveSource(
  src: Source,
  people: People,
  anaphor: () => Person | null,
  lastSpeaker: Person | null = null,
  writer: Person | null = null,
  holder: (noun: string) => Person | null = () => null,
  roleReferent: (noun: string, inParagraph: boolean) => Person | null = () => null,
): Person | null {
  if (src === null) return null;
  if (src === 'anaphor') return anaphor();
  if (src === 'unnamed') return null;
  if (src === 'writer') return writer;
  // "the coach said": a person with that role, else the speaker the story is following (never a
  // mere mention: "the doctor" after "an AP journalist" is someone else).
  // "Polityk dodał, że …", "Trenér řekl": a title alone at a sentence's start (languages without
  // articles) names no one the text has not; it refers back as "the coach said" does.
  if ('name' in src && !src.name.includes(' ') && isRoleWord(src.name) && !people.known(src.name))
    src = { roleNoun: src.name.toLowerCase() };
  if ('kin' in src) return holder(src.roleNoun);
  if ('roleNoun' in src)
    // "the agency said": the organisation the text named, never a person who spoke before.
    return ORG_NOUNS.has(src.roleNoun)
      ? (people.lastOrganisation(src.roleNoun) ?? holder(src.roleNoun))
      : (people.withRole(src.roleNoun) ??
          holder(src.roleNoun) ??
          roleReferent(src.roleNoun, true) ??
          lastSpeaker ??
          roleReferent(src.roleNoun, false));
  return people.resolve(src);
}
