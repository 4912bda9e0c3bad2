import { describe, expect, test } from 'vitest';
import { analyzeText } from '../../../src/core/quotes/analyze.ts';
import { paragraphEnd, paragraphStart } from '../../../src/core/quotes/paragraphs.ts';

describe('paragraph bounds', () => {
  test.each([
    ['no line break', 'one paragraph only'],
    ['a break first', '\nafter a leading break'],
    ['breaks in a row and last', 'a\n\n\nb\nlast line\n'],
    ['only breaks', '\n\n'],
    ['empty', ''],
  ])('match lastIndexOf and indexOf at every offset: %s', (_what, text) => {
    // Two texts in turn, as a body and then its title are analysed: the index follows the text.
    for (const t of [text, `${text} x\ny`, text]) {
      for (let at = -2; at <= t.length + 2; at++) {
        expect(paragraphStart(t, at)).toBe(t.lastIndexOf('\n', at - 1) + 1);
        expect(paragraphEnd(t, at)).toBe(t.indexOf('\n', at));
      }
    }
  });
});

describe('a text written as one long paragraph', () => {
  // Pages without paragraph markup (a transcript in one <div>) reach the rules as one line; every
  // rule that reads a quote's paragraph must still give each quote its own answer.
  const N = 3000;

  test('every quote keeps its frame and speaker', () => {
    const text = Array.from(
      { length: N },
      (_, i) => `${i % 2 ? 'Ann Lee' : 'Bo Chan'} said “we are here ${i}.”`,
    ).join(' ');
    const found = analyzeText(text);
    expect(found).toHaveLength(N);
    expect(found.every((q) => q.kind === 'speech')).toBe(true);
    expect(found.map((q) => q.speaker)).toEqual(
      Array.from({ length: N }, (_, i) => (i % 2 ? 'Ann Lee' : 'Bo Chan')),
    );
  });

  test('an unframed quote takes the speaker of the quote before it in the paragraph', () => {
    const text = Array.from(
      { length: N },
      (_, i) => `Mary Tan said “plan ${i} is fine.” Then “it will work ${i}.”`,
    ).join(' ');
    const found = analyzeText(text);
    expect(found).toHaveLength(2 * N);
    expect(new Set(found.map((q) => q.speaker))).toEqual(new Set(['Mary Tan']));
  });

  test('apostrophes and single marks are told apart all the way through', () => {
    const text = Array.from({ length: N }, (_, i) => `it’s the drivers’ ’91 ‘car ${i}’ era.`).join(
      ' ',
    );
    const found = analyzeText(text);
    expect(found.map((q) => q.text)).toEqual(Array.from({ length: N }, (_, i) => `car ${i}`));
  });
});
