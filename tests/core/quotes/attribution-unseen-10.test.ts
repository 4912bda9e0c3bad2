import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/quotes/index.ts';

/** Frames from the errors of the blind probe sets read in the twenty-sixth session. */

const found = (text: string): string[] =>
  analyzeText(text).map((q) => `${q.kind}/${q.speaker ?? '-'}`);

describe('a second verb joined by "and" shares the first one’s subject', () => {
  test.each([
    [
      'Container line Maersk said it was diverting three vessels to Rotterdam and warned of "significant disruption" to deliveries.',
      'Maersk',
    ],
    [
      'Der Verband Ostbau sagte, man halte an den Plänen fest, und warnte vor einer „gefährlichen Verzögerung“ beim Ausbau.',
      'Verband Ostbau',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('a new subject after "and" is still read', () => {
    const text =
      'Jane Roe said the plan had failed and critics including Tom Bell warned of “a wasted decade”.';
    expect(found(text)).toEqual(['speech/Tom Bell']);
  });
});

describe('a body named by what it is of', () => {
  test.each([
    ['The Bank of England said inflation was now "firmly on a downward path".', 'Bank of England'],
    [
      'The Reserve Bank of Australia left rates on hold, saying it remained “vigilant”.',
      'Reserve Bank of Australia',
    ],
    [
      'The Church of Scotland said the decision was “a matter of conscience”.',
      'Church of Scotland',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('a person of a place or a body is still the person', () => {
    expect(found('Martin Taylor of Aberdeenshire Council said it was “a fair result”.')).toEqual([
      'speech/Martin Taylor',
    ]);
  });
});

describe('a wire dateline is no part of the first sentence’s subject', () => {
  test.each([
    [
      'VALMORA, March 6 (Reuters) - The Central Bank of Kestria cut its main rate on Thursday, saying inflation was now "firmly on a downward path".',
      'Central Bank of Kestria',
    ],
    [
      'HOLLIS SPRINGS, Texas (AP) — A former billing executive, Mary Kline, testified Wednesday that she "knew it was wrong" when she billed the programs.',
      'Mary Kline',
    ],
    [
      'BRUSSELS, June 2 (Reuters) - Acme Motors cut its forecast on Thursday, saying demand was "soft".',
      'Acme Motors',
    ],
    ['PARIS — Jane Roe stepped down on Monday, saying she was “exhausted”.', 'Jane Roe'],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });
});

describe('a venue after a preposition is no one a pronoun refers to', () => {
  test('"the line outside Lucky Dragon Noodle …, and Kenneth Lau is in the kitchen"', () => {
    const text =
      'At 5:40 on a Tuesday, the line outside Lucky Dragon Noodle is already halfway down Spadina Avenue, and Kenneth Lau is in the kitchen pulling dough.\nHe works the way his father did, until the dough becomes 256 strands “as thin as a promise,” he says.';
    expect(found(text)).toEqual(['speech/Kenneth Lau']);
  });
});

describe('titles and party labels before a name', () => {
  test.each([
    [
      '"It is a safety issue," said Coun. Marisol Delgado, who represents St. Vital.',
      'Marisol Delgado',
    ],
    ['Treasurer Stephen Kotsis said the decision was "disappointing".', 'Stephen Kotsis'],
    ['Taoiseach Brendan Costigan said it was "simply not acceptable".', 'Brendan Costigan'],
    [
      '“The alarm bells are ringing,” WMO Secretary-General Celeste Marchand told reporters.',
      'Celeste Marchand',
    ],
    [
      'The sitting member, Liberal Richard Ashworth, said it was “too early to call”.',
      'Richard Ashworth',
    ],
    ['Republican Liz Cheney called the vote “a disgrace”.', 'Liz Cheney'],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('a party’s or a committee’s own name stays whole', () => {
    expect(found('The Republican National Committee said the ad was “misleading”.')).toEqual([
      'speech/Republican National Committee',
    ]);
  });
});

describe('words that open a sentence are no name', () => {
  test.each([
    [
      '„Wer arbeiten kann, muss arbeiten“, sagte Arbeitsminister Tobias Wendland. Zugleich betonte er, niemand werde „in die Obdachlosigkeit geschickt“.',
      ['speech/Tobias Wendland', 'speech/Tobias Wendland'],
    ],
    [
      'Il tecnico Sergio Mancuso invita alla calma: «Adesso viene il difficile». Poi una battuta sul suo bomber: «Se continua così, a giugno me lo portano via».',
      ['speech/Sergio Mancuso', 'speech/Sergio Mancuso'],
    ],
  ])('%s', (text, speakers) => {
    expect(found(text)).toEqual(speakers);
  });

  test('a German compound in -vize is a role', () => {
    const text =
      'Fraktionsvize Katharina Bergmann (CDU) sprach von einem „ersten Schritt in die richtige Richtung“.';
    expect(found(text)).toEqual(['speech/Katharina Bergmann']);
  });
});

describe('a paper named in its own marks', () => {
  test.each([
    'Die Kritik hat das Buch gefeiert; die „Süddeutsche Zeitung“ nannte es „ein Ereignis“.',
    'Critics loved it; the “Süddeutsche Zeitung” called it “a triumph”.',
  ])('%s', (text) => {
    expect(found(text)).toEqual(['term/-', 'speech/Süddeutsche Zeitung']);
  });

  test('a quoted vocative before "said I" is no one’s name', () => {
    const text = '"Turkey," said I, "what do you think of this?"';
    expect(found(text).some((q) => q.includes('Turkey'))).toBe(false);
  });
});

describe('a club or a place read into a name', () => {
  test('"il tecnico del Marsala Gaetano Russo … ha spiegato": the person', () => {
    const text =
      'Il tecnico del Marsala Gaetano Russo ha recriminato per il rigore, definendolo «un regalo». «Abbiamo rivisto le immagini: non c’è nulla», ha spiegato.';
    expect(found(text).at(-1)).toBe('speech/Gaetano Russo');
  });
});

describe('role nouns and bodies of the Slavic languages and Swedish', () => {
  test.each([
    ['Kapitan Stali Piotr Gałecki przyznał: „Zagraliśmy słabo w przyjęciu”.', 'Piotr Gałecki'],
    ['„Det är en besvikelse”, säger Analytikern Johan Strand.', 'Johan Strand'],
    [
      'Обозреватель Ольга Ершова назвала спектакль «самым честным высказыванием о девяностых».',
      'Ольга Ершова',
    ],
    [
      'Svaz průmyslu Moravy v prohlášení uvedl, že ČNB „reaguje pozdě a příliš nesměle“.',
      'Svaz průmyslu Moravy',
    ],
    [
      'Союз независимых сетей России назвал решение «тревожным сигналом».',
      'Союз независимых сетей России',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });
});

describe('a quote whose own sentence opens with its subject', () => {
  test('is not lent the speaker of a later sentence’s quote', () => {
    const text =
      'Finance Minister Jane Roe welcomed the cut as “good news for borrowers”. Business groups were more critical. The Federation of Industry said the bank had reacted “too late and too timidly”.';
    expect(found(text)).toEqual(['speech/Jane Roe', 'speech/Federation of Industry']);
  });
});

describe('bodies by their full names', () => {
  test.each([
    [
      'The American Guild of Stenographic Reporters said AI tools "cannot yet be trusted".',
      'American Guild of Stenographic Reporters',
    ],
    [
      'The Regional District of Skeena Plateau told residents to leave “immediately”.',
      'Regional District of Skeena Plateau',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('a company named again without its kind is the company the text named', () => {
    const text =
      'Shares in Straits Pacific Lines rose 9%. Straits Pacific said in a statement that it "does not comment on market rumours".';
    expect(found(text)).toEqual(['speech/Straits Pacific Lines']);
  });

  test('a participle opening a sentence is no name', () => {
    const text =
      'Geoffrey Hartley farmed near Hawes all his life.\nElected MP for Richmond Dales in 1970, he once told the Commons the policy was ‘a machine for turning money into butter mountains’.';
    expect(found(text)).toEqual(['speech/Geoffrey Hartley']);
  });
});

describe('the WHO is no relative pronoun', () => {
  test('"…," WHO emergencies director Amara Keita told reporters', () => {
    const text =
      '"We are working closely with the authorities to trace every contact," WHO emergencies director Amara Keita told reporters.';
    expect(found(text)).toEqual(['speech/Amara Keita']);
  });

  test('"“…”, says WHO" is speech', () => {
    expect(found('Untreated pneumonic plague is "always fatal", says WHO.')).toEqual([
      'speech/WHO',
    ]);
  });
});

describe('"he" after a sentence that opens with a pronoun', () => {
  test('goes to the person the sentence before it opens with', () => {
    const text =
      'Graham Toohey runs merinos west of Cobar.\nDr Priya Natarajan, an agronomist, says the Tooheys are typical. “This drought doesn’t care how good a farmer you are,” she says.\nToohey has heard that before. He kicks at the mud.\n“It’ll rain,” he says.';
    expect(found(text)).toEqual(['speech/Priya Natarajan', 'speech/Graham Toohey']);
  });

  test('not when the pronoun’s sentence frames someone else’s words', () => {
    const text =
      'Walter Brennan ran the diner for 46 years. He was 88.\nBrennan bought the diner in 1972. He rarely took a day off, his daughter, Karen Brennan-Ruiz, said.\n“He used to say the griddle doesn’t know it’s Christmas,” she said.';
    expect(found(text)).toEqual(['speech/Karen Brennan-Ruiz']);
  });
});

describe('what is no one’s name', () => {
  test.each([
    ['Nieoficjalnie mówi się, że farmy „nie będą gotowe przed końcem roku”.', 'Nieoficjalnie'],
    [
      'В Иркутской области ввели режим ЧС. «Ситуация сложная, но контролируемая», — сообщили в ведомстве.',
      'В Иркутской',
    ],
  ])('%s', (text, notSpeaker) => {
    expect(found(text).some((q) => q.includes(notSpeaker))).toBe(false);
  });

  test('a one-word office inside an inverted description: the full name after it', () => {
    const text =
      '«Si smonta un sistema che funziona», attacca la responsabile Infrastrutture del partito, Elena Mastrangelo.';
    expect(found(text)).toEqual(['speech/Elena Mastrangelo']);
  });
});
