import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/quotes/index.ts';

/** Frames from the errors of the blind probe sets read in the twenty-third session. */

const found = (text: string): string[] =>
  analyzeText(text).map((q) => `${q.kind}/${q.speaker ?? '-'}`);

describe('a colon frame is its whole sentence, over the terms quoted in it', () => {
  test.each([
    [
      'Le maire, Patrick Delmas (divers droite), a défendu une décision « pénible mais juste » : « Je ne ferme pas cette salle de gaieté de cœur. »',
      'Patrick Delmas',
    ],
    [
      'Le maire de la commune, Gérard Pinel, redoute un « effet domino » sur les sous-traitants : « Quand l’usine tousse, toute la vallée s’enrhume. »',
      'Gérard Pinel',
    ],
    [
      'The mayor, Jane Roeder, defended the decision as “painful but responsible” on Monday: “I am not closing this pool lightly.”',
      'Jane Roeder',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`, `speech/${speaker}`]);
  });

  test('not over a sentence that ends between the term and the colon', () => {
    const text =
      'Locals call it the “blue pool”. Its future is now clear to everyone: “We will close it in June.”';
    expect(found(text)[1]).not.toBe('speech/Locals');
    expect(found(text)[0]).toBe('term/-');
  });
});

describe('German copy', () => {
  test('a conjunction that opens the sentence is no part of the name after it', () => {
    const text =
      'Wenn Hermine Kallinger um vier Uhr die Backstube aufsperrt, schläft das Dorf noch.\n„Ich hab’s mir lange überlegt“, sagt sie.';
    expect(found(text)).toEqual(['speech/Hermine Kallinger']);
  });

  test('a compound customer noun before the name is her role; "schimpft sie" frames the quote', () => {
    const text =
      'Stammkundin Gertraud Hollerer kommt seit vierzig Jahren jeden Morgen. „Wo soll ich denn jetzt mein Brot holen?“, schimpft sie.';
    expect(found(text)).toEqual(['speech/Gertraud Hollerer']);
  });

  test('"Millionen Franken" is no name for the subjunctive report after it to go to', () => {
    const text =
      'Regionalsekretärin Daniela Gmünder kritisierte den Abbau. Das Unternehmen habe über 60 Millionen Franken an Dividenden ausgeschüttet, «und jetzt sollen die Büezer die Rechnung bezahlen».';
    expect(found(text)).toEqual(['speech/Daniela Gmünder']);
  });

  test('"bezeichnete den Abbau als «…»" gives the words to the subject, in a title’s capitals', () => {
    const text =
      'Regionalsekretärin Daniela Gmünder bezeichnete den Abbau als «Kahlschlag auf Raten».';
    expect(found(text)).toEqual(['speech/Daniela Gmünder']);
  });
});

describe('a gender learnt from a surname is no one’s in particular when two people share it', () => {
  test('her son “he said” is the son, though “Ms. Pierson” is a woman', () => {
    const text = [
      'The crash killed 67-year-old Rosalind Pierson, a crossing guard.',
      'Assistant Prosecutor Kevin Marsh asked for the maximum sentence, telling the court the driver had "chosen to drink."',
      'Her son, Andre Pierson, read a statement. "Every kid at that school knew my mother\'s name," he said.',
      '"Ms. Pierson was a pillar of the community," the judge said.',
    ].join('\n');
    expect(found(text)[1]).toBe('speech/Andre Pierson');
  });

  test('a surname borne by one person still keeps the pronoun the text gives it', () => {
    const text = [
      'Coach Dana Whitfield said the team would recover. Ms. Whitfield has led the club since 2019.',
      'Striker Tom Okafor scored twice. Mr. Okafor joined in May.',
      '"We were flat in the first half," she said.',
    ].join('\n');
    expect(found(text)).toEqual(['speech/Dana Whitfield']);
  });
});

describe('English features and live pages', () => {
  test('"When I spoke to Hegarty, he described …": whom the writer talks to is the pronoun', () => {
    const text = [
      'Marguerite Osei’s new play begins in darkness. In a note, Osei writes of ‘the silence that came after it’.',
      'Director Tom Hegarty has given it a production to match. It works.',
      'When I spoke to Hegarty before opening night, he described the production as ‘a ghost story in which the ghosts tell the truth’.',
    ].join('\n');
    expect(found(text).at(-1)).toBe('speech/Tom Hegarty');
  });

  test.each([
    ['"If you stay, we will ask for your next of kin," Cpl. Amrit Gill said.'],
    ['"If you stay, we will ask for your next of kin," said Det. Amrit Gill.'],
  ])('an abbreviated rank is a title, and no sentence end: %s', (line) => {
    const text = `Information officer Josh Tremblay said the fire was growing.\n${line}`;
    expect(found(text)).toEqual(['speech/Amrit Gill']);
  });

  test('"Pryor’s caddie, his older brother Sean Pryor, …": the name in apposition, not the possessor', () => {
    const text =
      '“I kept telling myself to breathe,” Dillon Pryor said.\nPryor’s caddie, his older brother Sean Pryor, was in tears on the green. “We used to play for a dollar a hole,” he said.';
    expect(found(text)).toEqual(['speech/Dillon Pryor', 'speech/Sean Pryor']);
  });

  test('"Pine Lake resident Darren Kowal": a place before a resident is no person', () => {
    const text =
      'The town ordered an evacuation.\nPine Lake resident Darren Kowal was loading two horses into a trailer. "We did this in 2016 and I swore I would never do it again," he said.';
    expect(found(text)).toEqual(['speech/Darren Kowal']);
  });
});

describe('"his son said": the relative the text named with that word', () => {
  const teacher = '"He never once made a kid feel dumb," said Jerome Castillo, who taught physics.';
  test.each([
    [
      `His death was confirmed by his son Michael Brandt.\n${teacher}\n"We have heard from people in Japan," his son said.`,
      'Michael Brandt',
    ],
    [
      `His death was confirmed by his son, Michael Brandt, who said his father had been ill.\n${teacher}\nHis son said the family had been overwhelmed by messages. "We have heard from people in Japan," he said.`,
      'Michael Brandt',
    ],
    [`${teacher}\n"We have heard from people in Japan," his son said.`, null],
  ])('%s', (text, speaker) => {
    const last = analyzeText(text).at(-1)!;
    expect([last.kind, last.speaker]).toEqual(['speech', speaker]);
  });
});

describe('Spanish copy', () => {
  test.each([
    [
      '«Con estas cuotas, la flota tendrá que amarrar en septiembre», ha advertido el presidente de Arvimar, Xosé Manuel Bouzas, en una rueda de prensa.',
      'Xosé Manuel Bouzas',
    ],
    [
      '«Es la primera vez que documentamos un taller completo», ha explicado a EFE la directora de la excavación, la arqueóloga Carmen Villalobos Rey.',
      'Carmen Villalobos Rey',
    ],
  ])('the perfect of Spain’s copy frames the quote: %s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('a nickname inside the name is a term, and the frame reads past it to the surname', () => {
    const text =
      'El DT habló después del partido. “Hoy no estuvimos a la altura”, reconoció Gustavo “el Flaco” Peralta en conferencia de prensa.';
    expect(found(text)).toEqual(['speech/Gustavo Peralta', 'term/-']);
  });
});

describe('German and French names and roles', () => {
  test('"zu Boden" after a name is no particle of it ("zu Guttenberg" still is)', () => {
    const text =
      'Er wurde von Kapitän Dennis Hohlbach zu Boden gebracht.\nHohlbach sah die Szene naturgemäß anders: „Ich spiele den Ball.“';
    expect(found(text)).toEqual(['speech/Dennis Hohlbach']);
    expect(found('Minister Karl-Theodor zu Guttenberg sagte: „Nein.“')).toEqual([
      'speech/Karl-Theodor zu Guttenberg',
    ]);
  });

  test('"regrette l’élu" refers back to the councillor named before', () => {
    const text =
      'L’opposition, emmenée par Jean-Yves Hamel, conteste le tracé. « On demande aux commerçants de faire des efforts », regrette l’élu.';
    expect(found(text)).toEqual(['speech/Jean-Yves Hamel']);
  });
});

describe('Dutch, Flemish and Swedish names after their roles', () => {
  test.each([
    [
      '"Zes maanden geen parking, dat overleeft niet iedereen", zegt Dirk Van den Bossche.',
      'Dirk Van den Bossche',
    ],
    [
      'Schepen van Mobiliteit Karin Peeters begrijpt de hinder. "Deze straat is versleten", zegt ze.',
      'Karin Peeters',
    ],
    [
      'Melkveehouder Gerrit van Dongeren kijkt bezorgd. "Het wordt elk jaar erger", zegt hij.',
      'Gerrit van Dongeren',
    ],
    [
      'Lagkaptenen Oscar Lindqvist var självkritisk. ”Vi tror att det löser sig av sig självt”, säger han.',
      'Oscar Lindqvist',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });
});

describe('English roles, honours and bodies', () => {
  test.each([
    [
      '"Neither of you will win by talking over the other," said Moderator Kim Aldane.',
      'Kim Aldane',
    ],
    [
      'Ronan Healey SC said the warning came "as recently as a week before the incident".',
      'Ronan Healey',
    ],
    [
      'The Vaalrand Chamber of Business said that many shops "will not reopen" after the floods.',
      'Vaalrand Chamber of Business',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });
});

describe('unnamed people and affiliations', () => {
  test('"A volunteer at the civic center said …. “…,” she said": the volunteer, unnamed', () => {
    const text =
      'Warming centers are open at the Harlow Civic Center and First Baptist Church. A volunteer at the civic center said 30 people spent the night there. "We have got cots and coffee," she said.';
    expect(found(text)).toEqual(['speech/-']);
  });

  test('"said Grace Achieng of the advocacy group Climate Justice East Africa"', () => {
    const text =
      '"Every hour of delay is a choice," said Grace Achterberg of the advocacy group Climate Justice East Africa.';
    expect(found(text)).toEqual(['speech/Grace Achterberg']);
  });
});

test('Czech reflexive verbs of feeling frame the quote: "zlobil se kouč Králova Dvora Radek Musil"', () => {
  const text =
    'Hosté si stěžovali na rozhodčí. „Vyloučení v závěru třetiny bylo nesmyslné,“ zlobil se kouč Králova Dvora Radek Musílek.';
  expect(found(text)).toEqual(['speech/Radek Musílek']);
});

test('a Japanese surname with a court title (石川裁判官) is the judge the text named in full', () => {
  const text =
    '判決で石川裕美裁判官は被告について言及した。\n石川裁判官は「ギャンブルにのめり込んで借金を重ねた」と指摘した。';
  expect(found(text)).toEqual(['speech/石川裕美']);
});

test('"the coroner said", "the prosecutor said": officials referred back by their office', () => {
  const text =
    'Deputy State Coroner Fiona Castell handed down her findings on Thursday.\n“Lucy had no way of knowing what that water was capable of,” the coroner said.';
  expect(found(text)).toEqual(['speech/Fiona Castell']);
});
