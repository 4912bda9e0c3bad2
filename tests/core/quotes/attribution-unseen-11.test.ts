import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/quotes/index.ts';

/** Frames from the errors of the blind probe sets read in the twenty-ninth session. */

const found = (text: string): string[] =>
  analyzeText(text).map((q) => `${q.kind}/${q.speaker ?? '-'}`);

describe('a pronoun does not refer to a place or a body a preposition introduces', () => {
  test.each([
    [
      'Um sieben Uhr steht Martina Kolbe schon im Stall. Die 52-Jährige arbeitet seit dreißig Jahren im Landkreis Oberhaval Süd.\n„Die Leute glauben, das sei Romantik“, sagt sie. „Es ist harte Arbeit.“',
      'Martina Kolbe',
    ],
    [
      'Tomasz Wrona prowadzi piekarnię od 1998 roku. Mieszka w Nowym Targu od urodzenia.\n„Chleb to nie jest biznes, to rzemiosło” – mówi. „Uczył mnie tego ojciec.”',
      'Tomasz Wrona',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text).filter((q) => q.startsWith('speech'))).toEqual([
      `speech/${speaker}`,
      `speech/${speaker}`,
    ]);
  });

  test('"of" a place, then the name in apposition: the name', () => {
    const text =
      'El alcalde de Torrealta del Campo, Ramiro Esteve, espera que el hallazgo atraiga visitantes. «Aquí lo que falta es gente joven», dijo.';
    expect(found(text)).toEqual(['speech/Ramiro Esteve']);
  });

  test('"of" a person with no other name near: still that person', () => {
    const text =
      'Esce martedì il nuovo romanzo di Marta Collini, in libreria per Edizioni Salvi.\n«Mio padre non parlava mai della guerra», racconta l’autrice.';
    expect(found(text)).toEqual(['speech/Marta Collini']);
  });
});

describe('titles before a name', () => {
  test.each([
    ['“We held the line,” Incident Commander Dana Whitcombe said.', 'Dana Whitcombe'],
    ['“We held the line,” said Lieutenant Colonel Mark Avery.', 'Mark Avery'],
    [
      'Wiceprezydent Gdańska Tomasz Lewicki zapewnia, że budynek będzie „centrum kultury”.',
      'Tomasz Lewicki',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('an office of a place, then its holder by title and name', () => {
    const text =
      'In a letter read on Sunday, the Bishop of Westmere, the Rt Revd Alan Foster, wrote that parishes faced “hard choices”.';
    expect(found(text)).toEqual(['speech/Alan Foster']);
  });

  test('a German role noun after a reporting verb', () => {
    const text =
      'Die Stadt will reagieren. Man werde „so viele Bäume pflanzen wie möglich“, sagte Umweltdezernent Jonas Brettschneider auf Anfrage. Für 2025 seien 600 Bäume vorgesehen, und die Stadt ist auch bereit.';
    expect(found(text)).toEqual(['speech/Jonas Brettschneider']);
  });
});

describe('names with what stands before them', () => {
  test.each([
    [
      'Para o sócio da Northwind Ventures Laura Benning, a empresa cresceu “sem queimar caixa”.',
      'Laura Benning',
    ],
    ['‘Het is een ramp voor de sector,’ zegt voorzitter Geert ten Brink.', 'Geert ten Brink'],
    ['"Ik kom te laat op mijn werk", zei Samir el Haddouti (31).', 'Samir el Haddouti'],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });
});

describe('Korean frames', () => {
  test('씨 as its own word takes the particle; a quote joined by 며 lends no subject', () => {
    const text =
      '경북 상주시에서 과수원을 하는 박영철(58) 씨는 “사과값은 그대로인데 비료값은 두 배가 됐다”며 “내년이 더 걱정”이라고 말했다.';
    expect(found(text)).toEqual(['speech/박영철', 'speech/박영철']);
  });

  test('a foreign name in full once, then the surname and a title', () => {
    const text =
      '페루 대선 결선투표에서 중도 연합의 마리아 킨테로(51) 후보가 당선됐다.\n킨테로 당선인은 리마에서 지지자들에게 “오늘 페루는 희망을 선택했다”고 말했다.';
    expect(found(text)).toEqual(['speech/마리아 킨테로']);
  });

  test('a military rank after the name is a title', () => {
    const text = '국방부 대변인 이준호 대령은 “전력 공백을 최소화하겠다”고 밝혔다.';
    expect(found(text)).toEqual(['speech/이준호']);
  });
});

describe('someone the text does not name', () => {
  test.each([
    '„Das Wasser stand in zehn Minuten in der Küche“, sagt eine 71 Jahre alte Frau.',
    'Um executivo do setor, que pediu para não ser identificado, disse que a empresa está “de olho” no Nordeste.',
    'Источник в областном правительстве сообщил, что средства в бюджете «пока не заложены».',
  ])('%s', (text) => {
    expect(found(text)).toEqual(['speech/-']);
  });

  test('not a name after a clause that opens with an indefinite noun', () => {
    const text =
      'Montclar reçoit le leader samedi. Un match que Patrice Bouscatel qualifie déjà de « rendez-vous de la dernière chance ».';
    expect(found(text)).toEqual(['speech/Patrice Bouscatel']);
  });
});

test('a headline’s clause, a comma, then the speaker alone before the colon', () => {
  expect(found('Il Sestri vince il derby, Gualtieri: «Questa squadra ha un’anima»')).toEqual([
    'speech/Gualtieri',
  ]);
});

describe('unnamed sources in other languages', () => {
  test.each([
    '彰化縣一名果農無奈地說：「果子都掉光了，這一季等於白做。」',
    '区里一位工作人员表示，“目前双方的差距正在缩小”。',
    'A Protecção Civil rejeita as críticas. Fonte do comando regional garantiu que os meios agiram «de acordo com as prioridades».',
  ])('%s', (text) => {
    expect(found(text)).toEqual(['speech/-']);
  });
});

describe('a role the text refers back with', () => {
  test('an office "of" a body, then the name after a comma', () => {
    const text =
      'La consejera de Educación de Castilla y León, Rocío Lozano, ha presentado el plan.\n“Vamos a abrir diez escuelas rurales”, ha añadido la consejera.';
    expect(found(text)).toEqual(['speech/Rocío Lozano']);
  });

  test('the winner', () => {
    const text =
      'Théo Marchand a remporté la 12e étape en solitaire.\n« J’ai attendu le bon moment », a raconté le vainqueur au micro de France Télévisions.';
    expect(found(text)).toEqual(['speech/Théo Marchand']);
  });
});

describe('Polish and Japanese subjects', () => {
  test('a Polish appositive: an office in the genitive is no name of its own', () => {
    const text =
      'Marek Zając, były zastępca szefa Sztabu Generalnego, mówi o „dobrym początku”, ale ostrzega przed euforią.';
    expect(found(text)).toEqual(['speech/Marek Zając']);
  });

  test.each([
    [
      '自宅が床上浸水した農業山本和子さん（72）は「水が玄関から入ってきた」と声を詰まらせた。',
      '山本和子',
    ],
    ['高橋恵子文部科学相は記者会見で「極めて深刻な状況だ」と述べた。', '高橋恵子'],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });
});

test.each([
  ['« On a ouvert ici en 1986 », se souvient Gérard Marchal, 64 ans.', 'Gérard Marchal'],
  ['„Začínali jsme v garáži,“ vzpomíná Petr Hladík.', 'Petr Hladík'],
  ['«Начинали с нуля», вспоминала Ирина Котова.', 'Ирина Котова'],
])('verbs of remembering: %s', (text, speaker) => {
  expect(found(text)).toEqual([`speech/${speaker}`]);
});

test('someone unnamed and where they are from', () => {
  expect(
    found('One grower from Dane County told the room the rain would come "like it always does."'),
  ).toEqual(['speech/-']);
});

test.each([
  ['« Le car, l’hiver, je n’y crois pas », soupire Martine Rouvier, 67 ans.', 'Martine Rouvier'],
  ['«No hay nada que hacer», suspiró Carmen Ibáñez.', 'Carmen Ibáñez'],
  ['”Det är för sent nu”, suckar Anna Berg.', 'Anna Berg'],
])('verbs of sighing: %s', (text, speaker) => {
  expect(found(text)).toEqual([`speech/${speaker}`]);
});

describe('inverted frames with more before the name', () => {
  test.each([
    [
      '«Non accetteremo», ha detto davanti ai cancelli Giuseppe Marchi, segretario della Fiom.',
      'Giuseppe Marchi',
    ],
    [
      '«Lavoriamo settanta ore», ci dice Jean-Marc Thiboult, allevatore di bovini.',
      'Jean-Marc Thiboult',
    ],
    ['« Je voulais filmer ce moment », nous confie Clémence Aubert.', 'Clémence Aubert'],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });
});

test('a role of an office with an elided "of", then its holder', () => {
  const text =
    'Il ministro dell’Interno, Paolo Delfini, ha difeso il testo in aula: “Non è un decreto contro qualcuno”.';
  expect(found(text)).toEqual(['speech/Paolo Delfini']);
});
