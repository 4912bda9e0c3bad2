/**
 * Polish, Czech and Russian put a name after "according to" in the genitive ("według Marka
 * Gołębiowskiego", "podle Jany Novákové", "по словам Ольги Лаптевой"); a speaker is named in the
 * nominative (Marek Gołębiowski, Jana Nováková, Ольга Лаптева). These are the regular endings of
 * given names and surnames, not a full morphology: a name they do not fit stays as printed.
 */

import { STARTS_UPPER } from './letters.ts';

type Lang = 'pl' | 'cs' | 'ru';
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
    [/([^aeiouyąęósśzź])([kł])a$/, '$1e$2'], // Marka → Marek, Pawła → Paweł
    [/([^aeiouyąęó])a$/, '$1'], // Nowaka → Nowak
    [/([^aeiouyąęó])y$/, '$1a'], // Wałęsy → Wałęsa
  ],
  cs: [
    [/ého$/, 'ý'], // Černého → Černý
    [/ího$/, 'í'], // Jiřího → Jiří
    [/([^aeiouyáéíóúůýsšzž])([kl])a$/, '$1e$2'], // Karla → Karel, Hájka → Hájek
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

// "według"/"zdaniem", "podle", "по словам" (with a title between it and the name, or none).
const GENITIVE_PREPOSITION =
  /^[\s(]*(według|zdaniem|podle|dle|по\s+(?:словам|мнению|данным|информации|версии|оценке))\s/i;
const LANGUAGE: Record<string, Lang> = { według: 'pl', zdaniem: 'pl', podle: 'cs', dle: 'cs' };

/** The language whose "according to" opens `frame` and puts its name in the genitive, or null. */
export function genitiveLanguage(frame: string): Lang | null {
  const prep = GENITIVE_PREPOSITION.exec(frame)?.[1]?.toLowerCase();
  return prep ? (LANGUAGE[prep] ?? 'ru') : null;
}

/** A name in the genitive after `lang`'s "according to", as the nominative. */
export function nominativeName(name: string, lang: Lang): string {
  const words = name.split(' ');
  const feminine =
    (words.length > 1 && FEMININE_GIVEN[lang].test(words[0]!)) ||
    FEMININE_SURNAME[lang].test(words[words.length - 1]!);
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
