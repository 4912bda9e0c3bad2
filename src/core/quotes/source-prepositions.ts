/**
 * Source prepositions ("According to X,", "Laut X", "selon un responsable", "Secondo lei,", "Para
 * X, …"): the patterns and what the phrase after one names. Apart because the frames before a
 * quote and after it both read them.
 */

import { genitiveLanguage, nominativeName } from './slavic-names.ts';
import { PREP, PERSON_NOUNS, firstVerb, isPronoun } from './cues.ts';
import { guarded } from './guard.ts';
import { NAME, parsePerson, type Person } from './names.ts';
import { TITLE_ABBR } from './sentences.ts';
import { HAS_UPPER, rx } from './letters.ts';
import type { Source } from './attribute-speaker.ts';
import { readSubject } from './subject.ts';

export const PREP_AFTER = guarded(
  new RegExp(`^(?:${PREP})\\s`),
  rx(`^(?:${PREP})\\s+(${NAME}|[^.,;!?]{1,60})`, 'u'),
);
// "according to Bureau meteorologist Tom Haddad": after an organisation's name, a lower-case role
// (not a function word) and the name of its holder.
export const MEMBER_AFTER = rx(
  String.raw`^\s+(?!(?:and|or|nor|but|und|oder|et|ou|y|e|o|en|of|for|from|to|in|at|on|with|by|de|del|di|da|van|von|der|den|la|le|el|il)\s)\p{Ll}[\p{Ll}-]+\s+${NAME}`,
  'u',
);
// "Laut Olaf Scholz ist das „…“": a source preposition and a name anywhere before the quote,
// after its lower-case title if any ("Enligt vd Anders Holmgren är …", "según el ministro Juan
// Pérez", "according to chief economist Jane Smith"): then a full name, not "laut einem
// Sprecher"; and not "so that Apple …".
// (A plain test first: most frames hold no capitalised name between two commas.)
export const NAME_BETWEEN_COMMAS = /,\s+(?:[A-ZÀ-Þ]|[^\0-\x7f])[^,]{0,60},/;
// What each pattern of a source preposition before a quote needs: tested once per frame, not
// once per pattern (see sourceBefore).
export const PREP_WORD = new RegExp(`(?:^|[\\s(])(?:${PREP})\\s`);
export const PREP_DESCRIBED_NAME = rx(
  `(?:^|[\\s(])(?:${PREP})\\s+(?:(?:the|le|la|les|el|il|lo|o|a|der|die|de|het)\\s+|[lL][’'])?\\p{Ll}[^,;:.!?]{0,60},\\s+(${NAME}),`,
  'u',
);
export const PREP_NAME = rx(
  // (A firm's name of two joined by "&": "Laut Kessler & Rau".)
  `(?:^|[\\s(])(?![Ss]o\\s+\\p{Ll})(?:${PREP})\\s+(?:(?:\\p{Ll}[\\p{L}'’.-]*\\s+){1,3}?(?=\\p{Lu}[\\p{L}'’.-]*\\s+\\p{Lu}))?(${NAME}(?:\\s+&\\s+${NAME})?)`,
  'u',
);
export const PREP_ROLE = rx(
  // (The article's own space: "Laut dem Trainer" is not "de" and "m".)
  `(?:^|[\\s(])(?![Ss]o\\s)(?:${PREP})\\s+(?:(?:the|de|het|der|dem|den|die|le|la|el|il|lo|o|a)\\s+|l[’']\\s*)([\\p{L}-]+)(?=[\\s,])`,
  'u',
);
// (Not "so": English "not so worried", "in so doing".)
const PREP_OPENING = new RegExp(`(?:^|[\\s(])(?![Ss]o\\s)(?:${PREP})\\s+`);
const COMMA_THEN_WORD = /,\s*\S/;
const FIRST_WORD = /^[^\s,]+/;

/**
 * The words after a source phrase that opens the sentence and that the words before the quote
 * go on past ("According to police, the man was " → "police, the man was "), else null: not a
 * phrase whose object the quote is ("selon le « plan B »").
 */
export function sourcePhraseOpening(before: string): string | null {
  const m = PREP_WORD.test(before) ? PREP_OPENING.exec(before) : null;
  // (The phrase opens the sentence: "który według prokuratury kierował … metodą „na wnuczka”"
  // quotes a method's name.)
  if (!m || before.slice(0, m.index).trim()) return null;
  const rest = before.slice(m.index + m[0].length);
  // (Figures say nothing: "Według danych GUS inflacja jest „wysoka”".)
  if (FIGURES.has(FIRST_WORD.exec(rest)?.[0].toLowerCase() ?? '')) return null;
  return COMMA_THEN_WORD.test(rest) || rest.trim().split(/\s+/).length >= 3 ? rest : null;
}

const FIGURES = new Set(
  'data figures statistics numbers données chiffres statistiques datos cifras estadísticas dati cifre statistiche dados números estatísticas daten zahlen statistik gegevens cijfers uppgifter siffror danych statystyk údajů dat čísel'.split(
    ' ',
  ),
);

/**
 * Whether a source phrase's words ("police, the man was ", "het bedrijf is de fabriek ") describe
 * the source without naming it: no capital in its first words, and no pronoun or verb opening it
 * ("Según ha explicado", "Secondo lui" refer back).
 */
export function describesSourceUnnamed(rest: string): boolean {
  const head = rest.split(',', 1)[0]!.split(/\s+/, 4).join(' ');
  if (HAS_UPPER.re.test(head)) return false;
  const first = FIRST_WORD.exec(rest)?.[0] ?? '';
  return first !== '' && !isPronoun(first) && firstVerb(head)?.index !== 0;
}

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
export const PREP_PRONOUN = guarded(
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
export const DESCRIBED_SOURCE = rx(`^${DESCRIBED_PERSON}`, 'u');
export const PREP_DESCRIBED = rx(`(?:^|[\\s(])(?![Ss]o\\s)(?:${PREP})\\s+${DESCRIBED_PERSON}`, 'u');

/** A source phrase's words after its preposition: a name, else 'unnamed' for a description. */
export function prepSource(phrase: string, frame: string): Source {
  const src = readSubject(phrase) ?? (DESCRIBED_SOURCE.re.test(phrase) ? 'unnamed' : null);
  // "według Marka Gołębiowskiego", "по словам Ольги Лаптевой": the name as the nominative.
  const lang = src && typeof src === 'object' && 'name' in src ? genitiveLanguage(frame) : null;
  // (Not a body's head noun, "podle Asociace silničních dopravců", "podle Centra dopravního
  // výzkumu", which a person's endings would cut.)
  const name = lang ? (src as Person).name : '';
  return lang && !BODY_HEAD.re.test(name)
    ? { ...(src as Person), name: nominativeName(name, lang) }
    : src;
}

// The head nouns of Czech, Polish and Russian bodies, in any case.
const BODY_HEAD = rx(
  String.raw`^(?:Asociac|Centr|Svaz|Sdružen|Komor|Spol|Unie|Nadac|Ústav|Úřad|Ministerstv|Związ|Stowarzysz|Izb|Fundacj|Federac|Instytut|Urz[ąę]d|Союз|Ассоциац|Центр|Институт|Министерств|Фонд|Федерац)\p{L}*$`,
  'u',
);

// (An initial's or a title's period is no sentence end: "According to Dr. Jane Smith, “…”".)
export const PREP_BEFORE = rx(
  `(?:^|[\\s(])(?:${PREP})\\s+((?:[^.;!?]|(?<=(?:^|\\s)\\p{Lu})\\.|(?<=${TITLE_ABBR})\\.(?=\\s+\\p{Lu})){1,80}?),\\s*$`,
  'u',
);

export const SLAVIC_PREP_ROLE = rx(
  String.raw`(?:^|[\s(])(?:[Zz]daniem|[Ww]edług|[Pp]odle|[Пп]о\s+словам)\s+(\p{Ll}{3,}[aа])(?=[\s,])`,
  'u',
);
export const OPINION_FOR = rx(
  String.raw`^\s*(?:Para|Pour|Per)\s+([^,.;!?]{2,60}(?:,\s*[^,.;!?]{2,60})?),\s`,
  'u',
);

const OF_WORD_END = /\s(?:of|di|de|del|della|da|do|du|des|van|von)$/;

/** Whom "Para X, …" names: the first full name among its parts, else a role ("la procureure"). */
export function opinionHolder(phrase: string): Source {
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
