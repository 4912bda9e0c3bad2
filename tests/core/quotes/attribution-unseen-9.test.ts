import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/quotes/index.ts';

/** Frames from the errors of the blind probe sets read in the twenty-fifth session. */

const found = (text: string): string[] =>
  analyzeText(text).map((q) => `${q.kind}/${q.speaker ?? '-'}`);

describe('a surname opened by a particle', () => {
  test.each([
    [
      'City went top, with Kevin De Bruyne scoring twice in the second half.\n“I got a bit of luck with the first one,” De Bruyne said.',
      'Kevin De Bruyne',
    ],
    [
      'Ballinacree are champions, with Cathal Ó Riain’s late goal proving decisive.\n“The backs won us that game, not me,” Ó Riain said.',
      'Cathal Ó Riain',
    ],
    [
      'The vote was close, with Ana de la Cruz casting the last ballot.\nDe la Cruz said afterwards it had been “not an easy choice”.',
      'Ana de la Cruz',
    ],
  ])('after a preposition the whole run is the name: %s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('a place after a preposition still stands apart from the name', () => {
    const text =
      'The letter was handed to Britain’s envoy, ambassador to Britain Liu Xiaming, who said it was “a serious matter”.';
    expect(found(text)).toEqual(['speech/Liu Xiaming']);
  });
});

describe('words before a name that say what the person is', () => {
  test.each([
    [
      'Opener Aditya Kulkarni struck an unbeaten 87.\n"I just wanted to be there till the end," Kulkarni said.',
      'Aditya Kulkarni',
    ],
    [
      'Reader Jo Pennock has sent us this photo of a fallen tree. “It came down ten minutes after the bus went past,” she writes.',
      'Jo Pennock',
    ],
    [
      'Ethiopia’s Hailu Bekele was second and American Josh Tremaine third.\n"I was hanging on by a thread," Tremaine said.',
      'Josh Tremaine',
    ],
    [
      'Skipper Farhan Qureshi was frank. "We lost wickets at the wrong time," Qureshi said.',
      'Farhan Qureshi',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test.each([
    [
      'The Canadian Red Cross said it would offer “immediate financial assistance”.',
      'Canadian Red Cross',
    ],
    [
      'The Irish Farmers’ Collective said there had been “room for a higher price all along”.',
      'Irish Farmers’ Collective',
    ],
    ['British Airways said the delays were “regrettable”.', 'British Airways'],
  ])('a body whose name opens with a nationality keeps it: %s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });
});

describe('no name where the subject is not one', () => {
  test('a pronoun’s contraction ("We’ve asked") is no speaker', () => {
    const text =
      'A reader in Millbrook emails: “Why are the numbers so slow again?” We’ve asked the clerk’s office and will update.';
    expect(found(text)).toEqual(['speech/-']);
  });

  test('"We’ve classified them as “solid” or “honeycomb”": the writer’s labels are terms', () => {
    const text =
      'We’ve classified the designs in two dimensions: “honeycomb” or “solid”, based on whether they have holes.';
    expect(found(text)).toEqual(['term/-', 'term/-']);
  });

  test.each([
    'Engineers had warned beforehand that a fault could leave it “sailing past the Moon into deep space”.',
    'Forecasters said there was “little relief in sight” for the region.',
  ])('a profession in the plural is an unnamed group: %s', (text) => {
    expect(found(text)).toEqual(['speech/-']);
  });
});

describe('the subject around asides and organisations', () => {
  test('a parenthesis after the name (party, ward) is no part of the subject', () => {
    const text =
      'Speaking against the plan, Cllr Pauline Harcourt (Lib Dem, Kingsmere North) said the loss of spaces would hit older shoppers.\n“People already drive round and round looking for a space,” she said.';
    expect(found(text)).toEqual(['speech/Pauline Harcourt']);
  });

  test.each([
    [
      'A southerly change will bring “a very welcome drop in temperature”, according to Bureau meteorologist Tom Haddad.',
      'Tom Haddad',
    ],
    [
      'Prices will keep rising “for at least another year”, according to Met Office forecaster Jane Tully.',
      'Jane Tully',
    ],
  ])('"according to" an organisation’s member names the member: %s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('"according to" two sources joined by "and" keeps the first', () => {
    const text = 'The deal is “all but done”, according to Reuters and Bloomberg News.';
    expect(found(text)).toEqual(['speech/Reuters']);
  });
});

describe('an opinion given as a pronoun’s', () => {
  test.each([
    [
      'Obhájce Martin Kubíček už avizoval odvolání. Podle něj jsou důkazy, zejména odposlechy, „zcela vykonstruované“.',
      'Martin Kubíček',
    ],
    [
      'Obrońca oskarżonego, mecenas Paweł Jasiński, zapowiedział apelację. Jego zdaniem wyrok jest „rażąco surowy”.',
      'Paweł Jasiński',
    ],
    [
      'Наставник «Волны» Геннадий Пахомов остался недоволен. По его мнению, перед голом был «очевидный фол» на вратаре.',
      'Геннадий Пахомов',
    ],
    [
      'La defensa, ejercida por la letrada Ana Belén Toribio, pidió la absolución. A su juicio, se trata de un “fracaso empresarial”.',
      'Ana Belén Toribio',
    ],
    [
      'Verteidiger Jonas Albrecht widersprach. Seiner Meinung nach ist das Urteil „völlig überzogen“.',
      'Jonas Albrecht',
    ],
    [
      'Union leader Mary Coyle spoke after the vote. In her view, the offer is “an insult to every nurse”.',
      'Mary Coyle',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text).at(-1)).toBe(`speech/${speaker}`);
  });
});

describe('a cause given in the subject’s words', () => {
  test.each([
    [
      'Festival director Karen Lisle apologised for the delay, which she blamed on a ‘technical issue with the ovens’.',
      'Karen Lisle',
    ],
    [
      'Impairments rose to $212 million, which chief financial officer Rebecca Liu attributed to “a modest increase in arrears”.',
      'Rebecca Liu',
    ],
    [
      'Mayor Dana Ortiz blamed the closure on “years of underinvestment” by the state.',
      'Dana Ortiz',
    ],
  ])('%s', (text, speaker) => {
    expect(found(text)).toEqual([`speech/${speaker}`]);
  });

  test('"felt like" is no frame: the writer’s "full tank" stays unattributed', () => {
    const text =
      'Once you have a home charging routine, a full EV feels more like a smartphone than a gas car. You plug in overnight and start each day with a “full tank.”';
    expect(found(text)).toEqual(['speech/-']);
  });
});

describe('a name after a copula', () => {
  test('"Among those who spoke … was Harold Beebe, 81, who said": the name the copula gives', () => {
    const text =
      'Among those who spoke during public comment was Harold Beebe, 81, who said the branch was "the only air-conditioned room I can afford to sit in" during the summer.';
    expect(found(text)).toEqual(['speech/Harold Beebe']);
  });

  test('"The man who attacked John Smith, 45, said": the victim is not the subject', () => {
    const text = 'The man who attacked John Smith, 45, said it was “a misunderstanding”.';
    expect(analyzeText(text).map((q) => q.speaker)).toEqual([null]);
  });

  test.each([
    ['Among the speakers was Harold Beebe, who said the branch was “a lifeline”.'],
    ['The loudest voice was Harold Beebe, who said the branch was “a lifeline”.'],
  ])('the clause before the copula is no role: %s', (text) => {
    const [q] = analyzeText(text);
    expect([q!.speaker, q!.role]).toEqual(['Harold Beebe', null]);
  });
});

describe('a Korean surname and title refer to the full name', () => {
  test('"이 대표는" is 이승우 of "이승우 대표", not the word 이후 ("after") written first', () => {
    const text =
      '한빛전자는 지난해 이후 실적이 부진했다. 이승우 대표는 이날 기자간담회를 열었다.\n다만 이 대표는 “투자를 취소하는 것이 아니라 시점을 조정하는 것”이라고 강조했다.';
    expect(found(text)).toEqual(['speech/이승우']);
  });

  test('"최모씨" keeps the anonymised name, not "최씨"', () => {
    const text = '법원은 최모씨에게 징역 5년을 선고했다. 최씨는 “피해자분들께 죄송하다”고 말했다.';
    expect(found(text)).toEqual(['speech/최모']);
  });
});

describe('a surname written with its lower-case particles', () => {
  test.each([
    'Ana de la Cruz cast the last vote.\n“It was not an easy choice,” de la Cruz said.',
    'Ana de la Cruz cast the last vote.\n“It was not an easy choice,” said de la Cruz.',
  ])('%s', (text) => {
    expect(found(text)).toEqual(['speech/Ana de la Cruz']);
  });

  test('"de Miranda writes" gives the name and no role "de"', () => {
    const text =
      'The historian Luis de Miranda studies neon.\n“The Soviets deployed a vast ‘neonization’ of the capitals,” de Miranda writes.';
    const [q] = analyzeText(text);
    // (The role is the one the text puts before his name where it first names him.)
    expect([q!.speaker, q!.role]).toEqual(['Luis de Miranda', 'historian']);
  });
});
