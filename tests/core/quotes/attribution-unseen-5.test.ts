import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/quotes/index.ts';
import { first, lastSpeech } from './first-quote.ts';

/** Frames from the errors of the blind probe sets read in the twenty-first session. */

describe('a quote after a copula or an auxiliary is the predicate, not a modifier', () => {
  test.each([
    [
      'Rodrigo Tavares afirmou que o reajuste é "inevitável" diante da alta do diesel.',
      ['speech', 'Rodrigo Tavares'],
    ],
    [
      'Il geologo Stefano Galli spiega che le piogge hanno "saturato" il terreno.',
      ['speech', 'Stefano Galli'],
    ],
    [
      'Fábio Rezende disse que os resultados são “consistentes” com outros trabalhos.',
      ['speech', 'Fábio Rezende'],
    ],
  ])('%s', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  test('after any other verb the quote still modifies the noun that follows', () => {
    expect(first('The deal lets the company supply “non-core” equipment.')).toEqual(['term', null]);
  });
});

describe('verbs of speaking with their preposition', () => {
  test.each([
    ['Henrique Matos fala em “falência do modelo”.', 'Henrique Matos'],
    ['Marie Dupont parle d’une « trahison ».', 'Marie Dupont'],
    ['Marie Dupont a parlé d’« erreurs » en série.', 'Marie Dupont'],
  ])('%s', (text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});

describe('Dutch "laat … weten" with words between the verb and its particle', () => {
  test.each([
    ['Jan de Vries liet na afloop weten ‘diep teleurgesteld’ te zijn.', 'Jan de Vries'],
    [
      'De Vereniging van Hogescholen en Universiteiten liet na afloop weten ‘diep teleurgesteld’ te zijn.',
      'Vereniging van Hogescholen en Universiteiten',
    ],
    [
      'Het ministerie van Landbouw laat in een reactie weten de situatie “nauwlettend te volgen”.',
      'ministerie van Landbouw',
    ],
  ])('%s', (text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});

describe('organisations named over "and" and in lower case', () => {
  test.each([
    [
      'Das Bundesministerium für Arbeit und Soziales teilte mit, es prüfe den Fall „mit Nachdruck“.',
      'Bundesministerium für Arbeit und Soziales',
    ],
    [
      'Le ministère de l’Industrie a indiqué « suivre la situation de près ».',
      'ministère de l’Industrie',
    ],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });

  test('two people joined by "and" stay people, not one body', () => {
    expect(first('“We won,” said Tom Smith and Jane Doe.')).not.toEqual([
      'speech',
      'Tom Smith and Jane Doe',
    ]);
  });
});

describe('frames of tuning M, read in the twenty-first session', () => {
  test.each([
    [
      'Sylvie Tarrade, qui tient une librairie rue des Tanneurs depuis quinze ans, se dit « plutôt favorable ».',
      'Sylvie Tarrade',
    ],
    [
      'Per la capogruppo di Borgo Domani, Francesca Salvetti, il progetto è «sovradimensionato».',
      'Francesca Salvetti',
    ],
    [
      'Per il sindaco di Sanvito Alto, Luca Bernardi, se ne va "un pezzo della storia del nostro paese".',
      'Luca Bernardi',
    ],
    ['„Er hat jedes Marterl gekannt“, erinnert sich Bürgermeister Hubert Gruber.', 'Hubert Gruber'],
  ])('%s', (text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });

  test('"Para X, de la consultora Y," still gives the person named first', () => {
    expect(first('Para Mariana Solís, de la consultora Atlas, el plan es “inviable”.')).toEqual([
      'speech',
      'Mariana Solís',
    ]);
  });
});

describe('a role by its ending, or a kind of organisation, before the name', () => {
  test.each([
    ['Historikerin Martina Eibl nennt sie „eine Goldgrube“.', 'Martina Eibl'],
    ['„Ich hätte lieber gewonnen“, sagte Linksaußen Niklas Brandl.', 'Niklas Brandl'],
    ['Försvarare Johan Lindqvist säger att hans klient är ”oskyldig”.', 'Johan Lindqvist'],
    ['– ”Hela byn vill läsa den”, säger Bibliotekarien Sara Nyström.', 'Sara Nyström'],
    ['„Tor był trudny” – powiedział Duńczyk Mikkel Thomsen.', 'Mikkel Thomsen'],
    ['„Sprzedaż spadła o 34 procent” – poinformowała Spółka Termofix.', 'Termofix'],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });

  test('a given name with such an ending stays part of the name', () => {
    expect(lastSpeech('„Wir haben gewonnen“, sagte Christin Anna Weber.')).toEqual([
      'speech',
      'Christin Anna Weber',
    ]);
  });
});

describe('roles, dropped subjects and verbs of tuning M', () => {
  test.each([
    [
      'El entrenador Javier Otero habló tras el partido.\n"No me escondo", dijo el técnico gallego.',
      'Javier Otero',
    ],
    [
      'Il pubblico ministero, Chiara Romagnoli, aveva chiesto due anni. In aula aveva parlato di «un danno ambientale enorme».',
      'Chiara Romagnoli',
    ],
    [
      'Pětaosmdesátiletý Josef Vávra byl na otevření mezi prvními. „Teď už můžu v klidu umřít,“ žertoval.',
      'Josef Vávra',
    ],
    [
      'Zijn advocaat, meester Pieter Goossens, vroeg om een werkstraf. “Een celstraf maakt zijn herstel kapot”, pleitte hij.',
      'Pieter Goossens',
    ],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });

  test('English writes its subject: "spoke of" with none names no one', () => {
    expect(first('Jane Smith arrived late. Spoke of “betrayal” and left.')[1]).toBeNull();
  });
});

describe('Korean subjects of tuning M', () => {
  test('a surname alone before the title, after a conjunction, is the judge named before', () => {
    const quotes = analyzeText(
      '정수민 판사는 재판을 열었다. 그러나 정 판사는 “피고인은 범행을 인식하고 있었던 것으로 보인다”며 “죄질이 무겁다”고 판시했다.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['정수민', '정수민']);
  });

  test.each([
    ['타지에서 왔다는 대학생 이수진(23)씨는 “국물 맛이 정말 깊다”고 했다.', '이수진'],
    ['한 증권사 연구원은 “투자 시점을 유연하게 조정할 가능성도 있다”고 전망했다.', null],
    ['김철수 연구원은 “가능성도 있다”고 전망했다.', '김철수'],
    ['한승우 판사는 입장했다. 한 판사는 “전력이 있다”고 밝혔다.', '한승우'],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });
});

describe('long titles before Slavic names', () => {
  test.each([
    [
      'Председатель совета дома на улице Садовой Нина Петровна Гусева пришла на суд. «Крыша течёт уже шестой год», — сказала она.',
      'Нина Петровна Гусева',
    ],
    [
      'Przewodnicząca Związku Zawodowego Pracowników Termofiksu Bożena Kaczmarek uważa, że zarząd „zbyt łatwo sięga po zwolnienia”.',
      'Bożena Kaczmarek',
    ],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });
});

describe('verbs of features and inverted frames before a colon', () => {
  test.each([
    [
      '«Mis hijos tienen trabajo», cuenta Feliciano Llorente, de 68 años, mientras saca una hornada.',
      'Feliciano Llorente',
    ],
    [
      '« Vous appelez ça des erreurs ? », s’est agacée la présidente, Hélène Kervella.',
      'Hélène Kervella',
    ],
    [
      'A Associação de Alojamento Local de Arvelos manifestou em comunicado «preocupação» com a medida.',
      'Associação de Alojamento Local de Arvelos',
    ],
    [
      'Une grève est possible, prévient Marc Dujardin : « Les travailleurs décideront. »',
      'Marc Dujardin',
    ],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });

  test('an English name after the verb is whom it was told to', () => {
    expect(lastSpeech('Jane Roe studied the data, told Newsweek: “It is a worry.”')[1]).not.toBe(
      'Newsweek',
    );
  });
});

describe('Swedish "sa" and a Dutch foundation after a name', () => {
  test.each([
    [
      'Matchhjälte blev 19-årige Elias Wikström med två mål. ”Det var skönt”, sa Wikström efter matchen.',
      'Elias Wikström',
    ],
    ['Anna Berg vann loppet. ”Det var skönt”, sa hon.', 'Anna Berg'],
    [
      'Voorzitter Ingrid Bosman van Stichting Molen De Hoop is trots. ‘Kinderen komen kijken,’ vertelt ze lachend.',
      'Ingrid Bosman',
    ],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });

  test('French "sa" before a colon frame is still the possessive', () => {
    expect(
      lastSpeech(
        'Côté Rochebrune, l’entraîneur Didier Vasseur ne cachait pas sa frustration : « On a perdu. »',
      ),
    ).toEqual(['speech', 'Didier Vasseur']);
  });
});

describe('German firms and unions, and the source of the sentence before', () => {
  test.each([
    [
      'Der Autozulieferer Brenninger Antriebstechnik baut Stellen ab. Als Gründe nannte Brenninger die schwache Nachfrage und „massiv gestiegene Energiekosten“.',
      'Brenninger Antriebstechnik',
    ],
    [
      'Die Gewerkschaft Metall und Elektro Süd teilte mit, sie werde „jeden Arbeitsplatz verteidigen“.',
      'Gewerkschaft Metall und Elektro Süd',
    ],
    [
      'Kees Verhoef is ondernemer. Volgens Verhoef zijn de ondernemers niet serieus gehoord. ‘Er is één avond geweest in het stadhuis.’',
      'Kees Verhoef',
    ],
    [
      'Kees Verhoef runs a shop. According to Verhoef, the traders were not heard. “There was one evening at the town hall.”',
      'Kees Verhoef',
    ],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });
});

describe('Polish declension and ages, Japanese smiles', () => {
  test.each([
    [
      'Prezes klubu Leszek Mroczek zapowiedział zmiany. Według Mroczka drużyna „ma potencjał na utrzymanie”.',
      'Leszek Mroczek',
    ],
    [
      'Jakub Sowa wziął winę na siebie. „Chciałem za bardzo” – powiedział 22-letni zawodnik.',
      'Jakub Sowa',
    ],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });

  test('と笑顔を見せた frames the quote before it', () => {
    expect(first('中村大輝は二塁打を放った。「何も覚えていない」と笑顔を見せた。')[0]).toBe(
      'speech',
    );
  });
});

describe('an opening phrase before the subject of a colon frame', () => {
  test.each([
    [
      'Invité à s’exprimer une dernière fois, Julien Marchal a répété : « Je n’ai pas tué Thierry. »',
      'Julien Marchal',
    ],
    [
      'À porta do balcão, Alzira Correia, 78 anos, não esconde a preocupação: “Venho aqui todos os meses.”',
      'Alzira Correia',
    ],
    [
      'Marco Marchetti ha parlato dopo la gara. Sull’episodio del rigore, Marchetti non ha voluto polemizzare: «L’ho rivisto una volta sola.»',
      'Marco Marchetti',
    ],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });

  test('a name before the comma stays the subject', () => {
    expect(
      lastSpeech(
        'Siobhan Carr directed it. Carr, speaking after press night, was gracious: ‘Every production is an argument.’',
      ),
    ).toEqual(['speech', 'Siobhan Carr']);
  });

  test('"Em comunicado, o sindicato fala de" refers back to the union', () => {
    expect(
      lastSpeech(
        'O Sindicato dos Bancários do Centro estima perdas. Em comunicado, o sindicato fala de uma “desertificação bancária”.',
      ),
    ).toEqual(['speech', 'Sindicato dos Bancários do Centro']);
  });
});

describe('roles before names in tuning N', () => {
  test.each([
    ['“I don’t think that’s our job,” said Councilmember Rick Tavares.', 'Rick Tavares'],
    ['„Es geht noch etwas“, sagte Doppeltorschütze Nico Gerber.', 'Nico Gerber'],
    ['„Er war ein Urgestein“, sagt Intendantin Verena Haslinger.', 'Verena Haslinger'],
    ['„Ein Stück Heimat“, sagte Landeshauptmann Josef Pirchner.', 'Josef Pirchner'],
    ['‘Mensen hebben ingeleverd’, zegt Bestuurder Sandra Vos.', 'Sandra Vos'],
    ['„Dubenec je náš!“ řekl Kapitán Bystřice Tomáš Hrubý.', 'Tomáš Hrubý'],
    ['„Chápu emoce,“ řekl Místostarosta Lukáš Beran.', 'Lukáš Beran'],
    [
      '"To był nasz najsłabszy mecz" - przyznał szkoleniowiec Górnika Wojciech Pawlak.',
      'Wojciech Pawlak',
    ],
    [
      '«Нам обещали восемнадцать процентов», — говорит Пенсионерка Валентина Морозова.',
      'Валентина Морозова',
    ],
    ['”Han var en gentleman”, säger Sångerskan Eva Rosén.', 'Eva Rosén'],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });

  test('a Japanese title after the name is cut whole (准教授, 教育長)', () => {
    const speakers = analyzeText(
      '森田彩香准教授は「思わなかった」と話した。岡田健一教育長は「避けて通れない」と述べた。',
    ).map((q) => q.speaker);
    expect(speakers).toEqual(['森田彩香', '岡田健一']);
  });
});

test('initials as the office before "de X, Name" (el DT de Ribera, Horacio Benítez)', () => {
  expect(
    lastSpeech(
      '"Hicimos un partido inteligente", reconoció el DT de Ribera, Horacio Benítez, en conferencia de prensa.',
    ),
  ).toEqual(['speech', 'Horacio Benítez']);
});

describe('Chinese: 他 after a role and a name with no verb, a verb right before a short quote', () => {
  test('他表示 refers to the person a role introduced in the sentence before', () => {
    expect(
      lastSpeech('青川雄鹰队主教练刘建华则对球队的表现比较满意。他表示：“客场能拿到一分。”'),
    ).toEqual(['speech', '刘建华']);
  });

  test('a reporting verb right before a short quote makes it speech', () => {
    expect(first('谈到裁判的判罚，马国栋表示“不想多说”。')).toEqual(['speech', '马国栋']);
  });

  test('a verb after an unnamed role is no name', () => {
    expect(lastSpeech('警方负责人表示，“公安机关不会通过电话要求转账。”')[1]).not.toBe('表示');
  });
});

describe('affiliations, relative clauses and verbs of tuning N', () => {
  test.each([
    [
      'Fractievoorzitter Henk Bakker van oppositiepartij Westerhoeve Lokaal sprak van ‘een schoffering’.',
      'Henk Bakker',
    ],
    ['Mayor John Smith of neighbouring Springfield called it “a betrayal”.', 'John Smith'],
    [
      'Oprichter Jan van Dalen, die de keten in 1976 begon, laat in een verklaring weten dat hij "kapot" is van het nieuws.',
      'Jan van Dalen',
    ],
    ['Bürgermeister Stefan Gruber zeigte sich „fassungslos“.', 'Stefan Gruber'],
    [
      'Oberbürgermeisterin Sabine Kraushaar verteidigte den Schritt als „überfällig“.',
      'Sabine Kraushaar',
    ],
    [
      '“Isto é gozar com as pessoas”, reagiu o presidente da Câmara Municipal de Santa Eulália da Serra, Joaquim Pimenta.',
      'Joaquim Pimenta',
    ],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });

  test('"zeigte sich überrascht:" keeps its own colon frame', () => {
    expect(
      lastSpeech(
        'Martina Lorenz gewann. Lorenz selbst zeigte sich überrascht: „Ich habe nicht damit gerechnet.“',
      ),
    ).toEqual(['speech', 'Martina Lorenz']);
  });
});

describe('a Chinese manner in 着 and a Swedish genitive office', () => {
  test.each([
    ['出庭作证的被害人李秀兰哽咽着说：“他们知道我孙子的名字。”', '李秀兰'],
    [
      '”Det här är ett hårt slag”, säger kommunstyrelsens ordförande i Norrvik, Birgitta Holmqvist.',
      'Birgitta Holmqvist',
    ],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });
});

describe('Korean branch heads and the prosecution', () => {
  test.each([
    ['이정민 지회장은 “고용 승계에 대한 약속이 없다”고 비판했다.', '이정민'],
    ['검찰은 21일 결심공판에서 “피고인은 능력도 없었다”고 밝혔다.', null],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });
});
