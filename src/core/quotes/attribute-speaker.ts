/**
 * What a reporting frame names (`Source`) and how a source becomes a speaker (`resolveSource`,
 * `roleBack`), and whether a sentence's source is a pronoun (`pronounSource`). The frames
 * themselves are read in source-before.ts and source-after.ts, their subjects in subject.ts.
 */

import { ORG_NOUNS, firstVerb, escapeRegExp, isPronoun } from './cues.ts';
import { mayHoldRole } from './role-holder.ts';
import { isOrganisation, isRoleWord, People, type Person } from './names.ts';
import { rx } from './letters.ts';
import { KIN_NOUNS } from './subject-patterns.ts';
import { PREP_PRONOUN } from './source-prepositions.ts';

/** Who a frame names: a person, a pronoun or role noun (resolved later), or nobody. */
// 'writer': "I said", "I’d start by asking": the first person is the article's writer.
export type Source =
  Person | 'anaphor' | 'unnamed' | 'writer' | { roleNoun: string; kin?: true } | null;

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

// "A doctor on the scene told Ruptly …": someone the text introduces without a name.
const INDEFINITE_ARTICLES =
  'a|an|one|another|un|une|uno|una|um|uma|ein|eine|einer|einem|een|en|ett';

/**
 * Whom a role refers to before anyone has spoken ("« … », explique la romancière" after "Camille
 * Desrosiers signe …", "disse o camisa 9" after "o centroavante Diego Ramalho"): the person the
 * story introduced, found as a pronoun's referent is. Not a relative ("the victim's mother"),
 * not a role the text introduced unnamed ("A doctor on the scene … the doctor said": 'nobody'),
 * never an organisation or a quoted name.
 */
export function roleBack(
  noun: string,
  textBefore: string,
  anaphor: () => Person | null,
): Person | 'nobody' | null {
  if (KIN_NOUNS.has(noun)) return null;
  // (No property class: a Latin-1 text is read through twins only; see letters.ts.)
  const unnamed = new RegExp(
    `(?:^|[\\s(])(?:${INDEFINITE_ARTICLES})\\s+(?:\\S+\\s+)?${escapeRegExp(noun)}(?=[\\s.,;:!?)]|$)`,
    'i',
  );
  if (unnamed.test(textBefore)) return 'nobody';
  const who = anaphor();
  if (!who || isOrganisation(who.name) || !mayHoldRole(who.role, noun)) return null;
  // (Nor a name the text only quotes: "onder de naam ‘Operatie Koevoet’".)
  const quoted = new RegExp(`[“‘«„「"']\\s*${escapeRegExp(who.name.replace(/[’']$/, ''))}`);
  return quoted.test(textBefore) ? null : who;
}

/** Turns a source into a speaker; anaphors are resolved by the caller (`anaphor`). */
export function resolveSource(
  src: Source,
  people: People,
  anaphor: () => Person | null,
  lastSpeaker: Person | null = null,
  writer: Person | null = null,
  holder: (noun: string) => Person | null = () => null,
  roleReferent: (noun: string, inParagraph: boolean) => Person | 'nobody' | null = () => null,
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
      : (people.withRole(src.roleNoun) ?? holder(src.roleNoun) ?? roleBefore(src.roleNoun));
  return people.resolve(src);

  // (Not the last speaker when the text introduced the role unnamed: "One engineer … said".)
  function roleBefore(noun: string): Person | null {
    const near = roleReferent(noun, true);
    if (near === 'nobody') return null;
    const far = near ?? lastSpeaker ?? roleReferent(noun, false);
    return far === 'nobody' ? null : far;
  }
}
