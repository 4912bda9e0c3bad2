import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/quotes/index.ts';

/** Frames from the errors of the blind probe sets read in the thirty-second session. */

const found = (text: string): string[] =>
  analyzeText(text).map((q) => `${q.kind}/${q.speaker ?? '-'}`);
const roles = (text: string): (string | null)[] => analyzeText(text).map((q) => q.role);

describe('Korean: the bench refers back to the court that tried the case', () => {
  test('재판부 after a court and its division named in an earlier paragraph', () => {
    const text =
      '서울남부지법 형사13부(재판장 한재석 부장판사)는 21일 사기 혐의로 구속기소된 임대업자 강모(48)씨에게 징역 12년을 선고했다.\n' +
      '재판부는 “피고인은 처음부터 보증금을 돌려줄 능력도, 의사도 없이 세입자들을 끌어들였다”며 “피해자 대부분이 극심한 고통을 겪고 있다”고 양형 이유를 밝혔다.';
    expect(found(text)).toEqual(['speech/서울남부지법 형사13부', 'speech/서울남부지법 형사13부']);
  });

  test('the last court named, a high court after a district court', () => {
    const text =
      '1심인 해솔지법은 징역 6년을 선고했다. 서해고법 형사2부(부장판사 윤성호)는 14일 A씨의 항소를 기각했다.\n' +
      '재판부는 “원심의 형이 무겁다고 볼 수 없다”고 밝혔다.';
    expect(found(text)).toEqual(['speech/서해고법 형사2부']);
  });

  test('no court named: the bench is no one the text names', () => {
    const text = '재판부는 “죄질이 매우 나쁘다”고 밝혔다.';
    expect(found(text)).toEqual(['speech/-']);
  });
});

describe('Korean: a full name before a role no title list holds', () => {
  test.each([
    [
      '경북대병원 서정민 병원장은 “응급실 문제는 응급실만의 문제가 아니다”라고 말했다.',
      '서정민',
      '병원장',
    ],
    [
      '발굴을 이끈 심재원 학예연구관은 “도굴의 흔적이 전혀 없다”고 설명했다.',
      '심재원',
      '학예연구관',
    ],
    ['그를 가르친 김은지(41) 강사는 “제가 더 많이 배웠다”고 말했다.', '김은지', '강사'],
  ])('%s', (text, speaker, role) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
    expect(roles(text)).toEqual([role]);
  });

  test('not an adverb that opens with a surname’s syllable, nor a name that is no role', () => {
    // 하지만 ("but") has a full name's shape; 엘제이 is a name, not a role.
    const text = '하지만 엘제이는 “사랑하는 사람의 추억을 간직하는 게 잘못이냐”고 말했다.';
    expect(found(text)).toEqual(['speech/엘제이']);
  });

  test('not an agency before its name', () => {
    // 소속사 ("the agency") has a full name's shape, but 별빛엔터테인먼트 is no role.
    const text = '소속사 별빛엔터테인먼트는 3일 “윤서아가 출연을 확정했다”고 밝혔다.';
    expect(found(text)).toEqual(['speech/별빛엔터테인먼트']);
  });
});

describe('Korean: "a" (한) before a noun phrase is someone unnamed', () => {
  test.each([
    '정류장에서 40분 넘게 버스를 기다렸다는 한 직장인은 “오늘 지각은 피할 수 없을 것 같다”고 말했다.',
    '한 외국계 증권사 애널리스트는 “회복 속도를 낙관하기 어렵다”고 말했다.',
  ])('%s', (text) => {
    expect(found(text)).toEqual(['speech/-']);
  });

  test('not 한 in "one of them" before a name, nor the surname 한 before a title', () => {
    expect(
      found('피해자 중 한 명인 박순자(71) 씨는 “평생 모은 돈을 하루아침에 잃었다”고 말했다.'),
    ).toEqual(['speech/박순자']);
    expect(found('한 판사는 “죄질이 나쁘다”고 말했다.')).toEqual(['speech/한']);
  });
});

describe('Japanese: sides of a case, sons and "the same company" name no one', () => {
  test.each([
    '検察側は論告で「反省の態度は見られない」と指摘した。',
    '弁護側は量刑について「同種事案と比べて重すぎる」と主張していた。',
    '弁護人は判決後、「控訴するかどうかは本人と相談して決めたい」と話した。',
    '長男は取材に「二度とこのようなことが起きないでほしい」と語った。',
    '同社は「生産拠点の集約は避けられないと判断した」と説明した。',
  ])('%s', (text) => {
    expect(found(text)).toEqual(['speech/-']);
  });

  test('a name with its title still names its speaker', () => {
    expect(found('弁護人の村瀬健一弁護士は判決後、「控訴を検討する」と述べた。')).toEqual([
      'speech/村瀬健一',
    ]);
  });
});

describe('Czech and Russian: the medium in the dative after a known surname', () => {
  test.each([
    [
      'Zpěvačka Veronika Šťastná se vrací na pódia. „Byly dny, kdy jsem nevstala z postele,“ svěřila se Šťastná Blesku.',
      'Veronika Šťastná',
    ],
    [
      'Гендиректор сети Денис Арсеньев назвал причины. «Мы закрываем магазины», — рассказал Арсеньев РБК.',
      'Денис Арсеньев',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('not in English, where two capitalised words after a verb are a new name', () => {
    const text = 'Coach Tom Baker left early. “We played well,” said Baker Mayfield.';
    expect(found(text)).toEqual(['speech/Baker Mayfield']);
  });
});

describe('English organisations read whole', () => {
  test.each([
    [
      'Business Unity South Africa (Busa) said the outages would cost the economy “billions of rands a week”.',
      'Business Unity South Africa',
    ],
    [
      'The Campaign for Rural Landscapes said in a statement that the vote marked “a dark day for the countryside”.',
      'Campaign for Rural Landscapes',
    ],
    [
      'Local Government Aotearoa, which represents councils, said the scheme was "a step in the right direction".',
      'Local Government Aotearoa',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('an occupation in -ess and an organisation word before a title still make roles', () => {
    expect(analyzeText('Actress Lila Montrose said it was "wonderful".')[0]).toMatchObject({
      speaker: 'Lila Montrose',
      role: 'Actress',
    });
    expect(
      analyzeText('Harbor Police Chief Dana Ruiz said the crash was "avoidable".')[0]?.speaker,
    ).toBe('Dana Ruiz');
  });
});

describe('an office after a role, then the person after a comma', () => {
  test.each([
    [
      '„Ein Abschuss löst das Problem nicht“, sagt die Wolfsexpertin des Nabu Brandenburg, Katrin Sommerfeld.',
      'Katrin Sommerfeld',
    ],
    [
      '"A orientação é clara", disse o secretário executivo da Defesa Civil, coronel Anderson Lyra.',
      'Anderson Lyra',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });
});

describe('Dutch: a minister "of" an office, then the name', () => {
  test.each([
    [
      'Dat heeft Vlaams minister van Cultuur Jan De Roover woensdag bekendgemaakt.\n“We vragen iedereen een inspanning”, verklaarde De Roover.',
      'Jan De Roover',
    ],
    [
      'Dat heeft minister van Cultuur Jan Peeters woensdag bekendgemaakt.\n“We vragen iedereen een inspanning”, verklaarde Peeters.',
      'Jan Peeters',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('"of" after a kin noun is no office: the whole name stays', () => {
    const text = 'Het was de dochter van Jan Peter Balkenende. “Het is goed”, zei Balkenende.';
    expect(found(text)).toEqual(['speech/Jan Peter Balkenende']);
  });
});

describe('Chinese: a conjunction before 他, and "this" or "the said" person', () => {
  test('不过他 is the pronoun after a conjunction', () => {
    const text =
      '男队主教练刘峰在接受采访时表示，林浩宇这一年进步明显。不过他也提醒，年轻队员“不能被一个冠军冲昏头脑”。';
    expect(found(text)).toEqual(['speech/刘峰']);
  });

  test('这位 and a role refer back to the person the story follows', () => {
    const text =
      '徐振东坦言自己输得心服口服。“他今天的发球变化比我想象的多，我很多球都没有判断准。”这位29岁的老将说，自己会继续备战明年的世乒赛。';
    expect(found(text)).toEqual(['speech/徐振东']);
  });

  test.each([
    '国铁成都局集团有限公司有关负责人介绍，成雅高铁全长约140公里。“线路穿越龙门山断裂带附近区域，地质条件复杂。”该负责人说。',
    '楼组长张国华说了很多。一楼的一位住户则有不同看法。“可我们的损失谁来补？”这位住户说。',
  ])('an official or a resident the text did not name: %s', (text) => {
    expect(found(text)).toEqual(['speech/-']);
  });
});

describe('Swedish: a role before its region, and an agent noun in the definite', () => {
  test.each([
    [
      'Regionrådet i Norrbotten Linnea Sjöberg (S) kallar tidpunkten ”helt obegriplig” och kräver att Trafikverket ser över planeringen.',
      'Linnea Sjöberg',
    ],
    [
      'Tågoperatören Vy skriver i ett pressmeddelande att man ”beklagar olägenheterna” och erbjuder återbetalning.',
      'Vy',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });
});

describe('Japanese: an occupation in the arts glued before a name', () => {
  test('俳優 is the role, the name without it', () => {
    const text =
      '審査員長を務めた米国の俳優ジュリア・ベネットさんは講評で「子どもたちの沈黙が、どんなせりふよりも雄弁だった」と述べた。';
    expect(analyzeText(text)[0]).toMatchObject({ speaker: 'ジュリア・ベネット', role: '俳優' });
  });
});

describe('German and Dutch: the subject after the verb of an inverted sentence', () => {
  test.each([
    ['In Berlin sagte Bürgermeister Kai Wegner, die Stadt sei „gut vorbereitet“.', 'Kai Wegner'],
    [
      'In het Gentse theaterhuis De Vlasfabriek stelt artistiek leider Koen Vermeulen dat zijn huis “al tien jaar op reserves draait”.',
      'Koen Vermeulen',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });
});

describe('Romance frames with no subject after the verb', () => {
  test('a champion refers back to the person named', () => {
    const text =
      'A cada manobra de Lucas Maciel, milhares de torcedores gritavam.\n“Não tem lugar no mundo igual a isso aqui. Eu surfei para eles”, disse o campeão, ainda com a bandeira nos ombros.';
    expect(found(text)).toEqual(['speech/Lucas Maciel']);
  });

  test('an adjunct with "entre" after the verb, past a sentence whose subject is a role of a team', () => {
    const text =
      'Iker Larrañaga hizo enloquecer a la afición asturiana. El joven corredor del Basoa Cycling atacó en la Huesera, y nadie pudo seguirle.\n«No me lo creo. Llevo soñando con esta meta desde que era un crío», declaró entre lágrimas en meta.';
    expect(found(text)).toEqual(['speech/Iker Larrañaga']);
  });

  test('a role "for" an office, then the name after a comma (Italian "per il")', () => {
    const text =
      '"Il sistema ha funzionato come previsto", ha riferito all\'ANSA la commissaria straordinaria per il Mose, Giovanna Dal Moro.';
    expect(found(text)).toEqual(['speech/Giovanna Dal Moro']);
  });
});

describe('German nouns are no names', () => {
  test('a noun after a preposition before a colon, with a referring subject', () => {
    const text =
      'Das Auto, ein Kleinwagen, gehört Lukas Hennig. Der 24-Jährige nahm es mit Humor: „Der war eh schon alt. Jetzt ist er halt etwas flacher.“';
    expect(found(text)).toEqual(['speech/Lukas Hennig']);
  });

  test('a noun after an article before a colon', () => {
    const text =
      'Kapitän Mats Feddersen sprach von einem „gefühlten Sieg“. Der Innenverteidiger haderte vor allem mit der Chancenverwertung: „Wir hätten zur Pause 3:0 führen müssen.“';
    expect(found(text).at(-1)).toBe('speech/Mats Feddersen');
  });

  test('a noun after a demonstrative', () => {
    const text =
      'Oberstleutnant Frieda Kallweit, Kommandeurin eines der betroffenen Bataillone, gab sich im Gespräch mit dieser Zeitung betont nüchtern: „Wir üben mit dem, was wir haben.“';
    expect(found(text)).toEqual(['speech/Frieda Kallweit']);
  });

  test('a name alone before a colon is still a name', () => {
    const text = 'Das Spiel endete 2:2. Dazu Trainer Jonas Keller: „Wir nehmen den Punkt mit.“';
    expect(found(text)).toEqual(['speech/Jonas Keller']);
  });
});

describe('German nouns joined by a genitive article are no name', () => {
  test('"die Hälfte der Drohnen" is not whom "er" refers to', () => {
    const text =
      'Staatssekretär Rüdiger Wenzlaff stellte den Bericht vor. Demnach ist die Hälfte der Drohnen defekt. „Wir prüfen das“, sagte er.';
    expect(found(text)).toEqual(['speech/Rüdiger Wenzlaff']);
  });

  test('nor "100 Prozent der Stadt"; a particle after "von" still joins a name', () => {
    expect(
      found('Der Schaden betrifft 100 Prozent der Stadt. „Hier geht es um Vertrauen“, sagte er.'),
    ).toEqual(['speech/-']);
    expect(found('„Europa muss handeln“, sagte Ursula von der Leyen.')).toEqual([
      'speech/Ursula von der Leyen',
    ]);
  });
});

describe('English organisations by their full names', () => {
  test.each([
    [
      'The Norwegian Directorate of Fisheries said on Monday it would cut the cod quota. “The stock is under pressure and we must act now,” the directorate said.',
      'Norwegian Directorate of Fisheries',
    ],
    [
      'The National Association of Small Coffee Growers rejected the plan. The growers’ association dismissed the package as "crumbs."',
      'National Association of Small Coffee Growers',
    ],
    [
      'Millbrook Unified School District officials declined to comment. Millbrook Unified said in a statement that it had “no plans to revisit” the schedule.',
      'Millbrook Unified School District',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });
});

test('an organisation named in full with "of" is no one "he" refers to', () => {
  const text =
    'Scott Keatley, a dietitian, spoke to us. “Mocktails may not last,” Keatley says.\n' +
    'A report from a committee to the United States Department of Agriculture recommends beans.\n' +
    'Personalized nutrition is growing, according to Keatley. “Tailored plans are becoming more accessible,” he says.';
  expect(found(text)).toEqual(['speech/Scott Keatley', 'speech/Scott Keatley']);
});

describe('Dutch kinds of body and titles before a name, and an unnamed spokesperson', () => {
  test.each([
    ['Corporatiekoepel Woonnet vindt dat de minister “naar de bouwkosten moet kijken”.', 'Woonnet'],
    ['Chipmachinemaker Lithex laat weten: “Er komen geen ontslagen.”', 'Lithex'],
    ['De Fietsersbond noemt het plan “een goede eerste stap”.', 'Fietsersbond'],
    ['Commandant Marloes de Kok sprak van “een drukke maar beheersbare nacht”.', 'Marloes de Kok'],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('"Een woordvoerder" is someone unnamed, not a dropped subject', () => {
    const text =
      '‘Ik hoorde een enorme klap’, vertelt de 43-jarige Mark Jansen.\nDe NS legde het treinverkeer stil. Een woordvoerder sprak van een ‘onvermijdelijke maatregel’.';
    expect(found(text)).toEqual(['speech/Mark Jansen', 'speech/-']);
  });

  test('a surname with its particle stays whole', () => {
    expect(found('“We gaan door”, zei De Jong.')).toEqual(['speech/De Jong']);
  });
});

describe('a speaker named in the genitive takes the nominative the text writes', () => {
  test('"в постановке Алины Гусевой … объяснила режиссер" after "Режиссер Алина Гусева"', () => {
    const text =
      'Режиссер Алина Гусева перенесла действие пьесы в пионерлагерь.\nПремьера «Чайки» в постановке Алины Гусевой стала событием сезона.\n«Чехов писал о людях, которые живут на обломках чужой жизни», — объяснила режиссер в интервью.';
    expect(found(text).at(-1)).toBe('speech/Алина Гусева');
  });

  test('not a shorter form inside a longer name ("Petr Vávr" in "Petr Vávra")', () => {
    const text =
      'Trenér Petr Vávra byl zklamaný. „Takhle se série vyhrát nedá,“ řekl Petr Vávra. „Musíme být ukáznění,“ dodal trenér Zlína Tomáš Kučera.';
    expect(found(text)).toEqual(['speech/Petr Vávra', 'speech/Tomáš Kučera']);
  });
});

test('a Czech body after "podle" keeps its head noun whole; a surname still takes the nominative', () => {
  expect(
    found(
      'Podle Asociace silničních dopravců je zdražení „přijatelné, pokud peníze skončí v asfaltu“.',
    ),
  ).toEqual(['speech/Asociace']);
  expect(found('Według Nowaka plan jest „całkowicie nierealny“.')).toEqual(['speech/Nowak']);
});

describe('Japanese: "the same agency", "saying", and a continuative verb', () => {
  test('同庁 is the agency the paragraph named, 「…」として、 its frame', () => {
    const text =
      '気象庁は10日未明、福岡県と佐賀県で線状降水帯が発生したと発表した。同庁は「災害の危険度が急激に高まっている」として、厳重な警戒を呼びかけている。';
    expect(found(text)).toEqual(['speech/気象庁']);
  });

  test('気象庁 is not made longer as a surname would be', () => {
    const text =
      '会見した気象庁予報課の主任予報官、森下浩二氏は「暴風に警戒してほしい」と述べた。\n気象庁によると、台風の中心気圧は925ヘクトパスカル。同庁は「命を守る行動を取ってほしい」と繰り返した。';
    expect(found(text)).toEqual(['speech/森下浩二', 'speech/気象庁']);
  });

  test('とあいさつし、 closes its clause: the topic speaks', () => {
    const text =
      '授賞式で河合真理子監督は日本語で「この映画は、撮影させてくれた町の人たちのものです」とあいさつし、会場から大きな拍手が送られた。';
    expect(found(text)).toEqual(['speech/河合真理子']);
  });

  test('a surname ending in 村 still takes its given name', () => {
    const text = '中村翔太投手は完封した。中村は「真っすぐが走っていた」と話した。';
    expect(found(text)).toEqual(['speech/中村翔太']);
  });
});
