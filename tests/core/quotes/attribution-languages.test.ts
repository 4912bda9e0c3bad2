import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/quotes/index.ts';
import { first } from './first-quote.ts';

/** Frames of languages other than English, from the blind probe sets' errors (sixteenth session). */

/** The speakers of a text's speech quotes, in order. */
const speakers = (text: string): (string | null)[] =>
  analyzeText(text)
    .filter((q) => q.kind === 'speech')
    .map((q) => q.speaker);

describe('a function word after a partial quote goes on with the sentence', () => {
  test.each([
    [
      'Swedish "efter"',
      'Enligt Anders Holmgren är beslutet ”tungt men nödvändigt” efter flera år med svag lönsamhet.',
      'Anders Holmgren',
    ],
    [
      'Polish "przez"',
      'Według Marka Nowaka reforma jest „zbyt kosztowna” przez brak pieniędzy.',
      'Marek Nowak',
    ],
    ['Czech "podle"', 'Podle Jana Nováka je plán „zcela nereálný“ kvůli rozpočtu.', 'Jan Novák'],
    ['Portuguese "até"', 'Segundo Rui Costa, o plano é “inviável” até ao fim do ano.', 'Rui Costa'],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });

  test('a lower-case noun after the quote is still the noun it modifies', () => {
    expect(first('Regeringen satsar på den ”gröna” omställningen i norra Sverige.')).toEqual([
      'term',
      null,
    ]);
  });
});

describe('"so-called" in other languages names a term', () => {
  test.each([
    ['Italian', 'Secondo Lanzetti, la cosiddetta «quota 41» sarà confermata anche per il 2026.'],
    ['German', 'Laut Olaf Weber wird die sogenannte „Kindergrundsicherung“ nicht kommen.'],
    ['Russian', 'По словам министра, так называемый «налог на роскошь» будет отменён.'],
  ])('%s', (_name, text) => {
    expect(first(text)).toEqual(['term', null]);
  });
});

describe('a source preposition before a lower-case title and a name', () => {
  test.each([
    [
      'Swedish "enligt vd"',
      'Enligt vd Anders Holmgren är beslutet ”tungt men nödvändigt” för bolaget.',
      'Anders Holmgren',
    ],
    [
      'Spanish "según el ministro"',
      'Según el ministro Juan Pérez la medida es “necesaria”.',
      'Juan Pérez',
    ],
    [
      'English "according to chief economist"',
      'According to chief economist Jane Smith the outlook is "grim" for now.',
      'Jane Smith',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });

  test('not "so" before a lower-case word (German "so" is a source preposition)', () => {
    expect(first('He worked hard so that Apple could "win" again.')).toEqual(['term', null]);
  });
});

describe('a role alone refers back to the person the story follows', () => {
  test('a title alone at a sentence start in a language without articles ("Polityk dodał")', () => {
    expect(
      speakers(
        'Zdaniem posła Marka Gołębiowskiego reforma jest „oderwana od rzeczywistości”. Polityk dodał, że bez pieniędzy reforma „skończy się na papierze”.',
      ),
    ).toEqual(['Marek Gołębiowski', 'Marek Gołębiowski']);
  });

  test('a Dutch role after "de" and a club after the name’s own "van"', () => {
    expect(
      speakers(
        'Trainer Erik van Dalsum van Heracles Almelo baalde flink. "We hebben niet goed genoeg gevoetbald", zei de oefenmeester.',
      ),
    ).toEqual(['Erik van Dalsum']);
  });

  test('a Swedish role with its article as its ending ("säger tränaren")', () => {
    expect(
      speakers('Förbundskaptenen Per Holm var nöjd. ”Det var en bra match”, säger tränaren.'),
    ).toEqual(['Per Holm']);
  });
});

describe('German reported speech', () => {
  const speech = (text: string) =>
    analyzeText(text).map((q) => [q.kind, q.speaker] as [string, string | null]);

  test('the subjunctive goes on with the speaker the story follows', () => {
    expect(
      speech(
        'Innenminister Markus Freiling verteidigte die Reform. „Wir stellen mehr Beamte ein“, sagte der CSU-Politiker. Die Vorwürfe seien „schlicht falsch“.',
      ),
    ).toEqual([
      ['speech', 'Markus Freiling'],
      ['speech', 'Markus Freiling'],
    ]);
  });

  test('the subjunctive and a frame at the end of the sentence, after a participle', () => {
    expect(
      speech(
        'Der 58-Jährige habe „mit erheblicher krimineller Energie“ gehandelt, sagte die Vorsitzende Richterin Claudia Weyand.',
      ),
    ).toEqual([['speech', 'Claudia Weyand']]);
  });

  test('a verb of speaking and its preposition before a quote in capitals ("sprach von einem")', () => {
    expect(
      speech('Gewerkschaftschef Jan Olsen sprach von einem „Schlag ins Gesicht der Belegschaft“.'),
    ).toEqual([['speech', 'Jan Olsen']]);
    expect(speech('Union leader Jan Olsen spoke of a “Slap In The Face”.')).toEqual([
      ['speech', 'Jan Olsen'],
    ]);
    // A title after a verb and "in" is still a title.
    expect(speech('She wrote in “The Atlantic” that it was over.')).toEqual([['term', null]]);
  });
});

describe('Japanese frames with an honorific, an age or an object before the verb', () => {
  test('さん and an object before the verb (と喜びを語った), the full name given before', () => {
    expect(
      speakers(
        '作家の小野寺澄子さんの長編小説が本屋大賞に選ばれた。発表会で、小野寺さんは「何よりうれしい」と喜びを語った。',
      ),
    ).toEqual(['小野寺澄子']);
  });

  test('an age between the name and は, and a polite ending (と話していました)', () => {
    expect(
      speakers(
        '避難所に身を寄せた坂本ヨシ子さん(78)は「夜中に雨の音が強くなって怖かった」と話していました。',
      ),
    ).toEqual(['坂本ヨシ子']);
  });

  test('one of a group names no one (書店員の一人は)', () => {
    expect(speakers('選考に関わった書店員の一人は「誰かに手渡したくなる一冊」と評した。')).toEqual([
      null,
    ]);
  });
});

describe('an inverted frame with an office of several words or after a time and a place', () => {
  test.each([
    [
      'Portuguese "a líder parlamentar do PS, Mariana Vasconcelos"',
      '«Este orçamento é uma oportunidade perdida», afirmou a líder parlamentar do PS, Mariana Vasconcelos, no debate.',
      'Mariana Vasconcelos',
    ],
    [
      'Spanish "este martes en Ginebra la portavoz de ACNUR, Elena Baptista"',
      '«La situación es insostenible», afirmó este martes en Ginebra la portavoz de ACNUR, Elena Baptista.',
      'Elena Baptista',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});

describe('a role noun refers to whom the text introduced by what the role does', () => {
  test.each([
    [
      'Spanish "dirigida por" → "la directora"',
      'La serie «Tierra de nadie», dirigida por Carmen Aguilar, se estrena en marzo. «Quería contar la historia de mi abuela», explicó la directora durante la presentación.',
      'Carmen Aguilar',
    ],
    [
      'English "directed by" → "the director"',
      'The film, directed by Maya Lund, opens on Friday. “It took seven years,” the director said.',
      'Maya Lund',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  test('a described member after "selon" is someone unnamed', () => {
    expect(first('Selon un membre du jury, la décision a été prise « à l’unanimité ».')).toEqual([
      'speech',
      null,
    ]);
  });
});

describe('English "the 29-year-old said" refers back, as German "der 41-Jährige" does', () => {
  test.each([
    [
      'Actress Lila Montrose is opening up about the role. “I was in the cereal aisle,” the 29-year-old said on a podcast.',
      'Lila Montrose',
    ],
    [
      'Sprinter Keisha Moreland won three golds. "Pepperoni pizza," the 22-year-old laughed when asked about her pre-race meal.',
      'Keisha Moreland',
    ],
  ])('%s', (text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});

test('Japanese: a name given with と and another verb is no speech frame (と名付けて開設した)', () => {
  expect(
    analyzeText('浜松市は新施設を「みんなの広場」と名付けて開設した。').map((q) => q.kind),
  ).toEqual(['term']);
});

describe('Korean subjects and verbs', () => {
  test.each([
    ['a verb of praise (칭찬했다)', '최민호 감독은 "태양이가 팀을 살렸다"고 칭찬했다.', '최민호'],
    [
      'an age and 씨 glued to the name',
      '이서연(19)씨는 통화에서 "작년 실패가 약이 됐다"고 말했다.',
      '이서연',
    ],
    [
      'a name, the organisation, then the title (한동수 삼한전자 대표는)',
      '한동수 삼한전자 대표는 주주총회에서 “올해는 원년이 될 것”이라고 말했다.',
      '한동수',
    ],
    [
      '면서도 and 선을 그었다',
      '김도현 한은 총재는 "데이터를 보고 판단하겠다"면서도 선을 그었다.',
      '김도현',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});

describe('Chinese partial quotes in reported speech', () => {
  test.each([
    [
      'the quote after 行为 (act), which is no naming 为',
      '广州市中级人民法院在判决书中指出，卢某某的行为“严重损害了国家工作人员职务行为的廉洁性”。',
      '广州市中级人民法院',
    ],
    [
      'roles listed with 、 before the name',
      '北京一所高校的电影学教授、影评人罗文涛则指出，影片的成功说明“现实主义题材依然拥有广阔市场”。',
      '罗文涛',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });

  test('naming with 列为 is still a term', () => {
    expect(first('该项目被列为“重点工程”。')).toEqual(['term', null]);
  });
});

describe('an organisation’s noun after an article refers to the organisation named before', () => {
  test.each([
    [
      'Dutch "meldt het instituut" after an acronym',
      'Het KNMI heeft code oranje afgegeven. ‘Er kunnen zware windstoten voorkomen’, meldt het instituut.',
      'KNMI',
    ],
    [
      'Swedish "skriver myndigheten" (article as the ending)',
      'SMHI har utfärdat en orange varning. ”Räkna med stora störningar”, skriver myndigheten på sin webbplats.',
      'SMHI',
    ],
    [
      'Spanish "informó la compañía" after "La aerolínea Iberavia"',
      'La aerolínea Iberavia anunció nuevas rutas. «Es una apuesta por el crecimiento», informó la compañía.',
      'Iberavia',
    ],
    [
      'German "teilte das Unternehmen mit" after "Die Küstenbahn Nord"',
      'Die Küstenbahn Nord hat den Zugverkehr eingestellt. „Die Sicherheit hat oberste Priorität“, teilte das Unternehmen mit.',
      'Küstenbahn Nord',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });

  test('a German article after a full name opens the verb’s object ("sagte X der dpa")', () => {
    expect(
      first(
        '„Es ist mit Sturm zu rechnen“, sagte DWD-Meteorologe Tobias Reinhold der Deutschen Presse-Agentur.',
      ),
    ).toEqual(['speech', 'Tobias Reinhold']);
    expect(first('„Wir handeln“, sagte Ursula von der Leyen.')).toEqual([
      'speech',
      'Ursula von der Leyen',
    ]);
  });
});

describe('English organisations, relatives and participles', () => {
  test.each([
    [
      'an organisation’s name runs on over "and"',
      'The Department of Health and Social Care said that waiting times ‘are starting to fall’.',
      ['speech', 'Department of Health and Social Care'],
    ],
    [
      'someone of the person named is not them',
      'In mitigation, Pelham’s barrister said she was ‘deeply ashamed’ and had repaid the money.',
      ['speech', null],
    ],
    [
      'a participle of saying ("insisting")',
      'The home secretary, Rachel Dunmore, has defended plans, insisting they were ‘proportionate and overdue’.',
      ['speech', 'Rachel Dunmore'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  test('a list of people is no organisation', () => {
    expect(first('Smith and Jones said the plan was “dead on arrival”.')[1]).not.toBe(
      'Smith and Jones',
    );
  });
});

test('a group in the plural names no one ("Unions said")', () => {
  expect(first('Unions said the plan amounted to “privatisation by the back door.”')).toEqual([
    'speech',
    null,
  ]);
});

test('Swedish and Danish pronouns refer back (”…”, säger hon)', () => {
  expect(
    first(
      'Kommunstyrelsens ordförande Maria Öberg (S) vill bygga en ny simhall. ”Den gamla hallen är slut”, säger hon.',
    ),
  ).toEqual(['speech', 'Maria Öberg']);
  expect(first('Han Kang won the prize. “I am grateful,” Han said.')).toEqual([
    'speech',
    'Han Kang',
  ]);
});

test('a source preposition before a role the text refers back with ("Volgens de minister")', () => {
  expect(
    analyzeText(
      'Minister Sanne Kooistra wil gemeenten verplichten meer te bouwen. Volgens de minister zijn de afspraken ‘veel te vrijblijvend’.',
    ).map((q) => [q.kind, q.speaker]),
  ).toEqual([['speech', 'Sanne Kooistra']]);
  expect(
    first(
      'Hansteins Verteidiger Malte Kürten kündigte Revision an. „Das Urteil hält nicht stand“, sagte er.',
    ),
  ).toEqual(['speech', 'Malte Kürten']);
});

describe('Japanese frames around the quote', () => {
  test.each([
    [
      'the speaker between と and the verb',
      '「地域の魅力を伝えたい」と佐藤健太氏は話す。',
      '佐藤健太',
    ],
    [
      'a sentence announcing the quote',
      '佐藤健太氏はこう語った。「地域の魅力を伝えたい」',
      '佐藤健太',
    ],
    [
      'によると and the hearsay ending という',
      '気象庁によると、「今後も警戒が必要だ」という。',
      '気象庁',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});

describe('organisations named with what kind they are', () => {
  test.each([
    [
      'a Dutch compound before an acronym',
      'Vakbond FNV noemt het een ‘zwarte dag voor de regio’.',
      'FNV',
    ],
    [
      'a Swedish compound before a name',
      'Elbolaget Nordkraft beskriver läget som ”mycket allvarligt”.',
      'Nordkraft',
    ],
    [
      'an organisation whose own name has "van"',
      'De Vereniging van Nederlandse Gemeenten noemt het plan ‘onuitvoerbaar zonder extra geld’.',
      'Vereniging van Nederlandse Gemeenten',
    ],
    ['a Dutch surname with its particle stays whole', 'De Jong zei: ‘Het kan niet.’', 'De Jong'],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});

test('an article before an acronym is an organisation’s, and an adverb may follow the verb', () => {
  expect(first('Die ÖVP spricht hingegen von einer „Abzocke“ der Autofahrer.')).toEqual([
    'speech',
    'ÖVP',
  ]);
  expect(first('Die IG Metall sprach von einem „Schlag ins Gesicht der Belegschaft“.')).toEqual([
    'speech',
    'IG Metall',
  ]);
});

test('a dateline in capitals is no organisation "the company" refers back to', () => {
  expect(
    first(
      'NEW YORK (Reuters) - Shares of the trucking firm fell. "We are cutting costs," the company said.',
    ),
  ).toEqual(['speech', null]);
});

describe('a name, then "from" and a place, after an inverted frame (twenty-eighth session)', () => {
  test.each([
    [
      'German "aus"',
      '„Wir haben alles verloren, was wir hatten“, sagt Hannelore Kraft aus Bad Ems.',
      'Hannelore Kraft',
    ],
    [
      'Dutch "uit"',
      '‘Het water stond tot aan de vensterbank’, zegt Joke Smits uit Venlo.',
      'Joke Smits',
    ],
    [
      'Swedish "från"',
      '”Vi har aldrig varit med om något liknande”, säger Lars Nyström från Kiruna.',
      'Lars Nyström',
    ],
    [
      'Russian "из"',
      '«Такого паводка здесь не было сорок лет», — говорит Ирина Лаптева из Тулуна.',
      'Ирина Лаптева',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});

describe('a Chinese name after a role no list holds, glued before it (twenty-eighth session)', () => {
  test.each([
    [
      'a role ending in 家',
      '不过，华东经济研究院首席经济学家欧阳明远指出，消费复苏仍然缓慢，“居民的收入预期还没有恢复”。',
      '欧阳明远',
    ],
    [
      'a role ending in 人',
      '星河创投合伙人刘静表示：“我们看重的是团队的执行力，而不只是技术。”',
      '刘静',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});

describe('a smile before a Chinese verb, a secretary-general after a Japanese name', () => {
  test.each([
    [
      'Chinese 笑說',
      '茶餐廳開業五十年。「我每日五點起身，做咗幾十年都係咁。」陳嘉豪笑說。',
      '陳嘉豪',
    ],
    [
      'Japanese 書記長',
      '労組のアンナ・シュミット書記長は「要求が通るまでストを続ける」と述べた。',
      'アンナ・シュミット',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});
