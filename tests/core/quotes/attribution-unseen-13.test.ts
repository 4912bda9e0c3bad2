import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/quotes/index.ts';

/** Frames from the errors of the blind probe sets read in the thirty-first session. */

const found = (text: string): string[] =>
  analyzeText(text).map((q) => `${q.kind}/${q.speaker ?? '-'}`);

describe('a Chinese name between a role and an act before the verb', () => {
  test.each([
    ['今年52岁的巡护员杨德福回忆说：“那天晚上下着小雨，我听到一种叫声。”', '杨德福'],
    ['法官黃國樑押後判刑時說：「本案涉及的是數百戶居民的血汗錢。」', '黃國樑'],
    ['主控官陳穎詩陳述案情時指出，被告的手法「簡單但極具欺騙性」。', '陳穎詩'],
    ['業主立案法團主席何偉明庭外受訪時說：「錢追得返幾多都好。」', '何偉明'],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('a role with no act after it keeps the name at the end of the run', () => {
    const text =
      '国家游泳队领队韩志刚在比赛结束后表示，此次比赛涌现出一批年轻选手，“让我们对男子自由泳项目更有信心”。';
    expect(found(text)).toEqual(['speech/韩志刚']);
  });
});

describe('Chinese names read from a clause’s start', () => {
  test.each([
    ['谈到自己的表现，赵一鸣显得很平静：“投进投不进都是比赛的一部分。”', '赵一鸣'],
    ['周子航本人则把功劳归于队友：“最后几个回合是大家一起顶住的。”', '周子航'],
  ])('a colon frame with no reporting verb: %s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('他 refers back to the name after a role earlier in the paragraph', () => {
    const text =
      '东川队后卫林浩然全场砍下31分，是球队获胜的最大功臣。赛后，他在接受采访时说：“今天大家防守做得很好。”';
    expect(found(text)).toEqual(['speech/林浩然']);
  });

  test('他 refers back to a name opening a clause after its description', () => {
    const text =
      '有“小钢炮”之称的孙浩然本场多次在关键时刻命中三分。谈到自己的表现，他显得很谦虚：“球队赢球最重要。”';
    expect(found(text)).toEqual(['term/-', 'speech/孙浩然']);
  });

  test('a word after a name is no part of it (刘洋以, 马超提醒)', () => {
    const text =
      '男子组冠军由本地选手刘洋以1小时04分夺得。“最后五公里风很大，我一直跟在领先集团后面。”冲过终点后，他难掩兴奋。';
    expect(found(text)).toEqual(['speech/刘洋']);
  });

  test('a reporter’s byline in brackets is no one a pronoun refers to', () => {
    const text =
      '（记者林怡君 青枫15日电）青枫乡公所今天宣布，将试办“部落共餐车”，服务独居长者。他表示：“山上很多长辈一个人住。”';
    expect(found(text)[0]).toBe('term/-');
    expect(found(text)[1]).not.toBe('speech/林怡君');
  });
});

describe('Chinese partial quotes in reported speech', () => {
  test.each([
    ['梁國雄估計，全港仍懂得手屈霓虹燈管的師傅「一隻手數得晒」。', '梁國雄'],
    [
      '辯方大律師黃子健求情時指，被告因投資失利欠下巨債，現已「深切後悔」，並願意償還款項。',
      '黃子健',
    ],
    ['市气象台预计，未来三天我市仍有分散性雷阵雨，提醒市民“非必要不前往低洼地带”。', '市气象台'],
  ])('a verb earlier in the sentence (估計, 指, 提醒): %s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('a clause ending in a colon after a partial quote introduces the next quote', () => {
    const text =
      '江城队主教练孙建国在新闻发布会上表示，球队上半场防守“太软”，中场休息时他只对队员们说了一句话：“要么拼，要么回家。”';
    expect(found(text)).toEqual(['speech/孙建国', 'speech/孙建国']);
  });

  test('"continued" after a bare role is no part of a name (裁判官續指)', () => {
    const text =
      '裁判官鄭家明判刑時指出，被告因小事失控，行為「完全不能接受」。裁判官續指，茶餐廳員工工作繁忙，「法庭有責任向社會發出清晰訊息」。';
    expect(found(text)).toEqual(['speech/鄭家明', 'speech/鄭家明']);
  });
});

describe('an age and a role’s own "of" around a name', () => {
  test.each([
    'A professora de química Denise Arantes, 47 anos, contou que leciona em duas escolas. “Eu amo o que faço.”',
    'Na Praça da Liberdade, a professora de química Denise Arantes, 47 anos, contou que leciona em duas escolas. “Eu amo o que faço.”',
  ])('the sentence before a quote reports Denise Arantes: %s', (text) => {
    expect(found(text)).toEqual(['speech/Denise Arantes']);
  });

  test('an office’s "of" with its article stays part of the body’s name', () => {
    const text =
      'Cláudio Menezes, presidente da associação Ponte Atlântica, diz que os pedidos de ajuda triplicaram. “Recebemos famílias que estão dormindo em carros.”';
    expect(found(text)).toEqual(['speech/Cláudio Menezes']);
  });

  test('a capitalised word of a body before a name is no role', () => {
    const text =
      'Karolina Mazur, analityczka Domu Maklerskiego Bursztyn, ocenia wyniki jako „solidne, choć nieco poniżej oczekiwań rynku”.';
    expect(found(text)).toEqual(['speech/Karolina Mazur']);
  });
});

describe('the sentence before a quote with no frame opens with its speaker', () => {
  test.each([
    [
      'Niet iedereen is enthousiast. Melkveehouder Auke Hoekstra (58) uit Ternaard verliest drie hectare. ‘Mijn overgrootvader heeft die grond in 1919 gekocht.’',
      'Auke Hoekstra',
    ],
    [
      'Das Spiel war gut. Zwickaus Sportdirektor Dr. Uwe Hentschel wollte vom Aufstieg noch nichts wissen. „Wir reden von Spiel zu Spiel. Wer jetzt anfängt, hat verloren.“',
      'Uwe Hentschel',
    ],
    [
      'Im Dorf ist die Meinung geteilt. Trainer Hansjörg Looser, 63, findet das ungerecht. «Meine Gäste haben vor dreissig Jahren auch gegen die Gondelbahn gewettert.»',
      'Hansjörg Looser',
    ],
    [
      'La squadra ha vinto. Nel dopo partita l’allenatore Giancarlo Pittalis non nasconde la soddisfazione. «Avevamo bisogno di una serata così.»',
      'Giancarlo Pittalis',
    ],
  ])('a role and a name, an age or an opening phrase: %s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('a full name alone, of someone the story has quoted', () => {
    const text =
      '« On a tout perdu », dit Bernard Dufresne, vigneron à Cadillac. La récolte est détruite.\nBernard Dufresne, lui, veut croire au millésime 2025. « La vigne est plus têtue que nous. Elle repartira. »';
    expect(found(text)).toEqual(['speech/Bernard Dufresne', 'speech/Bernard Dufresne']);
  });
});

describe('Romance frames after the quote', () => {
  test('a portfolio glued to its elided "to" (l’assessora all’Urbanistica, X)', () => {
    const text =
      'Il cantiere costerà 38 milioni. «Non volevamo un museo del cemento», ha spiegato l’assessora all’Urbanistica, Giulia Ferraresi Colombo, presentando il progetto.';
    expect(found(text)).toEqual(['speech/Giulia Ferraresi Colombo']);
  });

  test.each([
    [
      'O cantor Tomás Vidigal aceitou subir ao palco. «Recebi a chamada às onze da noite», contou ao PÚBLICO, horas antes do concerto.',
      'Tomás Vidigal',
    ],
    [
      'L’allenatore Sergio Pellegrini è soddisfatto. «Abbiamo giocato bene», ha detto al Corriere.',
      'Sergio Pellegrini',
    ],
  ])('a medium after the verb is whom it was told: %s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });
});

describe('verbs of writing and laughing; whoever says it', () => {
  test.each([
    [
      'O atacante Luan Barbosa foi vaiado. Depois do jogo, ele publicou nas redes sociais: “Respeito eterno por essa camisa.”',
      'Luan Barbosa',
    ],
    [
      'In uno di questi, datato 1956, Ada Venturini annotava: «Dipingo l’acqua perché è l’unica cosa.»',
      'Ada Venturini',
    ],
    [
      '”Jag har aldrig gjort mål med huvudet. Jag blundade nog”, skrattade Wilma Sandberg efter matchen.',
      'Wilma Sandberg',
    ],
    [
      'Le maire Paul Ricard a écrit aux habitants : « Nous ne fermerons pas l’école. »',
      'Paul Ricard',
    ],
    [
      'O presidente da câmara, Joaquim Rebelo, já anunciou que vai pedir uma audiência. “A população do interior não é de segunda”, escreveu numa publicação nas redes sociais.',
      'Joaquim Rebelo',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('Swedish "i" after a name ends it; after a role it is the office’s', () => {
    expect(found('”Jag blundade nog”, sa Wilma Sandberg i C More efter matchen.')).toEqual([
      'speech/Wilma Sandberg',
    ]);
    expect(
      found(
        '”Det här är ett hårt slag”, säger kommunstyrelsens ordförande i Norrvik, Birgitta Holmqvist.',
      ),
    ).toEqual(['speech/Birgitta Holmqvist']);
  });

  test('"C’è chi scrive" names no one', () => {
    const text = "Sui social il dibattito è acceso. C'è chi scrive «finalmente si dorme» e chi no.";
    expect(found(text)).toEqual(['speech/-']);
  });
});

describe('English roles referred back to', () => {
  test.each([
    [
      'Town Clerk Dorothy Maclean, who has run the elections since 2002, said the recount was fine. "We had a long discussion about that one," the clerk said.',
      'Dorothy Maclean',
    ],
    [
      'Transportation Secretary Miriam Cole said the airline broke the law. “Passengers are entitled to their money back. Period,” the secretary said.',
      'Miriam Cole',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('a role the text introduced unnamed is not the last speaker', () => {
    const text =
      'In a memo, Nadia Farouk wrote that Ledgerly had “hired ahead of revenue”. One engineer who was laid off Tuesday said the news came in a call. “They read from a script,” the engineer said.';
    expect(found(text)).toEqual(['speech/Nadia Farouk', 'speech/-']);
  });
});

describe('where a named person works is no part of the name', () => {
  test.each([
    [
      'Analyst Tobias Renz von der Bankhaus Adler AG sprach von einem „überfälligen Befreiungsschlag“.',
      'Tobias Renz',
    ],
    [
      'Il giudizio è cauto. Il professor Marco Ventimiglia del Politecnico, autore del saggio, parla di «un restauro necessario ma rischioso».',
      'Marco Ventimiglia',
    ],
    [
      'Tweedejaarsstudent Yara el Idrissi (20) weet er alles van. ‘Ik heb op meer dan tachtig kamers gereageerd,’ zegt ze.',
      'Yara el Idrissi',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });
});

describe('one of a group names no one', () => {
  test.each([
    'Jedna z położnych, która prosiła o anonimowość, mówi wprost: „Zimą, przy gołoledzi, to jest godzina drogi.”',
    'Jeden z obyvatel Karviné, který přišel proces sledovat, řekl novinářům, že tam dnes „parkují kamiony a rostou kopřivy“.',
  ])('%s', (text) => {
    expect(found(text)).toEqual(['speech/-']);
  });

  test('a name after the comma is the one of them who speaks', () => {
    expect(found('One of the founders, Jane Smith, said the plan was “overdue”.')).toEqual([
      'speech/Jane Smith',
    ]);
  });
});

describe('Japanese: と and any verb that closes the sentence', () => {
  test.each([
    [
      '根室市の石垣隆市長は、港で開かれた記念式典で「サンマは根室の誇り。知恵を絞りたい」とあいさつした。',
      '石垣隆',
    ],
    ['藤堂英樹監督は試合後、「今日は言うことなし。100点満点です」と手放しで褒めた。', '藤堂英樹'],
    ['師匠の藤原和久八段（54）は、弟子の長所について「終盤の粘り強さ」と評価する。', '藤原和久'],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('a topic that is no person does not speak (検察側は)', () => {
    const text = '検察側は論告で、事故は「重大な過失」によるものだと指摘した。';
    expect(found(text)[0]).not.toBe('speech/検察側');
  });
});

describe('Korean frames', () => {
  test.each([
    [
      '노동 문제 전문가인 부산대 사회학과 한지은 교수는 “하청 구조가 바뀌지 않는 한 인력난은 해결되지 않는다”고 진단했다.',
      '한지은',
    ],
    [
      '“배는 우리가 만드는데, 임금은 10년 전과 똑같습니다.” 용접공으로 15년째 일하고 있는 정민호(41) 씨의 말이다.',
      '정민호',
    ],
    [
      '증권사 애널리스트 이수진 연구원은 “파업이 2주 이상 이어지면 실적에 영향을 줄 수 있다”고 분석했다.',
      '이수진',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('a rank after a surname refers to the full name (윤 5단은)', () => {
    const text =
      '윤하람 5단이 우승했다. 대국을 마친 윤 5단은 “솔직히 중반에는 졌다고 생각했다”며 “이 우승을 바치고 싶다”고 소감을 밝혔다.';
    expect(found(text)).toEqual(['speech/윤하람', 'speech/윤하람']);
  });
});

describe('Chinese subjects: "according to", "but at the same time", a role and an act', () => {
  test('据X介绍 then 他表示 refers to X', () => {
    const text =
      '据林嘉树介绍，该模型的训练数据来自近200家工厂。他表示，公司已与60多家企业签订了合同，“今年年底前争取实现盈亏平衡”。';
    expect(found(text)).toEqual(['speech/林嘉树']);
  });

  test('但同时 opens no name', () => {
    const text =
      '西北天马主帅潘志刚则对判罚表达了不满。他认为，本方一次进球被吹越位，但同时表示尊重裁判的决定。“足球就是这样，我们要做的是把下一场踢好。”';
    expect(found(text)).not.toContain('speech/但同时');
  });

  test('an act after an unnamed role is no name (记者离开时)', () => {
    const text =
      '记者离开时，天已经蒙蒙亮。刘晓燕摘下耳机，揉了揉眼睛。她想了想说：“有时候会。日出的时候特别美。”';
    expect(found(text)).not.toContain('speech/离开时');
  });

  test('他建议 frames a partial quote', () => {
    const text =
      '研究员赵明远指出，预付式消费使消费者处于弱势。他建议，消费者办卡时尽量选择按月付费，“商家承诺得越好听，越要多留个心眼”。';
    expect(found(text)).toEqual(['speech/赵明远']);
  });
});

describe('a pronoun with an aside; "salue"', () => {
  test.each([
    [
      'O ministro Henrique Lacerda Borges disse que o governo está aberto. Ele, no entanto, classificou a paralisação como “precipitada”.',
      'Henrique Lacerda Borges',
    ],
    [
      'Le critique Thibault Lenormand regrette des longueurs. Il salue toutefois « une distribution bouleversante ».',
      'Thibault Lenormand',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });
});

describe('a known name after an opening phrase and its comma', () => {
  test.each([
    [
      'Jean-Marc Soulier habite ici depuis 1980. Dans le quartier du Pont-Vieux, Jean-Marc Soulier, 71 ans, a vu l’eau monter. « En 2002, on en avait eu jusqu’au plafond. »',
      'Jean-Marc Soulier',
    ],
    [
      'A enfermeira Joana Ferraz usa o metro. À saída da estação, Joana Ferraz, enfermeira, resumia o sentimento. «Apanho o metro todos os dias às sete da manhã.»',
      'Joana Ferraz',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('present-tense verbs of Italian and Spanish copy (assicura, pide)', () => {
    const text =
      'Samuele Di Nardo ha segnato ancora. «Non guardo la classifica dei marcatori», assicura Samuele Di Nardo.';
    expect(found(text)).toEqual(['speech/Samuele Di Nardo']);
  });
});
