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
