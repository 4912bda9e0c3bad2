import type { Person } from './names.ts';
import { HANGUL_CHAR, rx } from './letters.ts';
import { blankQuotes } from './neighbours.ts';

/**
 * Korean frames. Korean puts the verb last and marks the subject with a particle: 그는 “…”고
 * 말했다 ("he said “…”"), 엘제이는 … ‘…’하는 일처럼 말했지만. Names carry no capitals, so the
 * speaker is the topic- or subject-marked word of the quote's sentence, and 그/그녀 ("he"/"she")
 * is the topic of an earlier sentence.
 */

// Reporting verbs after the quote, in the same sentence: said, made clear, revealed, stressed,
// insisted, explained, added, rebutted, wrote (left a post).
const VERB =
  /(?:선을 그었|일축했|칭찬했|격려했|꼬집었|되물었|목소리를 높였|소감을 밝혔|말했|말하기도|말한다|밝혔|전했|분명히 했|강조했|주장했|설명했|덧붙였|반박했|토로했|남겼|남기기도|답했|언급했|지적했|전망했|평가했|판시했|호소했|당부했|약속했|소개했|털어놨|털어놓았|비판했|우려했|촉구했|발표했|내다봤|다짐했|고백했|회상했|인정했|강조하기도|말하며|고 했|라고 했|웃었|웃어 보였|미소를 지었|진단했|분석했|예상했|경고했|조언했|제안했|요구했|예보했|울먹였|공을 돌렸|자신했|귀띔했|하소연했|되뇌었|혀를 찼|돌아봤|돌아보았|회고했|고개를 숙였|고개를 끄덕였|눈시울을 붉혔|한숨을 쉬었)/u;
// The subject: a word of two or more syllables with 은/는 (topic) or 이/가 (subject).
const TOPIC = rx(String.raw`^((?:제\d+)?\p{Script=Hangul}{2,}|씨|\d단)(?:은|는|이|가)$`, 'u');
const PRONOUN = /^(?:그|그녀)(?:는|가|도)$/u;
// Words that take these particles but name no one: this/that time, matter, fact, photos…
const NOT_SUBJECT = new Set([
  '이번',
  '그것',
  '이것',
  '저것',
  '사실',
  '사진',
  '사안',
  '문제',
  '이는',
]);

// Titles written after a name, as their own word (윤석열 대통령은, 김 장관은): the role.
const TITLE = new Set(
  '대통령 총리 장관 차관 의원 대표 연구원 애널리스트 이코노미스트 수사과장 서장 지회장 지부장 사무국장 위원장 원내대표 대변인 시장 도지사 지사 감독 코치 선수 교수 회장 사장 대표이사 씨 변호사 검사 판사 부장판사 부장검사 재판장 기자 박사 의장 총장 부장 청장 총재 구청장 군수 교육감 원장 소장 단장 주장 이사장 부회장 부사장 전무 상무 본부장 실장 국장 팀장 작가 배우 가수 시의원 도의원 구의원 군의원 국회의원 할머니 할아버지 어르신 당선인 당선자 후보 대령 중령 소령 대위 중위 소위 장군 준장 대장 중장 총경 경정 경감 목사 신부 스님 주지 대사 특파원 사무총장'.split(
    ' ',
  ),
);

const ORDINAL = /^제\d+/;

// A Korean sentence ends in a verbal ending ("…했다", "…이에요", "…할까"); a noun phrase in any
// other syllable. (Some nouns end in these syllables too: they are left as sentences.)
const HANGUL_LAST = /[\uac00-\ud7a3]\s*$/;
const SENTENCE_END = /[다요까죠네니냐자라지군나야어아게래데걸오소세며고서면만]\s*$/;
// What follows such a name in its sentence: a particle or a word (not the line's end, where a
// headline quotes its speaker: 이상훈 감독 “선수들이 만든 승리”), and no quotative ("…과제”라고
// 말했다", "…덕분”이라며"), chant ("“결사반대”를 외쳤다") or verb that gives the words as
// someone's judgement ("…소설”로 꼽았다", "…”로 평가했다"), nor a reporting verb later in the
// sentence ("‘…’을 가졌다고 주장한").
// (Not the light verb 하다 glued to it, "‘…을 간직’하는 일", a predicate someone's words end
// with; nor a word of degree or likeness after it, "‘잠깐 알고 지냈던 사이’ 정도로 보이지는": a
// description the text weighs, someone's.)
const GOES_ON = /^(?!하|한|할|해|했| ?(?:정도|같은|같이|처럼|만큼))(?: ?[\uac00-\ud7a3])/;
const QUOTATIVE =
  /^\s*(?:이?라(?:고|며|면서)|[을를]\s*외[치쳤]|으?로\s*(?:꼽|평가|평했|표현|묘사))|^[^.。!?\n]*?다고\s*(?:주장|말|밝|강조|설명|지적|평가|전했|했)/;

/**
 * A Korean quote that ends in a noun and that no quotative reports ("“메모리 슈퍼사이클”이 다시
 * 온다", "“바람이 머무는 집” 시사회"): the name of a thing, not a sentence someone said.
 */
export function koreanNounPhrase(content: string, after: string): boolean {
  return (
    HANGUL_LAST.test(content) &&
    !SENTENCE_END.test(content) &&
    // (A clause with a comma is a sentence: "또 연기냐, 믿고 기다린 게 바보".)
    !content.includes(',') &&
    GOES_ON.test(after) &&
    !QUOTATIVE.test(after)
  );
}

// An office's last syllable (고용노동부 "ministry", 국방부, 경찰청, 법원, 위원회, 당, 서울시): not a name.
// (Three syllables or more: 김지원 is a name.)
// (And a university, a department or an institute: 서울대, 경제학과, 해양연구소.)
const OFFICE_END =
  /^\p{Script=Hangul}+(?:부|청|처|위원회|법원|공사|공단|당|시|대|대학|대학교|학과|연구소|협회|재단)$/u;
// Role nouns in -가 ("critic", "expert", "writer"), whose last syllable is no subject particle:
// 영화평론가 정수아는.
const ROLE_IN_GA =
  /(?:평론|전문|소설|사업|활동|연출|건축|예술|정치|기업|음악|만화|작곡|번역|운동|전략|미술|작)가$/u;
// Sources the text does not name: an official, a source, the other side.
// (Also kin and people of a case the story does not name: the son, the defence, residents.)
const UNNAMED = new Set([
  '관계자',
  '간부',
  '소식통',
  '측',
  '당국자',
  '관계자들',
  '당국',
  '변호인',
  '변호인단',
  '검찰',
  '아들',
  '딸',
  '유족',
  '유가족',
  '주민',
  '주민들',
  '시민',
  '시민들',
]);

// A Korean name: two to four syllables, with no particle after it.
const HANGUL_NAME = rx(String.raw`^\p{Script=Hangul}{2,4}$`, 'u');

const AGE = /[(（]\d{1,3}[)）]/gu;
const GLUED_SSI = rx(String.raw`^\p{Script=Hangul}{2,4}씨$`, 'u');
const THREE_SYLLABLES = rx(String.raw`^\p{Script=Hangul}{3}$`, 'u');
// The commonest Korean surnames: of two three-syllable words before a title (최성균 해오름 감독은),
// the name is the one that opens with one.
const SURNAMES = new Set(
  '김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부'.split(
    ' ',
  ),
);
/** Whether a word has a Korean full name's shape: three syllables, a common surname first. */
export const isKoreanName = (word: string): boolean =>
  THREE_SYLLABLES.re.test(word) && SURNAMES.has(word.charAt(0));
// Titles glued to the organisation they are held in: 청람군수 ("Cheongram county head"), 연구위원,
// 교통실장.
const GLUED_TITLE = rx(
  String.raw`^\p{Script=Hangul}{2,}(?:군수|구청장|시장|도지사|위원장|위원|의원|감독|대표|회장|사장|장관|교수|원장|청장|실장|국장|본부장|팀장|과장|처장|단장|차관|대변인)$`,
  'u',
);
// "정민호(41) 씨의 말이다" after a quote: "(these are) the words of" the person named.
const WORDS_OF = rx(
  String.raw`^\s*(?:[^.!?“”]*?\s)?(\p{Script=Hangul}{2,4})(?:[(（]\d{1,3}[)）])?\s*씨의\s+(?:말|설명|얘기|이야기)이다`,
  'u',
);
// The last syllables of role nouns: 병원장 "hospital head", 연구관 "researcher", 강사 "lecturer",
// 연구원, 전문가, 기자, 교수.
const ROLE_END = rx(String.raw`^\p{Script=Hangul}+(?:장|관|사|원|가|자|수)$`, 'u');
// Three-syllable words that open with a surname's syllable but are adverbs: but, however, then.
const NOT_NAME = new Set(['하지만', '그러나', '그리고', '그런데', '이어서', '이후에', '이번에']);
/** Whether a word is a title with its particle (교수는, 5단은). */
function titledNext(word: string | undefined): boolean {
  const m = word === undefined ? null : (TOPIC.re.exec(word) ?? titleAlso(word));
  if (!m) return false;
  const title = m[1]!.replace(ORDINAL, '');
  return TITLE.has(title) || GLUED_TITLE.re.test(title) || /^\d단$/u.test(title);
}
/** A title with 도 ("too"), as TOPIC's match: 교수도 → 교수. */
function titleAlso(word: string): [string, string] | null {
  const title = word.endsWith('도') ? word.slice(0, -1) : '';
  return TITLE.has(title) ? [word, title] : null;
}
// A team or firm written in Latin letters between a name and its title: "염태수 LG 감독은".
const LATIN_ORG = /^[A-Z][A-Za-z0-9&.-]*$/;
// All a frame may hold before its quote and still go on with the story's subject: "이어 “…”".
const GOES_ON_ADVERB = /^\s*(?:이어|이어서|또|또한|그러면서|아울러|특히)?\s*$/u;
const sentenceOf = (text: string): string => text.split(/[.!?]\s+/u).pop() ?? '';

function subjectOf(sentence: string): Person | 'anaphor' | 'unnamed' | null {
  // An age in brackets is no part of the word: 이서연(19)씨는.
  const words = sentence.replace(AGE, '').split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (PRONOUN.test(word)) return 'anaphor';
    // ("정 교수도": also with 도, "too", after a title.)
    const m = TOPIC.re.exec(word) ?? titleAlso(word);
    // "한지은 교수는": a name ending in a particle's syllable, then the title that takes it.
    if (m && titledNext(words[k + 1])) continue;
    if (m && ROLE_IN_GA.test(word) && k + 1 < words.length) continue;
    // A stem in 하/되/있/없 is a verb's adnominal form (토로하는 "that vents"), not a noun.
    // (And 다는, "that says …": 왔다는 대학생 "the student who said she came".)
    if (m && !NOT_SUBJECT.has(m[1]!) && !/[하되있없않다]$/u.test(m[1]!)) {
      // "이서연씨는": 씨 glued to the name, someone named whatever 한 stands before ("…한 공원에서
      // 만난 김순자씨는").
      if (GLUED_SSI.re.test(m[1]!)) return { name: m[1]!.slice(0, -1), role: null };
      // "한 증권사 연구원은", "한 외국계 증권사 애널리스트는", "한 직장인은": "a" (한) before the
      // noun phrase, someone the text does not name. (Right before a title 한 is the surname
      // Han: "한 판사는".)
      // (Not a name after it: "피해자 중 한 명인 박순자 씨는", "one of them, Park Sun-ja".)
      if (words[k - 2] === '한') return 'unnamed';
      if (words[k - 3] === '한' && m[1] !== '씨' && !isKoreanName(words[k - 1]!)) return 'unnamed';
      if (words[k - 1] === '한' && !titledNext(word)) return 'unnamed';
      // "윤석열 대통령은": the title takes the particle; the name is the word before it, or
      // before the office ("김수진 고용노동부 장관은").
      if (UNNAMED.has(m[1]!)) return 'unnamed';
      // (An ordinal before the title: 제1차관, "First Vice Minister"; a rank: 5단.)
      const title = titledNext(word);
      // "한동수 삼한전자 대표는", "김도현 한은 총재는": a name of three syllables, then the
      // organisation it holds the title in.
      if (
        title &&
        k > 1 &&
        // (Not "그러나 정 판사는": a surname alone before the title is the name's.)
        words[k - 1]!.length > 1 &&
        (words[k - 1]!.length !== 3 ||
          (isKoreanName(words[k - 2]!) && !isKoreanName(words[k - 1]!))) &&
        THREE_SYLLABLES.re.test(words[k - 2]!) &&
        // (Or a team or firm in Latin letters: "염태수 LG 감독은".)
        (HANGUL_CHAR.re.test(words[k - 1]!) || LATIN_ORG.test(words[k - 1]!))
      )
        return { name: words[k - 2]!, role: `${words[k - 1]!} ${m[1]!}` };
      const name = k > 0 && title ? words[k - 1]! : '';
      const office = k > 1 && title ? words[k - 2]! : '';
      const isOffice = name.length >= 3 && OFFICE_END.test(name);
      if (HANGUL_NAME.re.test(name) && !isOffice) return { name, role: m[1]! };
      // "최 장관은": a surname and a title, the full name given earlier (see cjk-surnames.ts).
      if (/^\p{Script=Hangul}$/u.test(name)) return { name, role: m[1]! };
      if (isOffice && HANGUL_NAME.re.test(office))
        return { name: office, role: `${name} ${m[1]!}` };
      // "서정민 병원장은", "심재원 학예연구관은", "김은지 강사는": a full name, then a word of a
      // role's shape that no title list holds.
      if (
        !title &&
        k > 0 &&
        ROLE_END.re.test(m[1]!) &&
        isKoreanName(words[k - 1]!) &&
        !NOT_NAME.has(words[k - 1]!) &&
        !OFFICE_END.test(words[k - 1]!)
      )
        return { name: words[k - 1]!, role: m[1]! };
      return title ? 'unnamed' : { name: m[1]!, role: null };
    }
  }
  return null;
}

// A court and its division: 서울중앙지법 형사합의25부, 서해고법 형사2부, 대법원 2부.
const COURT = rx(
  String.raw`\p{Script=Hangul}*(?:지방법원|고등법원|가정법원|행정법원|지법|고법|법원)(?:\s+\p{Script=Hangul}*\d+(?:-\d+)?부)?(?![\p{Script=Hangul}\d])`,
  'gu',
);

/** The court a story named last: whom "the bench" (재판부) refers to. */
function courtBefore(text: string): Person | null {
  let last: string | undefined;
  for (const m of text.matchAll(COURT.re)) last = m[0];
  return last ? { name: last, role: null } : null;
}

/**
 * The speaker a Korean frame names: subject before the quote, reporting verb after it.
 * `earlier`: the text before the quote, for whom "the bench" (재판부는) refers back to.
 */
export function koreanSource(
  before: string,
  after: string,
  sentenceAfter = after,
  earlier = before,
): Person | 'anaphor' | 'unnamed' | null {
  // “…” 정민호(41) 씨의 말이다: "the words of" the person named after the quote.
  const wordsOf = WORDS_OF.re.exec(after);
  if (wordsOf) return { name: wordsOf[1]!, role: null };
  // "…"며 "…"고 밝혔다: a quote joined by 며 or 라며 to the next is framed by the verb after both.
  const joined = /^\s*(?:이?라며|며|면서도?|이?라면서도?)(?:\s|$)/u.test(after);
  const rest = (joined ? sentenceAfter : after).split(/[.!?](?:\s|$)/u)[0] ?? '';
  if (!HANGUL_CHAR.re.test(rest) || !VERB.test(rest)) return null;
  // (The words of a quote before, joined by 며, are not the frame's: 인건비는 inside it.)
  const head = sentenceOf(blankQuotes(before));
  const who = subjectOf(head);
  // "이어 “…”고 덧붙였다": a reporting verb with no subject before the quote but "then" or
  // "also" goes on with the subject the text follows.
  if (who === null && GOES_ON_ADVERB.test(head)) return 'anaphor';
  // "서울남부지법 형사13부(재판장 …)는 … 선고했다. 재판부는 “…”": the court that tried the case.
  if (typeof who === 'object' && who?.name === '재판부') return courtBefore(earlier) ?? 'unnamed';
  return who;
}

/** 그/그녀: the named subject of the closest earlier sentence that has one. */
export function koreanAntecedent(text: string): Person | null {
  const sentences = text.split(/[.!?]\s+/u);
  sentences.pop(); // the quote's own sentence
  for (let k = sentences.length - 1; k >= 0 && k >= sentences.length - 4; k--) {
    const who = subjectOf(sentences[k]!);
    if (who && who !== 'anaphor' && who !== 'unnamed') return who;
  }
  return null;
}
