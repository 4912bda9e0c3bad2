import { CJK_VERBS } from './cues.ts';
import { guarded } from './guard.ts';
import type { Person } from './names.ts';
import { rx } from './letters.ts';

/**
 * Chinese frames, where names are not capitalised and words are not spaced: the name is the run
 * of Han characters right before the reporting verb, cut after a particle (在墨尔本留学的马素湘)
 * and after a role's last character (政协委员张近东).
 */

const HAN = '\\p{Script=Han}';
// 的 (of), 是 (is), 在 (at), 和/与/及 (and): a name starts after the last of them.
const PARTICLE = /^.*[的是在和与與及对對]/u;
// Last characters of role nouns (委员, 代表, 部长, 主席, 记者, 教授, 总统…): not part of a name.
const ROLE_END = /^[员員表长長席者授统統理师師家官]/u;

// 李强在会上说: 在 and a place or a time after the name (会上, 北京时, 会后) put the name before 在.
const PLACE_AFTER_NAME = /^(.{2,4}?)在.{1,6}?(?:上|中|里|裡|时|時|后|後|前|期间|期間)$/u;
// A role before the name (美国总统拜登, 外交部发言人汪文斌): the name is what follows the last one.
const ROLE_WORD =
  /^.*(?:总统|總統|总理|總理|主席|部长|部長|外长|外長|首相|大使|发言人|發言人|委员|委員|教授|记者|記者|市长|市長|省长|省長|书记|書記|局长|局長|院长|院長|校长|校長|董事长|董事長|总裁|總裁|经理|經理|主任|议员|議員|院士)/u;

// A date or a place between the subject and its verb: 林晓峰12日在例行记者会上表示, 李佳穎今（8）日
// 表示, 刘志强在接受《科技日报》记者采访时指出. The subject is before it.
const DATE_WORD = String.raw`(?:[今昨]?[（(]?\d{1,2}[）)]?|[今昨明])日`;
const DATE = new RegExp(`${DATE_WORD}$`, 'u');
const LOCATIVE = /在[^，。：“”「」]{1,16}?(?:上|中|里|裡|时|時|后|後|前|期间|期間)$/u;

/** A Chinese frame's text before its verb, without the date and the place between them. */
export function beforeCjkVerb(text: string): string {
  return text.replace(LOCATIVE, '').replace(DATE, '');
}

/** Whether a run before a verb ends with a role and holds no name (天文台發言人稱). */
export const roleOnly = (run: string): boolean =>
  ROLE_ONLY.test(run) && run.replace(ROLE_WORD, '').length < 2;
const ROLE_ONLY = /(?:发言人|發言人|官员|官員|负责人|負責人|人士|消息人士)$/u;

/** The name in a run of Han characters before a verb, or null when none is left. */
export function cjkName(run: string): string | null {
  const placed = PLACE_AFTER_NAME.exec(run);
  if (placed) run = placed[1]!;
  const afterRole = run.replace(ROLE_WORD, '');
  if (afterRole.length >= 2 && afterRole.length < run.length) run = afterRole;
  let name = run.replace(PARTICLE, '');
  if (name.length >= 4 && ROLE_END.test(name)) name = name.slice(1);
  if (name.length > 4) name = name.slice(-3);
  return name.length >= 2 ? name : null;
}

// ”李博灏说。 / ” 卢宇恳切地说。: a name, an optional adverb in 地, then the verb.
// Behind a plain test for the verbs, so a page without them never compiles the Unicode regex.
const AFTER = guarded(
  new RegExp(CJK_VERBS),
  rx(`^[\\s，,]*([${HAN}]{2,4}?)(?:[${HAN}]{1,3}地)?(?:${CJK_VERBS})`, 'u'),
);
// 在李博灏看来 ("in Li's view"), 据X说/称 ("according to X").
const VIEW = guarded(
  /看来|据/,
  rx(`(?:在([${HAN}]{2,6})看来|据([${HAN}]{2,6})(?:说|說|称|稱|表示))`, 'u'),
);
const DATES = new RegExp(DATE_WORD, 'gu');
// The subject of the last Chinese reporting verb in a text: 李博灏认为这也是…
const SUBJECT = rx(`([${HAN}]{2,6}?)(?:${CJK_VERBS})`, 'gu');

/** The speaker named right after a quote by a Chinese frame. */
export function cjkAfter(after: string): Person | null {
  const m = AFTER.exec(after);
  const name = m && !/^(?:他|她)/.test(m[1]!) ? cjkName(m[1]!) : null;
  return name ? { name, role: null } : null;
}

/** A source phrase before a quote: 在X看来, 据X说. */
export function cjkView(before: string): Person | null {
  const m = VIEW.exec(before);
  const name = m ? cjkName(m[1] ?? m[2]!) : null;
  return name ? { name, role: null } : null;
}

/** The last named subject of a Chinese reporting verb in a text (for 他/她 after it). */
export function lastCjkSubject(text: string): Person | null {
  let found: Person | null = null;
  for (const m of text.replace(DATES, '').matchAll(SUBJECT.re)) {
    const name = /[他她]$/.test(m[1]!) ? null : cjkName(m[1]!);
    if (name) found = { name, role: null };
  }
  return found;
}
