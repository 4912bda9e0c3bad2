import { describe, expect, it } from 'vitest';
import { removeCommunityLinks } from '../../../src/core/cleaners/remove-community-links.ts';
import { BODY, clean, keepsStory } from './clean-snippet.ts';

describe('removeCommunityLinks', () => {
  it.each([
    '<p><span>Community standards</span><span>Discussion</span></p>',
    '<p><a href="#comments">48 comments</a></p>',
    '<p>Kommentare (3)</p>',
    '<p>Laisser un commentaire</p>',
    '<p>Comentarios</p>',
    '<p>Lascia un commento</p>',
    '<p>Deixe seu comentário</p>',
    '<p>Plaats een reactie</p>',
    '<p>Comments are closed for this post, but if you have spotted an error, feel free to contact us.</p>',
    '<p>By posting a comment, you consent to have your personal information collected and used in accordance with our privacy policy.</p>',
    '<p>Your email address will not be published. Required fields are marked *</p>',
  ])('removes %s', (html) => {
    const r = clean(removeCommunityLinks, BODY + html);
    expect(r.reasons).toEqual(['community-links']);
    expect(r.text.split('\n')).toHaveLength(3);
  });

  it.each([
    '<p>Comments from residents were overwhelmingly positive, the council said.</p>',
    '<h2>Discussion of the results</h2>',
    '<p>Comments by the harbour master were closed to the press, and the minutes were not published.</p>',
  ])('keeps %s', (html) => {
    const r = clean(removeCommunityLinks, BODY + html);
    expect(r.removed).toEqual([]);
    expect(keepsStory(r.text)).toBe(true);
  });
});
