import { describe, expect, it } from 'vitest';
import { removeTeaserCards } from '../../../src/core/cleaners/remove-teaser-cards.ts';
import { BODY, STORY, clean, keepsStory } from './clean-snippet.ts';

const card = (title: string, blurb: string, href = 'https://news.example/other') =>
  `<div><h3><a href="${href}"><span>${title}</span></a></h3><p>${blurb}</p></div>`;

const TEASERS = [
  card(
    'Lifeboat crew rescues two kayakers',
    'Both were taken to hospital as a precaution after an hour in cold water near the point.',
  ),
  card(
    'Fish market to open on Sundays',
    'Traders say the extra day will bring visitors back to the old harbour this summer.',
  ),
  // An image card whose headline link has no text of its own.
  `<div><h3><a href="https://news.example/third"><img src="x.jpg" alt=""></a></h3><p>A blurb under a picture, teasing another story about the harbour.</p></div>`,
];

describe('removeTeaserCards', () => {
  it('removes cards with a linked headline and a blurb after the story', () => {
    const r = clean(removeTeaserCards, `${BODY}${BODY}<section>${TEASERS.join('')}</section>`);
    expect(r.text.split('\n')).toEqual([...STORY, ...STORY]);
    expect(r.reasons).toEqual(['related-links', 'related-links', 'related-links']);
    expect(keepsStory(r.text)).toBe(true);
  });

  it('removes cards whose headline sits in a <header> of its own', () => {
    const headed = (title: string, blurb: string) =>
      `<article><figure><img src="x.jpg" alt=""><figcaption>KICKER</figcaption></figure><header><h2><a href="https://news.example/${title.length}">${title}</a></h2></header><p>${blurb}</p></article>`;
    const tail = [
      headed('Death by train', 'Almost half of engineers have driven a train that killed someone.'),
      headed(
        'The life of a ball player',
        'The youngest brother has taken his show to Australia, far away.',
      ),
    ];
    const r = clean(removeTeaserCards, `${BODY}${BODY}<div>${tail.join('')}</div>`);
    expect(r.text.split('\n')).toEqual([...STORY, ...STORY]);
    expect(r.reasons).toEqual(['related-links', 'related-links']);
  });

  it('keeps the cards of a catalogue page, under a line of intro', () => {
    const r = clean(removeTeaserCards, `<p>${STORY[0]}</p><section>${TEASERS.join('')}</section>`);
    expect(r.removed).toEqual([]);
  });

  it('keeps a listicle: linked item headings that outweigh the text before them', () => {
    const items = STORY.map((p, i) => card(`Place number ${i + 1}`, `${p} ${p}`)).join('');
    const r = clean(removeTeaserCards, `<p>${STORY[0]}</p>${items}`);
    expect(r.removed).toEqual([]);
  });

  it('removes cards beside the story when they are a footnote to it', () => {
    const r = clean(removeTeaserCards, `${BODY}${BODY}${TEASERS.join('')}`);
    expect(r.text.split('\n')).toEqual([...STORY, ...STORY]);
  });

  it('keeps linked headings inside the story, before its last paragraph', () => {
    const r = clean(removeTeaserCards, `<p>${STORY[0]}</p>${TEASERS.slice(0, 2).join('')}${BODY}`);
    expect(r.removed).toEqual([]);
  });

  it('keeps one lone card, and section headings that link within the page', () => {
    const inPage = `<div><h3><a href="#part-2">Part two</a></h3><p>${STORY[1]}</p></div>`;
    const r = clean(removeTeaserCards, `${BODY}${BODY}${TEASERS[0]}${inPage}`);
    expect(r.removed).toEqual([]);
  });
});
