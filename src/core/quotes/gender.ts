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
// "Cooper said she": the name before a reporting verb and the pronoun after it.
const SAID_PRONOUN_TAIL = rx(
  String.raw`(?:said|says|added|explained|noted|told \p{L}+|wrote|argued|insisted)\s+(?:that\s+)?(he|she)\b`,
  'uy',
);
// "Rechtsanwältin Sabine Leitner", "Richterin Anna Berg": a German feminine title before a name.
const GERMAN_FEMININE_TITLE = rx(
  String.raw`(?:^|[^\p{L}])\p{Lu}\p{Ll}*(?:[Aa]nwältin|[Rr]ichterin|[Mm]inisterin|[Kk]anzlerin|[Tt]rainerin|[Pp]räsidentin|[Ss]precherin|[Dd]irektorin|[Ll]eiterin|[Mm]eisterin|[Pp]olitikerin|[Ee]xpertin|[Ff]orscherin|[Ää]rztin|[Pp]rofessorin|[Aa]utorin|[Ss]ängerin|[Ss]chauspielerin)\s+(?:\p{Lu}[\p{L}'’-]+\s+){0,2}(\p{Lu}[\p{L}'’-]+)`,
  'gu',
);
const GERMAN_FEMININE_ENDING =
  /(?:wältin|ichterin|inisterin|anzlerin|rainerin|räsidentin|precherin|irektorin|eiterin|eisterin|olitikerin|xpertin|orscherin|ärztin|rofessorin|utorin|ängerin|pielerin)\s/;
const NAME_BEFORE = rx(String.raw`(\p{Lu}[\p{L}'’-]+),?\s+$`, 'u');
const FEMALE = new Set(['Mrs', 'Ms', 'Miss', 'Mme', 'Frau']);

/** The gender the text gives a surname, if it gives one and only one. */
export type GenderOf = (surname: string) => Gender | undefined;

/**
 * The genders a text gives, asked surname by surname: honorifics are read once for the whole
 * text, and "X said she" only where the asked surname stands before a reporting verb (found with
 * indexOf), instead of scanning the whole text for every reporting verb when the first he/she
 * frame asks. A surname given both ways has none.
 */
export function genders(text: string): GenderOf {
  const honorifics = new Map<string, Gender | null>();
  for (const m of text.matchAll(HONORIFIC.re)) {
    const g: Gender = FEMALE.has(m[1]!) ? 'f' : 'm';
    honorifics.set(m[2]!, agree(honorifics.get(m[2]!), g));
  }
  // (Only in German copy, and behind a plain scan for the endings: the full regex over every
  // capitalised word of an English page cost 5% of the analysis.)
  if (text.includes(' und ') && GERMAN_FEMININE_ENDING.test(text))
    for (const m of text.matchAll(GERMAN_FEMININE_TITLE.re))
      honorifics.set(m[1]!, agree(honorifics.get(m[1]!), 'f'));
  const answers = new Map<string, Gender | undefined>();
  return (surname) => {
    if (answers.has(surname)) return answers.get(surname);
    let g = honorifics.get(surname);
    for (const said of saidPronouns(text, surname)) g = agree(g, said);
    answers.set(surname, g ?? undefined);
    return g ?? undefined;
  };
}

/** What the text says of a surname so far, with one more sign: null once two signs disagree. */
const agree = (had: Gender | null | undefined, g: Gender): Gender | null =>
  had === undefined || had === g ? g : null;

const SPACE = /\s/;

/**
 * The pronoun after each "Surname said he/she" of a text, in order: where the surname is the
 * capitalised word right before a SAID_PRONOUN_TAIL match, read as the whole-text scan reads it
 * (NAME_BEFORE over the 200 characters before the verb).
 */
function* saidPronouns(text: string, surname: string): Generator<Gender> {
  if (surname.length < 2) return; // NAME_BEFORE reads two letters or more
  for (let i = text.indexOf(surname); i >= 0; i = text.indexOf(surname, i + 1)) {
    let verb = i + surname.length;
    if (text[verb] === ',') verb++;
    const spaces = verb;
    while (verb < text.length && SPACE.test(text[verb]!)) verb++;
    if (verb === spaces) continue;
    SAID_PRONOUN_TAIL.re.lastIndex = verb;
    const m = SAID_PRONOUN_TAIL.re.exec(text);
    if (!m) continue;
    const name = NAME_BEFORE.re.exec(text.slice(Math.max(0, verb - 200), verb));
    if (name?.[1] === surname) yield m[1] === 'she' ? 'f' : 'm';
  }
}

/** The gender a pronoun asks for (English he/she, German er, Scandinavian han/hon/hun), else null. */
export function pronounGender(word: string | undefined): Gender | null {
  const w = word?.toLowerCase();
  // (German "er" is "he"; "sie" is also "they".)
  return w === 'he' || w === 'han' || w === 'er'
    ? 'm'
    : w === 'she' || w === 'hon' || w === 'hun'
      ? 'f'
      : null;
}

/** Whether a candidate is known to have the other gender. */
export function conflicts(person: Person, want: Gender | null, genderOf: GenderOf): boolean {
  if (!want) return false;
  const g = genderOf(person.name.split(' ').pop()!);
  return g !== undefined && g !== want;
}
