import { firstMention } from './anaphora.ts';
import { firstVerb, PERSON_NOUNS } from './cues.ts';
import { NAME, type People, type Person } from './names.ts';
import { OPENS_UPPER, STARTS_UPPER, rx, rxOf } from './letters.ts';

/** Turn-taking cues between speakers that a frame alone does not give. */

const LEADING_POSSESSOR = rx(`^[\\s,;:—–-]*(${NAME})['’]s\\s+\\p{Ll}`, 'u');

/**
 * "Bernard’s go-to option is “…,” he explains": a clause whose subject is owned by a known
 * person (and holds no other name) gives the pronoun after the quote that person.
 */
export function possessorSubject(
  before: string,
  people: People,
  ok: (p: Person) => boolean,
): Person | null {
  const m = LEADING_POSSESSOR.re.exec(before);
  if (!m || NAME_G.re.test(before.slice(m.index + m[0].length))) return null;
  const who = people.known(m[1]!);
  return who && ok(who) ? who : null;
}
const NAME_G = rx(NAME, 'u');

// A Chinese clause of its own after the quote's comma, ending in a colon.
const CJK_CLAUSE_THEN_COLON = /^[，,][^，,。！？“”「」]*[\u4e00-\u9fff][：:]\s*$/u;

/**
 * A frame after a quote that ends its sentence which opens a clause of its own — a colon
 * (“… I guess.” Smith agreed: “…”) or "that" (“….” Martha added that …) — is a new sentence
 * about something else, not this quote's frame. So is a Chinese clause after a partial quote
 * that ends in a colon (球队防守“太软”，中场休息时他对队员们说了一句话：“…”): it introduces the next.
 */
export function framesNext(content: string, after: string): boolean {
  if (CJK_CLAUSE_THEN_COLON.test(after)) return true;
  if (!/[.!?…]['’"”]?\s*$/.test(content) || !OPENS_UPPER.re.test(after)) return false;
  if (/[:：]\s*$/.test(after)) return true;
  const v = firstVerb(after);
  return v !== undefined && /^\s+that\s/.test(after.slice(v.end));
}

// A finite verb or a negated contraction: what makes a quote a clause rather than a name.
const FINITE_WORD = rx(
  String.raw`\s(?:is|are|was|were|am|has|have|had|will|would|can|could|do|does|did|\p{Ll}+n['’]t)\s`,
  'u',
);

/** A quote that reads as a sentence's own opening clause: capitalised, five words or more, a verb. */
export function openingClause(content: string): boolean {
  const words = content.trim().split(/\s+/);
  return STARTS_UPPER.re.test(content) && words.length >= 5 && FINITE_WORD.re.test(` ${content} `);
}

// "…, the actress wasn’t …": a definite description as a clause's subject, before any name.
// ("His son said …": a possessive before a person noun, which the text may have put before the
// name with a comma: "his son, Michael Brandt".)
const DESCRIBED = rx(
  String.raw`(?:^|[,;]\s+)(the|[Hh]is|[Hh]er|[Tt]heir)\s+(\p{Ll}{3,})\s+\p{Ll}`,
  'u',
);

/**
 * "Despite …, the actress wasn’t itching to … “…,” she said": the sentence's subject is a
 * description the text first used right before a name ("Oscar-winning actress Mary
 * Steenburgen"); that person, if the sentence names no one itself.
 */
export function describedSubject(
  sentence: string | undefined,
  text: string,
  people: People,
  ok: (p: Person) => boolean,
  seen: Map<string, string | null>,
): Person | null {
  const m = sentence === undefined ? null : DESCRIBED.re.exec(sentence);
  const owned = m !== null && m[1] !== 'the';
  if (!m || (owned && !PERSON_NOUNS.has(m[2]!))) return null;
  if (firstMention(sentence!.slice(0, m.index + m[0].length), people)) return null;
  // One search of the text per description and article.
  const key = owned ? `,${m[2]}` : m[2]!;
  let name = seen.get(key);
  if (name === undefined) {
    const named = rxOf(`(?<![\\p{L}])${m[2]}${owned ? ',?' : ''}\\s+(${NAME})`, 'u').exec(text);
    seen.set(key, (name = named ? named[1]! : null));
  }
  const who = name ? people.known(name) : null;
  return who && ok(who) ? who : null;
}
