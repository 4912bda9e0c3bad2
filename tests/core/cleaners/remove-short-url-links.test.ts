import { describe, expect, it } from 'vitest';
import { removeShortUrlLinks } from '../../../src/core/cleaners/remove-short-url-links.ts';
import { BODY, clean, keepsStory } from './clean-snippet.ts';

describe('removeShortUrlLinks', () => {
  it.each([
    'Get short URL',
    'Copy link',
    'Kurzlink',
    'Copier le lien',
    'Copiar enlace',
    'Link kopiëren',
  ])('removes %j', (label) => {
    const r = clean(removeShortUrlLinks, `<p><span role="button">${label}</span></p>${BODY}`);
    expect(r.removed).toEqual([label]);
    expect(r.reasons).toEqual(['short-url']);
    expect(keepsStory(r.text)).toBe(true);
  });

  it('keeps a sentence about short URLs', () => {
    const html =
      '<p>Scammers often hide the real address behind a short URL, so hover before you click.</p>';
    const r = clean(removeShortUrlLinks, BODY + html);
    expect(r.removed).toEqual([]);
  });
});
