import { describe, expect, it } from 'vitest';
import { removeAuthorBios } from '../../../src/core/cleaners/remove-author-bios.ts';
import { BODY, clean, keepsStory } from './clean-snippet.ts';

const authors = ['Phil Helsel'];

describe('removeAuthorBios', () => {
  it('removes the author box after the text', () => {
    const r = clean(
      removeAuthorBios,
      `${BODY}<p>Phil Helsel</p><p>Phil Helsel is a reporter for NBC News.</p>`,
      {
        authors,
      },
    );
    expect(r.removed).toEqual(['Phil Helsel', 'Phil Helsel is a reporter for NBC News.']);
    expect(keepsStory(r.text)).toBe(true);
  });

  it('keeps a paragraph that starts with the author’s name inside the story', () => {
    const html =
      '<p>Phil Helsel, who covered the crossing for a decade, rode the first boat on Tuesday morning with commuters.</p>';
    const r = clean(removeAuthorBios, html + BODY, { authors });
    expect(r.removed).toEqual([]);
  });

  it('without a known author, keeps a name on its own line after the text', () => {
    const r = clean(removeAuthorBios, `${BODY}<p>Phil Helsel</p>`);
    expect(r.removed).toEqual([]);
  });

  describe('without a known author', () => {
    it.each([
      [
        'a biography closing the article',
        `${BODY}<p>Lisa Marsh is a veteran maritime reporter and editor who covers ports, ferries and shipping.</p>`,
        1,
      ],
      [
        'a labelled box with credentials after the name',
        `${BODY}<h3>About the Author</h3><p>Matt Ferris, CFP, is a contributing analyst specializing in transport stocks. He holds a degree in mathematics.</p>`,
        2,
      ],
      [
        'a box that goes on about the same person',
        `${BODY}<p>Karina Cole is the owner of Cole Ferries, a local operator serving the bay.</p><p>Karina holds an MBA from the harbour college and sits on its board.</p><p>When she’s not at the quay, Karina sails with her daughter.</p>`,
        3,
      ],
      [
        'the name on its own line, then the biography',
        `${BODY}<p><a href="/a">Isa Tabor</a></p><p>Isa Tabor has been a photographer of the coast for twenty years, and her pictures hang in the harbour museum.</p><p><a href="https://isatabor.example">https://isatabor.example</a></p>`,
        3,
      ],
      [
        'a labelled box that opens with an apposition',
        `${BODY}<h3>About the Author</h3><p>Geri Marsh, an experienced network engineer and distinguished writer at Harbour Hub, specializes in maritime technology.</p>`,
        2,
      ],
      [
        'a blogger introducing herself',
        `${BODY}<p>Hi there! I’m Shivani, and I started this travel blog back in 2011, when ferries were still cheap.</p>`,
        1,
      ],
      [
        'a biography glued to its label',
        `${BODY}<p>About the author: Craig Hall is a freelance photographer based in the Baltic. You can find more of his work on his website.</p><p>Which ferry do you take? Share your thoughts by leaving a comment below, we read every one of them!</p>`,
        1,
      ],
    ])('removes %s', (_name, html, count) => {
      const r = clean(removeAuthorBios, html);
      expect(r.reasons).toEqual(Array(count).fill('byline'));
      expect(keepsStory(r.text)).toBe(true);
    });

    it.each([
      [
        'a closing paragraph about someone in the story, with the story going on',
        `<p>Maria Lopez is a ferry captain who has crossed the bay twice a day for eleven years.</p>${BODY}`,
      ],
      [
        'a biography followed by more of the story',
        `${BODY}<p>Ana Ruiz is a ferry engineer who has kept the old boats running since 1998.</p><p>The authority said the new boats would arrive in spring, and that the old ones would be sold to a museum.</p>`,
      ],
      [
        'a last paragraph about a person without a trade',
        `${BODY}<p>Tom Reed is a father of two who takes the 7:10 boat every morning to his job in town.</p>`,
      ],
    ])('keeps %s', (_name, html) => {
      const r = clean(removeAuthorBios, html);
      expect(r.removed).toEqual([]);
    });
  });
});
