import { rx } from './letters.ts';
import type { Person } from './names.ts';

/**
 * Japanese frames put the speaker first, as the topic (は) or subject (が) of the sentence, and the
 * quotative と with its verb after the quote: 岸田首相は記者団に「…」と述べた.
 */

// と and a verb of saying, writing or answering, in any ending (述べた, 語っている, 強調しました).
// (Also after など: 「…」などと供述した.)
// (とも: "also said", 「…」とも語った.)
const SAID =
  /^\s*(?:など)?とも?(?:述べ|話し|話す|語っ|語り|語る|言っ|言い|強調し|説明し|明かし|指摘し|主張し|訴え|答え|書い|記し|発言し|コメントし|振り返っ|力を込め|語気を強め|批判し|反論し|明言し|証言し|供述し|胸を張っ|笑顔を見せ|笑顔で(?:話し|語っ)|笑っ|目を細め|声を詰まらせ|声を弾ませ|声を震わせ|声を落とし|顔をほころばせ|表情を引き締め|悔しさをにじませ|涙を浮かべ|涙ぐん|苦笑い?し|自信をのぞかせ|口をそろえ|評し|喜ん|意気込ん|打ち明け|つぶやい|漏らし|嘆い|表明し|呼びかけ|要請し|絶賛|称賛し|たたえ|メッセージを送っ|指示し|報告し|発表し|し(?:た|ている|ています)|の(?:認識|考え|見方|見解|意向|方針)を示し)/u;
// と, an object and a verb of saying: と喜びを語った, と抱負を述べた (not any verb after any
// words: 「…」と名付けた施設を開設した is a name, not speech).
const SAID_WITH_OBJECT =
  /^\s*(?:など)?と[^「」『』。！？、を]{1,6}を(?:述べ|語っ|語り|語る|話し|明かし|示し|表明し|強調し|口にし|言い|言っ)/u;
// A name as the press writes it before a particle (kanji, katakana, a dot between its parts),
// its honorific (小野寺さん), and an age or a school year in either width of digits (坂本ヨシ子さん(78),
// 高橋陸（３年）): the name is the group. At least `min` characters.
const namedRun = (min: number): string =>
  String.raw`([\p{Script=Han}\p{Script=Katakana}ー・]{${min},14}(?:さん|ちゃん|くん|様)?)(?:[(（][\d０-９]{1,3}[年歳]?[)）])?`;
// A name before は or が: the sentence's topic or subject (石田翔太選手（3年）は).
const TOPIC = rx(
  // (Not が in a relative clause: "長男がいる市内の４０代の女性は".)
  String.raw`${namedRun(1)}(?:は|が(?!いる|いた|ある|あった))`,
  'u',
);
// Titles written after a name (岸田首相, 山田氏, 佐藤社長): the role, not the name.
const ROLE =
  /(?:シニアアナリスト|最高経営責任者|最高技術責任者|最高財務責任者|最高執行責任者|チームリーダー|グループリーダー|プロジェクトリーダー|リーダー|ディレクター|マネージャー|プロデューサー|キャプテン|オーナー|トレーナー|チーフエコノミスト|アナリスト|エコノミスト|ストラテジスト|副署長|副知事|副市長|副町長|官房長官|官房副長官|副大臣|政務官|財務相|外務相|経産相|経済産業相|文部科学相|厚生労働相|国土交通相|農林水産相|経済再生相|法相|法務相|農相|農水相|文科相|厚労相|国交相|環境相|総務相|防衛相|復興相|委員長|幹事長|書記長|事務総長|理事長|総裁|副総裁|頭取|大統領|副社長|専務|常務|取締役|執行役員|主任予報官|予報官|主任研究員|研究員|事務次官|審議官|報道官|支店長|工場長|編集長|室長|次長|係長|首相|総理|大臣|長官|知事|市長|町長|村長|区長|社長|会長|議長|議員|町議|市議|県議|区議|村議|都議|府議|道議|代表|監督|コーチ|選手|投手|捕手|内野手|外野手|主将|准教授|教授|教諭|教育長|会頭|事務局長|校長|院長|所長|署長|部長|課長|局長|店長|館長|学長|弁護士|裁判長|裁判官|判事|検事|医師|容疑者|被告|[一二三四五六七八九]段|棋士|氏|さん)$/u;
// Someone the text does not name: 遺族の男性, 陣営幹部, 総務省幹部, 気象庁の担当者, 同行筋, 関係者,
// 書店員の一人.
// (Also a parent, a resident, a pupil, a fan or a researcher the text describes: 40代の母親は,
// 大阪大学の研究者は; a son; a side of a case or a talk: 検察側, 弁護側, 弁護人; "the same
// company", 同社, which the press writes instead of the name again.)
const UNNAMED =
  /(?:男性|女性|幹部|担当者|関係者|筋|一人|ひとり|母親|父親|住民|市民|主婦|会社員|学生|生徒|児童|保護者|遺族|観客|ファン|長男|長女|次男|次女|息子|側|弁護人|弁護団|研究者|専門家|識者|利用者|参加者|来場者|観光客|患者|農家)$|^同\p{Script=Han}{1,2}$/u;

// 彼, 彼女, 彼ら as the topic or subject: the speaker is someone named earlier.
const PRONOUN = rx(String.raw`(?:^|[^\p{Script=Han}])彼(?:女|ら)?(?:は|が)`, 'u');

/**
 * The speaker a Japanese frame names: 'anaphor' for 彼/彼女, and for a sentence that names no
 * one (記者団に「…」と述べた: Japanese drops a subject the reader knows, the person the story
 * follows). Null when the quote has no such frame.
 */
export function japaneseSource(
  before: string,
  after: string,
): Person | 'anaphor' | 'unnamed' | null {
  // 岡田浩二教授（物性物理学）は: a short aside in brackets (a field, an age) stands apart from
  // the subject and its particle.
  const who = frameSource(before.replace(ASIDE, ''), after);
  // 同庁は「…」: "the same agency", the last one the paragraph named (気象庁は…発表した。).
  const same =
    who === 'unnamed'
      ? SAME_BODY.exec(topicInWa(before.split(/[。！？]/u).pop() ?? '') ?? '')
      : null;
  if (!same) return who;
  const named = lastNamed(before, same[1]!);
  return named ? { name: named, role: null } : who;
}

const ASIDE = /[（(][^（）()「」]{1,20}[）)]/gu;

// 同社, 同庁, 同省, 同市: "the same" body.
const SAME_BODY = /^同(\p{Script=Han})$/u;

/** The last word before `text`'s end that ends with `kind` (気象庁 for 庁), not 同 itself. */
function lastNamed(text: string, kind: string): string | null {
  let found: string | null = null;
  for (const m of text.matchAll(BODY_NAME.re))
    if (m[0].endsWith(kind) && !m[0].startsWith('同')) found = m[0];
  return found;
}
const BODY_NAME = rx(String.raw`[\p{Script=Han}\p{Script=Katakana}ー]{2,10}`, 'gu');

function frameSource(before: string, after: string): Person | 'anaphor' | 'unnamed' | null {
  // 「…」と佐藤氏は話す: the speaker between と and the verb.
  const inverted = SPEAKER_AFTER.re.exec(after);
  if (inverted) return speakerOf(inverted[1]!);
  const sentences = before.split(/[。！？]/u);
  // The quote's own sentence only: what follows the last 。！？ before it.
  const sentence = sentences.pop() ?? '';
  // 気象庁によると、「…」という: "according to" and the hearsay ending.
  const source = HEARSAY.test(after) ? ACCORDING_TO.re.exec(sentence) : null;
  if (source) return speakerOf(source[1]!);
  // 佐藤氏はこう語った。「…」: a sentence announcing the quote, right before it.
  if (sentence.trim() === '' && ANNOUNCES.test(sentences.at(-1) ?? ''))
    return topicOf(sentences.at(-1)!);
  if (SAID.test(after) || SAID_WITH_OBJECT.test(after)) return topicOf(sentence);
  // それでも「…」という。: the hearsay ending a sentence, of the person the story follows.
  if (/^\s*という(?:。|$)/u.test(after)) return topicOf(sentence);
  // 岡田監督は「…」と目を細めた, 高橋は「…」と笑顔: right after its topic, a quote and と frame
  // the topic's words whatever the verb (a gesture, a look) after them.
  const topic = TOPIC_RIGHT_BEFORE.re.exec(sentence);
  if (topic && QUOTATIVE.test(after)) return speakerOf(topic[1]!);
  // 石垣隆市長は、…式典で「…」とあいさつした: と and a verb that ends the sentence or its clause
  // (not "と書かれた看板", a noun's description), the sentence's topic speaking.
  // (A person by their title or honorific: not 検察側は, 今大会は.)
  if (!QUOTATIVE.test(after) || !CLOSING_VERB.test(after) || !topicInWa(sentence)) return null;
  const who = topicOf(sentence);
  return who && typeof who === 'object' && who.role ? who : null;
}
// (Or its continuative before a comma: 「…」とあいさつし、.)
const CLOSING_VERB = /^\s*と[^「」。、]{0,12}?(?:(?:た|る|だ|う|す|い)(?:[。、]|$)|し、)/u;
const TOPIC_RIGHT_BEFORE = rx(String.raw`${namedRun(1)}は[、，]?\s*$`, 'u');
// と and more words, not a name's と ("「…」と名付けた", "「…」とする方針").
// (「…」として、…を呼びかけた: "saying", before a comma, frames the words.)
const QUOTATIVE =
  /^\s*と(?!(?:名付け|呼ばれ|呼ぶ|呼ん|称する|する|して(?!、)|いう|いった|いわれ|言われ))/u;

// (Names, titles and verbs as in the frames above.)
const SPEAKER_AFTER = rx(
  String.raw`^\s*と${namedRun(2)}(?:は|が)(?:[^「」。、]{0,8}?)(?:述べ|話す|話し|語る|語っ|言う|言っ|強調|説明|明かす|明かし|振り返る|振り返っ)`,
  'u',
);
const HEARSAY = /^\s*(?:など)?(?:という|とのこと|と(?:いう|され|し)て?い?る?)/u;
const ACCORDING_TO = rx(
  String.raw`([\p{Script=Han}\p{Script=Katakana}ー・]{2,14})(?:に|へ)?(?:よると|よれば)`,
  'u',
);
const ANNOUNCES =
  /(?:こう|次のように)(?:述べ|話し|語っ|語り|語る|話す|説明し|強調し|明かし|訴え|振り返っ)[^「」]{0,6}$/u;

/** Whether the text right before `at` is a Japanese sentence announcing a quote (こう語った。). */
export function announcesQuote(text: string, at: number): boolean {
  const head = text.slice(Math.max(0, at - 16), at).trimEnd();
  return head.endsWith('。') && ANNOUNCES.test(head.slice(0, -1));
}

const TOPIC_ALL = rx(TOPIC.source, 'gu');

/** The first topic in は of a sentence, else its first subject in が. */
function topicInWa(sentence: string): string | null {
  let first: string | null = null;
  for (const m of sentence.matchAll(TOPIC_ALL.re)) {
    if (m[0].endsWith('は')) return m[1]!;
    first ??= m[1]!;
  }
  return first;
}

// (And the arts: 米国の俳優ジュリア・ベネットさん.)
const OCCUPATION_BEFORE =
  /^(?:農業|漁業|酪農業|会社員|会社役員|団体職員|公務員|自営業|無職|主婦|パート|アルバイト|大学生|高校生|中学生|教員|看護師|俳優|女優|歌手|作家|画家|漫画家|写真家|映画監督)/u;

const TEAM_DOT_NAME = rx(String.raw`^\p{Script=Han}{1,4}・(\p{Script=Han}{2,}.*)$`, 'u');

/** The speaker a topic or subject names in a sentence (see TOPIC), 'anaphor' when none does. */
function topicOf(sentence: string): Person | 'anaphor' | 'unnamed' | null {
  if (PRONOUN.re.test(sentence)) return 'anaphor';
  // (The topic in は over a subject in が before it, which a relative clause may hold: 自宅が
  // 床上浸水した農業佐藤和子さんは.)
  const m = topicInWa(sentence);
  return m ? speakerOf(m) : 'anaphor';
}

// 「…」。中村は涙をぬぐいながら話した。: the next sentence's topic and a verb of saying closing it.
const NEXT_SENTENCE_SAID = rx(
  String.raw`^\s*。\s*${namedRun(1)}は[^「」。]{0,20}?(?:話し|語っ|述べ|明かし|振り返っ|答え)(?:た|ている|ていた|ました)。`,
  'u',
);

/** The speaker a sentence right after a quote names, as its topic with a verb of saying. */
export function saidInNextSentence(after: string): Person | 'unnamed' | null {
  const m = NEXT_SENTENCE_SAID.re.exec(after);
  return m ? speakerOf(m[1]!) : null;
}

/** A name with its title cut off as the role; someone unnamed (担当者) as 'unnamed'. */
function speakerOf(run: string): Person | 'unnamed' | null {
  let name = run;
  // 海浜・森本浩二監督: a team's short name and a dot before a name in kanji (not マーカス・ベル).
  const team = TEAM_DOT_NAME.re.exec(name);
  if (team) name = team[1]!;
  if (UNNAMED.test(name)) return 'unnamed';
  let role: string | null = null;
  // 農業佐藤和子さん, 会社員斎藤美由紀さん: the occupation the press glues before a name.
  const occupation = OCCUPATION_BEFORE.exec(name);
  if (occupation && name.length - occupation[0].length >= 2) {
    role = occupation[0];
    name = name.slice(occupation[0].length);
  }
  const title = ROLE.exec(name);
  if (title) {
    // (An honorific is no role: the occupation before the name stays.)
    role = role && /^(?:さん|氏)$/u.test(title[0]) ? role : title[0];
    name = name.slice(0, title.index);
  }
  return name.length >= 2 ? { name, role } : null;
}
