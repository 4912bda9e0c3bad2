import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/quotes/index.ts';
import { first, lastSpeech } from './first-quote.ts';

/** Frames from the errors of the blind probe sets read in the twentieth session. */

describe('a partial quote inside reported speech goes on with its sentence', () => {
  test.each([
    // "there" and Dutch "te" continue the clause; they are no noun the quote modifies.
    [
      'Smith said the company wanted to offer workers “a fitting place” there.',
      ['speech', 'Smith'],
    ],
    [
      'Noordmelk zegt zo veel mogelijk medewerkers daar ‘een passende plek’ te willen bieden.',
      ['speech', 'Noordmelk'],
    ],
    ['Anton Kuipers is ‘geschrokken’ van het nieuws, zegt hij.', ['speech', 'Anton Kuipers']],
  ])('%s', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  test('an English "van" after a quote is still the noun it modifies', () => {
    expect(first('They bought an “ice cream” van for the fair.')).toEqual(['term', null]);
  });
});

describe('a pronoun after the quote and the subject the sentence introduces', () => {
  test('a person first named as the clause subject is who "he said" means', () => {
    expect(first('Mayor Anton Kuipers is “shocked” by the news, he said.')).toEqual([
      'speech',
      'Anton Kuipers',
    ]);
  });

  test('a subject named before is someone the previous speaker talks about', () => {
    expect(
      lastSpeech(
        'Jane Roe spoke to the council.\n“He misled us,” Jane Roe said.\nJohn Smith is “a liar,” she said.',
      ),
    ).toEqual(['speech', 'Jane Roe']);
  });
});

describe('Dutch "laat … weten" with its subject inside the verb', () => {
  test.each([
    [
      'Burgemeester Anton Kuipers van Ellerveld is ‘geschrokken’ van het nieuws, laat hij weten.',
      'Anton Kuipers',
    ],
    ['‘Dat is goed nieuws’, liet burgemeester Anton Kuipers weten.', 'Anton Kuipers'],
    ['Anton Kuipers spreekt.\n‘Dat is goed nieuws’, laat hij weten.', 'Anton Kuipers'],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });
});

describe('a compound naming the kind of organisation', () => {
  test.each([
    ['Zuivelcoöperatie Noordmelk sluit haar fabriek.\nNoordmelk zegt: ‘Wij stoppen.’', 'Noordmelk'],
    ['Energieconcern Vattenfall zegt: ‘Wij stoppen.’', 'Vattenfall'],
    ['Molkereigenossenschaft Alpenmilch sagte: „Wir schließen.“', 'Alpenmilch'],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });
});

describe('initials glued together', () => {
  const role = (text: string) => analyzeText(text).map((q) => [q.speaker, q.role ?? null]);

  test('"U.S." stays whole in the role before a name', () => {
    expect(role('U.S. District Judge William Alsup said: “Yes.”')).toEqual([
      ['William Alsup', 'U.S. District Judge'],
    ]);
  });

  test('a person’s initials right before the surname are the name’s', () => {
    expect(role('“Yes,” said J.K. Rowling.')).toEqual([['J.K. Rowling', null]]);
    expect(role('J.D. Power said: “Demand is strong.”')).toEqual([['J.D. Power', null]]);
  });
});

describe('German and Dutch names and the words around them', () => {
  test.each([
    [
      'Der Betreiber habe den Staat „in großem Stil“ geschädigt, sagte der Vorsitzende Richter Thomas Brückner bei der Urteilsbegründung.',
      'Thomas Brückner',
    ],
    [
      'Als Grund nannte Vorstandschef Rainer Albrecht den »massiven Kostendruck« aus Asien.',
      'Rainer Albrecht',
    ],
    [
      '«Das ist der zweithöchste Wert», sagte die Glaziologin Andrea Zumbühl von der Hochschule Sitten.',
      'Andrea Zumbühl',
    ],
    [
      '‘De sector is gebouwd op goedkoop gas’, zegt econoom Thijs Bosman van de Agrarische Bank.',
      'Thijs Bosman',
    ],
    ['Altmühltal-Coach Dirk Sommerfeld sagte: „Das ist ein klares Foul.“', 'Dirk Sommerfeld'],
    ['Eigenaar Henk Bouwman zegt: ‘Ik heb het echt geprobeerd.’', 'Henk Bouwman'],
  ])('%s', (text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });

  test('"von der" before a name’s last part is the name’s own', () => {
    expect(first('„Wir handeln“, sagte Kommissionschefin Ursula von der Leyen.')).toEqual([
      'speech',
      'Ursula von der Leyen',
    ]);
  });

  test('an opening phrase is no name: "Im Prozess" takes no quote', () => {
    const quotes = analyzeText(
      'Im Prozess um den Betrug hat das Landgericht den Angeklagten verurteilt. Er habe „mit krimineller Energie“ gehandelt, sagte der Richter Thomas Brückner bei der Urteilsbegründung.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Thomas Brückner']);
  });
});

describe('Polish, Czech and Russian roles before a name', () => {
  test.each([
    ['„Nikt nie zostanie z tym sam” – mówi wiceburmistrz Paweł Kaczmarek.', 'Paweł Kaczmarek'],
    ['Wiceburmistrz Paweł Kaczmarek mówi: „Nikt nie zostanie z tym sam”.', 'Paweł Kaczmarek'],
    ['Włoch Marco Fabbri powiedział: „Graliśmy zbyt nerwowo”.', 'Marco Fabbri'],
    ['„Zabrakło nam cierpliwości” – przyznał kapitan Energetyka Michał Zawada.', 'Michał Zawada'],
    [
      '„To jest problem kardiologów” – wyjaśnia kierująca zespołem prof. Ewa Marciniak.',
      'Ewa Marciniak',
    ],
    ['Наставник Игорь Дементьев сказал: «Проиграли по делу».', 'Игорь Дементьев'],
    ['Климатолог Павел Гринёв считает: «Нужен мониторинг».', 'Павел Гринёв'],
  ])('%s', (text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});

describe('two descriptions after an inverted verb, the second ending in the name', () => {
  test.each([
    [
      '«Мерзлота тает», — пояснила руководитель экспедиции, кандидат биологических наук Анна Вершинина.',
      'Анна Вершинина',
    ],
    [
      '“Permafrost is melting,” said the expedition leader, biologist Anna Vershinina.',
      'Anna Vershinina',
    ],
  ])('%s', (text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });
});

describe('English frames of the tuning K errors', () => {
  test.each([
    ['“Where did five minutes come from?” Rudd fumed.', 'Rudd'],
    ['“We were robbed,” Alan Rudd snapped.', 'Alan Rudd'],
    ['Captain Ian Feeney said: “She never raised her voice.”', 'Ian Feeney'],
    ['Forecaster Hannah Quayle said: “Gusts will ease by 9pm.”', 'Hannah Quayle'],
    [
      'Power is out, according to Western Grid Networks. The company said engineers were working “as fast as conditions safely allow”.',
      'Western Grid Networks',
    ],
  ])('%s', (text, speaker) => {
    expect(first(text)).toEqual(['speech', speaker]);
  });

  test('"reckons" frames a partial quote later in its sentence', () => {
    expect(
      lastSpeech(
        'The workshop is at the bottom of Edith Carrow’s garden.\nCarrow, 83, has made violins for decades. She reckons she has built 400, though she stopped counting “somewhere around the second divorce”.',
      ),
    ).toEqual(['speech', 'Edith Carrow']);
  });

  test('a pronoun in an opening clause looks ahead to the name of the main clause', () => {
    expect(
      lastSpeech(
        'Lyle Gantry, 61, was convicted.\nDefense attorney Victor Ames said he would appeal. "The jury heard a story," Ames said.\nGiven a chance to speak before he was sentenced, Gantry addressed the court. "I made mistakes," he said.',
      ),
    ).toEqual(['speech', 'Lyle Gantry']);
  });

  test('"the Republican" refers back to the person named before, not a name of its own', () => {
    expect(
      lastSpeech(
        'House Speaker Ronald Etheridge said talks would resume. Asked whether a deal was close, the Republican said: “Closer than yesterday.”',
      ),
    ).toEqual(['speech', 'Ronald Etheridge']);
  });
});

describe('frames of the tuning L errors', () => {
  test.each([
    [
      '在青石村，竹编艺人杨桂兰已经和竹子打了近50年交道。\n“我十二岁跟着外婆学编竹。”杨桂兰一边熟练地破着竹篾，一边对记者说。',
      '杨桂兰',
    ],
    ['“第一次直播只有十几个人看。”杨晓雨笑着回忆。', '杨晓雨'],
    ['县文化馆馆长赵明说：“技艺已被列入名录。”', '赵明'],
    [
      'Ieri Adelina Pasquinelli ha festeggiato.\n«Il segreto? Non arrabbiarsi mai», racconta con un sorriso, seduta in poltrona accanto alla stufa.',
      'Adelina Pasquinelli',
    ],
    [
      'Ieri Adelina Pasquinelli ha festeggiato.\n«Il segreto? Camminare», sorride.',
      'Adelina Pasquinelli',
    ],
    ['“It was cynical,” said Helen Armitage KC.', 'Helen Armitage'],
    ['Paní Marie Horáková řekla: „Kdyby to tu bylo, nemusela bych se stěhovat.“', 'Marie Horáková'],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });

  test('an adjunct then a subject after an article is still the subject', () => {
    expect(first('«Ha giocato bene», ha detto dopo la gara, il tecnico Marco Rossi.')).toEqual([
      'speech',
      'Marco Rossi',
    ]);
  });

  test('a group and its club’s genitive name no one', () => {
    expect(
      lastSpeech(
        'Trener Marco Bellandi był zadowolony. Kibice Orła śpiewali do końca. „Wiedzieliśmy, że gra się trudno” – mówił trener.',
      ),
    ).toEqual(['speech', 'Marco Bellandi']);
  });

  test('Portuguese "precisa de" is "needs", no reporting verb of its own', () => {
    expect(
      lastSpeech(
        'O técnico do Flamengo, Paulo Sérgio Andrade, lamentou a eliminação: “Faltou competência.” Segundo ele, o elenco precisa de “reforços pontuais” para a temporada.',
      ),
    ).toEqual(['speech', 'Paulo Sérgio Andrade']);
  });
});

describe('more frames of the tuning L errors', () => {
  test.each([
    [
      'Piet Zijlstra, voorzitter van Dorpsbelang Oosterlede, noemt de sluiting “een klap voor het dorp”.',
      'Piet Zijlstra',
    ],
    [
      '„Wir haben Wartelisten“, sagte Trainer Dieter Wohlfahrt vom TSV Ellerbach.',
      'Dieter Wohlfahrt',
    ],
    [
      'Entre los afectados está Ramón Espinosa, que perdió un tractor. “Todavía lo estamos pagando”, lamentó este agricultor de 58 años.',
      'Ramón Espinosa',
    ],
    [
      'The Environmental Protection Agency (EPA) issued new rules. “This is overdue,” EPA said.',
      'Environmental Protection Agency',
    ],
    [
      'Le service fermera, a annoncé l’Agence régionale de santé (ARS). « Nous veillons », précise l’ARS dans un communiqué.',
      'Agence régionale de santé',
    ],
    ['« Nous veillons », a déclaré le ministre Jean Roux dans un communiqué.', 'Jean Roux'],
    ['Obžalovaný Martin K. se přiznal. „Omlouvám se rodině,“ řekl tiše.', 'Martin K.'],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });

  test('an acronym the text never spells out stays as it is', () => {
    expect(first('“We are ready,” the NHS said.')).toEqual(['speech', 'NHS']);
  });

  test('Korean kin and the defence, unnamed, are no one’s name', () => {
    expect(
      analyzeText(
        '재판부는 징역 6년을 선고했다. 변호인은 “피고인이 깊이 반성하고 있다”고 말했다. 피해자의 아들은 “형량이 너무 가볍다”고 말했다.',
      ).map((q) => q.speaker),
    ).toEqual([null, null]);
  });
});

describe('Dutch frames of tuning K, read at the end of the session', () => {
  test.each([
    [
      'Jens Vanhoutte won.\n‘Ik voelde me niet goed’, lachte Vanhoutte na afloop.',
      'Jens Vanhoutte',
    ],
    [
      'Titelverdediger Mathias Peeters eindigde als vierde. ‘De benen waren goed’, gaf hij toe.',
      'Mathias Peeters',
    ],
    ['‘Het klopt’, vulde wethouder Jan Smit aan.', 'Jan Smit'],
    [
      'Wethouder Annemiek de Vries van de gemeente Westerveen erkent dat het “een groot probleem” is.',
      'Annemiek de Vries',
    ],
  ])('%s', (text, speaker) => {
    expect(lastSpeech(text)).toEqual(['speech', speaker]);
  });
});
