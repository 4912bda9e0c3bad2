/**
 * The languages a few name rules are for, told from a text's opening (its first 2000 characters:
 * a scan of a whole long page cost as much as a name lookup's share of its analysis). Asked only
 * when a rule needs it, once per analysis; nothing is kept after it.
 */

export type SlavicLanguage = 'pl' | 'cs' | 'ru';

// Letters only one of the three languages writes.
const SLAVIC_LETTERS: [RegExp, SlavicLanguage][] = [
  [/[\u0400-\u04ff]/, 'ru'],
  [/[ąęłńśźż]/i, 'pl'],
  [/[ěřůťňďščž]/i, 'cs'],
];
// Any of them: most texts have none, and one scan tells.
const ANY_SLAVIC_LETTER = /[\u0400-\u04ffąęłńśźżěřůťňďščž]/i;
// Words only Spanish among the languages read here uses this often (Portuguese has "que" and
// "para", Italian "del", English none of them).
const SPANISH_ARTICLE = /\s(?:el|los|las)\s/;
const SPANISH_WORD = /\s(?:que|del|para|una)\s/;
// Function words of German, Dutch and the Scandinavian languages that English and the Romance
// languages do not write; two different ones tell such a text.
const GERMANIC_WORD =
  /\s(und|nicht|ist|sich|auch|der|mit|sind|wird|dass|het|een|niet|zijn|ook|voor|och|att|inte|är|för|ikke|og|av)(?=\s)/g;
const OPENING_CHARS = 2000;

export interface TextLanguage {
  /** Polish, Czech or Russian, by letters only that one writes; else null. */
  slavic(): SlavicLanguage | null;
  /** Whether the text is Spanish, by its articles and function words. */
  spanish(): boolean;
  /** Whether the text is German, Dutch or Scandinavian, by its function words. */
  germanic(): boolean;
}

/** The language checks of one text, each made on first need. */
export function textLanguage(text: string): TextLanguage {
  const opening = text.slice(0, OPENING_CHARS);
  let slavic: SlavicLanguage | null | undefined;
  let spanish: boolean | undefined;
  let germanic: boolean | undefined;
  return {
    slavic() {
      // (null is an answer too, so not ??=.)
      if (slavic === undefined)
        slavic = ANY_SLAVIC_LETTER.test(opening)
          ? (SLAVIC_LETTERS.find(([re]) => re.test(opening))?.[1] ?? null)
          : null;
      return slavic;
    },
    spanish: () => (spanish ??= SPANISH_ARTICLE.test(opening) && SPANISH_WORD.test(opening)),
    germanic: () =>
      (germanic ??= new Set(Array.from(opening.matchAll(GERMANIC_WORD), (m) => m[1])).size >= 2),
  };
}
