import { CJK_VERBS } from './cues.ts';
import { chineseNameAt } from './chinese-names.ts';
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
const ROLE_ENDS = '员員表长長席者授统統理师師家官';
const ROLE_END = new RegExp(`^[${ROLE_ENDS}]`, 'u');
// The same and 人, 士 (合伙人, 创始人, 护士), inside a long run: the name is what follows the last.
const ROLE_END_INSIDE = new RegExp(`[${ROLE_ENDS}人士]`, 'u');

// 李强在会上说: 在 and a place or a time after the name (会上, 北京时, 会后) put the name before 在.
const PLACE_AFTER_NAME = /^(.{2,4}?)在.{1,6}?(?:上|中|里|裡|时|時|后|後|前|期间|期間)$/u;
// A role before the name (美国总统拜登, 外交部发言人汪文斌): the name is what follows the last one.
const ROLE_WORD =
  /^.*(?:总统|總統|总理|總理|主席|部长|部長|外长|外長|首相|大使|发言人|發言人|委员|委員|教授|记者|記者|市长|市長|省长|省長|书记|書記|局长|局長|院长|院長|校长|校長|董事长|董事長|总裁|總裁|经理|經理|主任|议员|議員|院士|律师|律師|教练|教練|新秀|选手|選手|球员|球員|歌手|导演|導演|演员|演員|总召|總召|分析师|分析師|研究员|研究員|工程师|工程師|医生|醫生|老师|老師|法官|裁判官|检察官|檢察官|创始人|創始人|首席执行官|首席執行官|总监|總監|会长|會長|秘书长|秘書長|村长|村長|镇长|鎮長|县长|縣長|区长|區長|馆长|館長|所长|所長|站长|站長|厂长|廠長|处长|處長|科长|科長|社长|社長|店长|店長|队长|隊長|主教练|主教練|后卫|後衛|前锋|前鋒|中锋|中鋒|艺人|藝人|主播|博主|志愿者|志願者|负责人|負責人|民警|警官)/u;

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
  const roled = afterRole.length >= 2 && afterRole.length < run.length;
  if (roled) run = afterRole;
  let name = run.replace(PARTICLE, '');
  if (name.length >= 4 && ROLE_END.test(name)) name = name.slice(1);
  if (name.length > 4)
    name =
      afterGluedRole(name) ?? (roled ? name.slice(0, 3) : (actAfterRole(name) ?? name.slice(-3)));
  return name.length >= 2 ? name : null;
}

/**
 * The name after a role's last character with an act between it and the verb (巡护员杨德福回忆说,
 * 主控官陳穎詩陳述案情時指出): a name of three characters.
 */
function actAfterRole(run: string): string | null {
  if (!ACT_END.test(run)) return null;
  for (let i = run.length - 6; i >= 1; i--)
    if (ROLE_END_INSIDE.test(run[i]!)) return run.slice(i + 1, i + 4);
  return null;
}

/**
 * The name after a role no list holds, glued before it in a run of five characters or more
 * (首席經濟學家中村浩二, 华岳资本合伙人孙静): two to four characters after a role's last character,
 * the shortest such name first.
 */
function afterGluedRole(run: string): string | null {
  for (let i = run.length - 3; i >= run.length - 5 && i >= 1; i--)
    if (ROLE_END_INSIDE.test(run[i]!)) return run.slice(i + 1);
  return null;
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
  rx(`(?:在([${HAN}]{2,6})看来|据([${HAN}]{2,6}?)(?:说|說|称|稱|表示|介绍|介紹|透露))`, 'u'),
);

// Verbs that frame speech with a comma after them or as the first verb after a quote, though
// not right before one (介绍“…” introduces a thing by its name): 赵丽娟介绍，…; ”赵丽娟提醒，“…
const CLAUSE_VERBS = '介绍|介紹|提醒|回忆|回憶|感慨|补充|補充|笑言|坦承|解释|解釋|回答|告诉|告訴';
const FIRST_VERB = new RegExp(`${CJK_VERBS}|${CLAUSE_VERBS}`, 'u');
// An act's end: a "when" clause (陳述案情時) or a verb of its own (回忆说).
const ACT_END = new RegExp(`(?:[时時]|${CLAUSE_VERBS})$`, 'u');

const SMILING = /(?:笑着|笑著|苦笑|笑)$/u;

const WHILE =
  /^[\s，,]*([^，,。！？：:“”「」]*一[边邊][^，,。！？：:“”「」]*[，,]一[边邊][^，,。！？：:“”「」]*)/u;

/** The speaker named right after a quote by a Chinese frame. */
export function cjkAfter(after: string): Person | 'anaphor' | 'unnamed' | null {
  // ”林书瑶赛后接受采访时说。: the subject of the clause's first verb (not in Japanese).
  // (杨桂兰一边破着竹篾，一边对记者说: "while …, while …" runs over its comma.)
  const whilst = WHILE.exec(after)?.[1];
  const clause = whilst ?? /^[\s，,]*([^，,。！？：:“”「」]*)/u.exec(after)![1]!;
  if (whilst && !KANA.test(whilst) && FIRST_VERB.test(whilst)) {
    const who = cjkSubject(whilst.slice(0, whilst.search(/一[边邊]/u)));
    if (who && typeof who === 'object') return who;
  }
  const verb = KANA.test(clause) ? null : FIRST_VERB.exec(clause);
  // (梁锦荣笑说: the smile is how the words were said, not the name's.)
  const before = verb ? clause.slice(0, verb.index).replace(SMILING, '') : '';
  const subject = before.length >= 2 ? cjkSubject(before) : null;
  if (subject && typeof subject === 'object') return subject;
  // (这位老将说, 该负责人说: "this" person, someone named before or no one named.)
  if (subject && /^(?:这|這|该|該|此)/u.test(before)) return subject;
  const m = AFTER.exec(after);
  const name = m && !/^(?:他|她)/.test(m[1]!) ? cjkName(m[1]!) : null;
  return name ? { name, role: null } : null;
}

/** A source phrase before a quote: 在X看来, 据X说. */
export function cjkView(before: string): Person | null {
  const m = VIEW.exec(before);
  // (Not from an earlier sentence when the quote's own has its verb: "据气象部门介绍，…。
  // 县气象局工程师蒋晓峰说，…“…”" is his.)
  const stop = lastCjkStop(before);
  if (m && m.index < stop && FIRST_VERB.test(before.slice(stop + 1))) return null;
  const name = m ? cjkName(m[1] ?? m[2]!) : null;
  return name ? { name, role: null } : null;
}

// Reporting verbs that open a clause of reported speech (followed by a comma or a colon), with
// an optional object: 表示，…“坚决反对”, 坦言，…“非同一般”, 告诉记者，…
const SENTENCE_VERB = rx(
  `(?:${CJK_VERBS}|${CLAUSE_VERBS}|指|估计|估計|预计|預計|建议|建議|批评|批評|坦承|告诉|告訴|补充|補充|解释|解釋|宣布|声称|聲稱|呼吁|呼籲|提到|承认|承認|重申|回答|谈到|談到|形容|警告|表明|指称|指稱)(?:记者|記者|媒体|媒體|本报|本報)?[，,：:]`,
  'gu',
);
// Naming, not saying: 所谓“…”, 称为“…”, 代号为“…”, 列为“…”, 有「…」之稱 and a quote before 的
// (“互利共赢”的战略); not any 为 (行为“…” is "the act", 认为 "thinks").
const NAMING_BEFORE =
  /(?:所谓|所謂|称为|稱為|称作|稱作|叫做|号称|號稱|代号为|代號為|名为|名為|戏称为|戲稱為|称[他她]为|稱[他她]為|(?:列|视|視|定|译|譯|命名|改名|誉|譽|成|作)[为為]|称|稱|叫)$/u;
const NAMING_AFTER =
  /^(?:的|之称|之稱|一词|一詞|这个词|這個詞|字样|字樣|等字|这句话|這句話|一语|一語)/u;
const KANA = /[\u3040-\u30ff]/u;
const HAN_FIRST = rx(String.raw`^\p{Script=Han}`, 'u');

/**
 * A Chinese partial quote in reported speech whose verb stands earlier in its sentence
 * (钱立峰称，公司今年将把海外产能提升至“三倍以上”): the verb's subject said it. `sentence` is
 * the text from the sentence's start to the quote, other quotes blanked; `after` follows it.
 * 'anaphor' for 他/她, 'unnamed' for someone not named, null when no such frame is there.
 */
export function cjkSentenceSource(
  sentence: string,
  after: string,
): Person | 'anaphor' | 'unnamed' | null {
  if (KANA.test(sentence) || NAMING_BEFORE.test(sentence) || NAMING_AFTER.test(after)) return null;
  // 破解长期存在的“卡脖子”难题, 引入“长者饭堂”助餐服务: a quote that runs on into the words of its
  // clause names or qualifies them (a term); words reported end their clause.
  if (HAN_FIRST.re.test(after)) return null;
  let verb: RegExpExecArray | null = null;
  for (const m of sentence.matchAll(SENTENCE_VERB.re)) verb = m;
  verb ??= JUDGES.re.exec(sentence) ?? URGES.exec(sentence);
  return verb ? cjkSubject(sentence.slice(0, verb.index)) : null;
}

// A verb of judging whose object the quote is, or describes: 何立群评价该片“朴素而有力量”.
const JUDGES = rx(
  String.raw`(?:评价|評價|称赞|稱讚|盛赞|盛讚|形容|批评|批評)\p{Script=Han}{0,6}$`,
  'u',
);

// A verb of urging and whom it urges, the quote its words: 呼籲政府「給企業適應期」, 提醒市民“…”.
const URGES = /(?:呼吁|呼籲|要求|提醒|敦促|促请|促請|劝告|勸告)[\u4e00-\u9fff]{0,4}$/u;

// Where a subject's name ends: a time, a place, an adverb, "to reporters" or an act before the
// verb (林书瑶赛后接受采访时说, 钱立峰在…会上称, 林佩珊則批評, 恒泰精工发布公告称).
const NAME_END =
  /(?:在|于|於|赛后|賽後|会后|會後|随后|隨後|今天|昨天|今日|昨日|日前|近日|当天|當天|当晚|當晚|晚间|晚間|上午|下午|早前|同日|稍后|稍後|接受|出席|透过|透過|通过|通過|[向对對跟][^，。：“”「」]{0,6}?(?:记者|記者|媒体|媒體|本报|本報|外界|民众|民眾|财新|財新)|则|則|也|还|還|并|並|亦|续|續|但|同时|同時|随即|隨即|接着|接著|此外|另外|私下|一边|一邊|质询|質詢|判刑|求情|出庭|受访|受訪|发布|發布|发表|發表|发文|發文|发言时|發言時|回应|回應|召开|召開|致辞|致詞|评价|評價|表态|表態|昨晚|今晚|[\d０-９]{1,2}日|[今昨]?[（(])/u;
// Someone the text does not name: 有乐评人, 一位接近监管层的人士, 不少网友.
const UNNAMED_START = /^(?:有|一位|一名|一些|多位|多名|不少|部分|某|有关|有關|知情)/u;
const SOMEONE_INSIDE = /(?:一位|一名|多位|多名)/u;
// The last characters of an organisation's name, which is not cut to a person's three.
const ORG_END =
  /(?:会|會|院|局|部|所|司|团|團|政府|委员会|委員會|协会|協會|中心|银行|銀行|集团|集團|公司|精工|科技|法院|地院)$/u;

/** The subject of a Chinese clause ending right before its verb (its start is the clause's). */
export function cjkSubject(before: string): Person | 'anaphor' | 'unnamed' | null {
  // (A dateline in brackets opens wire copy: 新华社北京3月12日电（记者周明远）.)
  let clause = before
    .slice(lastClauseBreak(before) + 1)
    .replace(DATELINE, '')
    .trim();
  // (不过他也提醒: a conjunction before the pronoun.)
  clause = clause.replace(CONJUNCTION, '');
  if (/^(?:他|她)/u.test(clause)) return 'anaphor';
  // 这位29岁的老将说: "this" person, described, is the one the story follows; 该负责人说: "the said"
  // official, whom the text did not name.
  // (A resident, a passer-by: someone the text introduced without a name.)
  if (THIS_PERSON.test(clause))
    return ROLE_WORD.test(clause) || /[将將手员員]$/u.test(clause) ? 'anaphor' : 'unnamed';
  if (/^[该該此]/u.test(clause) && roleOnly(clause)) return 'unnamed';
  // (据林嘉树介绍: "according to", no part of the name.)
  clause = clause.replace(/^[据據]/u, '');
  // 在澳大利亚墨尔本留学的马素湘说: a place or an act before 的 describes the name after it.
  if (NAME_END.exec(clause)?.index === 0 && /的./u.test(clause))
    clause = clause.replace(/^.*的/u, '');
  // A clause that opens with its time, place or act has dropped its subject (透過臉書發文說).
  if (NAME_END.exec(clause)?.index === 0 && !/^[于於]/u.test(clause)) return 'anaphor';
  // The subject is what precedes the first time, place or act, after the last 的 of the
  // modifiers before it (敲出再見安打的22歲新秀張柏翰賽後說), less its role and age.
  const end = NAME_END.exec(clause.slice(1));
  const whole = end ? clause.slice(0, end.index + 1) : clause;
  // (Or after a place: 雲林縣一名菜農, 街道办一位工作人员.)
  if (UNNAMED_START.test(whole) || SOMEONE_INSIDE.test(whole)) return 'unnamed';
  // (An adverb in 地 before the verb is no part of the name: 卢宇恳切地说.)
  // (Roles listed with 、 before the name: 电影学教授、影评人罗文涛.)
  const described = whole
    .replace(/^.*的/u, '')
    .replace(/^.*、/u, '')
    .replace(AGE, '')
    .replace(ADVERB_DI.re, '')
    .replace(ADVERB_ZHE, '');
  // 陳先生無奈地說: a surname and an honorific, all the text calls the person (an adverb in 地
  // must not take the honorific's last character).
  const honoured = SURNAME_HONORIFIC.exec(whole.replace(/^.*的/u, ''));
  if (honoured) return { name: honoured[1]!, role: null };
  const segment = described.replace(KIN_AFTER, '');
  if (UNNAMED_START.test(segment)) return 'unnamed';
  const run = segment.replace(ROLE_WORD, '');
  // 被害人的母親, 一名網友: a person the text describes and does not name.
  if (PERSON_ONLY.test(run)) return 'unnamed';
  if (!HAN_RUN.re.test(run)) return roleOnly(segment) ? 'unnamed' : null;
  if (roleOnly(run)) return 'unnamed';
  // (A foreign name keeps all its parts: 马库斯·费雷拉; not the role glued before it:
  // 古生物学家詹姆斯·沃克.)
  if (ORG_END.test(run)) return { name: run, role: null };
  if (/[・·]/u.test(run)) {
    const name = foreignNameOf(run);
    return { name, role: run.slice(0, run.length - name.length) || null };
  }
  const name = cjkName(segment);
  return name ? { name, role: null } : null;
}

const AGE = /^[\d０-９]{1,3}[岁歲]?/u;
const CONJUNCTION = /^(?:不过|不過|但是|可是|然而|而且|对此|對此)/u;
const THIS_PERSON = /^(?:这位|這位|该名|該名|这名|這名)/u;
// A role's last character right before a foreign name's first part (学家, 教师, 研究员, 部长):
// characters no transliteration uses there.
const ROLE_BEFORE_FOREIGN = /^.*[家师師员員长長官者](?=[^・·]{1,4}[・·])/u;

/** A foreign name without the role glued before it: 古生物学家詹姆斯·沃克 → 詹姆斯·沃克. */
function foreignNameOf(run: string): string {
  return run.replace(ROLE_BEFORE_FOREIGN, '');
}
const ADVERB_DI = rx(String.raw`\p{Script=Han}{1,3}地$`, 'u');
// (So is a manner in 着 after a name of two or three, or a role and a name: 杨晓雨笑着回忆,
// 被害人李秀兰哽咽着说.)
const ADVERB_ZHE =
  /(?<=^[\u4e00-\u9fff]{2,})(?:[笑哭叹歎]|哽咽|含泪|含淚|激动|激動|感慨|苦笑|无奈|無奈)[着著]$/u;
const HAN_RUN = rx(String.raw`^[\p{Script=Han}・·]{2,}$`, 'u');
// Honorifics and kin words after a name: 吴桂芬阿姨, 王先生.
const KIN_AFTER = /(?:阿姨|大爷|大爺|大妈|大媽|老人|先生|女士|小姐|老师|老師)$/u;
const SURNAME_HONORIFIC =
  /^([\u4e00-\u9fff](?:先生|女士|小姐|太太))(?:[\u4e00-\u9fff]{1,3}地|[\u4e00-\u9fff]{1,3}[着著])?$/u;
// Nouns for a person that name no one: kin, residents, netizens, parents.
const PERSON_ONLY =
  /^(?:母親|母亲|父親|父亲|家屬|家属|妻子|丈夫|女兒|女儿|兒子|儿子|網友|网友|居民|市民|村民|家長|家长|路人|目擊者|目击者)$/u;
const DATELINE = /^.*?[电電][（(][^）)]*[）)]/u;

/** Where the last CJK sentence stop (。！？) of a text is, or -1. */
export function lastCjkStop(text: string): number {
  return Math.max(text.lastIndexOf('。'), text.lastIndexOf('！'), text.lastIndexOf('？'));
}

function lastClauseBreak(text: string): number {
  let at = -1;
  for (const mark of ['，', ',', '：', ':', '；', ';', '。'])
    at = Math.max(at, text.lastIndexOf(mark));
  return at;
}

const ANY_VERB = new RegExp(`${CJK_VERBS}|${CLAUSE_VERBS}`, 'gu');

/** The last named subject of a Chinese reporting verb in a text (for 他/她 after it). */
export function lastCjkSubject(text: string): Person | null {
  let found: Person | null = null;
  for (const m of text.matchAll(ANY_VERB)) {
    const who = m.index >= 2 ? cjkSubject(text.slice(0, m.index)) : null;
    if (who && typeof who === 'object') found = who;
  }
  return found ?? lastRoleHolder(text) ?? lastClauseName(text);
}

/** The subject of a Chinese colon frame with no reporting verb (赵一鸣显得很平静：“…”). */
export function colonSubject(before: string): Person | 'anaphor' | null {
  const frame = before.replace(/\s*[：:]\s*$/u, '');
  const clause = frame.slice(lastClauseBreak(frame) + 1).trim();
  if (/^(?:他|她)(?![们們])/u.test(clause)) return 'anaphor';
  return clauseName(clause);
}

/** A name opening a clause, after the description and the role before it (有…之称的孙浩然本场…). */
function clauseName(clause: string): Person | null {
  const described = clause.replace(/^.*的/u, '').replace(AGE, '');
  const run = described.replace(ROLE_WORD, '');
  // (Right after a role the name needs nothing after it; at a bare start it does: 高标准农田.)
  const name = chineseNameAt(run, run.length === described.length);
  return name ? { name, role: null } : null;
}

/** The last clause of a text that opens with a name (东川队后卫林浩然全场砍下31分). */
function lastClauseName(text: string): Person | null {
  // (Not a reporter's byline in brackets: （记者李明）.)
  const clauses = text.replace(/[（(][^）)]*[）)]/gu, '').split(/[，,。；;！？：:]/u);
  for (let k = clauses.length - 1; k >= 0; k--) {
    const who = clauseName(clauses[k]!.trim());
    if (who) return who;
  }
  return null;
}

// A role, then a name of two or three characters, then what goes on with the sentence (则, 也,
// 对, 显得, a comma): 青川雄鹰队主教练刘建华则对…满意.
const ROLE_THEN_NAME = rx(
  `${ROLE_WORD.source.slice(3)}(\\p{Script=Han}{2,3}?)(?=[则則也还還就在对對显顯，,。])`,
  'gu',
);

/** 他表示 after a sentence with no reporting verb: the last person it names after a role. */
function lastRoleHolder(text: string): Person | null {
  let name: string | null = null;
  const re = ROLE_THEN_NAME.re;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text))
    // (Not a verb after an unnamed role: 负责人表示，.)
    // (Nor an act after an unnamed role: 记者离开时，.)
    if (!STARTS_WITH_VERB.test(m[1]!) && chineseNameAt(m[1]!, false)) name = m[1]!;
  return name ? { name, role: null } : null;
}
const STARTS_WITH_VERB = new RegExp(`^(?:${CJK_VERBS}|认为|認為|称|稱)`, 'u');
