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

  it('does nothing without a known author', () => {
    const r = clean(removeAuthorBios, `${BODY}<p>Phil Helsel is a reporter for NBC News.</p>`);
    expect(r.removed).toEqual([]);
  });
});
