/**
 * Chinese personal names, which no capital letter or space marks: a surname from the common ones
 * (in simplified and traditional forms), then a given name of one or two characters. Read only
 * where a subject stands (a clause's start, right after a role), never searched for in running
 * text, where most of these characters are ordinary words.
 */

// The common surnames, simplified then traditional where they differ. Characters that open
// clauses as words (和, 于, 但, 由, 那, 时, 向, 全, 原, 都, 公, 来…) are left out.
const SINGLE =
  '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾' +
  '肖蕭田董袁潘蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾鐘谭譚陆陸汪范金廖贾賈夏韦韋傅' +
  '邹鄒孟熊秦邱尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵钱錢严嚴覃戴莫孔汤湯温溫康施牛樊葛' +
  '邢齐齊乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關焦俞柳甘祝宁寧舒阮柯纪紀梅童凌毕畢' +
  '季裴霍涂苗盛翁冉骆駱蓝藍游辛靳柴蒙鲍鮑喻祁蒲滕屈饶饒艾尤穆卓缪繆简簡项項麦麥褚娄婁窦竇戚岑' +
  '宫宮费費卜晏卫衛佟臧闵閔邬鄔卞姬栾欒隋刁巫寇甄虞敖巩鞏佘邝鄺洪谌諶奚冼蔺藺楼樓闻聞阚闞屠' +
  '禹芮晁邸雍辜裘邰赫逯嵇湛';
// Two-character surnames: 欧阳, 司马, 诸葛…
const DOUBLE =
  '欧阳|歐陽|司马|司馬|诸葛|諸葛|上官|东方|東方|皇甫|令狐|慕容|夏侯|长孙|長孫|司徒|公孙|公孫';

// What comes right after a subject's name and is no part of it: an adverb (则, 也, 还), a
// preposition (在, 对, 以, 把), a particle (的, 了), a reporting verb's first character, 本人
// ("himself"), a list's 、.
const AFTER_NAME =
  '则則也还還就又都在对對向把将將被给給跟从從以于於与與和及为為因的了这這等是说說称稱表显顯坦直认認指透回笑补補介告提本、，,：:';

const NAME = new RegExp(
  `^(?:${DOUBLE}|[${SINGLE}])[\\u4e00-\\u9fff](?<![${AFTER_NAME}])(?:[\\u4e00-\\u9fff](?<![${AFTER_NAME}]))?`,
  'u',
);
const NAME_THEN = new RegExp(`${NAME.source}(?=[${AFTER_NAME}]|$)`, 'u');

/**
 * The Chinese name that opens `run` (赵一鸣显得很平静 → 赵一鸣), or null. `followed` asks for a
 * word after it that a subject takes (显, 则, 在, 本人…): what makes a surname's character at a
 * clause's start a name rather than a word (高标准农田).
 */
export function chineseNameAt(run: string, followed: boolean): string | null {
  return (followed ? NAME_THEN : NAME).exec(run)?.[0] ?? null;
}
