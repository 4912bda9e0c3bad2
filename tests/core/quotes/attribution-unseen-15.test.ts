import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/quotes/index.ts';

/** Frames from the errors of the blind probe sets read in the thirty-third session. */

const found = (text: string): string[] =>
  analyzeText(text).map((q) => `${q.kind}/${q.speaker ?? '-'}`);

describe('English: a group in the plural names no one', () => {
  test.each([
    ['Reviewers have called it ‘the great Irish novel of the 2020s’, a label she dislikes.'],
    [
      'Ministers like to say that the new housing targets are ‘ambitious’. That is one word for them.',
    ],
    ['Opponents, many of them business owners, called the plan a “war on small shops.”'],
    ['Rail operators have advised passengers not to travel unless ‘absolutely necessary’.'],
    ['Fishermen’s associations called the decision “a death sentence for coastal communities.”'],
    ['Labour ministers described the vote as “a disgrace”.'],
  ])('%s', (text) => {
    expect(found(text)).toEqual(['speech/-']);
  });

  test('a named person after the group still speaks', () => {
    const text =
      'Reviewers have called it ‘the great Irish novel of the 2020s’. Nuala Keaveney laughs at that.\n‘People keep telling me it’s about Ireland,’ she says.';
    expect(found(text)).toEqual(['speech/-', 'speech/Nuala Keaveney']);
  });

  test('a surname that ends like a plural is still a name', () => {
    const text =
      'Senator Bernie Sanders spoke first. Sanders called the bill “a gift to the rich.”';
    expect(found(text)).toEqual(['speech/Bernie Sanders']);
  });
});

describe('English: someone unnamed and where they are', () => {
  test.each([
    [
      'A butcher on Main Road, who asked not to be named, put it bluntly: "I have thrown away two fridges full of meat."',
    ],
    ['A neighbor on Pruitt Street who asked not to be identified said Rowe "kept to himself".'],
    [
      'Someone on the North Terrace shouted “Come on, Hannah!” in the middle of her service motion.',
    ],
  ])('%s', (text) => {
    expect(found(text)).toEqual(['speech/-']);
  });

  test('a named person at a place still speaks', () => {
    const text = 'Jane Holt, a butcher on Main Road, said: "We have lost a month of trade."';
    expect(found(text)).toEqual(['speech/Jane Holt']);
  });
});

describe('English: a pronoun after a paragraph that ends by introducing someone unnamed', () => {
  test('"One neighbor, who asked not to be named, said …" then "“…,” she said"', () => {
    const text =
      '“It was terrible,” said Marisol Tate, who lives next door.\n' +
      'Neighbors gathered on the sidewalk. One neighbor, who asked not to be named, said the family had lived there for a decade.\n' +
      '"They are the kind of people who shovel your driveway," she said.';
    expect(found(text)).toEqual(['speech/Marisol Tate', 'speech/-']);
  });

  test('"One mother of three …" then a quote opening the next paragraph', () => {
    const text =
      'Principal Warwick Fenn defended the policy. “A single jacket takes that away,” he said.\n' +
      'One mother of three, who did not want to be named, said she had been asked to spend $200 on fleeces.\n' +
      '“I’m not against uniforms. I’m against buying the same thing three times,” she said.';
    expect(found(text)).toEqual(['speech/Warwick Fenn', 'speech/-']);
  });

  test('named in apposition, the parent is the one who speaks', () => {
    const text =
      'Lucy Carrow said the news came as a shock.\n' +
      'Another parent, Dev Mistry, said he worried about the road.\n' +
      '‘There’s no pavement and no bus,’ he said.';
    expect(found(text)).toEqual(['speech/Dev Mistry']);
  });

  test('an unnamed person later in the sentence is no subject', () => {
    const text =
      'Nuala Keaveney writes novels. Reviewers praised her new book, a label its author finds ridiculous.\n' +
      '‘People keep telling me it’s about Ireland,’ she says.';
    expect(found(text)).toEqual(['speech/Nuala Keaveney']);
  });
});

describe('Korean: a quote that ends in a noun names a thing', () => {
  const kinds = (text: string): string[] => analyzeText(text).map((q) => q.kind);

  test.each([
    ['업계에서는 “메모리 슈퍼사이클”이 다시 시작됐다는 분석이 나온다.'],
    ['영화 “바람이 머무는 집” 시사회가 15일 열렸다.'],
    ['시는 올해부터 “어르신 무료 버스”를 운행한다.'],
  ])('%s', (text) => {
    expect(kinds(text)).toEqual(['term']);
  });

  test.each([
    // a quotative after the noun
    ['김 장관은 “물가 안정이 최우선 과제”라고 말했다.'],
    // a critic's judgement
    ['문학평론가 서지원은 이 작품을 “올해 가장 조용하지만 오래 남을 소설”로 꼽았다.'],
    // a reporting verb later in the sentence
    ['오 교수는 신라 귀족 여성이 ‘생각보다 훨씬 큰 사회적 영향력’을 가졌다고 주장했다.'],
    // a headline's speaker before the quote, at the line's end
    ['이상훈 감독 “선수들이 만든 승리”\n부림FC가 역전승을 거뒀다.'],
    // a sentence ending, or a clause with a comma
    ['주민들은 “또 연기냐, 믿고 기다린 게 바보”라며 반발했다.'],
  ])('%s', (text) => {
    expect(kinds(text)).toEqual(['speech']);
  });
});

describe('Korean: words glued to a verb or weighed by degree stay speech', () => {
  const kinds = (text: string): string[] => analyzeText(text).map((q) => q.kind);

  test.each([
    ['그는 사진 공개가 ‘사랑하는 사람의 추억을 간직’하는 일이라고 했다.'],
    ['그가 내놓은 증거들은 두 사람의 관계가 ‘잠깐 알고 지냈던 사이’ 정도로 보이지는 않았다.'],
  ])('%s', (text) => {
    expect(kinds(text)).toEqual(['speech']);
  });
});

describe('Sources inside a body name no one', () => {
  test.each([
    ['Fonti di Palazzo Chigi fanno sapere che il governo è «disponibile a migliorare il testo».'],
    ['Fuentes del Ministerio de Hacienda reconocieron que el coste «aún no está cerrado».'],
  ])('%s', (text) => {
    expect(found(text)).toEqual(['speech/-']);
  });

  test('Fuentes as a surname still speaks', () => {
    const text = 'La ministra Carmen Fuentes habló ayer. Fuentes dijo que el plan «está cerrado».';
    expect(found(text)).toEqual(['speech/Carmen Fuentes']);
  });
});

describe('Italian: a participle clause before a role that refers back', () => {
  test('"Raggiunto al telefono, lo scrittore napoletano ha detto …"', () => {
    const text =
      'Secondo classificato, lo scrittore Alberto Lombardo con «Acqua ferma». Raggiunto al telefono, lo scrittore napoletano ha detto di essere «felicissimo per Chiara».';
    expect(found(text)).toEqual(['term/-', 'speech/Alberto Lombardo']);
  });
});

describe('Dutch: a title, "van" and an office before a name with its own "van"', () => {
  test('"Minister van Onderwijs Pieter van Dam"', () => {
    const text =
      'Minister van Onderwijs Pieter van Dam liet weten de motie ‘serieus’ te nemen. ‘Dat ga ik nu niet beloven,’ zei de minister.';
    expect(found(text)).toEqual(['speech/Pieter van Dam', 'speech/Pieter van Dam']);
  });

  test('a second "van" after a name with its particle is still the office\'s', () => {
    const text = 'Zei minister Annelies van der Berg van Infrastructuur: ‘Het spoor gaat voor.’';
    expect(found(text)).toEqual(['speech/Annelies van der Berg']);
  });
});

describe('French: people of a region or a city before a name', () => {
  test('"Le Vaudois Mathieu Rochat" then the skier of 24', () => {
    const text =
      'Le Vaudois Mathieu Rochat a remporté samedi le slalom du Lauberhorn.\n«J’ai skié la deuxième manche sans réfléchir», a souri le skieur de 24 ans.';
    expect(found(text)).toEqual(['speech/Mathieu Rochat']);
  });
});

describe('Czech and Polish: where the words were posted, and groups', () => {
  test('a network after "na síti" is no one; the body before it speaks', () => {
    const text =
      'Český svaz ledního hokeje na síti X napsal, že šlo o „zápas, na který se bude dlouho vzpomínat“.';
    expect(found(text)).toEqual(['speech/Český svaz ledního hokeje']);
  });

  test('a dropped subject before "na sociální síti X" is not X', () => {
    const text =
      'Opoziční poslankyně Markéta Dvořáková kritizovala zákon. Na sociální síti X napsala, že vláda „opět hází problém na starosty a lidi“.';
    expect(found(text)).not.toContain('speech/X');
  });

  test('fans alone name no one: "jak sam przyznaje" is not theirs', () => {
    const text =
      'Bohaterem spotkania był 21-letni atakujący Kacper Wilk. Kibice nazywają go „Wilczkiem”, choć – jak sam przyznaje – „przy dwóch metrach trudno być małym wilkiem”.';
    expect(found(text)).toEqual(['term/-', 'speech/-']);
  });
});

describe('Japanese: an aside in brackets after the title, and titles in katakana', () => {
  test('岡田浩二教授（物性物理学）は「…」と評価する一方、「…」と話した', () => {
    const text =
      '東京大学の岡田浩二教授（物性物理学）は「データは丁寧に取られている印象だ」と評価する一方、「結論を急ぐべきではない」と話した。';
    expect(found(text)).toEqual(['speech/岡田浩二', 'speech/岡田浩二']);
  });

  test('チームリーダー and 最高経営責任者 after a name are roles', () => {
    expect(
      found('理研の井上智子チームリーダーは記者会見で「まだ入り口に立ったにすぎない」と強調した。'),
    ).toEqual(['speech/井上智子']);
    expect(
      found('アオバAIの佐々木翔太最高経営責任者は「日本で作られたAIを目指した」と語った。'),
    ).toEqual(['speech/佐々木翔太']);
  });
});

describe('A name never ends with its sentence’s full stop', () => {
  test('"intervistata da Marco Bellini." then his words', () => {
    const text =
      'Lombardi è stata ospite di Radio3, intervistata da Marco Bellini. «Cosa cambia da domani?», le ha chiesto il conduttore. «Cambia tutto», ha risposto ridendo. «E che forse mia madre leggerà finalmente il libro.»';
    expect(analyzeText(text).map((q) => q.speaker)).not.toContain('Marco Bellini.');
  });
});

describe('Korean: a university between the name and the title, a role in -가 before the name', () => {
  test('최영호 서울대 교수는', () => {
    expect(
      found('출제위원장을 맡은 최영호 서울대 교수는 “고교 교육과정에 맞춰 출제했다”고 밝혔다.'),
    ).toEqual(['speech/최영호']);
  });

  test('영화평론가 정수아는', () => {
    expect(
      found('영화평론가 정수아는 “올해 한국 영화 중 가장 아름다운 엔딩”이라고 평가했다.'),
    ).toEqual(['speech/정수아']);
  });
});

describe('Korean: a title with 도 ("too") is the subject a later 그 refers to', () => {
  test('정 교수도 이 점을 인정했다. 그는 “…”', () => {
    const text =
      '정유진 교수는 연구를 이끌었다. 업계는 신중한 반응이다. 정 교수도 이 점을 인정했다. 그는 “양산까지는 최소 5년이 걸릴 것”이라고 밝혔다.';
    expect(found(text)).toEqual(['speech/정유진']);
  });
});

describe('Romance: someone unnamed of a place', () => {
  test.each([
    [
      'Un medico di famiglia di Sesto San Giovanni, che ha chiesto di restare anonimo, racconta di ricevere "cinquanta, sessanta telefonate al giorno".',
    ],
    [
      'Un vecino de la comunidad de Tuxcacuesco, donde fue localizada la bodega, dijo que se veían “camiones que entraban y salían a cualquier hora”.',
    ],
    [
      'Un residente della frazione di San Giuliano racconta di essere stato svegliato: «Sembrava di avere la gomma bruciata dentro casa».',
    ],
  ])('%s', (text) => {
    expect(found(text)).toEqual(['speech/-']);
  });

  test('a named person of a place still speaks', () => {
    const text =
      'Marco Bellini, un medico di famiglia di Sesto San Giovanni, racconta: «Siamo in due».';
    expect(found(text)).toEqual(['speech/Marco Bellini']);
  });
});

describe('English: a first name given "only as", and an unnamed evacuee', () => {
  test('"a woman who gave her name only as Linda said …" then "she said"', () => {
    const text =
      'Fire chief Ramona Estrada said crews pulled back. "It moved fast," Estrada said.\n' +
      'At a shelter set up in the gym, a woman who gave her name only as Linda said she had left with her two dogs.\n' +
      '"I didn\'t even lock the door," she said.\n' +
      'Another evacuee, a retired logger who declined to give his name, said the town had been lucky.\n' +
      '"Everybody knew this was coming," he said.';
    expect(found(text)).toEqual(['speech/Ramona Estrada', 'speech/Linda', 'speech/-']);
  });
});

describe('German: an article, where from and a compound role name no one', () => {
  test('"Der Vorarlberger Landeshauptmann würdigte Rieder als „…“"', () => {
    const text =
      'Der Vorarlberger Landeshauptmann würdigte Rieder als „Botschafter des Landes, ohne dass er es je sein wollte“.';
    expect(found(text)).toEqual(['speech/-']);
  });

  test('a role and a full name after the article still give the name', () => {
    expect(found('Der Landeshauptmann Markus Wallner sagte: „Wir trauern.“')).toEqual([
      'speech/Markus Wallner',
    ]);
  });
});
