import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/quotes/index.ts';

/** Rules from the batch-10 errors: recommendations, turn-taking between speakers, documents. */

const speakers = (text: string): (string | null)[] => analyzeText(text).map((q) => q.speaker);

describe('a recommendation is a reporting frame', () => {
  test('"Kevin recommends “the …”": a partial quote after recommends is the recommender’s', () => {
    expect(
      speakers(
        'The guide quotes Kevin Cureghian, an audio specialist at Spotify.\nKevin recommends “the Sony MDR7506” as a budget option for beginners.',
      ),
    ).toEqual(['Kevin Cureghian']);
  });

  test('a recent speaker named by first name in the quote’s sentence ("Bernard points to “…”")', () => {
    expect(
      speakers(
        'Bernard P Achampong runs a studio. “Start with a Shure,” he says.\nIf that’s the case, Bernard points to “the Beyerdynamic DT990 Pro, which is half the price.”\nThe Mozilla Foundation said “we will grow.”\nMozilla’s goal is to “help millions of people move from using the web to making the web.”',
      ),
    ).toEqual(['Bernard P Achampong', 'Bernard P Achampong', 'Mozilla Foundation', null]);
  });

  test('"X advises prioritizing “…”": advises frames the quote', () => {
    expect(
      speakers(
        'Maria Lopez runs a studio in Austin.\nWhen choosing a webcam, Lopez advises prioritizing “resolution, frame rate and field of view.”',
      ),
    ).toEqual(['Maria Lopez']);
  });
});

describe('turn-taking: who “she said” refers to', () => {
  test('a sentence led by the frame’s own pronoun continues an earlier referent', () => {
    expect(
      speakers(
        'Mary Steenburgen had spent years on her music. Despite her fame, she was more nervous than Rose-Lynn Harlan has ever been. “It was terrifying,” she said.',
      ),
    ).toEqual(['Mary Steenburgen']);
  });

  test('"X’s son, filmmaker Y, …": the name in apposition, not the possessor, is the subject', () => {
    expect(
      speakers(
        'Mary Steenburgen wrote songs for the film.\nSteenburgen’s son, filmmaker Charlie McDowell, also remembers it. “It was definitely a change,” he said.',
      ),
    ).toEqual(['Charlie McDowell']);
  });
});

describe('organisations speaking through documents', () => {
  test('"the report stated" speaks for the organisation the text was just reporting', () => {
    expect(
      speakers(
        'ClassPass said in its report that Pilates’ “strong social media presence” drove bookings.\nClassPass shared that volleyball reservations spiked by 256% since 2023.\n“This triple-digit rise may be fueled by Olympic excitement,” the report stated.',
      ),
    ).toEqual([null, 'ClassPass']);
  });

  test('"the Strava report explained": a document speaks for the organisation it is named after', () => {
    expect(
      speakers(
        'Runners joined clubs in record numbers.\n“In 2024, people shifted to more moderate fitness practices,” the Strava report explained.',
      ),
    ).toEqual(['Strava']);
  });

  test('"American College of Sports Medicine" is one organisation, not "American College"', () => {
    expect(
      speakers(
        'The American College of Sports Medicine said, “This trend focuses on exercise programming.”',
      ),
    ).toEqual(['American College of Sports Medicine']);
  });
});

describe('turns between two speakers', () => {
  test('"Bernard’s go-to option is “…,” he explains": the possessor, not the last speaker', () => {
    expect(
      speakers(
        'We asked Kevin Cureghian and Bernard Achampong for advice. “Start simple,” Cureghian says.\nBernard’s go-to option is “the Behringer BH 470. They are flat response headphones,” he explains.',
      ),
    ).toEqual(['Kevin Cureghian', 'Bernard Achampong']);
  });

  test('“….” Smith agreed: “…”: a colon frame after a finished quote is the next quote’s', () => {
    expect(
      speakers(
        'Co-writers Caitlyn Smith and Kate York joined the project. “It’s a different muscle,” York said. “You have to take yourself out of it.” Smith agreed: “It’s a different job altogether.”',
      ),
    ).toEqual(['Kate York', 'Kate York', 'Caitlyn Smith']);
  });
});

describe('frames that belong to another quote', () => {
  test('“….” Martha added that …: a new sentence with its own clause is not the quote’s frame', () => {
    expect(
      speakers(
        'Martha Fry and her brother Dale Ford agreed to an interview. “I once visited Mike,” Dale wrote. “We went to an old steakhouse.” Martha added that the letter was warm.',
      ),
    ).toEqual(['Dale Ford', 'Dale Ford']);
  });

  test('"the letter Mike wrote was “…”": a verb before a copula is in a relative clause', () => {
    expect(
      speakers(
        'Martha Fry and Dale Ford answered by email. “I once visited Mike,” Dale wrote. Martha added that shortly before their father’s death, he and Mike had corresponded, and the letter Mike wrote was “kind and loving.”',
      ),
    ).toEqual(['Dale Ford', 'Martha Fry']);
  });
});

describe('a quote opening its sentence', () => {
  test('"“The people … aren’t buying” impeachment, Trump said": a clause, not a modifier', () => {
    expect(
      analyzeText(
        'President Donald Trump spoke in Louisiana.\n“The people of this country aren’t buying” impeachment, Trump said at a rally.',
      ).map((q) => [q.kind, q.speaker]),
    ).toEqual([['speech', 'Donald Trump']]);
  });
});

describe('a verbless colon frame', () => {
  test('"…, including tester John Mikovits: “…”": the name right before the colon', () => {
    expect(
      speakers(
        'Some testers were finally won over by the latest version, including tester John Mikovits: “Hoka has been hit-or-miss for me, but this one broke the streak.”',
      ),
    ).toEqual(['John Mikovits']);
  });
});

describe('names that are not the subject', () => {
  test('"in an Oliver Sacks kind of way — the late neurologist wrote …": neither is she', () => {
    expect(
      speakers(
        'Mary Steenburgen starred in the film.\nFun as that might sound in an Oliver Sacks kind of way — the late neurologist wrote about such symptoms — Steenburgen wasn’t thrilled. “I couldn’t focus,” she said.',
      ),
    ).toEqual(['Mary Steenburgen']);
  });

  test('"a Trump supporter": a name after "a" is a modifier, not an antecedent', () => {
    expect(
      speakers(
        'After a Donald Trump rally in Ohio, Senator Jane Holt changed her mind. “We talked for an hour,” she said.',
      ),
    ).toEqual(['Jane Holt']);
  });
});

describe('a description as the subject', () => {
  test('"…, the actress wasn’t …. “…,” she said": the person first called the actress', () => {
    expect(
      speakers(
        'Oscar-winning actress Mary Steenburgen wrote a song for the film.\nHer son Charlie McDowell laughed. “It was a change,” McDowell said.\nDespite the paucity of roles, the actress wasn’t itching to do something else. “I had been somebody who really liked music,” she said.',
      ),
    ).toEqual(['Charlie McDowell', 'Mary Steenburgen']);
  });
});
