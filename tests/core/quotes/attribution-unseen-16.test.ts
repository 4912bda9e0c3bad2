import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/quotes/index.ts';

/** Frames from the errors of the blind probe sets read in the thirty-fourth session. */

const found = (text: string): string[] =>
  analyzeText(text).map((q) => `${q.kind}/${q.speaker ?? '-'}`);

describe('a quote after a sentence opened by a place, then a role and a name', () => {
  test.each([
    [
      'No Alto do Mandu, a costureira Edileuza Ramos saiu de casa às 4h com os três netos. “Parecia um trovão, só que vinha de baixo.”',
      'Edileuza Ramos',
    ],
    [
      'In Alto do Mandu, seamstress Edileuza Ramos left her house at 4am with her grandchildren. “It sounded like thunder, only it came from below.”',
      'Edileuza Ramos',
    ],
    [
      'Nel pomeriggio, l’allenatore Marco Ferrante ha lasciato il campo senza parlare. «Non è il momento delle parole.»',
      'Marco Ferrante',
    ],
    [
      'En la plaza, el alcalde Jorge Ibáñez escuchó a los vecinos durante una hora. «Tienen razón en estar enfadados.»',
      'Jorge Ibáñez',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('an article alone before a capitalised body is no role', () => {
    const text =
      'Sette anni dopo il terremoto, il Teatro Comunale di Roccafiorita riapre le porte. Sabato sera il sipario si alzerà su «La bottega dei sogni».';
    expect(found(text).some((q) => q.includes('Teatro'))).toBe(false);
  });
});

describe('Portuguese: verbs of sports and political copy frame a quote', () => {
  test.each([
    [
      'O técnico Paulo César Barroso fez questão de lembrar as críticas que recebeu. "Falaram que eu era técnico de Série C. Agora sou técnico de Série A", provocou.',
      'Paulo César Barroso',
    ],
    ['“A proposta não resolve nada”, rebateu o deputado Henrique Sampaio.', 'Henrique Sampaio'],
    ['“O problema vai ser fiscalizar”, pondera a advogada Beatriz Lemos.', 'Beatriz Lemos'],
    [
      'A vereadora Rosângela Matos cobrou a prefeitura. “A coleta de lixo aqui passa uma vez por semana, quando passa”, reclama.',
      'Rosângela Matos',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });
});

describe('a participle alone before its comma opens no name', () => {
  test('"Procurado, o Ministério da Saúde informou …"', () => {
    const text =
      'Procurado, o Ministério da Saúde informou em nota que avalia “com interesse” os resultados do estudo.';
    expect(analyzeText(text).map((q) => [q.kind, q.speaker, q.role ?? null])).toEqual([
      ['speech', 'Ministério da Saúde', null],
    ]);
  });
});

describe('a name inside a description before the person named between commas', () => {
  test.each([
    [
      'Para a economista-chefe da gestora Araucária Investimentos, Patrícia Novaes, o tom foi mais duro do que o esperado. “O Banco Central deixou a porta aberta para acelerar o ritmo”, avalia.',
      'Patrícia Novaes',
    ],
    [
      'Secondo il presidente dell’associazione Scuola Veneta, Giorgio Pizzato, la riforma arriva tardi. «Spostare un orario significa ripensare gli autobus», ha aggiunto.',
      'Giorgio Pizzato',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });
});

describe('Spanish and Italian: a body after the name and an object pronoun before the verb', () => {
  test.each([
    [
      'El climatólogo Andrés Salinas, de la Universidad de Chile, que no participó en el estudio, lo calificó de «una señal de alarma más».',
      'Andrés Salinas',
    ],
    [
      'El historiador Iñaki Goñi, de la Universidad Pública de Navarra, la definió como «una mujer de una exigencia enorme».',
      'Iñaki Goñi',
    ],
    [
      'Il professor Marco Ventimiglia, del Politecnico di Milano, lo ha definito «un passo avanti».',
      'Marco Ventimiglia',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });
});

describe('Spanish: more verbs of reporting', () => {
  test.each([
    [
      'El entrenador de Unión del Sur, Hernán Castaño, cuestionó el tiempo añadido: “Se dieron seis minutos y se jugaron ocho.”',
      'Hernán Castaño',
    ],
    ['«No hubo ninguna irregularidad», aclaró la alcaldesa Marta Ibarra.', 'Marta Ibarra'],
    ['«Es una decisión política», rechazó el portavoz Julián Ferrer.', 'Julián Ferrer'],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });
});

describe('Italian, Spanish, Portuguese: "Così X ha commentato" after the quote', () => {
  test.each([
    [
      '«Non me l’aspettavo. Davvero. Avevo già prenotato il treno per tornare a casa stanotte». Così Chiara Lombardi, 41 anni, ha commentato a caldo la vittoria del Premio Strega.',
      'Chiara Lombardi',
    ],
    [
      '«No lo esperaba, de verdad, pensaba volver a casa esta noche». Así Carmen Ruiz celebró la victoria en el certamen.',
      'Carmen Ruiz',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('a sentence opened by "Così" with no verb of saying names no speaker', () => {
    const text =
      '«Il ponte resta chiuso fino a nuovo ordine, per la sicurezza di tutti». Così la città ha deciso di chiudere il ponte.';
    expect(found(text)).toEqual(['speech/-']);
  });
});

describe('Polish, Czech, Russian: an unnamed official from a body, then a relative clause', () => {
  test.each([
    [
      'Urzędnik z Ministerstwa Klimatu, który chciał zachować anonimowość, przyznał w rozmowie z nami, że nabór wniosków „to droga przez mękę”.',
    ],
    ['Úředník z ministerstva, který si nepřál být jmenován, řekl: „Víme o tom.“'],
    ['Сотрудник из мэрии, который попросил не называть его имени, сказал: «Мы знаем об этом».'],
  ])('%s', (text) => {
    expect(found(text)).toEqual(['speech/-']);
  });

  test('a full name before "z" still speaks', () => {
    expect(
      found(
        'Jan Kowalski z Ministerstwa Klimatu, który odpowiada za program, powiedział: „Wiemy o tym.”',
      ),
    ).toEqual(['speech/Jan Kowalski']);
  });
});

test('a Slavic relative clause after the name is no role', () => {
  expect(
    analyzeText('Jan Kowalski, który odpowiada za program, powiedział: „Wiemy o tym.”').map((q) => [
      q.speaker,
      q.role ?? null,
    ]),
  ).toEqual([['Jan Kowalski', null]]);
});

describe('a name the text gave with one more word is that person', () => {
  test.each([
    [
      'A escritora Maria do Carmo Albuquerque morreu ontem no Recife.\n“Eu escrevo sobre gente. A gente é que mora num lugar”, disse Maria do Carmo em 2004.',
      'Maria do Carmo Albuquerque',
    ],
    [
      'El fiscal Héctor Salcido Beltrán habló ayer con la prensa.\n«No hay detenidos por ahora», dijo Héctor Salcido.',
      'Héctor Salcido Beltrán',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('two people the name could be: it stays as given', () => {
    const text =
      'Ana Lucía Torres y Ana Lucía Gómez fundaron la cooperativa.\n«Empezamos con nada», dijo Ana Lucía.';
    expect(found(text)).toEqual(['speech/Ana Lucía']);
  });
});

describe('Polish, Czech, Russian: a name after "according to" is named in the nominative', () => {
  test.each([
    [
      'Zdaniem prof. Tadeusza Lisa z Instytutu Psychologii PAN, który nie brał udziału w badaniu, wyniki wpisują się w szerszy trend. „Nie demonizowałbym samego telefonu” – zaznacza.',
      ['speech/Tadeusz Lis'],
    ],
    [
      'Podle odborníka na kybernetickou bezpečnost Petra Hrubého z ČVUT jsou české nemocnice »dlouhodobě podfinancované«. »Nemocnice utratí miliony za nový přístroj,« dodal.',
      ['speech/Petr Hrubý', 'speech/Petr Hrubý'],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('Swedish and German: an adverb before a verb-second verb and its named subject', () => {
  test.each([
    [
      'Där skriver Anna Lindqvist att bolaget står inför ”ett vägval som inte går att skjuta upp”.',
      'Anna Lindqvist',
    ],
    [
      'I mejlet skriver Anna Lindqvist att bolaget står inför ”ett vägval som inte går att skjuta upp”.',
      'Anna Lindqvist',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('a pronoun before the verb is still the subject', () => {
    const text =
      'Oberbürgermeister Jürgen Dannhauser dankte den Helfern. Er sagte: „Ohne die vielen Freiwilligen hätten wir das nicht geschafft.“';
    expect(found(text)).toEqual(['speech/Jürgen Dannhauser']);
  });
});

describe('Chinese: a surname and an honorific, and a relative who is not named', () => {
  test('"經營茶餐廳二十多年的陳先生無奈地說" names 陳先生', () => {
    expect(
      found('經營茶餐廳二十多年的陳先生無奈地說：「上次都無咁誇張，今次連雪櫃都浸咗。」'),
    ).toEqual(['speech/陳先生']);
  });

  test('"被害人的母親在庭外哽咽地說" names no one', () => {
    expect(
      found('被害人的母親在庭外哽咽地說：「他說要賠一輩子，可是我女兒的一輩子已經沒有了。」'),
    ).toEqual(['speech/-']);
  });
});

describe('someone unnamed after a place named in the opening phrase', () => {
  test('"En el centro de salud Federica Montseny, una paciente …"', () => {
    const text =
      'El consejero Julián Hidalgo habló de «una pistola encima de la mesa».\n' +
      'En el centro de salud Federica Montseny, una paciente de 78 años que esperaba para renovar una receta se mostraba comprensiva. «Mi médica es un sol, pero la pobre no llega», comentaba.';
    expect(found(text)).toEqual(['speech/Julián Hidalgo', 'speech/-']);
  });
});

describe('German: "heißt es" gives a document’s words, by no one', () => {
  test('"In der Begründung der Jury heißt es, Habermann erzähle „…“"', () => {
    const text =
      'Der Deutsche Buchpreis geht an die Leipziger Autorin Marie-Luise Habermann. Sie erhält die Auszeichnung für ihren Roman „Die Vermessung der Stille“, wie der Börsenverein bekannt gab.\n' +
      'In der Begründung der Jury heißt es, Habermann erzähle „mit beinahe unheimlicher Genauigkeit“ von einer Familie im Erzgebirge. Der Roman sei „ein Buch über das Schweigen, das lauter ist als jeder Streit“.';
    expect(found(text).slice(0, 2)).toEqual(['term/-', 'speech/-']);
  });
});

describe('Italian: more verbs of saying after the quote', () => {
  test.each([
    [
      '«Io finisco il turno all’una e mezza. Se tolgono il 27 notturno, come torno a casa?», si chiede Fatima, infermiera al Sant’Orsola.',
      'Fatima',
    ],
    [
      '“Diciotto anni per una vita. Questa non è giustizia”, ha gridato Simona Bertone, figlia della vittima.',
      'Simona Bertone',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('a dropped subject after the quote goes on with the colon frame’s subject', () => {
    const text =
      'Il sindaco, Luigi Perotti, ha già ribattezzato il ritrovamento. Ma la Soprintendenza di Ravenna frena: «Prima viene la tutela. Il mosaico sarà consolidato e studiato», fa sapere in una nota.';
    expect(found(text)).toEqual(['speech/Soprintendenza di Ravenna']);
  });
});

test('French: a gerund after a comma hangs on the clause’s subject', () => {
  const text =
    'Le manager Pierre-Yves Le Goff avait le sourire. Le Goff n’a pas manqué de pointer l’arbitrage de M. Laurent Castaing, jugeant certaines décisions en mêlée « incompréhensibles ».';
  expect(found(text)).toEqual(['speech/Pierre-Yves Le Goff']);
});

test('a family speaks as a group, named by no one', () => {
  const text =
    'La famiglia Bertone, tramite il proprio legale, ha annunciato ricorso in appello: “Andremo fino in Cassazione, se necessario”.';
  expect(found(text)).toEqual(['speech/-']);
});

describe('Dutch: separable verbs of saying and a surname with its particles', () => {
  test('"Meester Hans Rombouts, …, hield vol dat zijn cliënt “…”"', () => {
    expect(
      found(
        'Meester Hans Rombouts, die de beschuldigde verdedigt, hield vol dat zijn cliënt “niet het monster is dat hier is geschetst”.',
      ),
    ).toEqual(['speech/Hans Rombouts']);
  });

  test('"Van de Kamp, zelf vader van drie, weet niet …. ‘…’"', () => {
    const text =
      'Melkveehouder Gerrit van de Kamp uit Barneveld voert al twee jaar actie.\n' +
      'Van de Kamp, zelf vader van drie, weet niet of hij zijn bedrijf kan overdragen. ‘Mijn zoon vraagt elke dag: pa, heeft het nog zin? Ik weet het antwoord niet.’';
    expect(found(text)).toEqual(['speech/Gerrit van de Kamp']);
  });
});

test('Japanese: a researcher the text describes names no one', () => {
  expect(
    found('大阪大学の研究者は「一人あたり数千万円かかる現状では夢の治療のままだ」と指摘する。'),
  ).toEqual(['speech/-']);
});

describe('Korean: a team in Latin letters between name and title, and more verbs', () => {
  test.each([
    ['염태수 LG 감독은 “선수들이 끝까지 하나로 뭉쳤다”고 공을 돌렸다.', '염태수'],
    ['기상청은 “당분간 비 소식이 없고, 열대야가 계속되겠다”고 예보했다.', '기상청'],
    ['직장인 김하늘(29)씨는 “결혼 자금으로 모아둔 돈 전부였다”며 울먹였다.', '김하늘'],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });
});

describe('Korean: a dropped subject after "이어", 씨 glued to a name, a surname inside a word', () => {
  test('"이어 “…”고 덧붙였다" goes on with the judge', () => {
    expect(
      found(
        '재판장인 박정민 부장판사는 “피고인은 만취 상태였다”고 밝혔다. 이어 “피고인이 사고 직후 현장을 벗어나려 한 정황도 있다”고 덧붙였다.',
      ),
    ).toEqual(['speech/박정민', 'speech/박정민']);
  });

  test('"한 공원에서 만난 김순자(78)씨는" names her', () => {
    expect(
      found(
        '서울 종로구의 한 공원에서 만난 김순자(78)씨는 “집에 에어컨이 있어도 전기요금이 무서워서 못 튼다”고 했다.',
      ),
    ).toEqual(['speech/김순자']);
  });

  test('"이 감독" is 이정우, not 이에서 inside 사이에서', () => {
    const text =
      '팬들 사이에서 ‘서해의 심장’으로 불리는 박성민은 창단 멤버다.\n' +
      '이정우 감독은 “선수들에게 잃을 것도 없다고 말했다”고 우승 비결을 밝혔다.\n' +
      '이 감독은 시즌 초반 경질설에 시달리기도 했다. 그는 “그때 구단주가 끝까지 간다고 말해준 덕분에 버틸 수 있었다”고 돌아봤다.';
    expect(found(text).slice(-1)).toEqual(['speech/이정우']);
  });
});
