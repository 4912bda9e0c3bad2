import type { Person } from './names.ts';

/**
 * Spanish gives a person two surnames, the father's and then the mother's, and names them later
 * by the first alone: "la doctora Verónica Ibarra Luna … Ibarra añadió". Other languages name a
 * person by the last word of the name, which the surname lookup already finds.
 */

// Words only Spanish among the languages read here uses this often (Portuguese has "que" and
// "para", Italian "del", English none of them).
const SPANISH_ARTICLE = /\s(?:el|los|las)\s/;
const SPANISH_WORD = /\s(?:que|del|para|una)\s/;
let spanishText = { text: '', yes: false };

/** Whether a text is Spanish, by its opening (a scan of a whole long page costs a lookup's worth). */
function isSpanish(text: string): boolean {
  if (spanishText.text !== text) {
    const opening = text.slice(0, OPENING_CHARS);
    spanishText = { text, yes: SPANISH_ARTICLE.test(opening) && SPANISH_WORD.test(opening) };
  }
  return spanishText.yes;
}
const OPENING_CHARS = 2000;

/** The person of three words whose middle word, a first surname, `surname` is, in Spanish text. */
export function firstSurnameBearer(
  text: string,
  surname: string,
  bySecondWord: (word: string) => Person | null,
): Person | null {
  return isSpanish(text) ? bySecondWord(surname) : null;
}
