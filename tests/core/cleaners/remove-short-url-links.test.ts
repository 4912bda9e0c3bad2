import { describe, expect, it } from 'vitest';
import { removeShortUrlLinks } from '../../../src/core/cleaners/remove-short-url-links.ts';
import { BODY, STORY, clean, keepsStory } from './clean-snippet.ts';

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

  const url = 'https://www.bay-news.example/harbour/article/New-ferry-timetable-14847624.php';

  it('removes the page’s own address printed at its head', () => {
    const r = clean(removeShortUrlLinks, `<div><span>${url}</span></div>${BODY}`, {
      url: `${url}?ref=rss`,
    });
    expect(r.reasons).toEqual(['short-url']);
    expect(r.text.split('\n')).toEqual(STORY);
  });

  it.each([
    ['another page’s address', '<p>https://www.bay-news.example/harbour/timetable.pdf</p>'],
    ['the address inside a sentence', `<p>The full story is at ${url} for subscribers.</p>`],
  ])('keeps %s', (_name, html) => {
    const r = clean(removeShortUrlLinks, BODY + html, { url });
    expect(r.removed).toEqual([]);
  });
});
