/**
 * Polish, Czech and Russian put a name after "according to" in the genitive ("według Marka
 * Gołębiowskiego", "podle Jany Novákové", "по словам Ольги Лаптевой"); a speaker is named in the
 * nominative (Marek Gołębiowski, Jana Nováková, Ольга Лаптева). These are the regular endings of
 * given names and surnames, not a full morphology: a name they do not fit stays as printed.
 */

import { LETTER, STARTS_UPPER, rx } from './letters.ts';
import type { Person } from './names.ts';
import type { SlavicLanguage, TextLanguage } from './language.ts';

type Lang = SlavicLanguage;
type Rule = [ending: RegExp, nominative: string];

// The first rule that fits a word applies. "$1" keeps what the ending's group caught.
const FEMININE: Record<Lang, Rule[]> = {
  pl: [
    [/([sc]k|dzk)iej$/, '$1a'], // Lipskiej → Lipska
    [/ej$/, 'a'], // Zielonej → Zielona
    [/([^aeiouy])ii$/, '$1ia'], // Marii → Maria
    [/ji$/, 'ja'], // Alicji → Alicja
    [/([kg])i$/, '$1a'], // Moniki → Monika
    [/y$/, 'a'], // Joanny → Joanna
  ],
  cs: [
    [/ové$/, 'ová'], // Novákové → Nováková
    [/([^i])é$/, '$1á'], // Kopecké → Kopecká
    [/y$/, 'a'], // Dany → Dana
  ],
  ru: [
    [/([сц]к)ой$/, '$1ая'], // Вишневской → Вишневская
    [/ой$/, 'а'], // Лаптевой → Лаптева
    [/ии$/, 'ия'], // Марии → Мария
    [/ьи$/, 'ья'], // Натальи → Наталья
    [/([гкхжшчщ])и$/, '$1а'], // Ольги → Ольга
    [/ы$/, 'а'], // Анны → Анна
  ],
};

const MASCULINE: Record<Lang, Rule[]> = {
  pl: [
    [/iego$/, 'i'], // Gołębiowskiego → Gołębiowski, Antoniego → Antoni
    [/ego$/, 'y'], // Jerzego → Jerzy
    // (Not after s/z: Tuska → Tusk.)
    [/([csr]z)ka$/, '$1ek'], // Mroczka → Mroczek, Leszka → Leszek
    [/([^aeiouyąęósśzź])([kł])a$/, '$1e$2'], // Marka → Marek, Pawła → Paweł
    [/([^aeiouyąęó])a$/, '$1'], // Nowaka → Nowak
    [/([^aeiouyąęó])y$/, '$1a'], // Wałęsy → Wałęsa
  ],
  cs: [
    [/ého$/, 'ý'], // Černého → Černý
    [/ího$/, 'í'], // Jiřího → Jiří
    [/([^aeiouyáéíóúůýsz])([kl])a$/, '$1e$2'], // Karla → Karel, Hájka → Hájek, Duška → Dušek
    [/([šžčřjcďťň])e$/, '$1'], // Tomáše → Tomáš
    [/([^aeiouyáéíóúůý])a$/, '$1'], // Kolaříka → Kolařík
    [/([^aeiouyáéíóúůý])y$/, '$1a'], // Fialy → Fiala
  ],
  ru: [
    [/([сц]к)ого$/, '$1ий'], // Вишневского → Вишневский
    [/ого$/, 'ый'], // Белого → Белый
    [/его$/, 'ий'], // Синего → Синий
    [/ия$/, 'ий'], // Дмитрия → Дмитрий
    [/([еа])я$/, '$1й'], // Сергея → Сергей, Николая → Николай
    [/ря$/, 'рь'], // Игоря → Игорь
    [/ьи$/, 'ья'], // Ильи → Илья (given names in -а/-я decline as feminine ones do)
    [/([^аеёиоуыэюя])ы$/, '$1а'], // Никиты → Никита
    [/^Павла$/, 'Павел'],
    [/^Петра$/, 'Пётр'],
    [/([бвгджзклмнпрстфхцчшщ])а$/, '$1'], // Ивана → Иван, Петрова → Петров
  ],
};

// A feminine given name or surname in the genitive ends so (a masculine one in -a/-я, -ego/-ího).
const FEMININE_GIVEN: Record<Lang, RegExp> = {
  pl: /(?:[^i]y|[kg]i|ii|ji)$/,
  cs: /y$/,
  ru: /[ыи]$/,
};
const FEMININE_SURNAME: Record<Lang, RegExp> = {
  pl: /(?:iej|ej)$/,
  cs: /(?:ové|[^i]é)$/,
  ru: /(?:ой|ей)$/,
};
// A man's surname in the genitive (a woman's never ends so).
const MASCULINE_SURNAME: Record<Lang, RegExp> = {
  pl: /(?:ego|[^aeiouyąęó]a)$/,
  cs: /(?:ého|ího|[^aeiouyáéíóúůý]a)$/,
  ru: /(?:[оеёиы]ва|[иы]на|[ое]го)$/,
};

// "według"/"zdaniem", "podle", "по словам" (with a title between it and the name, or none).
const GENITIVE_PREPOSITION =
  /^[\s(]*(według|zdaniem|podle|dle|по\s+(?:словам|мнению|данным|информации|версии|оценке))\s/i;
const LANGUAGE: Record<string, Lang> = { według: 'pl', zdaniem: 'pl', podle: 'cs', dle: 'cs' };

/** The language whose "according to" opens `frame` and puts its name in the genitive, or null. */
export function genitiveLanguage(frame: string): Lang | null {
  const prep = GENITIVE_PREPOSITION.exec(frame)?.[1]?.toLowerCase();
  return prep ? (LANGUAGE[prep] ?? 'ru') : null;
}

/**
 * A name in the genitive after `lang`'s "according to", as the nominative; `feminine` when known
 * (from the surname's nominative), else read from the endings.
 */
export function nominativeName(name: string, lang: Lang, feminine?: boolean): string {
  const words = name.split(' ');
  const surname = words[words.length - 1]!;
  // (A man's given name can end as a woman's, "Никиты", "Honzy"; his surname then tells.)
  feminine ??=
    FEMININE_SURNAME[lang].test(surname) ||
    (words.length > 1 &&
      FEMININE_GIVEN[lang].test(words[0]!) &&
      !MASCULINE_SURNAME[lang].test(surname));
  const rules = (feminine ? FEMININE : MASCULINE)[lang];
  return words
    .map((word) => {
      // Initials, particles and short words are no declined names.
      if (word.length < 3 || !STARTS_UPPER.re.test(word)) return word;
      const rule = rules.find(([ending]) => ending.test(word));
      return rule ? word.replace(rule[0], rule[1]) : word;
    })
    .join(' ');
}

// A surname in the nominative that a woman bears (the others are taken for a man's).
const FEMININE_NOMINATIVE: Record<Lang, RegExp> = {
  pl: /(?:[sc]ka|dzka|owa|ewa)$/,
  cs: /á$/,
  ru: /(?:ова|ева|ёва|ина|ына|ая)$/,
};
// The surname's genitive: [nominative ending, genitive ending], the first that fits.
const GENITIVE: Record<Lang, { feminine: Rule[]; masculine: Rule[] }> = {
  pl: {
    feminine: [
      [/([sc]k|dzk)a$/, '$1iej'], // Zalewska → Zalewskiej
      [/([oe]w)a$/, '$1ej'], // Nowakowa → Nowakowej
    ],
    masculine: [
      [/([sc]k|dzk)i$/, '$1iego'], // Gołębiowski → Gołębiowskiego
      [/y$/, 'ego'], // Biały → Białego
      [/ek$/, 'ka'], // Marek → Marka
      [/a$/, 'y'], // Wałęsa → Wałęsy
      [/([^aeiouyąęó])$/, '$1a'], // Nowak → Nowaka
    ],
  },
  cs: {
    feminine: [[/á$/, 'é']], // Nováková → Novákové, Kopecká → Kopecké
    masculine: [
      [/ý$/, 'ého'], // Černý → Černého
      [/í$/, 'ího'], // Krejčí → Krejčího
      [/ek$/, 'ka'], // Dušek → Duška
      [/a$/, 'y'], // Fiala → Fialy
      [/([^aeiouyáéíóúůý])$/, '$1a'], // Kolařík → Kolaříka
    ],
  },
  ru: {
    feminine: [
      [/ая$/, 'ой'], // Вишневская → Вишневской
      [/а$/, 'ой'], // Рогожина → Рогожиной
    ],
    masculine: [
      [/[ийо]й$/, 'ого'], // Вишневский → Вишневского, Толстой → Толстого
      [/ь$/, 'я'], // Гоголь → Гоголя
      [/([бвгджзклмнпрстфхцчшщ])$/, '$1а'], // Рябов → Рябова
    ],
  },
};

/**
 * The bearer of a surname given alone in the nominative ("— odpowiada Zalewska") whom the text
 * named before in the genitive ("debiut Agnieszki Zalewskiej"), with the full name in the
 * nominative; null in other languages, or when the earlier name's nominative is not this surname.
 */
export function declinedBearer(
  language: TextLanguage,
  surname: string,
  find: (form: string) => Person | null,
): Person | null {
  if (surname.length < 3 || !STARTS_UPPER.re.test(surname)) return null;
  const lang = language.slavic();
  if (!lang) return null;
  const feminine = FEMININE_NOMINATIVE[lang].test(surname);
  const rule = GENITIVE[lang][feminine ? 'feminine' : 'masculine'].find(([ending]) =>
    ending.test(surname),
  );
  const bearer = rule ? find(surname.replace(rule[0], rule[1])) : null;
  if (!bearer || !bearer.name.includes(' ')) return null;
  const name = nominativeName(bearer.name, lang, feminine);
  return name.endsWith(` ${surname}`) ? { name, role: bearer.role } : null;
}

/**
 * A speaker named in the genitive where the text gave them ("debiut Agnieszki Zalewskiej … mówi
 * reżyserka") takes the nominative another quote of the text already gives them, or the text
 * writes ("Joanna Lipska" in a caption or an earlier sentence).
 */
export function nominativeSpeakers(
  quotes: { speaker: string | null }[],
  language: TextLanguage,
  text: string,
): void {
  // (Only a full name can be declined here.)
  if (!quotes.some((q) => q.speaker?.includes(' '))) return;
  const lang = language.slavic();
  if (!lang) return;
  const speakers = new Set(quotes.map((q) => q.speaker));
  const named = new Map<string, string>();
  for (const q of quotes) {
    if (!q.speaker?.includes(' ')) continue;
    let nominative = named.get(q.speaker);
    if (nominative === undefined) {
      nominative = nominativeName(q.speaker, lang);
      if (
        !speakers.has(nominative) &&
        !writes(text, nominative) &&
        !afterAccordingTo(text, q.speaker)
      )
        nominative = q.speaker;
      named.set(q.speaker, nominative);
    }
    q.speaker = nominative;
  }
}

// "Zdaniem prof. Tadeusza Lisa z …", "Podle odborníka na kybernetickou bezpečnost Petra Hrubého":
// "according to", then up to five lower-case words or abbreviations, then the name.
const ACCORDING_TO = rx(
  String.raw`(?:^|[\s(])(?:[Pp]odle|[Dd]le|[Ww]edług|[Zz]daniem|[Пп]о\s+словам|[Пп]о\s+мнению)(?:\s+[\p{Ll}.]+){0,5}\s+$`,
  'u',
);

/**
 * Whether the text gives the name right after "according to" and its description: the name is
 * in the genitive there, so its nominative is the speaker even if the text never prints it.
 */
function afterAccordingTo(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (ACCORDING_TO.re.test(text.slice(Math.max(0, at - 80), at))) return true;
  }
  return false;
}

/** Whether the text writes a name as a whole word sequence (not "Petr Vávr" inside "Petr Vávra"). */
function writes(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const next = text.charAt(at + name.length);
    if (!LETTER.re.test(next)) return true;
  }
  return false;
}
