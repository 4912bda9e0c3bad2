import { describe, expect, it } from 'vitest';
import { removeFillerText } from '../../../src/core/cleaners/remove-filler-text.ts';
import { BODY, STORY, clean, keepsStory } from './clean-snippet.ts';

const LOREM =
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.';

describe('removeFillerText', () => {
  it('removes dummy text and its template labels from a real page', () => {
    const r = clean(
      removeFillerText,
      `${BODY}<h3>Head Line 1</h3><p>${LOREM}</p><ul><li>Lorem ipsum 1</li><li>Lorem ipsum 2</li></ul><h3>Heading Line</h3><p>${LOREM}</p>`,
    );
    expect(r.text.split('\n')).toEqual(STORY);
    expect(new Set(r.reasons)).toEqual(new Set(['placeholder']));
    expect(keepsStory(r.text)).toBe(true);
  });

  it('keeps a page that is nothing but filler: it is all there is to read', () => {
    const r = clean(removeFillerText, `<h1>Title</h1><p>${LOREM}</p><p>${LOREM}</p>`);
    expect(r.removed).toEqual([]);
  });

  it('keeps text that mentions lorem ipsum, and real headings named like labels elsewhere', () => {
    const about = `<p>Designers have used lorem ipsum as stand-in text since the 1960s, when Letraset sheets made it common.</p>`;
    const r = clean(removeFillerText, `${BODY}<h2>Title</h2>${about}`);
    expect(r.removed).toEqual([]);
  });
});
