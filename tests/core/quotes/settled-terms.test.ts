import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/quotes/index.ts';

/**
 * Titles that no frame before them introduces, and labels in sentences with no reporting verb,
 * are settled as terms before any speaker is looked for (analyze.ts), and label frames read only
 * a sentence's last words (frames.ts): what that must give, and what it must leave alone.
 */

const found = (text: string): string[] =>
  analyzeText(text).map((q) => `${q.kind}/${q.speaker ?? '-'}`);

// A long run of words before the frame, so the label checks read only the sentence's end.
const LONG =
  'After three years of hearings, two appeals, a change of government and more reports than anyone in the ministry cared to count over the whole of that long and difficult decade,';

describe('a title or a label is a term whoever its sentence names', () => {
  test('a book title in an inverted description leaves the pronoun to the person', () => {
    const text =
      'À 71 ans, Josiane Merlet vient de publier son premier roman.\n' +
      'Intitulé « Le Pain des autres », le livre, paru aux éditions du Chêne-Vert, raconte la vie d’un village.\n' +
      '« J’ai commencé à écrire le soir, après la fermeture, vers 1990, raconte-t-elle dans sa cuisine. »';
    expect(found(text)).toEqual(['term/-', 'speech/Josiane Merlet']);
  });

  test.each([
    ['The agency, said Ruth Kaplan, calls the scheme “Project Lantern” in its filings.'],
    ['Ruth Kaplan said the plan, known as “the bridge”, was dead.'],
    ['Ruth Kaplan told reporters the “non-core” equipment would be sold.'],
  ])('%s', (text) => {
    expect(found(text)).toEqual(['term/-']);
  });

  test('a title a reporting verb introduces is still speech', () => {
    expect(found('As Ruth Kaplan likes to say, “Never Again Tomorrow.”')).toEqual([
      'speech/Ruth Kaplan',
    ]);
  });

  test('a title after a colon frame is still speech', () => {
    expect(found('Ruth Kaplan had one answer: “Not In My Name.”')).toEqual(['speech/Ruth Kaplan']);
  });
});

describe('label frames at the end of a long sentence', () => {
  test.each([
    [`${LONG} the board approved something called “the bridge” for the port.`],
    [`${LONG} the plan was known as “the bridge” in the port.`],
    [`${LONG} the workers learned to “taste” the air in the port.`],
    [`${LONG} the plan that the board chose is called “the bridge” by the port.`],
  ])('%s', (text) => {
    expect(found(text)).toEqual(['term/-']);
  });

  test('a naming word more than twenty words back behind a run of articles', () => {
    const skips = Array.from({ length: 30 }, (_, i) => (i % 2 ? 'the' : 'of')).join(' ');
    expect(found(`${LONG} a technique called ${skips} “the bridge” for the port.`)).toEqual([
      'term/-',
    ]);
  });

  test('a frame that reports keeps its speaker at the end of a long sentence', () => {
    expect(found(`${LONG} Ruth Kaplan said the result was “a betrayal” of the port.`)).toEqual([
      'speech/Ruth Kaplan',
    ]);
  });
});

describe('a label in a sentence with a frame', () => {
  test('its subject is still someone the story goes on with', () => {
    const text =
      'ClassPass said in its report that Pilates’ “strong social media presence” drove bookings.\n' +
      '“This rise may be fueled by Olympic excitement,” the report stated.';
    expect(found(text)).toEqual(['term/-', 'speech/ClassPass']);
  });

  test('a pronoun frame around a label leaves the next frame’s pronoun alone', () => {
    const text =
      'Ruth Kaplan runs the port.\n' +
      'She said the “non-core” equipment would go.\n' +
      '“We will sell it,” she said.';
    expect(found(text)).toEqual(['term/-', 'speech/Ruth Kaplan']);
  });
});
