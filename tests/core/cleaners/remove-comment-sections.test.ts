import { describe, expect, it } from 'vitest';
import { removeCommentSections } from '../../../src/core/cleaners/remove-comment-sections.ts';
import { BODY, clean, keepsStory } from './clean-snippet.ts';

describe('removeCommentSections', () => {
  it('removes a comment section after the text, from its heading to the end', () => {
    const r = clean(
      removeCommentSections,
      `${BODY}<h3>Leave a Reply</h3><p>Jo</p><p>Great piece</p><p>Sam</p><p>Agreed</p>`,
    );
    expect(r.removed).toEqual(['Leave a Reply', 'Jo', 'Great piece', 'Sam', 'Agreed']);
    expect(new Set(r.reasons)).toEqual(new Set(['comments']));
    expect(keepsStory(r.text)).toBe(true);
  });

  it('keeps a "Comments" heading followed by more of the article', () => {
    const r = clean(removeCommentSections, `<h2>Comments</h2>${BODY}`);
    expect(r.removed).toEqual([]);
  });
});
