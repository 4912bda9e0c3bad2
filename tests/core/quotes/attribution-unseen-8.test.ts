import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/quotes/index.ts';

/** Frames from the errors of the blind probe sets read in the twenty-fourth session. */

const found = (text: string): string[] =>
  analyzeText(text).map((q) => `${q.kind}/${q.speaker ?? '-'}`);

describe('English subjects inside the sentence', () => {
  test.each([
    [
      'Redgum Resources will cut 600 jobs across its Pilbara operations, blaming weaker demand and what chief executive Andrew Bassett called “the most difficult pricing environment in a decade”.',
      'Andrew Bassett',
    ],
    [
      'The council approved the plan, which planning chair Dana Whitlock described as “the least bad option we had”.',
      'Dana Whitlock',
    ],
  ])('a relative clause’s subject says the words: %s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test.each([
    [
      'Co-author Professor Rajiv Menon, of Carpentaria University, said the find suggested the ancient inland sea was “far more diverse than we realised”.',
      'Rajiv Menon',
    ],
    [
      'Chief economist Laura Pike said the figures showed the economy was “running out of puff”.',
      'Laura Pike',
    ],
  ])('a reporting verb without "that" frames the clause after it: %s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });
});

describe('a person known only by the name they gave', () => {
  test.each([
    'Another resident, who gave her name only as Bev, said she was heading to her daughter’s place in Westbrook. “I grabbed the photo albums and the cat. The rest is just stuff.”',
    'A neighbour, who gave his first name as Bev, said: “I grabbed the photo albums and the cat.”',
    'One shopper, identified only as Bev, said the queues were “worse than Christmas”.',
  ])('%s', (text) => {
    expect(found(text)).toEqual(['speech/Bev']);
  });

  test('"said he was" opens the verb’s complement, not an inverted pronoun frame', () => {
    const text =
      'Mayor Tom Hale spoke first. Councillor Ana Ruiz said he was wrong about the market. “We cannot keep it open.”';
    expect(found(text)).toEqual(['speech/Ana Ruiz']);
  });
});

describe('the subject before its appositives', () => {
  test.each([
    [
      'Dale Fitzgerald, a visitor from Toledo, Ohio, who was on the boardwalk at the time, said the animal "just exploded" after standing still.\n"It tossed her like a rag doll," he said.',
      ['speech/Dale Fitzgerald', 'speech/Dale Fitzgerald'],
    ],
    [
      'Professor Lars Eklund, of the University of Halvik, who was not involved in the work, pointed out that red dwarfs flare.\n“Habitable zone is a very generous phrase,” he said.',
      ['speech/Lars Eklund'],
    ],
  ])('%s', (text, speakers) => {
    expect(found(text)).toEqual(speakers);
  });

  test('a name after an opening phrase that ends in a place is still the subject', () => {
    const text =
      'Quanto a un’eventuale quotazione in Borsa, Bertani ha tagliato corto: «Non è all’ordine del giorno».';
    expect(found(text)).toEqual(['speech/Bertani']);
  });
});

describe('a role or rank before a name is no part of it', () => {
  test.each([
    ['Farmer Rhonda Gillespie said: “I had the cattle to move.”', 'Rhonda Gillespie'],
    [
      'Playwright Declan Moyes calls it “a kitchen-sink drama where the sink works”, he said.',
      'Declan Moyes',
    ],
    ['Elder Doris Reid said: “The kelp is thin this year.”', 'Doris Reid'],
    [
      'Regular Des Moorcroft, 48, said: “Half the village taught him those words.”',
      'Des Moorcroft',
    ],
    ['Garda Aoife Lynch told the court: “He became very aggressive.”', 'Aoife Lynch'],
    [
      'State prosecutor Advocate Johan van der Merwe said: “The accused has two passports.”',
      'Johan van der Merwe',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('"Dad-of-two Gary" is the Gary Pollock named before', () => {
    const text =
      'Binman Gary Pollock smashed his way into a burning bungalow.\nDad-of-two Gary, 44, said: “I heard the smoke alarm going.”';
    expect(found(text)).toEqual(['speech/Gary Pollock']);
  });

  test('Romance "of" opens an office before a full name', () => {
    const text =
      'A CPI ouviu nesta terça-feira o ex-secretário de Educação Wagner Lacerda, apontado como responsável.\n«Eu não assinei nada sozinho», afirmou Lacerda.';
    expect(found(text)).toEqual(['speech/Wagner Lacerda']);
  });

  test('but not before a name with a particle inside its run', () => {
    const text =
      'Applausi ieri sera per la nuova “Traviata” firmata da Matteo Orsenigo al Teatro Verdi di Castelmonte.\n«Non volevo un museo, volevo una ferita aperta», ha detto Orsenigo.';
    expect(found(text)).toEqual(['term/-', 'speech/Matteo Orsenigo']);
  });
});

describe('sports copy', () => {
  test('"accusing X of “…”" hangs on its clause’s subject, and "the Portuguese mentor" refers back', () => {
    const text =
      'Thekwini coach Rui Monteiro was full of praise for his side, accusing Rand United of "parking the bus" for an hour.\n"They came here not to lose," the Portuguese mentor said.';
    expect(found(text)).toEqual(['speech/Rui Monteiro', 'speech/Rui Monteiro']);
  });

  test.each(['tactician', 'gaffer', 'youngster'])('"the %s said" refers back', (noun) => {
    const text = `Rovers manager Dave Kimura watched from the stand.\n“We were poor,” the ${noun} said.`;
    expect(found(text)).toEqual(['speech/Dave Kimura']);
  });

  test('an update "labelled “…”" is named: the words are no one’s', () => {
    const text =
      'In March, Sony dropped a new software update for the PlayStation 3, labelled “PS3 system software update 4.92”.';
    expect(analyzeText(text).map((q) => q.speaker)).toEqual([null]);
  });
});

describe('words that open an English sentence are no speaker', () => {
  test('"On the broadcast," is a preposition’s phrase, not the Slavic pronoun "on"', () => {
    const text =
      '“We were poor,” Petrie said.\nOn the broadcast, commentator and former Test spinner Rohan Iyer called Rathod "the most exciting fast bowler in the country right now".';
    expect(found(text)).toEqual(['speech/Petrie', 'speech/Rohan Iyer']);
  });

  test('the Met Office keeps "Met" (the Dutch "with" elsewhere)', () => {
    const text = 'The Met Office says there is a "danger to life" from flying debris.';
    expect(found(text)).toEqual(['speech/Met Office']);
  });

  test('a party and a place between commas are no subject', () => {
    const text =
      'Sen. Lorna Pettaway, D-Selma, who voted for the bill, called the warnings "a scare tactic we\'ve heard every year."';
    expect(found(text)).toEqual(['speech/Lorna Pettaway']);
  });

  test.each([
    'There were interruptions from the Opposition benches, with one TD shouting “Shame!” as the Taoiseach sat down.',
    'Outside court, about 50 people, including relatives of a guard, chanted "No bail! No bail!"',
    'Outside the Capitol, about 60 teachers held a rally Friday afternoon, chanting “Fund our schools” on the steps.',
  ])('a crowd or an unnamed member speaks, named by no one: %s', (text) => {
    expect(found(text)).toEqual(['speech/-']);
  });

  test('Russian "Отдельно" opens a sentence', () => {
    const text =
      'Главный тренер Игорь Кравченко остался доволен.\nОтдельно Кравченко назвал игру вратаря «лучшим матчем в сезоне».';
    expect(found(text)).toEqual(['speech/Игорь Кравченко']);
  });
});

describe('who reads, who is fond of saying, who is described', () => {
  test('a statement read out in the paragraph before is its reader’s', () => {
    const text =
      'Assistant Crown attorney Paul Szabo called the case "a textbook tragedy."\nAmira\'s mother, Rania Haddad, read a victim impact statement in court last month.\n"Amira wanted to be a pediatric nurse. She had already picked the hospital.';
    expect(found(text)).toEqual(['speech/Paul Szabo', 'speech/Rania Haddad']);
  });

  test('"He was fond of saying that “…”" is his', () => {
    const text =
      'A disciple of Ustad Karim Baksh Khan, Pandit Raghunath Deshpande was known for his slow alaaps.\nHe was fond of saying that “riyaz is a prayer, not a performance”, and he practised daily.';
    expect(found(text)).toEqual(['speech/Raghunath Deshpande']);
  });

  test('"the pensioner said" after a phrase naming a court is someone unnamed', () => {
    const text =
      'Carver targeted elderly homeowners.\nIn a statement read to Maidwell Crown Court, the pensioner said: "He seemed such a nice young man."';
    expect(found(text)).toEqual(['speech/-']);
  });

  test('a long opening phrase before "the legendary film critic Pauline Kael wrote"', () => {
    const text =
      'In the introduction to her review anthology For Keeps: 30 Years at the Movies, the legendary film critic Pauline Kael wrote, “I’m frequently asked why I don’t write my memoirs.”';
    expect(found(text)).toEqual(['speech/Pauline Kael']);
  });

  test('a French role after an opening phrase is not its place', () => {
    const text =
      '« C’est une filière organisée », a martelé la procureure, Anne-Sophie Lemarchand, contre le prévenu, Yannick Le Goff.\nÀ la barre, ce mareyeur de Lorient a reconnu avoir servi d’« intermédiaire ».';
    expect(found(text)[1]).not.toBe('speech/Lorient');
  });
});

describe('a role after a long opening phrase', () => {
  test('"In a statement emailed to reporters during the morning break, the company said"', () => {
    const text =
      'The trial heard from Marlowe Dairy Co. on Monday.\nIn a statement emailed to reporters during the morning break, the company said it "continues to sympathize deeply with the affected families."';
    expect(found(text)).toEqual(['speech/Marlowe Dairy Co']);
  });

  test('but an organisation the phrase names is whom "the group" means', () => {
    const text =
      'In the post announcing Energy Control’s service on the deep web, the group promised that “all profits of this service are set aside for maintenance.”';
    expect(found(text)).toEqual(['speech/Energy Control']);
  });
});

describe('Romance frames with a dropped subject', () => {
  test.each([
    [
      'Durante o julgamento, o antigo tesoureiro, Fernando Calado, confessou os factos. «Estava afogado em dívidas», disse então.',
      'Fernando Calado',
    ],
    [
      'L’avvocato difensore, Luca Pellegrini, ha annunciato ricorso in appello. «La pena è sproporzionata», ha spiegato all’uscita dall’aula.',
      'Luca Pellegrini',
    ],
    [
      'Por su parte, el presidente municipal, Rogelio Campos Treviño, acudió al lugar del bloqueo. “Les pido una disculpa”, señaló el edil ante los vecinos.',
      'Rogelio Campos Treviño',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('a subject after the elided article is the speaker, not the person before', () => {
    const text =
      'Convincente il soprano Irene Calvi, alla sua prima Violetta.\n«Una provocazione fine a sé stessa», ha commentato all’uscita un abbonato di lunga data.';
    expect(found(text)).toEqual(['speech/-']);
  });
});

describe('a verbless colon frame opened by a role and a name', () => {
  test('"El arquero y capitán Leandro Figueroa fue autocrítico:"', () => {
    const text =
      'En Las Toscas la preocupación crece. El arquero y capitán Leandro Figueroa fue autocrítico: "Nos comimos tres goles de pelota parada".';
    expect(found(text)).toEqual(['speech/Leandro Figueroa']);
  });

  test('not a name after a preposition: "A tractor parked outside the European Parliament bore a sign:"', () => {
    const text =
      'A tractor parked outside the European Parliament bore a hand-painted sign: “Farmers Feed You Three Times a Day.”';
    expect(found(text)).not.toContain('speech/European Parliament');
  });
});

describe('German nouns after an article are no names', () => {
  test.each([
    'Applaus gab es auch für einen älteren Stimmbürger, der meinte, man habe «schon 1974 über ein Schulhaus gestritten».',
    'Die Pegelstände sinken, teilte eine Sprecherin des Landratsamts mit: „Die Pegelstände sinken stetig.“',
  ])('%s', (text) => {
    expect(found(text)).toEqual(['speech/-']);
  });
});
