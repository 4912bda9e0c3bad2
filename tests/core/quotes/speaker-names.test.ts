import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/quotes/index.ts';
import { readSubject } from '../../../src/core/quotes/subject.ts';
import { People, parsePerson, unglue } from '../../../src/core/quotes/names.ts';

/** Rules from the batch-11 speaker-name errors: job titles, non-names, the fullest name. */

const speakers = (text: string): (string | null)[] => analyzeText(text).map((q) => q.speaker);
const roles = (text: string): (string | null)[] => analyzeText(text).map((q) => q.role);

describe('capitalised job titles before a name are the role', () => {
  test.each([
    [
      '“It meant we could finally do it,” recalls UX Designer Mia Alvaro.',
      'Mia Alvaro',
      'UX Designer',
    ],
    [
      '“It is a power tool,” says Acme Fonts Product Manager Sonia Liao.',
      'Sonia Liao',
      'Acme Fonts Product Manager',
    ],
    ['“It just feels off,” stresses Visual Designer Meg Lyons.', 'Meg Lyons', 'Visual Designer'],
    [
      '“We shipped it,” said Senior Software Engineer Tom Berg.',
      'Tom Berg',
      'Senior Software Engineer',
    ],
    ['“The data is clear,” said Lead Researcher Ana Costa.', 'Ana Costa', 'Lead Researcher'],
    ['“We grew fast,” said Co-Founder Raj Patel.', 'Raj Patel', 'Co-Founder'],
  ])('%s', (text, name, role) => {
    expect(speakers(text)).toEqual([name]);
    expect(roles(text)).toEqual([role]);
  });

  test('"says Co-Founder, Name": a bare title, a comma and the name', () => {
    expect(speakers('“Our goal is to listen first,” says Co-Founder, Stephanie Özcan.')).toEqual([
      'Stephanie Özcan',
    ]);
    expect(roles('“Our goal is to listen first,” says Co-Founder, Stephanie Özcan.')).toEqual([
      'Co-Founder',
    ]);
  });

  test('a job-title word as the last word of a name stays in the name', () => {
    expect(parsePerson('Edith Head')).toEqual({ name: 'Edith Head', role: null });
    expect(parsePerson('Rustom Engineer')).toEqual({ name: 'Rustom Engineer', role: null });
  });

  test('an organisation named as the source keeps its name', () => {
    expect(speakers('“We disagree,” said Microsoft Research.')).toEqual(['Microsoft Research']);
    expect(parsePerson('Executive Office')).toEqual({ name: 'Executive Office', role: null });
  });
});

describe('capitalised words that are not people', () => {
  test('a number word opening a sentence ("Six products, …; it says “…”")', () => {
    expect(
      speakers(
        'Six products, nearly a hundred chemicals identified, though none were listed; it usually just says something like “fragrance, which is everywhere, is fine for you.”',
      ),
    ).not.toContain('Six');
    expect(parsePerson('Six')).toBeNull();
    expect(parsePerson('Twelve')).toBeNull();
  });

  test('a contraction opening a sentence ("Don’t", "Won’t") is no name', () => {
    expect(parsePerson('Don’t')).toBeNull();
    expect(parsePerson("Can't Stop")).toEqual({ name: 'Stop', role: null });
    expect(parsePerson('Don Jones')).toEqual({ name: 'Don Jones', role: null });
  });

  test('an owner before a name is its role, unless the run is an organisation’s name', () => {
    expect(parsePerson('Disney’s Bob Iger')).toEqual({ name: 'Bob Iger', role: 'Disney’s' });
    expect(parsePerson('People’s Daily')).toEqual({ name: 'People’s Daily', role: null });
    expect(parsePerson("California Governor's Office")?.name).toBe("California Governor's Office");
  });

  test('a user name of letters and digits is a name', () => {
    expect(speakers('“I’m defo trying the cola,” wrote user jayk1984.')).toEqual(['jayk1984']);
    expect(speakers('“It’s our responsibility,” elmo666 wrote in a forum post.')).toEqual([
      'elmo666',
    ]);
    expect(parsePerson('the h2 heading')).toBeNull();
  });

  test('a semicolon ends the clause: the subject is after it', () => {
    expect(readSubject('Maria Stone checked the labels; it usually')).toBe('anaphor');
    expect(readSubject('The labels were checked; Maria Stone')).toEqual({
      name: 'Maria Stone',
      role: null,
    });
  });

  test('a gerund opening a sentence ("Running a business might sound simple: “…”")', () => {
    expect(
      speakers(
        'Running a successful business might sound simple: “supply what people want and do it well.”',
      ),
    ).toEqual([null]);
  });

  test('a surname ending in -ing is still a name', () => {
    expect(speakers('“We will win,” Manning said.')).toEqual(['Manning']);
    expect(speakers('Fleming told reporters: “We will win this year.”')).toEqual(['Fleming']);
  });

  test('a document-structure noun ("Section 4: “…”") names no one', () => {
    expect(parsePerson('Section')).toBeNull();
    expect(parsePerson('Figure')).toBeNull();
    expect(parsePerson('Chapter')).toBeNull();
    expect(
      speakers('The paper is clear. Section 4: “We performed a sequence of hands-on workshops.”'),
    ).toEqual([null]);
  });

  test('an imperative before a name ("See Moonlight review") is not part of the name', () => {
    expect(parsePerson('See Moonlight')).toEqual({ name: 'Moonlight', role: null });
    expect(
      speakers(
        'The tool reuses PROV-O. See Moonlight literature review, online.\nThe Moonlight review summarizes: “PKO was evaluated against standard criteria.”',
      ),
    ).toEqual(['Moonlight']);
  });
});

describe('the name as the article gives it most fully', () => {
  test('a middle name seen later makes the fuller name canonical', () => {
    const people = new People();
    people.see('Valentina Carriero');
    people.see('Valentina Anita Carriero');
    expect(people.known('Carriero')?.name).toBe('Valentina Anita Carriero');
    expect(people.known('Valentina Carriero')?.name).toBe('Valentina Anita Carriero');
    expect(people.resolve({ name: 'Valentina Carriero', role: null }).name).toBe(
      'Valentina Anita Carriero',
    );
  });

  test('a shorter form seen after the fuller one resolves to it', () => {
    const people = new People();
    people.see('Valentina Anita Carriero');
    people.see('Valentina Carriero');
    expect(people.known('Carriero')?.name).toBe('Valentina Anita Carriero');
    expect(people.resolve({ name: 'Valentina Carriero', role: null }).name).toBe(
      'Valentina Anita Carriero',
    );
  });

  test('in an article: "Valentina Carriero" early, "Valentina Anita Carriero" in a citation', () => {
    expect(
      speakers(
        'Thanks to Valentina Carriero and Mario Scrocca.\nValentina Anita Carriero, Mario Scrocca, Irene Celino, Procedural Knowledge Ontology, 2025.\nCarriero said: “We performed a sequence of hands-on workshops.”',
      ),
    ).toEqual(['Valentina Anita Carriero']);
  });

  test('a fuller name glued to a name by markup (a hover card) is no mention of its own', () => {
    expect(unglue('Kristi NoemKristi Lynn Noem')).toEqual(['Kristi Noem']);
    expect(unglue('Anna SmithBob Jones')).toEqual(['Anna Smith', 'Bob Jones']);
    expect(
      speakers(
        'Gov. Kristi NoemKristi Lynn Noem is defending the campaign.\n“We are here to get it out,” Noem tweeted.',
      ),
    ).toEqual(['Kristi Noem']);
  });

  test('a three-word name is not merged into another with the same first and last word', () => {
    const people = new People();
    people.see('George H. W. Bush');
    people.see('George W. Bush');
    expect(people.resolve({ name: 'George W. Bush', role: null }).name).toBe('George W. Bush');
  });
});

describe('names queued as the text gives them, registered when a lookup needs them', () => {
  // Runs are parsed lazily (People.queue); every answer must be the one registering them all in
  // text order would give, whichever lookup comes first.
  const queued = (runs: string[]): People => {
    const people = new People();
    runs.forEach((run, at) => people.queue(at, run.split(' '), () => people.see(run)));
    return people;
  };

  test('a run is registered by a lookup of any of its words', () => {
    const people = queued(['Mick Mulvaney', 'New York']);
    expect(people.known('Mulvaney')?.name).toBe('Mick Mulvaney');
    expect(people.known('Mick')?.name).toBe('Mick Mulvaney');
  });

  test('the earliest run wins a key even when a later one sharing it was registered first', () => {
    // "Lee Park" before "Lee Kim": a lookup of "Kim" registers "Lee Kim", but "Lee" (Chinese
    // order, first word) is still "Lee Park", as in text order.
    const people = queued(['Lee Park', 'Lee Kim']);
    expect(people.known('Kim')?.name).toBe('Lee Kim');
    expect(people.known('Lee')?.name).toBe('Lee Park');
  });

  test('a person added by a frame comes after the runs before it', () => {
    const people = queued(['Anna Lee Smith']);
    expect(people.resolve({ name: 'Anna Smith', role: 'coach' }).name).toBe('Anna Lee Smith');
    expect(people.withRole('coach')?.name).toBe('Anna Lee Smith');
  });

  test('the last person with a role is the one latest in the text', () => {
    const people = new People();
    people.queue(0, ['Dean', 'Evason'], () => people.see('Dean Evason', 'coach'));
    people.resolve({ name: 'John Hynes', role: 'coach' });
    expect(people.withRole('coach')?.name).toBe('John Hynes');
  });
});

describe('a question put to the subject', () => {
  test('"what X said when asked, “…?”": the question is not X’s', () => {
    expect(
      speakers(
        'Steve Jobs built computers.\nThis brings us to what Steve said when asked, “What’s the number one piece of advice you’d give?”',
      ),
    ).toEqual([null]);
  });

  test('"When asked about it, X said, “…”" still gives X', () => {
    expect(
      speakers('When asked about the plan, Maria Lopez said, “It will not work this year.”'),
    ).toEqual(['Maria Lopez']);
  });
});

describe('a possessed noun is not its possessor', () => {
  test('"But either way, Ford’s late father told X that “…”" is not Ford’s', () => {
    expect(
      speakers(
        'John Ford wrote books. “It bothered them,” Starner said. But either way, at some point, Ford’s now-deceased father told Starner that “the only way I know he is alive is the checks.”',
      ),
    ).not.toContain('John Ford');
  });
});

describe('sentence words glued to a name (readability clean-links and msn pages)', () => {
  test('an adverb opening the sentence is no first name', () => {
    expect(parsePerson('Accordingly Turkey')).toEqual({ name: 'Turkey', role: null });
    expect(parsePerson('Finally Smith')).toEqual({ name: 'Smith', role: null });
    expect(parsePerson('Thankfully')).toBeNull();
    // Names with adverb-like endings stay names.
    expect(parsePerson('John Connally')?.name).toBe('John Connally');
    expect(parsePerson('Richard Whately')?.name).toBe('Richard Whately');
    expect(parsePerson('Early')?.name).toBe('Early');
  });

  test('a capitalised "I" after a name is the next clause’s subject', () => {
    expect(parsePerson('Nippers I')).toEqual({ name: 'Nippers', role: null });
    expect(parsePerson('Henry VIII')?.name).toBe('Henry VIII');
  });
});

describe('from held-out batch 13 (readability schema-org-context-object)', () => {
  test('a participle frame takes the subject after an opening adverbial', () => {
    expect(
      speakers(
        'Earlier Saturday, Yoon apologized for his actions in a brief nationally televised address, saying they “stemmed from the urgency” he felt.',
      ),
    ).toEqual(['Yoon']);
  });

  test('a name run of six capitalised words keeps the whole name after its role', () => {
    expect(
      speakers(
        'A plan to impeach South Korean President Yoon Suk Yeol has failed.\n“I regret it,” Yoon said.',
      ),
    ).toEqual(['Yoon Suk Yeol']);
  });

  test('a day before a comma is no speaker', () => {
    expect(speakers('On Monday, the company said it would fight, saying it was “ready.”')).toEqual([
      null,
    ]);
  });
});

describe('first-person frames: the writer speaks (held-out batch 13, readability medium-1)', () => {
  const withWriter = (text: string, writer: string | null) =>
    analyzeText(text, undefined, writer).map((q) => `${q.kind}/${q.speaker ?? '-'}`);

  test('"I asked him", "I’d start by asking", "I said": the page’s one author', () => {
    const text =
      'John Smith runs the lab. When I visited, I asked him, “What is next?” He laughed.\n' +
      'If I was a photo editor, I’d start by asking “how are photo assignments processed?”\n' +
      '“Go home,” I said to Smith.';
    expect(withWriter(text, 'Pippin Lee')).toEqual([
      'speech/Pippin Lee',
      'speech/Pippin Lee',
      'speech/Pippin Lee',
    ]);
    // No named author: still the writer's speech, never the person just mentioned.
    expect(withWriter(text, null)).toEqual(['speech/-', 'speech/-', 'speech/-']);
  });

  test('a passive first person hears the words: "I was told"', () => {
    expect(
      withWriter('“We are done,” I was told by a company spokesperson.', 'Jane Roe'),
    ).not.toContain('speech/Jane Roe');
    expect(withWriter('I was told it was “over.”', 'Jane Roe')).not.toContain('speech/Jane Roe');
  });

  test('an "I" that opens a new sentence after the quote is no frame of it', () => {
    expect(
      withWriter(
        'Today people call the mix of SEO and design “integrated marketing.” When I was young, I did all of it.',
        'Mike Kappel',
      ),
    ).not.toContain('speech/Mike Kappel');
  });

  test('a title before the quote does not carry a frame past a new clause', () => {
    expect(
      withWriter(
        'I mentioned “AI Agents” because I liked the idea of an “agent” scanning for content.',
        'Karen Spinner',
      ),
    ).toEqual(['term/-', 'term/-']);
  });
});
