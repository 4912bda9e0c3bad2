import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/quotes/index.ts';

/** Frames from the errors of the blind probe sets read in the thirtieth session. */

const found = (text: string): string[] =>
  analyzeText(text).map((q) => `${q.kind}/${q.speaker ?? '-'}`);

describe('a source phrase before a body’s short name', () => {
  test.each([
    ['Selon l’ARS, cette fermeture nocturne est « temporaire » et sera réévaluée.', 'ARS'],
    ['Selon la SNCF, le trafic sera « fortement perturbé » jeudi.', 'SNCF'],
    ['Según la OMS, el brote está «bajo control».', 'OMS'],
    ['Secondo l’Istat, la crescita è «modesta».', 'Istat'],
    ['Laut der BVG ist der Ausfall „ärgerlich, aber unvermeidbar“.', 'BVG'],
    ['According to the NHS, the delays are “unacceptable”.', 'NHS'],
    ['Volgens de KNMI wordt het weekend “tropisch warm”.', 'KNMI'],
    ['Segundo a ANAC, o atraso foi “pontual”.', 'ANAC'],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('a particle before a capitalised surname is still the name ("de Vries")', () => {
    expect(found('Volgens Pieter de Vries is het plan “onhaalbaar”.')).toEqual([
      'speech/Pieter de Vries',
    ]);
  });
});

describe('a role after a German article and a source preposition', () => {
  test('"Laut dem Trainer" refers back to the coach', () => {
    const text =
      'Trainer Jonas Keller sah ein schwaches Spiel. Laut dem Trainer war die zweite Halbzeit „nicht bundesligatauglich“.';
    expect(found(text)).toEqual(['speech/Jonas Keller']);
  });
});

describe('a sentence opened by a source phrase reports someone’s words', () => {
  test.each([
    'Selon le ministre, la situation est « grave ».',
    'According to police, the man was “agitated” when officers arrived.',
    'According to the company, the delays are “temporary”.',
    'Volgens het bedrijf is de fabriek ‘technisch verouderd’ en zou modernisering te duur zijn.',
    'Enligt domen har han agerat ”hänsynslöst och systematiskt”.',
  ])('%s', (text) => {
    expect(found(text)).toEqual(['speech/-']);
  });

  test('the source it describes is no neighbour’s', () => {
    const text =
      '„Wir bauen keine Stellen ab“, sagte Firmenchef Jan Hollweg.\nLaut dem Bericht sind die Zahlen „deutlich schlechter als erwartet“.';
    expect(found(text)).toEqual(['speech/Jan Hollweg', 'speech/-']);
  });

  test('a phrase that refers back leaves the quote to its neighbours', () => {
    const text =
      'El patrón Xosé Manuel Bouzas dijo que el recorte es «injusto». Según ha explicado, las capturas por jornada «llevan tres años subiendo».';
    expect(found(text)).toEqual(['speech/Xosé Manuel Bouzas', 'speech/Xosé Manuel Bouzas']);
  });

  test.each([
    // The quote is the phrase's object, or the phrase is inside the sentence.
    'Le vote aura lieu selon le « plan B ».',
    'Sąd skazał mężczyznę, który według prokuratury kierował grupą działającą metodą „na wnuczka” od lat.',
    // English "so" is no source preposition.
    'In so doing, the scientists gave neon its name, which translates as “new.”',
    // A compound glued to the quote.
    'По версии следствия, средства были выведены через фирмы-«однодневки».',
  ])('no report: %s', (text) => {
    expect(found(text)).toEqual(['term/-']);
  });
});

describe('a preposition opening a sentence is no part of a name', () => {
  test.each([
    [
      'Vid Bromölla satt Sara Lindgren fast i sin bil i sex timmar. ”Som tur var hade jag fyllt tanken”, säger hon.',
      'Sara Lindgren',
    ],
    ['Przed Ratuszem Anna Wilk zbierała podpisy. „Nie odpuścimy” – powiedziała.', 'Anna Wilk'],
    [
      'Zwischen Bremen und Oldenburg stand Jan Tietjen stundenlang im Stau. „Das war Wahnsinn“, sagte er.',
      'Jan Tietjen',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });
});

describe('a public body’s name is no role before a name', () => {
  test.each([
    [
      'Najwyższa Izba Kontroli ocenia, że system jest „niewydolny i przeciążony”.',
      'Najwyższa Izba Kontroli',
    ],
    [
      'Urząd Miasta Poznania zapowiada, że ulica będzie „zupełnie nowa, od elewacji do elewacji”.',
      'Urząd Miasta Poznania',
    ],
    [
      'Zarząd Transportu Publicznego zapewnia, że bilety będą „na preferencyjnych warunkach”.',
      'Zarząd Transportu Publicznego',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('a club whose name ends like an adjective is still cut from its officer’s name', () => {
    const text =
      'Zdaniem prezesa Zawiszy Ryszarda Kołodzieja drużyna „ma potencjał na medal”. Prezes Zawisza Ryszard Kołodziej był zadowolony.';
    expect(found(text)).toEqual(['speech/Ryszard Kołodziej']);
  });
});

describe('roles before a name', () => {
  test('two roles joined by "e" before one name, after an opening phrase', () => {
    const text =
      'Em comunicado aos funcionários, o presidente e cofundador Gustavo Mendonça disse que a abertura de capital é “o começo de um novo capítulo”, e não uma saída dos fundadores.';
    expect(found(text)).toEqual(['speech/Gustavo Mendonça']);
  });

  test('a hyphenated compound role before a German name', () => {
    const text =
      'Die Pläne für den neuen Radweg stoßen im Kanton auf Widerstand, weil die Straße für den Verkehr der Betriebe zu schmal ist. SVP-Kantonsrat Markus Bühlmann spricht von einem „Verdrängungskampf gegen das Gewerbe“. Die Regierung will trotzdem an dem Projekt festhalten, und sie hat dafür auch die Mehrheit im Parlament.';
    expect(found(text)).toEqual(['speech/Markus Bühlmann']);
  });

  test('an Italian preposition and article opening a sentence is no name', () => {
    const text =
      'Il ritardo è stato annunciato dall’assessora alla Mobilità, Chiara Benassi. "Non è una notizia che avrei voluto dare", ha detto Benassi. Alla base del ritardo, ha spiegato, ci sono "interferenze con i sottoservizi molto più complesse del previsto", in particolare in via Emilia.';
    expect(found(text)).toEqual(['speech/Chiara Benassi', 'speech/Chiara Benassi']);
  });
});

describe('Korean and Japanese frames', () => {
  test('an ordinal before a Korean title (제1차관)', () => {
    const text =
      '김도현 국토부 제1차관은 이날 브리핑을 열고 “피해자들이 살던 집에서 쫓겨나지 않도록 하는 것이 중요하다”고 말했다.';
    expect(found(text)).toEqual(['speech/김도현']);
  });

  test('a Japanese verb of voice (声を弾ませた) and とも語った', () => {
    const text =
      '受賞の知らせを受けた三浦千尋さんは、電話取材に「まだ実感がわかない」と声を弾ませた。「その感じを書きたかった」とも語った。';
    expect(found(text)).toEqual(['speech/三浦千尋', 'speech/三浦千尋']);
  });
});

describe('frames after the quote', () => {
  test.each([
    [
      '«È una scelta coraggiosa, ma necessaria», ha spiegato l’assessora alla Mobilità, Chiara Ferraris.',
      'Chiara Ferraris',
    ],
    ['“È una scelta necessaria”, ha detto l’assessore al Bilancio Marco Rossi.', 'Marco Rossi'],
    [
      '“Non è pigrizia, è biologia”, sintetizza la coordinatrice della ricerca, la neuroscienziata Francesca Dal Molin.',
      'Francesca Dal Molin',
    ],
    [
      '„Ani nevím, jak ten puk prošel,“ popisoval po zápase Havlík, kterému spoluhráči říkají „Havran“.',
      'Havlík',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)[0]).toBe(`speech/${speaker}`);
  });

  test('whom the words were told is no portfolio ("le maire au Parisien")', () => {
    const text =
      'Le maire Jean Roux a reçu les riverains. « Nous allons rouvrir la rue », a déclaré le maire au Parisien.';
    expect(found(text)).toEqual(['speech/Jean Roux']);
  });

  test('a Slavic adjunct is one noun: the role after it stays the role', () => {
    const text =
      '„Byl to nervák do poslední vteřiny,“ řekl po zápase trenér Kamenice Roman Šťastný.\nTrenér Borovan Libor Sýkora kritizoval rozhodčí. Podle něj padl druhý gól „jasně z postavení mimo hru“.';
    expect(found(text)).toEqual(['speech/Roman Šťastný', 'speech/Libor Sýkora']);
  });
});

describe('the subject before the verb', () => {
  test('a name and where the person works ("på investmentbanken Aros Kapital")', () => {
    const text =
      'Analytikern Johanna Berg på investmentbanken Aros Kapital beskriver branschen som ”ett race där många kommer att bryta innan mål”.';
    expect(found(text)).toEqual(['speech/Johanna Berg']);
  });

  test('a pronoun and its "self" ("något hon själv beskriver som")', () => {
    const text =
      'Linnea Holmqvist debuterade 2019. Förväntningarna på uppföljaren har varit höga, något hon själv beskriver som ”både en gåva och en tyngd”.';
    expect(found(text)).toEqual(['speech/Linnea Holmqvist']);
  });
});

describe('more frames from the thirtieth session', () => {
  test('"jak mówi" between dashes names the speaker', () => {
    const text =
      'Decyzję chwalą ekolodzy ze stowarzyszenia Czyste Powietrze Małopolski, choć – jak mówi jego prezes Joanna Rybka – to „dopiero pierwszy krok”.';
    expect(found(text)).toEqual(['speech/Joanna Rybka']);
  });

  test('a Korean title glued to its office, after a city (서울시 교통실장)', () => {
    const text =
      '김태형 서울시 교통실장은 이날 브리핑에서 “무임승차로 인한 손실이 크다”며 “지금 손을 대지 않으면 어렵다”고 말했다.';
    expect(found(text)).toEqual(['speech/김태형', 'speech/김태형']);
  });

  test('a role after the quote refers to the name the quote’s own sentence opens with', () => {
    const text =
      'A sbloccare la partita è stato Giacomo Rinaldi con un colpo di testa.\n“Non guardo la classifica”, ha detto a fine gara il tecnico Alberto Marchetti.\nRinaldi, 29 anni, è arrivato a gennaio dalla Serie B. “Qui ho trovato una famiglia”, ha raccontato l’attaccante ai microfoni di una radio locale.';
    const quotes = analyzeText(text);
    expect(quotes.map((q) => q.speaker)).toEqual(['Alberto Marchetti', 'Giacomo Rinaldi']);
    // The adjunct is no part of the role.
    expect(quotes[0]!.role).toBe('il tecnico');
  });

  test('but not a name in the colon frame before the quote', () => {
    const text =
      '"Hicimos un partido inteligente", reconoció el DT de Ribera, Horacio Benítez.\nConsultado por la expulsión de Matías Ledesma, el entrenador fue tajante: "El árbitro estuvo muy mal".';
    expect(found(text)).toEqual(['speech/Horacio Benítez', 'speech/Horacio Benítez']);
  });
});

describe('between the verb and an inverted subject', () => {
  test('an aside between commas ("заявила, оглашая приговор, судья …")', () => {
    const text =
      '«Подсудимый действовал расчетливо», — заявила, оглашая приговор, судья Ирина Хабибуллина.';
    expect(found(text)).toEqual(['speech/Ирина Хабибуллина']);
  });

  test('a Slavic adjunct after the name ("w rozmowie z TVP Sport")', () => {
    const text =
      'Drugie miejsce zajął Szymon Kordas. „Nie wiem, co powiedzieć” - mówił wzruszony Kordas w rozmowie z TVP Sport.';
    expect(found(text)).toEqual(['speech/Szymon Kordas']);
  });

  test('but a place inside the office stays ("dyrektor Delegatury NIK w Warszawie Tomasz Kurek")', () => {
    const text =
      '„Co trzeci pacjent nie wymaga pomocy w trybie nagłym” - powiedział PAP dyrektor Delegatury NIK w Warszawie Tomasz Kurek.';
    expect(found(text)).toEqual(['speech/Tomasz Kurek']);
  });
});

describe('CJK titles around names', () => {
  test('a Chinese role glued before a foreign name', () => {
    const quotes = analyzeText('英国布里斯托大学古生物学家詹姆斯·沃克表示：“这是重要空白。”');
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['詹姆斯·沃克', '英国布里斯托大学古生物学家'],
    ]);
  });

  test('a foreign name whose first part holds a role’s character keeps it (理查德)', () => {
    expect(found('理查德·福斯特表示：“这是重要空白。”')).toEqual(['speech/理查德·福斯特']);
  });

  test.each([
    ['小林正人専務は「優秀な人材を確保するための投資だ」と話した。', '小林正人'],
    ['気象庁の佐々木誠主任予報官は「暴風となるおそれがある」と述べた。', '佐々木誠'],
  ])('a Japanese title after the name: %s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });
});

describe('Japanese frames with full-width ages and the next sentence', () => {
  test('a school year in full-width digits after the name', () => {
    expect(found('主将の高橋陸（３年）は「甲子園は後輩たちに託したい」と声を詰まらせた。')).toEqual(
      ['speech/高橋陸'],
    );
  });

  test('the sentence after the quote names its speaker', () => {
    const text =
      '主将の中村大翔（３年）が右前へ運んだ。「打った瞬間、抜けると思った。絶対に決めるつもりだった」。中村は涙をぬぐいながら話した。';
    expect(found(text)).toEqual(['speech/中村大翔']);
  });
});

describe('Swedish "kallar"', () => {
  test('"kallar" frames a partial quote', () => {
    expect(found('Kritikern Amanda Rosén kallar boken ”en mästerlig skildring av sorg”.')).toEqual([
      'speech/Amanda Rosén',
    ]);
  });

  test('a jury is no one the next pronoun refers to', () => {
    const text =
      'Romanen ”Vintervägen” av Karin Holm har nominerats till Augustpriset. Juryn kallar boken ”en mästerlig skildring av skuld och försoning”. Holm själv säger att hon skrev den ”för att förstå min pappa”.';
    expect(found(text).at(-1)).toBe('speech/Karin Holm');
  });
});
