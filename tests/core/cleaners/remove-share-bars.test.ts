import { describe, expect, it } from 'vitest';
import { removeShareBars } from '../../../src/core/cleaners/remove-share-bars.ts';
import { BODY, STORY, clean, keepsStory } from './clean-snippet.ts';

describe('removeShareBars', () => {
  it.each([
    [
      'share-endpoint links',
      '<ul><li><a href="https://www.facebook.com/sharer/sharer.php?u=x">f</a></li><li><a href="https://twitter.com/intent/tweet?url=x">t</a></li></ul>',
    ],
    ['share words', '<p>Share</p><p>Tweet</p><p>Submit</p>'],
    ['share words with counts', '<div>Facebook 12 | Twitter 3 | WhatsApp | Email</div>'],
    ['a prompt', '<p>Like this story? Share it with a friend!</p>'],
    ['German', '<p>Teilen Drucken Versenden</p>'],
    ['a follow prompt', '<p>Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.</p>'],
    ['a French follow prompt', '<p>Suivez-nous sur Facebook et Instagram</p>'],
  ])('removes %s', (_name, bar) => {
    const r = clean(removeShareBars, BODY + bar);
    expect(r.reasons.length).toBeGreaterThan(0);
    expect(new Set(r.reasons)).toEqual(new Set(['share-bar']));
    expect(r.text.split('\n')).toHaveLength(3);
    expect(keepsStory(r.text)).toBe(true);
  });

  it('removes an inline "Click To Tweet" and keeps its sentence', () => {
    const r = clean(
      removeShareBars,
      `${BODY}<p>Small steps add up over a year.<a href="https://twitter.com/intent/tweet?text=x">Click To Tweet</a></p>`,
    );
    expect(r.text).toContain('Small steps add up over a year.');
    expect(r.text).not.toContain('Click To Tweet');
  });

  it.each([
    '<p>She shared the post on Facebook and Twitter before deleting it an hour later, her lawyer said.</p>',
    '<p>Email</p><p>Her email to the council, seen by this newspaper, asked for the report to be published in full.</p>',
    '<ul><li><a href="https://example.org/report.pdf">The full report</a></li><li><a href="https://example.org/data.csv">The data</a></li></ul>',
  ])('keeps %s', (html) => {
    const r = clean(removeShareBars, BODY + html);
    expect(r.text).toContain(
      html
        .replace(/<[^>]+>/g, '\n')
        .split('\n')
        .filter(Boolean)
        .at(-1),
    );
    expect(keepsStory(r.text)).toBe(true);
  });

  it.each([
    ['a view counter', '<p>1,693 views</p>'],
    ['an Italian counter split over two lines', '<div><span>2.289</span></div><div>letture</div>'],
  ])('removes %s', (_name, html) => {
    const r = clean(removeShareBars, html + BODY);
    expect(r.reasons.every((x) => x === 'share-bar')).toBe(true);
    expect(r.text.split('\n')).toEqual(STORY);
  });

  it.each([
    ['a heading about views', '<h3>Views</h3><p>The harbour from the hill.</p>'],
    [
      'a table column of views',
      '<table><tr><td>Clip</td><td>120</td><td>Views</td></tr><tr><td>Ferry</td><td>4</td><td>Views</td></tr></table>',
    ],
  ])('keeps %s', (_name, html) => {
    const r = clean(removeShareBars, BODY + html);
    expect(r.removed).toEqual([]);
  });
});
