import type { Person } from './names.ts';
import { rx } from './letters.ts';

/**
 * Which pronoun the article itself uses for a person, so "she said" does not go to the last man
 * named. Learnt only from the text, never from first-name lists: an honorific (Mr Cook, Ms Grisham)
 * or a pronoun right after the name's own reporting verb ("Cooper said she …"). Keyed by surname.
 */
export type Gender = 'm' | 'f';

const HONORIFIC = rx(
  String.raw`\b(Mr|Mrs|Ms|Miss|Mme|Herr|Frau)\.?\s+(?:\p{Lu}[\p{L}'’-]+\s+){0,2}(\p{Lu}[\p{L}'’-]+)`,
  'gu',
);
// "Cooper said she": the name before a reporting verb and the pronoun after it. Found from the
// verb: scanning for the name first would start at every capital letter of the text.
const SAID_PRONOUN_TAIL = rx(
  String.raw`(?:said|says|added|explained|noted|told \p{L}+|wrote|argued|insisted)\s+(?:that\s+)?(he|she)\b`,
  'uy',
);
// Where SAID_PRONOUN_TAIL may match: a plain regex finds these fast, and the Unicode one (slow to
// try at every character of a long text) is tried only there.
const SAID_START = /(?:said|says|added|explained|noted|wrote|argued|insisted)\s|told /g;
const NAME_BEFORE = rx(String.raw`(\p{Lu}[\p{L}'’-]+),?\s+$`, 'u');
const FEMALE = new Set(['Mrs', 'Ms', 'Miss', 'Mme', 'Frau']);

/** Surname → gender for every person the text gives one; a surname given both ways is dropped. */
export function genders(text: string): Map<string, Gender> {
  const found = new Map<string, Gender | null>();
  const note = (surname: string, g: Gender): void => {
    const had = found.get(surname);
    found.set(surname, had === undefined || had === g ? g : null);
  };
  for (const m of text.matchAll(HONORIFIC.re)) note(m[2]!, FEMALE.has(m[1]!) ? 'f' : 'm');
  for (const m of saidPronouns(text)) {
    const name = NAME_BEFORE.re.exec(text.slice(Math.max(0, m.index - 200), m.index));
    if (name) note(name[1]!, m[1] === 'she' ? 'f' : 'm');
  }
  const out = new Map<string, Gender>();
  for (const [k, g] of found) if (g) out.set(k, g);
  return out;
}

/** The matches of SAID_PRONOUN_TAIL in a text, as a global matchAll would give them. */
function* saidPronouns(text: string): Generator<RegExpExecArray> {
  SAID_START.lastIndex = 0;
  for (let c = SAID_START.exec(text); c !== null; c = SAID_START.exec(text)) {
    SAID_PRONOUN_TAIL.re.lastIndex = c.index;
    const m = SAID_PRONOUN_TAIL.re.exec(text);
    SAID_START.lastIndex = m ? c.index + m[0].length : c.index + 1;
    if (m) yield m;
  }
}

/** The gender a pronoun asks for (English he/she only), else null. */
export function pronounGender(word: string | undefined): Gender | null {
  const w = word?.toLowerCase();
  return w === 'he' ? 'm' : w === 'she' ? 'f' : null;
}

/** Whether a candidate is known to have the other gender. */
export function conflicts(
  person: Person,
  want: Gender | null,
  known: Map<string, Gender>,
): boolean {
  if (!want) return false;
  const g = known.get(person.name.split(' ').pop()!);
  return g !== undefined && g !== want;
}
