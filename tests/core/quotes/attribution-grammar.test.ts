import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/quotes/index.ts';

/** Rules from the batch-6 errors: reporting-clause grammar, organisations, control verbs. */

const speakers = (text: string): (string | null)[] => analyzeText(text).map((q) => q.speaker);
const kinds = (text: string): string[] => analyzeText(text).map((q) => q.kind);
/** Each quote of a text as [kind, speaker]. */
const quotes = (text: string): [string, string | null][] =>
  analyzeText(text).map((q) => [q.kind, q.speaker]);

describe('the subject of the matrix reporting verb', () => {
  test('"X said that … Y had concluded “…”": the quote is X’s, not the inner clause’s subject', () => {
    expect(
      speakers(
        'Foreign Secretary Jane Holloway said that after a review Ottawa had concluded the plan was “simply not workable at this stage”, adding she expected talks.',
      ),
    ).toEqual(['Jane Holloway']);
  });

  test('an inner speech act keeps its own subject ("X said that Y told him “…”")', () => {
    expect(
      speakers('Aides said that Mark Dalton told them the deal was “dead on arrival.”'),
    ).toEqual(['Mark Dalton']);
  });

  test('"with X warning of “…”": the subject of the participle, not an appositive', () => {
    expect(
      speakers(
        'Two neighbouring states also criticised the US shift, with Egyptian Foreign Minister Sameh Shoukry warning of "grave repercussions".',
      ),
    ).toEqual(['Sameh Shoukry']);
  });

  test('"which X views as “…”": the subject of an object relative clause', () => {
    expect(
      speakers(
        'Another value is repairability, which Fairphone views as "a basic consumer right".',
      ),
    ).toEqual(['Fairphone']);
  });
});

describe('organisations as speakers, as the text names them', () => {
  test.each([
    [
      'a possessive country and a ministry',
      'Germany\'s economy ministry said it saw the tariffs as "a step backwards for open trade".',
      "Germany's economy ministry",
    ],
    [
      'an adjective of nationality and a ministry',
      'The Italian interior ministry said it "rejects any suggestion of a cover-up".',
      'Italian interior ministry',
    ],
    [
      'a spokesperson for a named office',
      'A spokesman for the Dutch Foreign Office reiterated that the sanctions "remain fully in force".',
      'Dutch Foreign Office',
    ],
    [
      'an office named with "for"',
      'The European Commissioner for Competition said the merger "would harm consumers across the bloc".',
      'European Commissioner for Competition',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  test('an unnamed spokesperson stays unnamed', () => {
    expect(
      speakers('A ministry spokesman said the sanctions "remain fully in force" for now.'),
    ).toEqual([null]);
  });
});

describe('who a description names', () => {
  test('"the authors of the study published in the journal X": unnamed authors, not the journal', () => {
    expect(
      speakers(
        'The authors of the paper published in the journal Nature Medicine argued that the drug had "clear benefits for older patients".',
      ),
    ).toEqual([null]);
  });

  test('"According to AFP, one resident … posted:": the unnamed resident, not the agency', () => {
    expect(
      speakers(
        'According to Reuters, one resident of the town, which lies near the border, posted: “Nobody has told us anything for three days.”',
      ),
    ).toEqual([null]);
  });

  test('"allowed X to claim that … “…”": the subject of the infinitive is the object', () => {
    expect(
      speakers(
        'The redesign allowed Perez to claim that the app wants to be “a calmer place for everyone.”',
      ),
    ).toEqual(['Perez']);
  });
});

describe('unnamed groups and nouns that look like verbs', () => {
  test('"…, in other states, from 2.18 to 2.72 percent, the researchers wrote": speech, nobody named', () => {
    expect(
      analyzeText(
        'The share of teenagers with the disorder rose “slightly” by 25 percent compared with teenagers of the same age in other states, from 2.18 percent to 2.72 percent, the researchers wrote.',
      ).map((q) => [q.kind, q.speaker]),
    ).toEqual([['speech', null]]);
  });
});

describe('inverted and long frames', () => {
  test('a long appositive with places and abbreviations before "said"', () => {
    expect(
      speakers(
        '"We found the signal on only one night out of twenty," lead author Maria Okafor, a chemist at the Lowell Observatory in Flagstaff, Arizona, and Howard University in Washington, D.C., said in a statement.',
      ),
    ).toEqual(['Maria Okafor']);
  });
});

describe('pronouns', () => {
  test('"he" goes to the subject of the reporting verb in the sentence before, not an adjective', () => {
    const text =
      'The Palestinian Authority called a meeting.\nPalestinian chief negotiator Saeb Erekat said they would take several measures.\n"We are going to the courts and we will ask for an investigation," he added.';
    expect(speakers(text)).toEqual(['Saeb Erekat']);
  });

  test('he/she never resolves to an organisation’s name', () => {
    const text =
      'The Harbor Cleaning Service hired Maya Lin last spring.\n“It was a risk, but a good one,” she said.';
    expect(speakers(text)).toEqual(['Maya Lin']);
  });

  test('he/she after a sentence introducing an unnamed person is that person', () => {
    const text =
      '“It is a lot of data,” said Joseph Keller.\nWe spoke to one father, whose son runs an account as a Pool Cleaning Stall. “I had no idea any of this was public until last week,” he said.';
    expect(speakers(text)).toEqual(['Joseph Keller', null]);
  });

  test('"they" after a sentence about a group is that unnamed group, not the last speaker', () => {
    const text =
      '“It was a hard year,” said Tom Reyes.\nThe nurses walked out on Monday.\n“We have had enough of this,” they said. “And we are not going back.”';
    expect(speakers(text)).toEqual(['Tom Reyes', null, null]);
  });

  test('singular "they" for a named spokesperson', () => {
    const text =
      '“It was a hard year,” said Tom Reyes.\nAlex Morgan, a spokesperson for Meta, told The Verge that the company reviews such reports. “We take these reports seriously,” they said in a statement.';
    expect(speakers(text)).toEqual(['Tom Reyes', 'Alex Morgan']);
  });

  test('a paragraph-opening quote continues the frame of the paragraph before', () => {
    const text =
      '"The consensus has been broken," said Avi Bell, a law professor.\nSaeb Erekat said it was only the latest move to force the Palestinians to give in.\n"They wanted us on our knees. We stand tall and we will stand tall."';
    expect(speakers(text)).toEqual(['Avi Bell', 'Saeb Erekat']);
  });
});

describe('naming frames and lists', () => {
  test('"is called “…”" names a term, even with a full stop inside the marks', () => {
    expect(
      kinds(
        'When the trigger is feathers, the illness is called “quilt sleeper’s lung.” When it is hay, the name often used is “farmer’s hay lung.”',
      ),
    ).toEqual(['term', 'term']);
  });

  test('a word in a list before the main clause is not the frame’s speech', () => {
    expect(
      kinds(
        'Because users can switch between being brands, “influencers,” and ordinary people, Nolan says he noticed the lines have blurred.',
      ),
    ).toEqual(['term']);
  });
});

/** Rules from the batch-7 errors (after its first pass was recorded). */
describe('sentences, appositives and antecedents', () => {
  test('a full stop inside the closing marks ends the sentence: the next quote shares no frame', () => {
    expect(
      kinds(
        'Tran says the network is ready. "We built it ourselves," he says, adding that it can "stream anything anywhere." The aim is a "frictionless experience" for every player.',
      ),
    ).toEqual(['speech', 'speech', 'term']);
  });

  test('"said a report from X": the organisation whose report it is', () => {
    expect(
      speakers(
        '"Demand is recovering faster than expected," said a report from Morgan Grenfell Research.',
      ),
    ).toEqual(['Morgan Grenfell Research']);
  });

  test('"Name, Head of Research at X, pointed out …" then "he said": the name, not the firm', () => {
    const text =
      '"Rates will stay high," said Anil Mehta, Director, Mehta Capital.\nRavi Kumar, Head of Research at Sunrise Capital, pointed out that small caps lag.\n"It is a market for stock pickers," he said.';
    expect(speakers(text)).toEqual(['Anil Mehta', 'Ravi Kumar']);
  });

  test('"he" after ", says X," inside a sentence, and past a passive verb', () => {
    const text =
      'A Nova Plus plan costs $10. The key to Nova’s growth, says Dana Ruiz, is its network. "We have built the fastest network in the region," she says.';
    expect(speakers(text)).toEqual(['Dana Ruiz']);
    const passive =
      'Chris Early joined Nova Plus in May.\nWhile Nova’s lineup is thin (only three titles have been announced), Early says more will come. "Our goal is to make the best game we can," he says.';
    expect(speakers(passive)).toEqual(['Chris Early']);
  });

  test('a paragraph ending "X said …. He believes …" gives "he" to X', () => {
    const text =
      'The chain has 270 stores, said Dan Hale, chief executive of Crust Bakery North America.\nMost are franchised, but Crust Bakery North America runs 10 itself.\nNext is Mexico, where Hale said the chain is talking to partners. He believes it could open 100 stores there.\nIn time the North America division will lead growth across Central and South America.\n"We are already seeing interest there," he said.';
    expect(speakers(text)).toEqual(['Dan Hale']);
  });

  test('"he said" after a quote does not go to the subject of the quote’s own clause', () => {
    const text =
      'Dan Hale credits the brand’s roots. While rivals have moved into sandwiches, Crust Bakery remains "a real bakery," he said.';
    expect(speakers(text)).toEqual(['Dan Hale']);
  });

  test('a conjunction before a name is no role ("but Early still says")', () => {
    const q = analyzeText(
      '"Streaming is binary," says Chris Early, who runs partnerships at the firm.\nIn places like Boston, bandwidth is less of an issue, but Early still says the firm are "believers" in streaming.',
    );
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Chris Early', null],
      ['Chris Early', null],
    ]);
  });

  test('"counts as “…”" names a category: a term', () => {
    expect(
      kinds(
        'Push back if you don’t think your commute counts as "severe driving." Most drivers never need the shorter interval.',
      ),
    ).toEqual(['term']);
  });
});

/** Rules from the batch-9 errors (tuned after its first pass). */
describe('batch 9: titles, pull quotes, sentence subjects', () => {
  test('"said Rep. Brian Babin (R-TX), …": a title’s period ends no sentence', () => {
    expect(
      speakers(
        '“Every study says we need a heavy-lift rocket,” said Rep. Brian Babin (R-TX), ranking member of the space subcommittee, during a hearing.\n“We need it now,” said Dr. Jane Smith, a professor at the university.',
      ),
    ).toEqual(['Brian Babin', 'Jane Smith']);
  });

  test('a preposition opening a sentence ("Under NASA’s plan") is no part of a name', () => {
    expect(
      speakers(
        'Tom Young, a retired executive, testified last week.\nUnder NASA’s current plan, the landers would launch commercially.\nAt a hearing of the subcommittee that funds NASA, its ranking member pushed for more launches.\n“The plate is really full today,” he said.',
      ),
    ).toEqual(['Tom Young']);
  });

  test('a surname speaker takes the full name the article gives further down', () => {
    expect(
      speakers(
        '“A bigger rocket gives a better chance of an earlier date,” Cooke said.\nSome members of Congress want more launches. “Fewer launches mean a higher chance of success,” said Doug Cooke, a former NASA official.',
      ),
    ).toEqual(['Doug Cooke', 'Doug Cooke']);
  });

  test('"he continued" after a pull-quote box goes back past the box', () => {
    expect(
      speakers(
        [
          '“Fewer launches mean a higher chance of success,” said Doug Cooke, a former NASA official.',
          '“If you don’t have a big booster, you’re not going to make it,” Stafford said of the Moon.',
          '“The rocket is not being used for what it was designed to do,” he continued.',
          'Tom Stafford, a former astronaut, agreed. “If you don’t have a big booster, you’re not going to make it,” he said. “You need a big shroud.”',
        ].join('\n'),
      ),
    ).toEqual(['Doug Cooke', 'Tom Stafford', 'Doug Cooke', 'Tom Stafford', 'Tom Stafford']);
  });

  test('a repeated quote with no frame takes the speaker of its framed twin', () => {
    expect(
      speakers(
        [
          'Jim Bridenstine runs NASA.',
          'The agency will build three rockets. “Adding an additional rocket into the mix could be hard.”',
          'The hearing went on for hours.',
          '“Adding an additional rocket into the mix could be hard,” Bridenstine said later.',
        ].join('\n'),
      ),
    ).toEqual(['Jim Bridenstine', 'Jim Bridenstine']);
  });

  test('a frameless quote goes on from the sentence before it in its paragraph', () => {
    expect(
      speakers(
        [
          'NASA administrator Jim Bridenstine and Rep. Robert Aderholt met last month.',
          'At current rates, Bridenstine said, there will be three rockets by 2024. “Adding another one could be hard.”',
          'Aderholt returned to the issue later. “What rockets exist today that could do the job?”',
        ].join('\n'),
      ),
    ).toEqual(['Jim Bridenstine', 'Robert Aderholt']);
  });

  test('"X, senior vice president … at Boeing Defense, Space, and Security, said": a bare role', () => {
    expect(
      speakers(
        '“We have a plan that minimizes mission complexity,” Jim Chilton, senior vice president for space and launch at Boeing Defense, Space, and Security, said in a statement.',
      ),
    ).toEqual(['Jim Chilton']);
  });

  test('"“unexplained,” and diagnoses are delayed, … he added": a clause, not a list item', () => {
    const quotes = analyzeText(
      'Dr. Owen Dempsey said it is important to take histories.\nWhen doctors miss these triggers, they may assume the disease is "unexplained," and diagnoses are delayed, or patients are treated unnecessarily, he added.',
    );
    expect(quotes.map((q) => [q.kind, q.speaker])).toEqual([['speech', 'Owen Dempsey']]);
  });

  test('"… is “…” and affects …, X said.": the frame closing the writer’s sentence', () => {
    expect(
      quotes(
        'South Dakota’s meth crisis is “growing at an alarming rate” and affects every community in the state, Kristi Noem said in an announcement.',
      ),
    ).toEqual([['speech', 'Kristi Noem']]);
    expect(
      quotes(
        'Kristi Noem spoke on Monday.\nThe crisis is “growing fast” and affects every town in the state, she said.',
      ),
    ).toEqual([['speech', 'Kristi Noem']]);
    // The frame says something else ("that …"); a list item ("brands, “…,” and …") is no frame's.
    expect(
      quotes(
        'The crisis is “growing fast” and affects everyone, and Kristi Noem said that the state will act.',
      ),
    ).toEqual([['term', null]]);
    expect(
      quotes('The app mixes brands, “influencers,” and ordinary people, Kristi Noem says.'),
    ).toEqual([['term', null]]);
  });

  test('a title’s period is no sentence end: "“…,” Dr. Jane Smith said", "According to Dr. …,"', () => {
    expect(speakers('“We need more money,” Dr. Jane Smith, a professor at Yale, said.')).toEqual([
      'Jane Smith',
    ]);
    expect(speakers('“It is over,” Gov. Kristi Noem said on Monday.')).toEqual(['Kristi Noem']);
    expect(speakers('According to Dr. Jane Smith, “this is bad news for everyone.”')).toEqual([
      'Jane Smith',
    ]);
  });

  test('an opening phrase before a described subject keeps the frame: "On Monday, the coach said:"', () => {
    expect(quotes('On Monday, the coach said: “We lost.”')).toEqual([['speech', null]]);
    expect(quotes('Then the coach said: “We lost.”')).toEqual([['speech', null]]);
    expect(
      quotes('In a statement, the company said it was “deeply saddened” by the news.'),
    ).toEqual([['speech', null]]);
    // A title stays a term.
    expect(quotes('In his book “Black Water,” Jane Smith writes about loss.')).toEqual([
      ['term', null],
    ]);
  });

  test('a reporting verb and its colon make speech of a short quote in any language', () => {
    expect(kinds('El presidente dijo: «Vamos a ganar».')).toEqual(['speech']);
    expect(kinds('Le ministre a dit : « On y va ».')).toEqual(['speech']);
    expect(kinds('Der Minister sagte: „Wir gehen“.')).toEqual(['speech']);
    expect(kinds('Its title is: “Black Water”')).toEqual(['term']);
  });

  test('a described subject makes speech in other languages too, even of a title-like quote', () => {
    expect(quotes('« Nous allons gagner », a affirmé le ministre.')).toEqual([['speech', null]]);
    expect(quotes('« Nous allons gagner », a déclaré l’avocat de la famille.')).toEqual([
      ['speech', null],
    ]);
    expect(quotes('„Wir schaffen das“, sagte die Kanzlerin am Montag.')).toEqual([
      ['speech', null],
    ]);
    // Two words, the first capitalised, read as a title without the frame.
    expect(quotes('"Vamos vencer", disse o ministro.')).toEqual([['speech', null]]);
    expect(quotes('"Wij winnen", zei de minister.')).toEqual([['speech', null]]);
    expect(quotes('Her new novel, “Black Water”, came out in May.')).toEqual([['term', null]]);
  });

  test('one capitalised word after an indefinite article is a description, not a name', () => {
    expect(quotes('„Wir schaffen das“, sagte ein Sprecher.')).toEqual([['speech', null]]);
    expect(quotes('Ein Sprecher sagte: „Wir schaffen das.“')).toEqual([['speech', null]]);
    expect(quotes('“We won the match,” an AP reporter said.')).toEqual([['speech', null]]);
    expect(quotes('“We won the match,” said A. J. Smith.')).toEqual([['speech', 'A. J. Smith']]);
  });

  test('a source preposition and a described person make speech with no speaker, in any language', () => {
    for (const text of [
      'The plan is “dead on arrival,” according to a person familiar with the matter.',
      'The plan is “dead on arrival,” according to senior officials.',
      'Selon un responsable, le plan est « mort-né ».',
      'Laut einem Sprecher ist das „nicht hinnehmbar“.',
      'Según una fuente, el plan es «inviable».',
    ])
      expect(quotes(text), text).toEqual([['speech', null]]);
    // A name is still read as the speaker; no person, no speech.
    expect(quotes('The plan is “dead on arrival,” according to Jane Smith.')).toEqual([
      ['speech', 'Jane Smith'],
    ]);
    expect(quotes('According to the data, “force majeure” applies.')).toEqual([['term', null]]);
    expect(quotes('There were so many people that “chaos” reigned.')).toEqual([['term', null]]);
  });

  test('a bare noun after the verb that follows a set-off quote is a described speaker', () => {
    // Languages without articles, and plurals.
    expect(quotes('«Мы победим», — заявил президент.')).toEqual([['speech', null]]);
    expect(quotes('„Wygramy”, powiedział prezydent.')).toEqual([['speech', null]]);
    expect(quotes('“We will win,” said officials.')).toEqual([['speech', null]]);
    // Not a quote the verb runs on from, nor a verb that takes an infinitive.
    expect(quotes('“Organic” says little about the food.')).toEqual([['term', null]]);
    expect(quotes('“Black Water,” said to be her best book, sold well.')).toEqual([['term', null]]);
  });

  test('a dropped subject (Spanish, Italian, Portuguese) is the person the story follows', () => {
    expect(quotes('Pedro Sánchez habló en Madrid. «Vamos a ganar», dijo.')).toEqual([
      ['speech', 'Pedro Sánchez'],
    ]);
    expect(quotes('Pedro Sánchez habló en Madrid. Y añadió: «Vamos a ganar».')).toEqual([
      ['speech', 'Pedro Sánchez'],
    ]);
    expect(
      quotes('Giorgia Meloni ha parlato a Roma. «Vinceremo», ha detto ai giornalisti.'),
    ).toEqual([['speech', 'Giorgia Meloni']]);
    expect(quotes('«Vamos a ganar», dijo.')).toEqual([['speech', null]]);
    // "a" is English before a noun: a described speaker, not a dropped one.
    expect(
      quotes('Jane Smith reviewed it. “This is a solid stability shoe,” said a tester.'),
    ).toEqual([['speech', null]]);
  });

  test('a pronoun frame with no one in the text to refer to is still speech', () => {
    expect(quotes('« Nous allons gagner », dit-il.')).toEqual([['speech', null]]);
    expect(quotes('« Nous allons gagner », a-t-elle ajouté.')).toEqual([['speech', null]]);
    expect(quotes('She said: “We won.”')).toEqual([['speech', null]]);
    // Not a thing's label, nor a verb far back in a long sentence.
    expect(quotes('It usually just says something like “fragrance.”')).toEqual([['term', null]]);
    expect(
      quotes(
        'They have agreed to comply with rules that cover the consequences for "skiplagging".',
      ),
    ).toEqual([['term', null]]);
  });

  test('"had dubbed X’s role … as “…”": a naming verb’s "as" makes a term', () => {
    expect(
      kinds(
        'He said his predecessor, Fiona Hill, had dubbed Sondland’s role in forming Ukraine policy as "the Gordon problem."',
      ),
    ).toEqual(['term']);
  });

  test('a quoted section heading takes the speaker of the words quoted just below it', () => {
    expect(
      speakers(
        [
          'Kurt Volker, the former envoy, testified on Tuesday.',
          '3. "Not some irregular channel"',
          'Volker disputed the notion that he had been part of an outside channel. "My role was not some irregular channel, but the official channel," he told lawmakers.',
        ].join('\n'),
      ),
    ).toEqual(['Kurt Volker', 'Kurt Volker']);
  });

  test('"those considered “cracked engineers”": an impersonal passive names a category', () => {
    expect(
      kinds(
        'Stanford students describe a skewed job market, where a small slice of graduates -- those considered "cracked engineers" who already have thick resumes -- get the few good jobs.',
      ),
    ).toEqual(['term']);
  });

  test('"as X notes, being able to “taste” …": a scare-quoted figurative verb is a term', () => {
    expect(
      kinds(
        'Andrew Vaughan studies tuft cells. For example, as Vaughan notes, being able to “taste” and “smell” minute traces of pathogens gives the body more chances to respond.\nThe rebels vowed to “crush” the army, Vaughan said.',
      ),
    ).toEqual(['term', 'term', 'speech']);
  });
});

describe('a participle after a comma speaks for the subject of its clause', () => {
  test('"X reposted it, adding: “…”": not the pronoun right before the participle', () => {
    expect(
      speakers(
        'Pop star Lexi Rae announced her engagement to NBA guard Jamal Whitfield on Sunday, posting a photo of the ring on Instagram with the caption “forever starts now.” Whitfield reposted it, adding: “Luckiest man alive.”',
      ),
    ).toEqual(['Lexi Rae', 'Jamal Whitfield']);
  });

  test('"X has opened up about Y, saying “…”": the main clause’s subject, not the last name', () => {
    expect(
      speakers(
        'Soap star Chloe Brennan has opened up about her split from footballer Dean Carver, saying she ‘cried for a week’.',
      ),
    ).toEqual(['Chloe Brennan']);
  });

  test('"X was less convinced, writing in a note that …": writing reports, its subject speaks', () => {
    expect(
      speakers(
        'Brightwater Energy said it expected margins to improve. “The heavy lifting is behind us,” Chief Financial Officer Renee Castillo told analysts. Bernstein analyst Mark Feeney was less convinced, writing in a note that the guidance looked “ambitious at best.”',
      ),
    ).toEqual(['Renee Castillo', 'Mark Feeney']);
  });

  test('"…, Y said on Tuesday, adding that …": the inverted frame’s subject, after a dateline', () => {
    expect(
      speakers(
        'FRANKFURT, June 11 (Reuters) - The European Central Bank should not rush into further rate cuts, Governing Council member Klaus Reinhardt said on Tuesday, adding that inflation in services remained "stubbornly high".',
      ),
    ).toEqual(['Klaus Reinhardt']);
  });
});

describe('"the agency said", "the company said": the organisation the text named', () => {
  test('an agency named at the start of a wire story', () => {
    expect(
      speakers(
        'WASHINGTON (AP) — The Federal Aviation Administration said Tuesday it would order inspections of 240 regional jets. “Safety is our first priority,” the agency said in a statement.',
      ),
    ).toEqual(['Federal Aviation Administration']);
  });

  test('a company, not the regulator it filed with', () => {
    expect(
      speakers(
        'Northgate Pharmaceuticals will cut about 1,200 jobs, according to a filing with the Securities and Exchange Commission on Thursday. The company said the restructuring would cost “approximately $340 million” and be completed next year.',
      ),
    ).toEqual(['Northgate Pharmaceuticals']);
  });

  test('"the company said in a statement" and its participle', () => {
    expect(
      speakers(
        'Lumora Inc. said on Monday it was recalling 1.4 million chargers. “We are aware of 27 incidents,” the company said in a statement, adding that customers should “stop using the devices immediately.”',
      ),
    ).toEqual(['Lumora Inc', 'Lumora Inc']);
  });

  test('a person who spoke before is not "the company", and no company named gives no one', () => {
    expect(
      speakers(
        '“We will fight this,” Jane Smith said on Monday. “The claims are without merit,” the company said.',
      ),
    ).toEqual(['Jane Smith', null]);
  });

  test('a capitalised name after "The" is that organisation ("The Arab League")', () => {
    expect(
      speakers(
        'The UN Security Council met on Monday. The Arab League called it an "extremely adverse development".',
      ),
    ).toEqual(['Arab League']);
  });
});

describe('unnamed and spokesperson frames (blind probes)', () => {
  test('a quote right after an unnamed speaker’s frame goes on in that voice', () => {
    expect(
      quotes(
        'A Colerain Township man says he found a 4-foot alligator in his pool. "I thought it was a pool toy at first," said the homeowner, who asked not to be named. "Then it moved."',
      ),
    ).toEqual([
      ['speech', null],
      ['speech', null],
    ]);
  });

  test('"Name, a spokesman for the Authority, wrote": the person, with the office as role', () => {
    const [q] = analyzeText(
      'Asked about the delays, Jordan Pike, a spokesman for the Metropolitan Transit Authority, wrote in an email: “We understand riders’ frustration.”',
    );
    expect([q?.speaker, q?.role]).toEqual([
      'Jordan Pike',
      'spokesman for the Metropolitan Transit Authority',
    ]);
  });
});

test('"“…,” Kimura said. Strand nodded. “…,” he said.": the sentence’s subject between the quotes', () => {
  expect(
    speakers(
      'At the news conference, coach Dave Kimura and quarterback Eli Strand sat side by side. “We didn’t execute,” Kimura said. Strand nodded. “That’s on me,” he said.',
    ),
  ).toEqual(['Dave Kimura', 'Eli Strand']);
  // A sentence about someone else, opened by a pronoun, hands nothing over.
  expect(
    speakers(
      'Coach Dave Kimura and quarterback Eli Strand spoke. “We didn’t execute,” Kimura said. He pointed at Strand. “That’s on both of us,” he said.',
    ),
  ).toEqual(['Dave Kimura', 'Dave Kimura']);
});

test('"prosecutors wrote that …": an unnamed group, not the next sentence’s speaker', () => {
  expect(
    quotes(
      'In a sentencing memo, prosecutors wrote that Keefe had shown “no genuine remorse.” His attorney, Philip Marr, said his client “deeply regrets” his actions and plans to appeal.',
    ),
  ).toEqual([
    ['speech', null],
    // A determiner after the quote opens a noun phrase of its own: the quote modifies no noun.
    ['speech', 'Philip Marr'],
  ]);
});

test('"In an interview with the BBC’s Newsnight, the author Caroline Ashby said": not the outlet', () => {
  expect(
    speakers(
      'In an interview with the BBC’s Newsnight, the author Caroline Ashby said she had “no regrets at all” about quitting social media. “It was making me a worse writer,” she said.',
    ),
  ).toEqual(['Caroline Ashby', 'Caroline Ashby']);
  // An appositive that places the person still leaves the name before it.
  expect(
    speakers(
      'Joel Schlabach, a teacher at eastern Indiana’s Richmond High School, said politicians have “vilified” educators.',
    ),
  ).toEqual(['Joel Schlabach']);
});

describe('partial quotes of unnamed sources (blind probes)', () => {
  test('"A port official, who declined to be named …, said …": speech with no speaker', () => {
    expect(
      quotes(
        'A port official, who declined to be named because he was not authorised to speak to media, said the backlog would be cleared "within two weeks".',
      ),
    ).toEqual([['speech', null]]);
  });

  test('an object pronoun after the quote: the quote modifies no noun', () => {
    expect(
      quotes(
        'Lawyers for singer Ray Delano wrote in court papers filed Tuesday that his former record label had “systematically underpaid” him for more than a decade.',
      ),
    ).toEqual([['speech', null]]);
  });

  test('"The European Commission on Thursday called …": a time adjunct before the verb', () => {
    expect(
      quotes(
        'The European Commission on Thursday called Hungary’s new media law “a serious setback for press freedom” and said it would consider legal action.',
      ),
    ).toEqual([['speech', 'European Commission']]);
  });
});
