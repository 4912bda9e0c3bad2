import { LETTER, rx } from './letters.ts';

/** A one-word name (not resolved to a full name) that the text also writes in lower case. */
export function isCommonNoun(name: string, text: string): boolean {
  return !name.includes(' ') && writesLower(text, name.toLowerCase());
}

const LOWER_WORD = rx(String.raw`^\p{Ll}[\p{Ll}'’-]*$`, 'u');
const LOWER_TOKENS = rx(String.raw`(?<![\p{L}])\p{Ll}[\p{Ll}'’-]*`, 'gu');

/**
 * Whether `word` is one of the text's lower-case words (the tokens LOWER_TOKENS finds). Only the
 * spaced chunks where it occurs are tokenised: a token never holds a space, so a chunk read on
 * its own gives the tokens the whole text would (tokenising a whole long page cost a quarter of
 * its analysis).
 */
function writesLower(text: string, word: string): boolean {
  if (!LOWER_WORD.re.test(word)) return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at > 0 && LETTER.re.test(text[at - 1]!)) continue; // no token starts after a letter
    let from = at;
    while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
    let to = at + word.length;
    while (to < text.length && !/\s/.test(text[to]!)) to++;
    if (text.slice(from, to).match(LOWER_TOKENS.re)?.includes(word)) return true;
  }
  return false;
}
