import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/quotes/index.ts';
import { first } from './first-quote.ts';

/** Frames from the errors of the blind probe sets read in the seventeenth session. */

/** The speaker of a text's last speech quote. */
const lastSpeaker = (text: string): string | null | undefined =>
  analyzeText(text)
    .filter((q) => q.kind === 'speech')
    .at(-1)?.speaker;

describe('a place after a preposition in an inverted frame is no speaker', () => {
  test.each([
    [
      'Russian "в"',
      'Губернатор Алексей Кравцов поручил отремонтировать школы. «Дети не должны учиться в таких зданиях», — заявил глава региона на совещании в Екатеринбурге.',
      'Алексей Кравцов',
    ],
    [
      'Polish "we"',
      'Prezydent miasta Jan Nowak otworzył most. „Most jest gotowy” – powiedział prezydent podczas uroczystości we Wrocławiu.',
      'Jan Nowak',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});

describe('"according to" in its less common forms', () => {
  test.each([
    ['French "d’après"', 'D’après Marie Dubois, la réforme est « mal conçue ».', 'Marie Dubois'],
    [
      'Spanish "de acuerdo con"',
      'De acuerdo con Juan Pérez, la reforma es «un desastre».',
      'Juan Pérez',
    ],
    ['Italian "a detta di"', 'A detta di Marco Rossi, la riforma è «un disastro».', 'Marco Rossi'],
    ['Portuguese "conforme"', 'Conforme Rui Costa, o plano é “inviável”.', 'Rui Costa'],
    [
      'German "nach Angaben von"',
      'Nach Angaben von Jonas Keller ist die Lage „sehr ernst“.',
      'Jonas Keller',
    ],
    ['Czech "dle", the name in the nominative', 'Dle Jana Nováka je plán „nereálný“.', 'Jan Novák'],
    [
      'Russian "по мнению", the name in the nominative',
      'По мнению министра финансов Ольги Лаптевой, программа обойдётся «примерно в четыре миллиарда рублей».',
      'Ольга Лаптева',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });

  test('"von der Leyen" after "laut" keeps its particles', () => {
    expect(first('Laut Ursula von der Leyen ist die Lage „sehr ernst“.')).toEqual([
      'speech',
      'Ursula von der Leyen',
    ]);
  });
});

describe('German, Dutch and Swedish put the verb before its subject after an opening phrase', () => {
  test.each([
    ['German', 'Nach dem Spiel sagte Trainer Jonas Keller: „Wir waren besser.“', 'Jonas Keller'],
    ['Swedish', 'Efter matchen sa förbundskaptenen Jon Dahl: ”Vi var bättre.”', 'Jon Dahl'],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });

  test('English "told" before a colon keeps its object the addressee', () => {
    expect(
      first('One passenger, a teacher, told The Associated Press: “I just kept praying.”'),
    ).toEqual(['speech', null]);
  });
});

describe('a role with no holder named before it refers back to the person the story introduced', () => {
  test.each([
    [
      'French, before anyone has spoken',
      'Avec « Les Heures blanches », son troisième roman, Camille Desrosiers signe un livre sombre.\n« Je voulais écrire sur l’hiver », explique la romancière.',
      'Camille Desrosiers',
    ],
    [
      'French, another noun than the one the name had',
      'Le sélectionneur Didier Morel a annoncé sa liste.\n« Nous sommes prêts », a déclaré l’entraîneur.',
      'Didier Morel',
    ],
    [
      'Italian, after "Il" and a role (an article, not the French "il")',
      'Il centrocampista Lorenzo Ghirardi ha segnato su punizione.\n«Calciare le punizioni è una cosa che provo ogni giorno», ha spiegato il giocatore.',
      'Lorenzo Ghirardi',
    ],
    [
      'Spanish, a player',
      'El delantero Franco Aguirre marcó dos goles.\n“Se lo había prometido a mi hija”, contó el futbolista.',
      'Franco Aguirre',
    ],
    [
      'the name in its own paragraph before the last speaker',
      '«Abbiamo sofferto», ha detto il tecnico Fabio Zanetti.\nIl nuovo film di Paolo Sorrentino divide la critica. «Non volevo un museo», ha spiegato il regista.',
      'Paolo Sorrentino',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(lastSpeaker(text)).toBe(speaker);
  });

  test.each([
    [
      'a role the text introduced unnamed',
      'A doctor on the scene told Ruptly that he tried to save Juan Pérez.\n“It’s a shame to see a comrade die,” the doctor said.',
    ],
    [
      'a relative of someone else',
      'Michael Webb was convicted on Friday.\nThe victim’s mother testified, describing her daughter as “brave, strong, and smart” before the jury.',
    ],
    [
      'a name the text only quotes',
      'Het politieonderzoek liep onder de naam ‘Operatie Koevoet’. Volgens de rechter toonde de man ‘geen enkel besef van de schade die hij heeft aangericht’.',
    ],
  ])('not %s', (_name, text) => {
    expect(lastSpeaker(text)).toBeNull();
  });
});

describe('Japanese frames whose verb is no verb of saying', () => {
  test.each([
    ['a gesture after と', '岡田隆監督は「翔太は毎回よく粘ってくれた」と目を細めた。', '岡田隆'],
    [
      'a look, without a verb',
      '高橋翔太投手（24）は「きょうは真っすぐが走っていた」と笑顔。',
      '高橋翔太',
    ],
    [
      'a councillor’s title after the name',
      '反対した田中由美子町議は「通学距離が最大で12キロになる」と批判した。',
      '田中由美子',
    ],
    [
      'a parent the text does not name',
      '40代の母親は「友達と離れるのを寂しがっている」と話した。',
      null,
    ],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });

  test('a name given with と is no speech', () => {
    expect(first('市は「みどりの森」と名付けた。')).toEqual(['term', null]);
  });
});

describe('what stands before a name in its run and is no part of it', () => {
  test.each([
    [
      'a Polish title’s office in the genitive',
      'Piłkarze Stali Borkowice przegrali.\n„Nie ma co szukać wymówek” – przyznał po meczu trener Stali Grzegorz Pawlak.',
      'Grzegorz Pawlak',
    ],
    [
      'a quoted company name',
      'Аналитик ИК «Горизонт Капитал» Марина Соколова считает проект «вполне обоснованным».',
      'Марина Соколова',
    ],
    [
      'a German relative determiner and a title',
      'Dessen Direktor Ralf Oberhauser erklärte, die Zuschüsse seien „teilweise großzügiger als nötig“ gewesen.',
      'Ralf Oberhauser',
    ],
    [
      'a German compound role',
      'Die Grünen-Abgeordnete Miriam Falkenberg kritisierte die Pläne. „Wer jetzt spart, zahlt später doppelt“, sagte sie.',
      'Miriam Falkenberg',
    ],
    [
      'a role that is also a surname, before a full name',
      'Der Vorsitzende Richter Matthias Hollweck sprach von einer »kaltblütigen Tat«.',
      'Matthias Hollweck',
    ],
    [
      'the French title of a lawyer',
      '« Il n’a jamais mené grand train », a plaidé Me Antoine Riou.',
      'Antoine Riou',
    ],
    [
      'a Dutch opening phrase before a verb and its subject',
      'Bij Sparta Westland zei Youssef El Amrani: “Ik droom hier al van.”',
      'Youssef El Amrani',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(lastSpeaker(text)).toBe(speaker);
  });

  test('a surname that is also a role stays a name', () => {
    expect(first('Gerhard Richter sagte: „Ich male.“')).toEqual(['speech', 'Gerhard Richter']);
  });
});

describe('Romance frames with no subject, or a relative and a name', () => {
  test('a verb and how it was said: the person the story follows', () => {
    expect(
      first(
        'Fue 2-1, con goles de Matías Ledesma y Franco Aguirre.\nLedesma, autor del primer gol, le dedicó el tanto a su hija. “Se lo había prometido a mi señora”, contó emocionado.',
      ),
    ).toEqual(['speech', 'Matías Ledesma']);
  });

  test('a relative, then the name', () => {
    expect(
      first(
        'Parentes seguravam cartazes. "Hoje a gente consegue respirar um pouco", disse a irmã dela, Patrícia Prado, emocionada.',
      ),
    ).toEqual(['speech', 'Patrícia Prado']);
  });

  test('"y" between two full names joins two people', () => {
    expect(first('Goles de Matías Ledesma y Franco Aguirre.\n“Ganamos”, dijo Aguirre.')).toEqual([
      'speech',
      'Franco Aguirre',
    ]);
  });
});

describe('frames after the quote', () => {
  test('a role, a comma and a name with a party in brackets', () => {
    expect(
      first(
        '« Nous n’avons pas pris cette décision de gaieté de cœur », a déclaré le maire, Jean-Pierre Morvan (divers droite), à l’issue d’une séance houleuse.',
      ),
    ).toEqual(['speech', 'Jean-Pierre Morvan']);
  });

  test.each([
    [
      'Italian "il commento di"',
      '«Meritavamo almeno il pareggio», il commento dell’allenatore della Pro Sestri, Claudio Ferrando, che ha però ammesso tutto.',
      'Claudio Ferrando',
    ],
    [
      'Spanish "las palabras de"',
      '“Fue un robo”, las palabras de Raúl Ocampo tras el partido.',
      'Raúl Ocampo',
    ],
  ])('a noun of speech and its speaker: %s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});

describe('more verbs of saying, and the pluperfect', () => {
  test.each([
    [
      'Spanish "espetó"',
      '«Cada vez que ustedes intervienen, los precios suben», espetó Ignacio Valverde desde su escaño.',
      'Ignacio Valverde',
    ],
    [
      'Italian "aveva spiegato"',
      '«Violetta è una donna che il mondo consuma», aveva spiegato Matteo Orsenigo alla vigilia.',
      'Matteo Orsenigo',
    ],
    [
      'Portuguese "desabafou"',
      '“Não dá pra jogar contra onze e mais o juiz”, desabafou Thiago Souza.',
      'Thiago Souza',
    ],
    [
      'French "avait déclaré"',
      '« Nous irons jusqu’au bout », avait déclaré Claire Vasseur.',
      'Claire Vasseur',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});

describe('Korean subjects with titles and organisations', () => {
  test.each([
    [
      'a title glued to its county',
      '박영호 청람군수는 12일 기자회견을 열고 "아이 울음소리가 끊긴 마을이 늘고 있다"고 밝혔다.',
      '박영호',
    ],
    [
      'an institute, a name and a title',
      '충북연구원 이수진 연구위원은 "일회성 현금 지원보다 일자리가 중요하다"고 말했다.',
      '이수진',
    ],
    [
      'a name, a club of three syllables and a title',
      '경기 후 최성균 해오름 감독은 “선수들이 끝까지 포기하지 않았다”이라고 말했다.',
      '최성균',
    ],
    [
      '"며 웃었다"',
      '결승골의 주인공 정민재는 “공이 오는 순간 생각밖에 없었다”며 웃었다.',
      '정민재',
    ],
    ['"고 했다"', '반면 한빛 이동훈 감독은 “막판 집중력이 아쉽다”고 했다.', '이동훈'],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});

describe('a news agency right after the verb is whom the words were given to', () => {
  test.each([
    [
      'Czech',
      'Kauzu odhalila vedoucí oddělení nákupu Eva Marková. „Je to pro mě zadostiučinění,“ napsala ČTK v textové zprávě.',
      'Eva Marková',
    ],
    [
      'Russian',
      'Министр Иван Петров прибыл в Омск. «Мы готовы», — сказал ТАСС министр.',
      'Иван Петров',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});

describe('names that run on into a place, a participle or a noun', () => {
  test('Italian "al" after a full name opens a place', () => {
    expect(
      analyzeText(
        'La nuova “Traviata” firmata da Matteo Orsenigo al Teatro Verdi di Castelmonte.\nOrsenigo ambienta l’opera a Milano. «Violetta è una donna», aveva spiegato il regista.',
      ).at(-1)?.speaker,
    ).toBe('Matteo Orsenigo');
  });

  test('a participle opening the sentence is no name', () => {
    expect(
      first('Questionado sobre a inflação, Nuno Ferraz disse que o cenário é “exigente”.'),
    ).toEqual(['speech', 'Nuno Ferraz']);
  });

  test.each([
    [
      'a prepositional phrase and a pronoun',
      'Der Angeklagte selbst hatte geschwiegen. Im letzten Wort sagte er nur: »Ich habe niemandem etwas getan.«',
    ],
    [
      'a relative described, and "er" not given to a woman',
      'Das Urteil fiel am Montag, wie Rechtsanwältin Sabine Leitner und die Staatsanwaltschaft bestätigten.\nDer Sohn der Getöteten verfolgte die Urteilsverkündung. »Meine Mutter hatte noch Pläne«, sagte er.',
    ],
  ])('German: %s names no one', (_name, text) => {
    expect(analyzeText(text).at(-1)?.speaker).toBeNull();
  });
});

describe('a name after a preposition and an article, and opinions given "for" someone', () => {
  test.each([
    [
      'a court after "de la" is no part of the name',
      '“Nos ha arruinado la vejez a muchos”, lamentó a las puertas de la Audiencia Josefa Martí, de 74 años.',
      'Josefa Martí',
    ],
    [
      'a parliament after "en el" is no speaker',
      'La ministra de Vivienda, Lucía Carrasco, defendió este martes en el Congreso la nueva ley, que según dijo pondrá fin a «un fraude masivo».',
      'Lucía Carrasco',
    ],
    [
      'Spanish "Para X, de …,"',
      'Para Mariana Solís, de la consultora Altavista Research, el plan “tiene sentido comercial”.',
      'Mariana Solís',
    ],
    [
      'French "Pour la procureure, X,"',
      'Pour la procureure, Claire Vasseur, il s’agit d’« une trahison de la confiance de tout un village ».',
      'Claire Vasseur',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});

describe('English subjects: a club before a role, a number of people', () => {
  test('a name before a role and a full name is the role’s modifier, not whom "he" is', () => {
    expect(
      analyzeText(
        'Kettering Vale beat ten-man Redford Town 2-1.\nRedford boss Martin Oyelaran was furious with the sending-off. “I’ve watched it back three times,” he told BBC Radio Northampton.',
      ).at(-1)?.speaker,
    ).toBe('Martin Oyelaran');
  });

  test('"about 200 tenants" is a group, not the place named before it', () => {
    expect(
      first('Outside the Capitol, about 200 tenants chanted, “Rent is due, so are you!”'),
    ).toEqual(['speech', null]);
  });
});

describe('the next sentence names the speaker, and Polish reviewers and judges', () => {
  test.each([
    [
      'Italian "Lo ha detto X"',
      '(ANSA) - PESCARA - "La Regione non può più rimandare: servono 40 milioni". Lo ha detto l’assessore regionale all’Istruzione, Marco Di Censo, intervenendo oggi.',
      'Marco Di Censo',
    ],
    [
      'Spanish "Así lo dijo X"',
      '«Vamos a ganar». Así lo dijo el entrenador Juan Pérez tras el partido.',
      'Juan Pérez',
    ],
    [
      'English "Those were the words of X"',
      '“It was terrifying.” Those were the words of Jane Smith.',
      'Jane Smith',
    ],
    [
      'a Polish reviewer’s title',
      'Nie wszyscy są zachwyceni. Recenzent Tomasz Grabowski pisze o „festiwalowym realizmie dla festiwalowej publiczności”.',
      'Tomasz Grabowski',
    ],
    [
      'Polish "uzasadniała"',
      '„Oskarżony działał z premedytacją” – uzasadniała wyrok sędzia Joanna Wróblewska.',
      'Joanna Wróblewska',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});

describe('a team before a Japanese name, a possessive before a relative', () => {
  test('Japanese: a team’s short name and a dot before the name', () => {
    expect(
      first('一方、3連敗の海浜・森本浩二監督は「打線がつながらない」と険しい表情だった。'),
    ).toEqual(['speech', '森本浩二']);
  });

  test('Spanish: "su nieta, X"', () => {
    expect(
      first(
        '«Mi abuela decía que sus cuadros no eran para vender», recordó su nieta, Lucía Otero, durante la presentación.',
      ),
    ).toEqual(['speech', 'Lucía Otero']);
  });
});

describe('"according to" and a role in the genitive', () => {
  test('Polish "Zdaniem szkoleniowca" refers back to the coach named before', () => {
    expect(
      first(
        'Trener gości Marek Jasiński chwalił zespół. Zdaniem szkoleniowca walka o awans „dopiero się zaczyna”.',
      ),
    ).toEqual(['speech', 'Marek Jasiński']);
  });

  test('data in the plural is no role', () => {
    expect(first('Według danych GUS inflacja jest „wysoka”.')).toEqual(['term', null]);
  });
});
