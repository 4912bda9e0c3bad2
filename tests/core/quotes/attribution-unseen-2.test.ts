import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/quotes/index.ts';
import { first, lastSpeech } from './first-quote.ts';

/** Frames from the errors of the blind probe sets read in the eighteenth session. */

describe('a title between a role and a name in the frame after the quote', () => {
  test.each([
    [
      '«Мы сыграли плохо», — признался после игры главный тренер «Металлурга» Сергей Гордеев.',
      'Сергей Гордеев',
    ],
    ['„Zagraliśmy słabo” – powiedział po meczu trener „Pogoni” Jan Kowalski.', 'Jan Kowalski'],
    ['„Es war ein schweres Spiel“, sagte der Trainer des „Kickers“ Hans Meier.', 'Hans Meier'],
  ])('%s', (text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });

  test('not a title that ends the frame', () => {
    expect(first('“We lost,” he told “60 Minutes”. Smith left.')).toEqual(['speech', null]);
  });
});

describe('a nationality or a role noun written capitalised before a name', () => {
  test.each([
    ['« Je n’avais pas les jambes », a reconnu le Néerlandais Joost van Dael.', 'Joost van Dael'],
    ['„Es war perfekt“, sagte der Schweizer Marco Odermatt.', 'Marco Odermatt'],
    ['„Heute hat alles gepasst“, sagte Torhüter Jonas Fehrmann.', 'Jonas Fehrmann'],
    ['Deren Sprecher Thomas Hübner sprach von einem „finanziellen Abenteuer“.', 'Thomas Hübner'],
    ['„Klare Sache“, sagte Schiedsrichter Felix Brand.', 'Felix Brand'],
  ])('%s', (text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });

  test('an English adjective stays part of a name', () => {
    expect(first('“No need,” said Chinese CDC in a statement.')).toEqual(['speech', 'Chinese CDC']);
  });
});

describe('a speaker described by age refers back to the person named before', () => {
  test.each([
    'Lucas Terrier a repris la tête.\n« J’ai souffert », a confié le coureur de 24 ans à l’arrivée.',
    'Lucas Terrier ganó.\n«He sufrido», dijo el corredor de 24 años.',
    'Lucas Terrier ha vinto.\n«Ho sofferto», ha detto il 24enne.',
    'Lucas Terrier ganhou.\n«Sofri», disse o ciclista de 24 anos.',
  ])('%s', (text) => {
    expect(first(text)).toEqual(['speech', 'Lucas Terrier']);
  });
});

describe('Chinese frames', () => {
  test('介绍 and 提醒 frame a clause and a quote after it', () => {
    const text =
      '承办法官赵丽娟介绍，此类诈骗往往“先给甜头、再设陷阱”，受害人前期能拿到小额返利。\n“凡是要求先垫付资金的兼职，基本都是诈骗。”赵丽娟提醒，“遇到此类情况，一定要第一时间报警。”';
    expect(analyzeText(text).map((q) => [q.kind, q.speaker])).toEqual([
      ['speech', '赵丽娟'],
      ['speech', '赵丽娟'],
      ['speech', '赵丽娟'],
    ]);
  });

  test('a verb of judging takes the quote as what it says of its object', () => {
    expect(first('评委会主席、编剧何立群评价该片“朴素而有力量”。')).toEqual(['speech', '何立群']);
  });

  test('a quote opening a sentence goes on from the reporting verb of the sentence before', () => {
    expect(
      first(
        '南岭集团董事长陈国栋在业绩说明会上表示，海外市场成为增长的主要动力。“我们的三个工厂去年全部满产。”',
      ),
    ).toEqual(['speech', '陈国栋']);
  });

  test('a quote that runs on into its clause’s words is a term', () => {
    expect(first('研究员贺明轩介绍，这项技术有望破解长期存在的“卡脖子”难题。')).toEqual([
      'term',
      null,
    ]);
  });
});

describe('French reflexive verbs, and opening phrases of other languages', () => {
  test.each([
    [
      '« On l’apprend par un courriel », s’indigne Sandrine Delpech, déléguée CGT.',
      'Sandrine Delpech',
    ],
    ['« Bravo à tous », s’est félicité Pierre Martin.', 'Pierre Martin'],
    [
      'Gérard Bouchet avait fait attribuer un marché. « Je n’ai jamais pensé que c’était interdit », s’est-il défendu à la barre.',
      'Gérard Bouchet',
    ],
    [
      'Le procureur, Alain Mercadier, avait requis deux ans avec sursis, évoquant un « mépris des règles ».',
      'Alain Mercadier',
    ],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });

  test('a preposition opening a sentence is no speaker', () => {
    expect(
      first('Dans un communiqué, l’entreprise indique qu’elle « étudie les suites à donner ».'),
    ).toEqual(['speech', null]);
  });

  test('an opening phrase before the subject, in Italian', () => {
    expect(
      first('Nel comunicato, la società ha detto che l’export è «in forte accelerazione».'),
    ).toEqual(['speech', null]);
  });
});

describe('a dropped subject after an adjunct, and a name with an apposition before a colon', () => {
  test.each([
    'El consejero delegado, Álvaro Sanz, atribuyó la mejora a las renovables.\n«Estamos cumpliendo el plan», afirmó en la presentación de resultados.',
    'L’amministratore delegato, Álvaro Sanz, ha commentato i conti.\n«Stiamo rispettando il piano», ha aggiunto alla fine.',
  ])('%s', (text) => {
    expect(lastSpeech(text)).toEqual(['speech', 'Álvaro Sanz']);
  });

  test.each([
    [
      'In tribuna c’era anche l’ex capitano Luca Brambati, oggi dirigente: “Ho visto la Virtus retrocedere due volte”.',
      'Luca Brambati',
    ],
    [
      'In the stands was former captain Luke Bram, now a director: “I have seen the club relegated twice.”',
      'Luke Bram',
    ],
  ])('%s', (text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });

  test('not a clause after the name', () => {
    expect(first('The book was written by Jane Smith, and it shows: “It reads well.”')).toEqual([
      'speech',
      null,
    ]);
  });
});

describe('a Spanish first surname alone', () => {
  test('names the person of the two surnames given before', () => {
    expect(
      lastSpeech(
        'El estudio fue dirigido por la doctora Verónica Ibarra Luna.\nIbarra añadió que la especie podría estar ya “en peligro crítico” por la tala en los bosques.',
      ),
    ).toEqual(['speech', 'Verónica Ibarra Luna']);
  });

  test('not in English copy', () => {
    const [, speaker] = lastSpeech(
      'The study was led by Verónica Ibarra Luna.\nIbarra added that the species could be “critically endangered” now.',
    );
    expect(speaker).not.toBe('Verónica Ibarra Luna');
  });
});

describe('lawyers, appositions after a role, ages and a sentence opened by a full name', () => {
  test('"la legale" refers back to the lawyer named before', () => {
    expect(
      lastSpeech(
        'I familiari sono assistiti dall’avvocata Silvia Cappellato. «Rispettiamo la sentenza», ha detto la legale.',
      ),
    ).toEqual(['speech', 'Silvia Cappellato']);
  });

  test('a role, then a title and a name between commas', () => {
    expect(
      lastSpeech(
        'Giorgio Lattanzi è stato assolto.\nIl suo difensore, l’avvocato Enrico Paoletti, ha parlato di «un processo che non sarebbe mai dovuto cominciare».',
      ),
    ).toEqual(['speech', 'Enrico Paoletti']);
  });

  test('"aldus de 27-jarige" refers back', () => {
    expect(
      lastSpeech(
        'Lotte van Grinsven verloor.\nZe baalde van haar opening. "Ik ben te voorzichtig gestart", aldus de 27-jarige.',
      ),
    ).toEqual(['speech', 'Lotte van Grinsven']);
  });

  test.each([
    [
      'Coach Erik Mulder was pleased with the depth of the squad. “We have five women who can skate under 1.55.”',
      'Erik Mulder',
    ],
    [
      'Lotte van Grinsven verloor.\nVan Grinsven baalde van haar opening. "Ik ben te voorzichtig gestart."',
      'Lotte van Grinsven',
    ],
  ])('a quote with no frame after a sentence its subject opens: %s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });

  test('not a product or a place opening the sentence', () => {
    expect(
      lastSpeech('White Street has new cafes. “It is all farm to table and no fuss at all.”'),
    ).toEqual(['speech', null]);
  });
});

test('"given" after a partial quote goes on with the sentence, no noun the quote modifies', () => {
  expect(
    first(
      'Council leader Priya Haldane said the decision was “painful but unavoidable” given a £2.3m shortfall.',
    ),
  ).toEqual(['speech', 'Priya Haldane']);
});

test('a relative clause after an appositive that ends with a place: the name before them', () => {
  expect(
    first(
      'The painting was brought in by Martin Fells, a retired postman from Calder Bridge, who said he had always assumed it was “by somebody from round here”.',
    ),
  ).toEqual(['speech', 'Martin Fells']);
});

describe('Japanese school years and Korean council members', () => {
  test('a school year in brackets between the title and は', () => {
    expect(first('主将の石田翔太選手（3年）は「絶対に打つと決めていた」と笑顔を見せた。')).toEqual([
      'speech',
      '石田翔太',
    ]);
  });

  test('시의원 is a title after the name', () => {
    expect(
      first('이수연 시의원은 “취지는 공감하지만 계획이 먼저 나와야 한다”고 지적했다.'),
    ).toEqual(['speech', '이수연']);
  });
});

describe('judges as a role family, and verbs of Portuguese and Russian copy', () => {
  test.each([
    [
      'Na leitura do acórdão, a juíza presidente, Teresa Valadares, afirmou que agiu mal.\n“O senhor usou a junta como se fosse a sua conta pessoal”, disse a magistrada, dirigindo-se ao arguido.',
      'Teresa Valadares',
    ],
    [
      'A agricultora Beatriz Nogueira, de 67 anos, conta que achou as peças. “Eu achei que era pedra esquisita.”, lembra, rindo.',
      'Beatriz Nogueira',
    ],
    [
      'Жители опасаются шума. «Два года под окнами будет стройка», — возмущается пенсионерка Галина Петровна Мухина.',
      'Галина Петровна Мухина',
    ],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });
});
