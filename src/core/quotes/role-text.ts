/**
 * A speaker's role as the reader shows it beside the name. An inverted frame puts an adjunct
 * between the verb and the role ("– powiedział w rozmowie z PAP prezes firmy Jan Kowalski",
 * "a déclaré dans un communiqué le directeur Jean Dupont"), and the subject reader keeps it in
 * the role; only the words that describe the person belong there. A speaker whose frames gave
 * no role is described where the text first names them ("Brisbane coach Kevin Walters").
 */
import { ROLE_NOUNS } from './cues.ts';
import {
  isGenitiveTitle,
  isOfWord,
  isPreposition,
  isRoleCompound,
  isRoleWord,
  isSentenceWord,
} from './names.ts';
import { rx, STARTS_LOWER, STARTS_UPPER } from './letters.ts';

const SLAVIC_OPENERS =
  'w we v ve na po z ze podczas przy při během в во на по после при перед с со';
const SLAVIC = new Set(SLAVIC_OPENERS.split(' '));
// Words that open an adjunct of time, place or occasion: prepositions of the languages read.
const ADJUNCT_OPENER = new Set(
  (
    'in on at during after before with from for to by ' +
    `${SLAVIC_OPENERS} ` +
    'dans lors à au aux après avant devant en sur ' +
    'nel nella nello nei nelle al alla dopo prima durante ' +
    'tras ante después ' +
    'em no nos nas após ' +
    'im am beim bei nach vor während auf ' +
    'tijdens op bij ' +
    'efter vid på'
  ).split(' '),
);
// "Laut Vorstandschef", "selon le ministre": "according to" is no part of the role.
const ACCORDING_TO = new Set(
  'laut selon según secondo segundo volgens podle według zdaniem enligt'.split(' '),
);
// Articles and elided articles: the last one in an adjunct-led role opens the role proper.
const ARTICLES = new Set(
  'the le la les el los las il lo gli i o os as der die das den dem het'.split(' '),
);
const ELIDED_ARTICLE = /^[lL][’']\S/;
// Marks and spaces around a role ("” Dr." after a frame read past a closing mark).
const LEADING_MARKS = /^[\s“”"«»„‘’']+|\s+$/g;
// An adjective right before the role word, in article-less languages ("государственный
// обвинитель", "státní zástupce", "główny księgowy"): kept with the role.
const SLAVIC_ADJECTIVE = rx(
  String.raw`^\p{Ll}+(?:ый|ий|ой|ая|яя|ní|ný|ná|ský|ská|ový|ová|ny|na|owy|owa|ski|ska)$`,
  'u',
);

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** A word that names what someone is ("prezes", "ředitel", "Trainer", "Vorstandschef"). */
function isRoleNoun(word: string): boolean {
  const bare = word.replace(/[,.;:]+$/, '');
  return (
    isRoleWord(capitalised(bare)) ||
    isGenitiveTitle(bare) ||
    isRoleCompound(bare) ||
    ROLE_NOUNS.has(bare.toLowerCase())
  );
}

// Italian adjuncts opened by "a" ("a fine gara il tecnico", the "a" sometimes read off already),
// which is an article elsewhere ("a ministra").
const A_ADJUNCT = /^(?:a\s+)?(?:fine|margine|conclusione)\s/;

/**
 * The role without an opening adjunct or "according to": the words after the adjunct's last
 * comma, else from its last article, else (languages without articles) from the first role
 * word; null when nothing after the adjunct describes anyone ("w rozmowie z PAP", "à l'AFP").
 */
export function tidyRole(role: string | null): string | null {
  if (!role) return role;
  // (A closing mark left before the role by the frame reader: "” Dr.", "\" the critic".)
  const words = role.replace(LEADING_MARKS, '').split(/\s+/);
  if (!words[0]) return null;
  if (ACCORDING_TO.has(words[0]!.toLowerCase()) && words.length > 1) words.shift();
  const kept =
    ADJUNCT_OPENER.has(words[0]!.toLowerCase()) || A_ADJUNCT.test(role)
      ? afterAdjunct(words)
      : words;
  // A lone article or preposition describes no one ("De", "En cambio, la").
  if (!kept || (kept.length === 1 && isFunctionWord(kept[0]!))) return null;
  return kept.join(' ');
}

const isFunctionWord = (word: string): boolean =>
  ARTICLES.has(word.toLowerCase()) || ADJUNCT_OPENER.has(word.toLowerCase());

function afterAdjunct(words: string[]): string[] | null {
  for (let k = words.length - 2; k >= 1; k--)
    if (words[k]!.endsWith(',')) return words.slice(k + 1);
  for (let k = words.length - 1; k >= 1; k--) {
    const w = words[k]!;
    if (ARTICLES.has(w.toLowerCase()) && k < words.length - 1) return words.slice(k);
    if (ELIDED_ARTICLE.test(w) && k > 1) return words.slice(k);
  }
  for (let k = 1; k < words.length; k++) if (isRoleNoun(words[k]!)) return withAdjective(words, k);
  // A role word no list holds ends a Slavic adjunct in the nominative ("v závěrečné řeči státní
  // zástupce", "в некрологе на сайте института ректор"): the last word, when lower case.
  const last = words.length - 1;
  return SLAVIC.has(words[0]!.toLowerCase()) && last >= 2 && STARTS_LOWER.re.test(words[last]!)
    ? withAdjective(words, last)
    : null;
}

/** The words from `k` on, with the adjective before them (not the adjunct's own noun). */
const withAdjective = (words: string[], k: number): string[] =>
  words.slice(k > 2 && SLAVIC_ADJECTIVE.re.test(words[k - 1]!) ? k - 1 : k);

// What ends the clause before a name: punctuation, quotation marks, brackets, a new line.
const CLAUSE_BREAK = /[.,;:!?“”"«»„()\n]/;

/**
 * The role the text puts right before a person's full name where it first names them ("Forum
 * chairperson Lindiwe Mkhize said …", "Brisbane coach Kevin Walters"), for a speaker whose frames
 * gave none: a role word right before the name, with up to two role words or capitalised words
 * before it (a club, a place, an outlet), never a sentence's opening word; else null.
 */
export function roleAtFirstMention(text: string, name: string): string | null {
  const at = text.indexOf(name);
  if (at <= 0) return null;
  let from = at;
  while (from > 0 && at - from < 80 && !endsClause(text, from - 1)) from--;
  const words = text.slice(from, at).trim().split(/\s+/);
  let last = words.length - 1;
  if (!words[last]) return null;
  // "глава города Виктор Самойлов", "prezes spółki Jan Nowak": a title and the office it holds,
  // in the genitive, before the name.
  if (!isRoleNoun(words[last]!)) {
    const office = words[last]!;
    if (
      last < 1 ||
      !isGenitiveTitle(words[last - 1]!) ||
      isPreposition(office) ||
      isOfWord(office) ||
      /^v[ao]n$/.test(office)
    )
      return null;
    last--;
  }
  let start = last;
  while (
    start > 0 &&
    last - start < 2 &&
    (isRoleNoun(words[start - 1]!) ||
      (STARTS_UPPER.re.test(words[start - 1]!) && !isSentenceWord(words[start - 1]!)))
  )
    start--;
  return words.slice(start).join(' ');
}

/** A clause break at `i`, but not the period of a title ("Detective Lt. Raymond Burke"). */
function endsClause(text: string, i: number): boolean {
  if (!CLAUSE_BREAK.test(text[i]!)) return false;
  if (text[i] !== '.') return true;
  const word = text.slice(text.lastIndexOf(' ', i) + 1, i + 1);
  return !isRoleWord(word);
}
