import { VERB, VERB_RE } from './cues.ts';

/** Frames around a quote that decide its kind without naming a speaker. */

// A frame whose subject is a description, not a name: "one user quipped", "said a graduate who …",
// "A company spokesperson said that".
const DESCRIPTION =
  '(?:a|an|one|the|some|another|many|several|un|une|ein|eine|um|uma)\\s+[\\p{Ll}]';
const CUE_AFTER = new RegExp(
  `^[\\s,;:—–-]*(?:${DESCRIPTION}[^.!?,“”"]{0,60}?\\s${VERB}|${VERB}\\s+${DESCRIPTION})(?![\\p{L}])`,
  'iu',
);
const CUE_BEFORE = new RegExp(
  `^\\s*(?:(?:but|and|yet|so|however|meanwhile|still|also|then|now|later|earlier),?\\s+)?${DESCRIPTION}[^.!?“”"]{0,80}?\\s${VERB}(?![\\p{L}])[^.!?]*$`,
  'iu',
);

export function hasCue(before: string, after: string): boolean {
  return CUE_AFTER.test(after) || CUE_BEFORE.test(before);
}

// Naming words before a quote make it a label, not speech: the slogan “…”, dubbed “…”.
const NAMING =
  /(?:slogan|tagline|motto|hashtag|title|headline|term|word|phrase|nickname|label|dubbed|named|titled|entitled|known as|so-called|Motto|Begriff|titre|titolo|título|mot)\s*(?:of|the|a|an|de|du|des|dem|der|die|das)?\s*$/i;
// Words that may follow a quote in a sentence; any other lower-case word is the noun it modifies.
const FOLLOW =
  /^(?:and|or|but|if|as|in|on|at|to|for|from|with|by|of|that|which|who|when|while|after|before|because|so|than|the|a|an|he|she|they|it|we|is|was|are|were|has|had|have|will|would|could|can|said|says|told|added|according|about|into|over|under|since|until|then|not|also|against|towards?|among|amid|without|within|through|during|despite|across|per|via|like|unlike|upon|onto|beyond|near|off|out|up|down|again|now|only|even|just|still|too|instead|yet|et|ou|de|la|le|und|oder|y|e|o|que|di|da|en)\b/i;

/** A quote used as a name or a modifier (the “non-core” equipment) is a term, whoever speaks. */
export function isLabel(before: string, after: string, content: string): boolean {
  if (NAMING.test(before)) return true;
  if (/[.,!?;:…]$/.test(content)) return false;
  const next = /^\s+([\p{Ll}][\p{L}-]*)/u.exec(after);
  if (!next) return false;
  const word = next[1]!;
  return !FOLLOW.test(word) && !/(?:ing|ed|ly)$/.test(word) && !VERB_RE.test(word);
}
