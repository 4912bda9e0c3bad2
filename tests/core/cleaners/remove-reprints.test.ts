import { describe, expect, it } from 'vitest';
import { removeReprints } from '../../../src/core/cleaners/remove-reprints.ts';
import { BODY, clean, keepsStory } from './clean-snippet.ts';

describe('removeReprints', () => {
  it.each([
    "<p><a href='/r'>Order Reprints</a> | <a href='/p'>Today’s Paper</a> | <a href='/s'>Subscribe</a></p>",
    '<p>Reprints</p>',
  ])('removes %s', (html) => {
    const r = clean(removeReprints, BODY + html);
    expect(r.reasons).toEqual(['reprints']);
    expect(keepsStory(r.text)).toBe(true);
  });

  it('keeps a sentence about reprints', () => {
    const r = clean(
      removeReprints,
      `${BODY}<p>The paper ordered reprints of the 1953 edition.</p>`,
    );
    expect(r.removed).toEqual([]);
  });
});
