import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/quotes/index.ts';
import { lastSpeech } from './first-quote.ts';

/** Frames from the errors of the blind probe sets read in the twenty-second session. */

const speakers = (text: string): (string | null)[] => analyzeText(text).map((q) => q.speaker);

describe('a word that opens a sentence is no part of the name after it', () => {
  test.each([
    [
      'Wspomniany Jakub Sowa wziął winę na siebie. „Chciałem za bardzo” – powiedział 22-letni zawodnik.',
      'Jakub Sowa',
    ],
    [
      'När Maja Forsell var tio år flyttade hon. ”Det var svårt”, säger Maja Forsell.',
      'Maja Forsell',
    ],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });

  test('a Polish adverbial participle opens a clause, and is no speaker', () => {
    const text =
      'Trener Stanisław Wierzbicki dostał nagrodę miasta. Odbierając wyróżnienie, mówił ze sceny: „Nie mam innego miasta”.';
    expect(lastSpeech(text)[1]).not.toBe('Odbierając');
  });
});

describe('a participle clause that opens the sentence is no frame; the clause after it is', () => {
  const coach = 'The coach Dave Kimura watched the game from the stand.\n';
  test.each([
    [`${coach}Asked about the red card for Matt Ledley, the coach said: “The referee was wrong.”`],
    [
      `${coach}Asked about the red card for Matt Ledley, the coach was blunt: “The referee was wrong.”`,
    ],
  ])('%s', (text) => {
    expect(lastSpeech(text)).toEqual(['speech', 'Dave Kimura']);
  });

  test('Spanish: "Consultado por …, el entrenador fue tajante:"', () => {
    const text =
      '"Hicimos un partido inteligente", reconoció el DT de Ribera, Horacio Benítez.\nConsultado por la expulsión de Matías Ledesma, el entrenador fue tajante: "El árbitro estuvo muy mal".';
    expect(speakers(text)).toEqual(['Horacio Benítez', 'Horacio Benítez']);
  });

  test('the name after the clause is still the speaker', () => {
    expect(lastSpeech('Asked about the report, Jane Smith said: “It is wrong.”')).toEqual([
      'speech',
      'Jane Smith',
    ]);
  });
});

describe('a verbless colon frame whose subject is a role the text named', () => {
  test('"Il tecnico ha poi dedicato la vittoria al presidente Aldo Serra:" is the coach', () => {
    const text =
      '“Questa salvezza è dei ragazzi”, ha detto l’allenatore Franco Miceli.\nIl tecnico ha poi dedicato la vittoria al presidente Aldo Serra, scomparso a febbraio: “Lui ci credeva più di tutti”.';
    expect(speakers(text)).toEqual(['Franco Miceli', 'Franco Miceli']);
  });

  test('a role right before a name is that person: "La députée écologiste Claire Fontenay"', () => {
    const text =
      'Le député Laurent Valmont a défendu le texte : « Il est juste. »\nLa députée écologiste Claire Fontenay a aussitôt répliqué : « Ce texte sacrifie les services publics. »';
    expect(speakers(text)).toEqual(['Laurent Valmont', 'Claire Fontenay']);
  });
});

describe('"Name, of Organisation, said": where the person is from, after the name', () => {
  test.each([
    [
      'Detective Chief Inspector Ruth Ogunleye, of Southmoor Police, said outside court: “This was a senseless attack.”',
      'Ruth Ogunleye',
    ],
    [
      'Retail analyst Sarah Quint, of Ferrow Research, said the chain’s problems ran deeper. ‘They never worked out what they were for,’ she said.',
      'Sarah Quint',
    ],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });
});

describe('titles and roles before a name', () => {
  test.each([
    [
      'Magistrate Helen Corrigan said they had put others at “real and foreseeable risk”.',
      'Helen Corrigan',
    ],
    ['“Lines are long,” said County Clerk Dwayne Mathis.', 'Dwayne Mathis'],
    ['Kämmerer Jürgen Wittig sagte, die Spielräume würden „spürbar enger“.', 'Jürgen Wittig'],
    ['Neffe Florian Leitgeb erinnert sich: „Sie hat nie aufgehört.“', 'Florian Leitgeb'],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });

  test('a spokesperson for a titled person speaks for the person, without the title', () => {
    expect(
      lastSpeech('A spokesman for Mayor Jane Roe said the plan was “working exactly as intended”.'),
    ).toEqual(['speech', 'Jane Roe']);
  });
});

describe('players referred back to by their position', () => {
  test.each([
    [
      'Marcus Bell had heard the question all week.\n"Am I worried? No," the Riverton Pioneers guard said.',
    ],
    ['Marcus Bell scored twice.\n"Finally," the veteran winger said with a grin.'],
  ])('%s', (text) => {
    expect(lastSpeech(text)).toEqual(['speech', 'Marcus Bell']);
  });
});

describe('a month that is also a given name', () => {
  test('"June Calder" is a name, and "Calder" later is her', () => {
    const text =
      'Singer-songwriter June Calder returns with a quieter record.\nCalder said she had made the album “for people who listen with headphones on a bus.”';
    expect(lastSpeech(text)).toEqual(['speech', 'June Calder']);
  });

  test('after a preposition it is still the month: "In June Calder said …"', () => {
    expect(lastSpeech('In June Calder said the album was “nearly done”.')).toEqual([
      'speech',
      'Calder',
    ]);
  });
});

describe('a short parenthesis after a name (a party, an age) stands aside from the frame', () => {
  test.each([
    [
      'Bürgermeisterin Heike Brandstätter (Freie Wähler) verteidigte die Entscheidung: »Wir reden seit zehn Jahren über Klimaschutz.«',
      'Heike Brandstätter',
    ],
    [
      '“Dit is de grootste investering in onze geschiedenis”, zei burgemeester Koen Vandamme (Samen Sint-Jozef).',
      'Koen Vandamme',
    ],
    ['„Bylo to těžké,“ řekl Jan Novák (38) po zápase.', 'Jan Novák'],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });
});

describe('more roles before names', () => {
  test.each([
    ['Invaller Youssef El Amrani: “Ik had het de hele week gezegd.”', 'Youssef El Amrani'],
    ['Sterrenkundige Anouk Brinkman noemt het “een schoolvoorbeeld”.', 'Anouk Brinkman'],
    ['„Die Branche leidet“, sagt Branchenanalyst Patrick Egli.', 'Patrick Egli'],
    ['„Ich habe den Ball gesehen“, sagte Joker Luca Brandl.', 'Luca Brandl'],
    ['„Soud to nezohlednil,“ uvedl Obhájce Petr Vlček.', 'Petr Vlček'],
    ['„Noty budou v archivu,“ řekl Farář Pavel Kolísek.', 'Pavel Kolísek'],
    ['„Stracił głowę” – ocenił Słoweniec Matej Kranjc.', 'Matej Kranjc'],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });
});

describe('a Russian given name and patronymic refer to the full name given before', () => {
  test('"рассказывает Галина Петровна" after "Галина Петровна Сомова"', () => {
    const text =
      'Директор музея Галина Петровна Сомова открыла выставку. «Всё началось с бабушкиного сундука», — рассказывает Галина Петровна.';
    expect(lastSpeech(text)).toEqual(['speech', 'Галина Петровна Сомова']);
  });
});

describe('German sentence-start noun phrases and Italian "Così" are no names', () => {
  test('"Ende Jänner" and "Im Ort" are not the baker "sie" refers to', () => {
    const text =
      'Bäckermeisterin Hermine Pfandl schließt ihre Backstube. Ende Jänner ist Schluss. Im Ort nennt man sie die Brot-Minnerl.\n„Ich hab’s mir lange überlegt“, sagt sie.';
    expect(lastSpeech(text)).toEqual(['speech', 'Hermine Pfandl']);
  });

  test('"Così Fabrizio Lanzetta, allenatore …, ha commentato"', () => {
    const text =
      '«Una vittoria che vale doppio.» Così Fabrizio Lanzetta, allenatore della Virtus, ha commentato il 2-0.';
    expect(speakers(text)).toEqual(['Fabrizio Lanzetta']);
  });
});

describe('inverted frames and roles of other languages', () => {
  test('"sagte Konzernchef Reto Brunner an einer Medienkonferenz"', () => {
    expect(
      lastSpeech(
        '«Wir haben alles versucht», sagte Konzernchef Reto Brunner an einer Medienkonferenz.',
      ),
    ).toEqual(['speech', 'Reto Brunner']);
  });

  test('"dijo el DT" refers back to the coach', () => {
    const text =
      'Su entrenador, Héctor Maidana, fue más medido. “No quiero hablar del árbitro”, dijo el DT, que suma tres partidos sin ganar.';
    expect(lastSpeech(text)).toEqual(['speech', 'Héctor Maidana']);
  });

  test('"souriait le demi d’ouverture de 21 ans" is the player the text follows', () => {
    const text =
      'Mathis Carrère a réussi la pénalité de la gagne. « Je n’ai regardé que mes lacets », souriait le demi d’ouverture de 21 ans.';
    expect(lastSpeech(text)).toEqual(['speech', 'Mathis Carrère']);
  });
});

describe('"According to Org analyst Name": the person, not the organisation', () => {
  test('English', () => {
    expect(
      lastSpeech(
        'According to Harbourline Agribusiness analyst Daniel Kerrigan, the cut was “larger than expected”.',
      ),
    ).toEqual(['speech', 'Daniel Kerrigan']);
  });

  test('not a preposition and an organisation after a declined name', () => {
    const text =
      'Zdaniem Tomasza Bieleckiego z Instytutu Analiz Rynkowych dopłaty „przede wszystkim podniosą ceny mieszkań”.';
    expect(lastSpeech(text)[1]).not.toBe('Instytutu Analiz Rynkowych');
  });
});

describe('an office "of" a place before the name, and "Leader of the Opposition"', () => {
  test('"Der Bürgermeister von Altmünster, Gerhard Pichler, würdigte Leitgeb als „…“"', () => {
    expect(
      lastSpeech(
        'Der Bürgermeister von Altmünster, Gerhard Pichler, würdigte Leitgeb als „größte Tochter unserer Gemeinde“.',
      ),
    ).toEqual(['speech', 'Gerhard Pichler']);
  });

  test('"with Leader of the Opposition Ramesh Gowda calling it “…”"', () => {
    expect(
      lastSpeech(
        'The assembly saw uproar, with Leader of the Opposition Ramesh Gowda calling it “an attack on the rural poor”.',
      ),
    ).toEqual(['speech', 'Ramesh Gowda']);
  });

  test('"the Opposition" alone is still a name', () => {
    expect(lastSpeech('The Opposition said the bill was “rushed”.')).toEqual([
      'speech',
      'Opposition',
    ]);
  });
});

describe('a dropped subject with a verb of manner after it, and more verbs and roles', () => {
  test.each([
    [
      'Il nipote, Davide Marinelli, ha annotato la targa. «Nonna è stata più sveglia di tutti noi», ha detto sorridendo.',
      'Davide Marinelli',
    ],
    [
      'O seu presidente, Armando Lopes, serviu na corporação durante 41 anos. «Ainda lá está a sirene que eu tocava», pediu.',
      'Armando Lopes',
    ],
    [
      'De acordo com o delegado Rodrigo Bastos Figueiredo, os suspeitos criavam sites. “Era um site muito bem-feito”, afirmou o delegado.',
      'Rodrigo Bastos Figueiredo',
    ],
    [
      '« Exemplaire, ils n’ont que ce mot à la bouche », tempête Sylvie Marchal, 54 ans, opératrice sur la ligne 3.',
      'Sylvie Marchal',
    ],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });
});

describe('a quoted sentence with no frame after a sentence of reported speech', () => {
  test.each([
    [
      'Mayor Jane Smith spoke first. She said the plan was sound. “We are happy with it.”',
      'Jane Smith',
    ],
    [
      'Officials met on Monday. The plan was sound, said council leader Jane Roe. “We are happy with it.”',
      'Jane Roe',
    ],
    [
      'Man habe bereits 400 Unterschriften gesammelt, sagte ihre Vorsitzende Renate Auer. »Wir sind nicht gegen Windkraft.«',
      'Renate Auer',
    ],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });

  test('not when the sentence before is the frame of the quote before', () => {
    const text =
      'Li Wen posted a warning. “Don’t hide things like this,” one Weibo commenter said, per Feng. “Let’s face whatever it is together.”';
    expect(speakers(text)).toEqual([null, null]);
  });

  test('not when the sentence before reports no one in particular', () => {
    expect(lastSpeech('Officials said the plan was sound. “We are happy with it.”')).toEqual([
      'speech',
      null,
    ]);
  });
});

describe('English roles and nationalities before and instead of a name', () => {
  test.each([
    ['Sergeant Phil Adair said: “This was a cowardly act.”', 'Phil Adair'],
    ['Librarian Jessica Okoro said policy 6163 “exists for exactly this”.', 'Jessica Okoro'],
    ['Parent Melissa Tremblay asked: “Would any of you accept that?”', 'Melissa Tremblay'],
    ['Singer Callum Reid wrote that he was “heartbroken but at peace”.', 'Callum Reid'],
    ['Selector Graham Pou said it was “too early to say”.', 'Graham Pou'],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });

  test('"The Scot, 51, added:" refers back to the manager', () => {
    const text =
      'Manager Ian Castellan would not discuss his future. The Scot, 51, added: “There is a contract.”';
    expect(lastSpeech(text)).toEqual(['speech', 'Ian Castellan']);
  });

  test('a surname that is an occupation stays a name at the end of the run', () => {
    expect(lastSpeech('Isaac Bashevis Singer once wrote that “we must believe”.')).toEqual([
      'speech',
      'Isaac Bashevis Singer',
    ]);
  });
});

describe('a pronoun after a participle clause refers past the names in the clause', () => {
  test('"Asked whether Northwind Airways would seek compensation, he said:"', () => {
    const text =
      'Tomas Bergkvist spoke on Monday. Bergkvist said the airline expected its aircraft back. Asked whether Northwind Airways would seek compensation from Corrant, he said: “We are in discussions.”';
    expect(lastSpeech(text)).toEqual(['speech', 'Tomas Bergkvist']);
  });

  test('"Madam Lee" is the woman named "Lee Siew Lan" before', () => {
    expect(
      lastSpeech('Lee Siew Lan has run the stall since 1979. “Sleep,” says Madam Lee, 73.'),
    ).toEqual(['speech', 'Lee Siew Lan']);
  });
});

describe('where a person is from, after the name, with or without commas', () => {
  test.each([
    [
      'Ward councillor Thabo Mokoena, of the opposition Civic Alliance, accused the metro of “gross negligence”.',
      'Thabo Mokoena',
    ],
    [
      'Transport analyst Kevin Ong of the Institute for Urban Mobility said the system was old. “You can patch it,” he said.',
      'Kevin Ong',
    ],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });

  test('"the 47-year-old filmmaker said" refers back', () => {
    const text =
      'Director Celeste Marchetti turned the offer down. “I said no about forty times,” the 47-year-old filmmaker said with a laugh.';
    expect(lastSpeech(text)).toEqual(['speech', 'Celeste Marchetti']);
  });
});

describe('articles, elided prepositions and party compounds around names', () => {
  test.each([
    [
      'Il sindaco era entusiasta. Ma la Soprintendenza frena: «Prima viene la tutela».',
      'Soprintendenza',
    ],
    ['“Iemand moet dat ophoesten”, zei VVD-Kamerlid Joost van Rijswijk.', 'Joost van Rijswijk'],
    [
      'Dr hab. Ewa Lisowska z Uniwersytetu Nadwiślańskiego podkreśla, że amatorzy „wciąż odgrywają ważną rolę”.',
      'Ewa Lisowska',
    ],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });

  test('"Nell’ordinanza il giudice parla di …" is no name', () => {
    const text =
      'Il gip del tribunale, Elena Fantuzzi, ha disposto il carcere. Nell’ordinanza il giudice parla di un “sistema collaudato”.';
    expect(lastSpeech(text)).toEqual(['speech', 'Elena Fantuzzi']);
  });

  test('a lower-case article that opens the run is kept for the rules after it', () => {
    const text = '„Der Gehweg ist unterhöhlt“, sagte ein Sprecher der Polizeiinspektion Oberfeld.';
    expect(lastSpeech(text)[1]).not.toBe('Polizeiinspektion Oberfeld');
  });
});

describe('titles of Japanese ministers and a Czech coach', () => {
  test.each([
    ['森下健一財務相は「慎重に検討する必要がある」と答弁した。', '森下健一'],
    ['Kouč Třebonína Petr Vaněk byl po utkání zklamaný: „Nedáme gól z přesilovky.“', 'Petr Vaněk'],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });
});

describe('an abbreviated title in lower case, a French verb of justification', () => {
  test.each([
    [
      '“We hadden een klein effect verwacht”, zegt onderzoeksleider dr. Femke Oudshoorn.',
      'Femke Oudshoorn',
    ],
    [
      '« Le marché s’est effondré », a justifié le directeur général, Laurent Bessière, dans un entretien.',
      'Laurent Bessière',
    ],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });
});

describe('participles of arguing and urging after a clause, "hinted that"', () => {
  test.each([
    [
      'Deputy Public Prosecutor Cheryl Goh sought a long sentence, arguing that money mules were “the lifeblood of scam syndicates”.',
      'Cheryl Goh',
    ],
    [
      'A state of emergency was declared, with Civil Defence urging residents to ‘leave now, not later’.',
      'Civil Defence',
    ],
    ['Series star Naomi Castell hinted that she was “ready to say goodbye”.', 'Naomi Castell'],
    ['“We’re all in it somewhere,” said Sister Mary Ojo.', 'Mary Ojo'],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });

  test('no role "with" from "with X urging"', () => {
    const q = analyzeText('Schools closed, with Civil Defence urging people to ‘stay home’.')[0];
    expect(q?.role ?? null).toBeNull();
  });
});

describe('Japanese and Korean titles of analysts and police officers after the name', () => {
  test.each([
    ['岡本由香シニアアナリストは「具体的な投資額が見えない」と指摘した。', '岡本由香'],
    ['김태호 수사과장은 “수사기관은 전화로 현금을 요구하지 않는다”고 말했다.', '김태호'],
    ['윤서진 애널리스트는 “업황 바닥은 지났다고 본다”고 말했다.', '윤서진'],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });
});
