import { describe, expect, it } from 'vitest';
import { removeRelatedLinks } from '../../../src/core/cleaners/remove-related-links.ts';
import { BODY, STORY, clean, keepsStory } from './clean-snippet.ts';

const [p1, p2, p3] = STORY.map((p) => `<p>${p}</p>`);

describe('removeRelatedLinks', () => {
  it.each([
    ['a "Related:" line', `${p1}<p>Related: <a href="/a">Harbour fees to double</a></p>${p2}${p3}`],
    [
      'a READ MORE line',
      `${p1}<p>READ MORE: <a href="/a">Ferry strike called off</a></p>${p2}${p3}`,
    ],
    [
      'a bracketed READ MORE line whose headline asks a question',
      `${p1}<p>[READ MORE: <a href="/a">Buying a boat? How to set up your mooring on day one</a>]</p>${p2}${p3}`,
    ],
    [
      'a linked invitation between paragraphs',
      `${p1}<p><a href="/fasting">Find out if fasting can help you sleep better</a></p>${p2}<p><a href="/foods">Check out these 15 healthy foods</a></p>${p3}`,
    ],
    [
      'a German teaser',
      `${p1}<p>Lesen Sie auch: <a href="/a">Neue Fähre für Sylt</a></p>${p2}${p3}`,
    ],
    ['a French teaser', `${p1}<p>À lire aussi : <a href="/a">Le port s’agrandit</a></p>${p2}${p3}`],
    [
      'a "You may also like" list',
      `${BODY}<h3>You may also like</h3><ul><li><a href="/a">Ferry fares frozen</a></li><li><a href="/b">New quay opens</a></li></ul>`,
    ],
    [
      'a "More … stories" heading',
      `${BODY}<h3>More Business News</h3><p><a href="/a">Port profits rise</a></p>`,
    ],
    ['an Italian heading', `${BODY}<h3>Leggi anche</h3><p><a href="/a">Il porto cresce</a></p>`],
    ['links after the text', `${BODY}<p><a href="/a">Harbour fees to double next year</a></p>`],
    [
      'a shop button',
      `${p1}<p><a href="https://shop.example/x">Check Price at Amazon</a></p>${p2}${p3}`,
    ],
    ['a review button', `${p1}<p><a href="/review">Read our full review</a></p>${p2}${p3}`],
    [
      'a reading-list button',
      `${p1}<p><a href="https://books.example/add">Add to Goodreads To-Read List →</a></p>${p2}${p3}`,
    ],
    ['a shop button', `${p1}<p><a href="/shop">Shop the Harbour Ferry Model Now</a></p>${p2}${p3}`],
    ['a demo button', `${p1}<div><a href="/demo">Book A Demo Today!</a></div>${p2}${p3}`],
  ])('removes %s', (_name, html) => {
    const r = clean(removeRelatedLinks, html);
    expect(new Set(r.reasons)).toEqual(new Set(['related-links']));
    expect(r.text.split('\n')).toEqual(STORY);
  });

  it.each([
    [
      'a sentence starting with "More"',
      '<p>More than 4,000 people use the ferry every weekday, according to the authority.</p>',
    ],
    ['a heading that starts with "More"', '<h3>More “Questions” for your opponent</h3>'],
    [
      'a list item starting with a hyphenated "Video-"',
      '<ul><li>Video-on-demand sales: <a href="/vod">streamers</a> sell past streams as premium content.</li></ul>',
    ],
    ['a heading that starts the way a button does', '<h3>Get started</h3>'],
    [
      'a sentence about getting started',
      '<p>Get started early: the first ferry leaves at 5:40 and the queue builds fast.</p>',
    ],
    [
      'a contact address after the text',
      '<p><a href="mailto:desk@example.org">desk@example.org</a></p>',
    ],
    [
      'a sentence that starts with an invitation and holds a link',
      '<p>Check out <a href="/t">the winter timetable</a> before you travel, as the late ferries stop in November</p>',
    ],
    [
      'a link inside a sentence',
      '<p>The <a href="/t">timetable</a> is online from today, the authority said in a statement.</p>',
    ],
  ])('keeps %s', (_name, html) => {
    const r = clean(removeRelatedLinks, BODY + html);
    expect(r.removed).toEqual([]);
    expect(keepsStory(r.text)).toBe(true);
  });

  it('keeps linked headings of a guide made only of cards: without running text there is no "after the text"', () => {
    const cards = [1, 2, 3]
      .map(
        (n) =>
          `<h3><a href="/guide/step-${n}">Step ${n} - Backing up part ${n}</a></h3><p>Five things to consider for part ${n}.</p>`,
      )
      .join('');
    const r = clean(removeRelatedLinks, cards);
    expect(r.removed).toEqual([]);
    expect(r.text.split('\n')).toHaveLength(6);
  });

  it('keeps the links an author introduces after the text ("Additional resources:"), up to the next heading', () => {
    const resources =
      '<p>Additional resources on harbour safety:</p>' +
      '<p><a href="https://a.example/guide">Coastguard – A guide to safe boating on busy harbours.</a></p>' +
      '<p><a href="https://b.example/map">Port authority – Ferry routes map (2024).</a></p>';
    const r = clean(
      removeRelatedLinks,
      BODY + resources + '<h3>More news</h3><p><a href="/x">Fees rise</a></p>',
    );
    expect(r.removed).toEqual(['More news', 'Fees rise']);
    expect(r.text).toContain('Coastguard – A guide to safe boating on busy harbours.');
    expect(r.text).toContain('Port authority – Ferry routes map (2024).');
  });

  describe('headings that point elsewhere, with what they point to', () => {
    const card = (title: string, blurb: string) =>
      `<div><img src="/t.jpg" alt=""><div><h3>${title}</h3><p>${blurb}</p></div></div>`;

    it('removes a section of cards: each a title and its blurb', () => {
      const section =
        '<section><h2>Related articles that may interest you</h2><div>' +
        card(
          'Getting a Ferry Licence With No Experience',
          'Earning a skipper licence can open new careers on the water. Here we list the courses that take beginners and what each of them costs.',
        ) +
        card(
          'Ten Best Harbour Towns of 2025',
          'The best harbour towns mix good food with quiet moorings. Learn how we chose them and which ones are worth a long weekend.',
        ) +
        '</div></section>';
      const r = clean(removeRelatedLinks, BODY + section);
      expect(r.removed).toHaveLength(5);
      expect(r.text.split('\n')).toEqual(STORY);
    });

    it('removes a list of teasers written as sentences, each with a link', () => {
      const list =
        '<div><h4>You may be interested in the following topics as well:</h4><ul>' +
        '<li><p>Discover how the <a href="/night">night ferry</a> changed the island’s tourism.</p></li>' +
        '<li><p>Learn why <a href="/fares">fares</a> on the northern route fell last year.</p></li>' +
        '</ul></div>';
      const r = clean(removeRelatedLinks, BODY + list);
      expect(r.removed).toHaveLength(3);
      expect(r.text.split('\n')).toEqual(STORY);
    });

    it('removes headline teasers under "Discover More", however long the headlines', () => {
      const html =
        `${BODY}<h5>Read More About the Winners</h5><div><h4>Discover More</h4>` +
        '<div><h3>Nine Hours at the Harbour Museum, the City’s Singular Maritime Art Gallery</h3></div>' +
        '<div><h3>The Harbour Hit List, Spring 2026 Edition: Oysters, Chowder, Crab Rolls, and More</h3></div></div>';
      const r = clean(removeRelatedLinks, html);
      expect(r.removed).toHaveLength(4);
      expect(r.text.split('\n')).toEqual(STORY);
    });

    it('removes a related label glued to its one title', () => {
      const html = `${p1}<h5>Related article The Ferry Buyer’s Guide</h5>${p2}${p3}`;
      const r = clean(removeRelatedLinks, html);
      expect(r.removed).toEqual(['Related article The Ferry Buyer’s Guide']);
      expect(r.text.split('\n')).toEqual(STORY);
    });

    it('stops where a section of the article resumes', () => {
      const html =
        `${p1}<p>You May Also Check:</p><ul><li><a href="/a">Ten Best Ferry Apps</a></li><li><a href="/b">Harbour Fees Explained</a></li></ul>` +
        `<h2>2. What the new timetable means for commuters</h2>${p2}${p3}`;
      const r = clean(removeRelatedLinks, html);
      expect(r.removed).toEqual([
        'You May Also Check:',
        'Ten Best Ferry Apps',
        'Harbour Fees Explained',
      ]);
      expect(r.text).toContain('2. What the new timetable means for commuters');
      expect(keepsStory(r.text)).toBe(true);
    });

    it.each([
      [
        'a sentence pointing to more, and the author box after it',
        `${BODY}<p><a href="/ads">Read more about ad blocking here.</a></p><h3>About the author</h3><p>Scott Marsh</p>`,
        ['About the author', 'Scott Marsh'],
      ],
      [
        'a pointer-like heading over running text',
        `${p1}<h3>Explore more of the coast</h3>${p2}<ul><li>North quay</li><li>Lighthouse walk</li></ul>${p3}`,
        ['Explore more of the coast', 'North quay', 'Lighthouse walk'],
      ],
    ])('keeps %s', (_name, html, kept) => {
      const r = clean(removeRelatedLinks, html);
      for (const line of kept) expect(r.text.split('\n')).toContain(line);
      expect(keepsStory(r.text)).toBe(true);
    });
  });
});
