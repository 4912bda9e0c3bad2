import { describe, expect, it } from 'vitest';
import { removeOrphanCaptions } from '../../../src/core/cleaners/remove-orphan-captions.ts';
import { BODY, clean, keepsStory } from './clean-snippet.ts';

describe('removeOrphanCaptions', () => {
  it('removes a figure whose image is gone, caption and all', () => {
    const r = clean(
      removeOrphanCaptions,
      `<figure><figcaption>The new ferry at the quay.</figcaption></figure>${BODY}`,
    );
    expect(r.removed).toEqual(['The new ferry at the quay.']);
    expect(r.reasons).toEqual(['orphan-caption']);
    expect(keepsStory(r.text)).toBe(true);
  });

  it('removes a figure left with only the credit of its missing image', () => {
    const r = clean(
      removeOrphanCaptions,
      `${BODY}<figure><span>Image copyright</span> <span>Getty Images</span><figcaption>The quay at dawn</figcaption></figure>`,
    );
    expect(r.reasons).toEqual(['orphan-caption']);
    expect(r.text.split('\n')).toHaveLength(3);
  });

  it.each([
    '<figure><img src="https://x.example/ferry.jpg" alt=""><figcaption>The new ferry.</figcaption></figure>',
    '<figure><picture><source srcset="https://x.example/f.webp"><img src="https://x.example/f.jpg" alt=""></picture><figcaption>The new ferry.</figcaption></figure>',
    '<figure><table><tr><td>07:00</td></tr></table><figcaption>Timetable.</figcaption></figure>',
    '<figure><blockquote>We listened.</blockquote><figcaption>The authority’s chair</figcaption></figure>',
  ])('keeps a caption with its image or table: %s', (html) => {
    const r = clean(removeOrphanCaptions, BODY + html);
    expect(r.removed).toEqual([]);
  });
});
