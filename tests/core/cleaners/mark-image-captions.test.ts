import { describe, expect, it } from 'vitest';
import { markImageCaptions } from '../../../src/core/cleaners/mark-image-captions.ts';
import { BODY, clean, keepsStory } from './clean-snippet.ts';

const IMG = '<img src="https://x.example/quay.jpg" alt="">';

describe('markImageCaptions', () => {
  it('makes the short line after a bare image its figcaption, removing nothing', () => {
    const r = clean(
      markImageCaptions,
      `${BODY}<div>${IMG}</div><p>The new quay at dawn (Image: Jo Bloggs)</p>${BODY}`,
    );
    const figure = r.root.querySelector('figure');
    expect(figure?.querySelector('img')).not.toBeNull();
    expect(figure?.querySelector('figcaption')?.textContent).toBe(
      'The new quay at dawn (Image: Jo Bloggs)',
    );
    expect(r.removed).toEqual([]);
  });

  it.each([
    ['a long paragraph after an image', `<div>${IMG}</div>${BODY}`],
    ['a heading after an image', `<p>${IMG}</p><h2>What changes</h2>${BODY}`],
    ['an image already in a figure', `<figure>${IMG}</figure><p>Short line.</p>${BODY}`],
    [
      'a sentence after an image',
      `<div>${IMG}</div><p>Boats now leave every twenty minutes.</p>${BODY}`,
    ],
    [
      'a Chinese line after an image',
      `<div>${IMG}</div><p>玉峰道路一路上雲氣山嵐滯留山頭</p>${BODY}`,
    ],
    ['an image with text beside it', `<p>${IMG} The new quay.</p><p>Short line.</p>${BODY}`],
  ])('leaves %s as it is', (_name, html) => {
    const r = clean(markImageCaptions, html);
    expect(r.root.querySelector('figcaption')).toBeNull();
    expect(keepsStory(r.text)).toBe(true);
  });
});
