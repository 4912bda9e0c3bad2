import { HANGUL_CHAR, rx, rxOf } from './letters.ts';
import { isKoreanName } from './korean.ts';
import { blankQuotes } from './neighbours.ts';

/**
 * Japanese and Korean news name a person in full once and then by surname and title (中西雅人外相
 * … 中西氏は, 강민재(31)씨 … 강씨는, 최성민 외교부 장관 … 최 장관은). These give the later mention
 * the full name.
 */

// Titles and honorifics glued after a Japanese or Korean name.
const TITLES =
  '氏|さん|様|シニアアナリスト|最高経営責任者|最高技術責任者|最高財務責任者|最高執行責任者|チームリーダー|グループリーダー|プロジェクトリーダー|リーダー|ディレクター|マネージャー|プロデューサー|キャプテン|オーナー|トレーナー|アナリスト|エコノミスト|副署長|副知事|副市長|社長|会長|首相|外相|防衛相|財務相|外務相|経産相|法相|農相|農水相|文科相|厚労相|国交相|環境相|総務相|復興相|副大臣|知事|市長|議員|大臣|長官|監督|選手|投手|捕手|主将|裁判長|弁護士|医師|容疑者|被告|代表|委員長|書記長|事務総長|総裁|副総裁|頭取|准教授|教授|教育長|会頭|事務局長|裁判官|判事|検事|校長|院長|所長|署長|部長|課長|局長|店長|館長|学長|町長|村長|区長|議長|幹事長|理事長|副社長|総理|大統領|コーチ|内野手|外野手|教諭|町議|市議|県議|区議|村議|都議';
// (Korean "강씨는" keeps its particle when read as one word.)
const TITLE_AFTER = new RegExp(`(?:${TITLES}|씨(?:은|는|이|가|의)?)$`, 'u');
// (Built on first need, as every property regex of the rules: see letters.ts.)
// (Japanese surnames run to three characters: 小野寺, 佐々木, 長谷川.)
const SHORT = rx(String.raw`^(?:\p{Script=Hangul}|[\p{Script=Han}々]{1,3})$`, 'u');
const KANA = rx(String.raw`[\p{Script=Hiragana}\p{Script=Katakana}]`, 'u');

// Syllables that follow a surname but are no given name: 씨 ("Mr"), a particle at the end.
const NOT_GIVEN = /^씨|[은는이가의을를도]$/u;

// A name Korean writes from another language, given name and surname as two words, with an age
// or an affiliation in brackets the first time (카밀라 로하스(44)), then the surname alone.
const FOREIGN_SURNAME = rx(String.raw`^\p{Script=Hangul}{2,5}$`, 'u');
// A word that ends in a particle or a role noun's last syllable (연합의, 독립운동가, 기자) is no
// given name.
const NOT_GIVEN_NAME = /[은는이가의을를에와과로도서자원사장관인수님생부측들]$/u;

/** A foreign surname in full, when the text before introduced it with a given name. */
function foreignName(surname: string, textBefore: string): string {
  const re = rxOf(`(\\p{Script=Hangul}{2,5})\\s${surname}(?=[(（])`, 'gu');
  for (const m of blankQuotes(textBefore).matchAll(re))
    if (!NOT_GIVEN_NAME.test(m[1]!)) return `${m[1]!} ${surname}`;
  return surname;
}

// The last characters of a body's name: an agency, a ministry, a company, a party, a prefecture
// (not 市, 町, 村: 高市, 中村 are surnames).
const BODY_END = /[庁省社局党署府県]$/u;

/**
 * A speaker's name without a glued title, and in full when it is a surname that the text before
 * the quote introduced with a given name.
 */
export function fullCjkName(name: string, textBefore: string): string {
  const bare = name.replace(TITLE_AFTER, '');
  if (FOREIGN_SURNAME.re.test(bare) && !isKoreanName(bare)) return foreignName(bare, textBefore);
  if (!bare || !SHORT.re.test(bare)) return bare || name;
  // (A body is no surname: 気象庁 is not 気象庁予報課.)
  if (BODY_END.test(bare)) return bare;
  const hangul = HANGUL_CHAR.re.test(bare);
  // Korean given names are one or two syllables; Japanese ones one to three characters. The name
  // ends at a bracket, a space, a particle or a title, and a Korean one starts a word (not
  // 이에서 inside 사이에서).
  const re = hangul
    ? rxOf(
        `(?<!\\p{Script=Hangul})${bare}(\\p{Script=Hangul}{1,2})(?=[(（\\s]|씨|은|는|이|가|의)`,
        'gu',
      )
    : KANA.re.test(textBefore)
      ? rxOf(
          // (A given name in hiragana, 三好ゆかり監督, only before a title or an age: hiragana is
          // also the grammar after a name.)
          `${bare}(?!${TITLES})([\\p{Script=Han}々]{1,3}?(?=[(（\\s、はがのと]|${TITLES})|\\p{Script=Hiragana}{2,4}?(?=[(（\\s]|${TITLES}))`,
          'u',
        )
      : null;
  if (!re) return bare;
  // The first introduction, outside quotations (not "최선을" inside an earlier quote).
  const text = blankQuotes(textBefore);
  // A Korean full name is three syllables: "이 대표" is 이승우 of "이승우 대표", not the word 이후
  // ("after") that came first.
  if (hangul) {
    const all = [...text.matchAll(re)];
    const m = all.find((x) => x[1]!.length === 2 && !NOT_GIVEN.test(x[1]!)) ?? all[0];
    return m ? bare + m[1]! : bare;
  }
  const m = re.exec(text);
  return m ? bare + m[1]! : bare;
}
