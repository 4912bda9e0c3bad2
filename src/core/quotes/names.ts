/** Person names and their roles: "White House chief of staff Mick Mulvaney" → name + role. */

// A capitalised word, an initial ("P."), or a name particle between capitalised words.
const CAP = "\\p{Lu}(?:\\.|[\\p{Ll}\\p{Lu}\\p{M}'’\\-]*)";
const PARTICLE = '(?:de|da|do|dos|das|du|van|von|der|den|del|della|di|la|le|bin|ibn|al|y|ter|zu)';
export const NAME = `${CAP}(?:\\s+(?:${PARTICLE}\\s+)?${CAP}){0,4}`;

/** Titles that precede a name and belong to the role, not the name. */
const TITLES = new Set(
  'President Prime Minister Secretary Senator Sen. Rep. Representative Gov. Governor Mayor Judge Justice General Gen. Col. Capt. Lt. Sgt. Coach Chancellor Chairman Chairwoman Director Commissioner Chief Officer Detective Dr. Dr Prof. Professor Mr. Mrs. Ms. Mr Mrs Ms Sir Dame Lord Lady King Queen Prince Princess Pope Bishop Father Rev. CEO Speaker Attorney Deputy Vice Ambassador Minister Inspector Sheriff Superintendent Premier Trainer Präsident Kanzler Bundeskanzler Ministerpräsident Président Ministre Presidente'.split(
    ' ',
  ),
);
// Words that are capitalised but are not names (sentence starters, days, months, pronouns).
const NOT_NAME = new Set(
  'The A An This That These Those It He She They We I You His Her Their Our But And Or So If When While After Before In On At As For With From By To Of Not No Yes Also Then There Here What Who Why How Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Le La Les Il Elle Der Die Das Er Sie Es El Ella O A Os As Ele Ela Lo Gli Uno Una Un Une'.split(
    ' ',
  ),
);

export interface Person {
  name: string;
  role: string | null;
}

/**
 * Splits a subject phrase into a name and a role: the name is the last run of capitalised
 * words; title words and lower-case words before it form the role; an appositive after a comma
 * ("Mick Mulvaney, the White House chief of staff,") is a role too.
 */
export function parsePerson(phrase: string): Person | null {
  const text = phrase
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  if (!text) return null;
  const comma = text.indexOf(',');
  if (comma > 0) {
    const head = parsePerson(text.slice(0, comma));
    const appositive = text
      .slice(comma + 1)
      .trim()
      .replace(/^(?:the|a|an)\s+/i, '');
    if (head && /^[\p{Ll}]/u.test(text.slice(comma + 1).trim()))
      return { name: head.name, role: head.role ?? (appositive || null) };
    if (head) return head;
  }
  const words = text.split(' ');
  let end = words.length;
  while (end > 0 && !isCap(words[end - 1]!)) end--;
  let start = end;
  while (start > 0 && (isCap(words[start - 1]!) || isParticleBetween(words, start - 1))) start--;
  while (start < end && (TITLES.has(words[start]!) || NOT_NAME.has(words[start]!))) start++;
  if (start >= end) return null;
  const name = words
    .slice(start, end)
    .join(' ')
    .replace(/[’']s$/, '');
  const role = words
    .slice(0, start)
    .join(' ')
    .replace(/^(?:the|a|an|former|then)\s+/i, '')
    .replace(/^(?:Mr\.?|Mrs\.?|Ms\.?)$/, '')
    .trim();
  if (NOT_NAME.has(name)) return null;
  return { name, role: role || null };
}

function isCap(word: string): boolean {
  return /^\p{Lu}/u.test(word) && !/^\p{Lu}{2,}[.,]?$/u.test(word.length > 5 ? word : 'x');
}

function isParticleBetween(words: string[], i: number): boolean {
  return new RegExp(`^${PARTICLE}$`).test(words[i]!) && i > 0 && isCap(words[i - 1]!);
}

/**
 * People named so far in the article, so "Mulvaney said" resolves to "Mick Mulvaney" and a role
 * seen once ("the White House chief of staff") is remembered for later quotes.
 */
export class People {
  private readonly full: Person[] = [];

  /** Registers a person; returns the canonical (longest known) form. */
  resolve(person: Person): Person {
    const words = person.name.split(' ');
    const last = words[words.length - 1]!;
    for (let i = this.full.length - 1; i >= 0; i--) {
      const known = this.full[i]!;
      const kw = known.name.split(' ');
      if (known.name === person.name || (words.length === 1 && kw[kw.length - 1] === last)) {
        if (person.role && !known.role) known.role = person.role;
        return known;
      }
    }
    const added = { ...person };
    this.full.push(added);
    return added;
  }

  /** Notes a name seen outside a quote frame (full names only, for surname lookup). */
  see(name: string): void {
    if (name.includes(' ') && !this.full.some((p) => p.name === name))
      this.full.push({ name, role: null });
  }
}
