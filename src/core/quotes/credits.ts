import { hasVerb } from './cues.ts';
import { isNameParticle, parsePerson, type Person } from './names.ts';
import { STARTS_UPPER, rx } from './letters.ts';
import { paragraphEnd, paragraphStart } from './paragraphs.ts';

/**
 * Credit lines. An epigraph or a testimonial names its source with a dash instead of a verb,
 * after the quote ("“Wow is the one to aim for.” – Milton Glaser") or on the line below it
 * ("“The driver made the trip in two days.”" then "—Wilder, Moving Grant recipient").
 */

// The dash and what follows it, to the end of its paragraph. A hyphen counts only in the quote's
// own paragraph ("” - Paul Cookson"): a line of its own opening with one is a list item.
const SAME_LINE = /^\s*[,.]?\s*(?:[—–―]|-{1,2}(?=\s))\s*([^\n]{2,100})$/;
const NEXT_LINE = /^\s*(?:[—–―]|--)\s*([^\n]{2,100})$/;
// What a credit adds after the name: ", role", "at AI.net", "of Acme", "(@handle)".
const AFFILIATION = rx(String.raw`\s*(?:[,(;|]|\s(?:at|of|from|for|in|on)\s+(?=\p{Lu})).*$`, 'su');

/**
 * The person a credit line names for the quote at `start`–`end` of `text`, when the quote is its
 * paragraph's whole text and a dash line follows it: in the same paragraph, or as the next one.
 */
export function creditedSource(text: string, start: number, end: number): Person | null {
  const paraStart = paragraphStart(text, start);
  if (text.slice(paraStart, start).trim() !== '') return null;
  const lineEnd = paragraphEnd(text, end);
  const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  const same = SAME_LINE.exec(rest);
  if (same) return creditName(same[1]!);
  if (rest.trim().replace(/^[.,!?…]+$/, '') !== '' || lineEnd < 0) return null;
  const nextEnd = paragraphEnd(text, lineEnd + 1);
  const next = NEXT_LINE.exec(text.slice(lineEnd + 1, nextEnd < 0 ? text.length : nextEnd));
  return next ? creditName(next[1]!) : null;
}

/** The name at the head of a credit: capitalised, short, and no sentence of its own. */
function creditName(credit: string): Person | null {
  const head = credit.replace(AFFILIATION.re, '').replace(/[.\s]+$/, '');
  const words = head.split(/\s+/);
  if (words.length > 5 || !STARTS_UPPER.re.test(head) || hasVerb(` ${head} `)) return null;
  if (!words.every((w) => STARTS_UPPER.re.test(w) || isNameParticle(w))) return null;
  const who = parsePerson(head);
  return who && head.endsWith(who.name) ? who : null;
}
