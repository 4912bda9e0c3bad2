import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isProbablyArticle } from '../../../src/core/detect/is-probably-article.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/detect');

function detect(name: string, url: string, isVisible?: (el: Element) => boolean) {
  const html = readFileSync(join(FIXTURES, name), 'utf8');
  // jsdom needs a valid URL; detection gets the one under test, however broken.
  const doc = new JSDOM(html, { url: URL.canParse(url) ? url : 'https://x.example/' }).window
    .document;
  return isProbablyArticle(doc, isVisible ? { url, isVisible } : { url });
}

const codes = (result: { reasons: { code: string }[] }): string[] =>
  result.reasons.map((r) => r.code);

describe('isProbablyArticle: articles', () => {
  it('says yes to a news article and explains why, strongest reason first', () => {
    const result = detect('article-news.html', 'https://courier.example/news/2024/05/timetable');
    expect(result.isArticle).toBe(true);
    expect(result.reasons[0]).toMatchObject({ code: 'readerable', text: 'Enough readable text' });
    expect(codes(result)).toEqual(
      expect.arrayContaining([
        'json-ld-news-article',
        'og-article',
        'article-element',
        'paragraphs',
      ]),
    );
    expect(result.reasons.find((r) => r.code === 'json-ld-news-article')?.text).toBe(
      'Marked as a news article (JSON-LD)',
    );
    // The sign-in form lives in a dialog: it does not make the page a login page.
    expect(codes(result)).not.toContain('login-form');
  });

  it('says yes to a plain page of prose without any metadata', () => {
    const result = detect('article-plain.html', 'https://blog.example/2024/allotment');
    expect(result).toMatchObject({ isArticle: true });
    expect(result.score).toBeGreaterThanOrEqual(3);
  });

  it('puts a count in the paragraphs reason', () => {
    const result = detect('article-news.html', 'https://courier.example/news/2024/05/timetable');
    expect(result.reasons.find((r) => r.code === 'paragraphs')).toMatchObject({
      count: 5,
      text: 'Has 5 paragraphs of text',
    });
  });

  it('keeps WordPress-style "/?p=123" articles (a query makes "/" not the root)', () => {
    expect(detect('article-plain.html', 'https://blog.example/?p=123').isArticle).toBe(true);
  });
});

describe('isProbablyArticle: not articles', () => {
  it.each([
    ['home-page.html', 'https://courier.example/', 'site-root'],
    ['home-page.html', 'https://courier.example/index.html', 'site-root'],
    ['home-page.html', 'https://courier.example/en/', 'site-root'],
    ['home-page.html', 'https://courier.example/news/', 'many-teasers'],
    ['article-news.html', 'https://courier.example/?utm_source=feed', 'site-root'],
    ['search-results.html', 'https://courier.example/search?q=timetable', 'search-page'],
    ['search-results.html', 'https://courier.example/?s=timetable', 'search-page'],
    ['search-results.html', 'https://courier.example/archive?page=2', 'json-ld-listing'],
    ['login.html', 'https://courier.example/account/login', 'login-form'],
    ['empty.html', 'https://courier.example/app/story', 'empty-page'],
    ['gallery.html', 'https://courier.example/pictures/2024/spring-fair', 'gallery'],
    ['article-news.html', 'file:///home/me/article.html', 'not-web-page'],
    ['article-news.html', 'about:reader?url=x', 'not-web-page'],
    ['article-news.html', 'not a url', 'not-web-page'],
  ])('%s at %s → no (%s)', (name, url, code) => {
    const result = detect(name, url);
    expect(result.isArticle).toBe(false);
    expect(codes(result)).toContain(code);
    expect(result.score).toBeLessThan(3);
  });

  it('puts the reason that decided it first', () => {
    expect(detect('home-page.html', 'https://courier.example/').reasons[0]).toEqual({
      code: 'site-root',
      text: 'Home page of the site',
      weight: -100,
    });
  });
});

describe('isProbablyArticle: injected visibility', () => {
  it('asks the injected checker, so text the layout hides does not count', () => {
    const url = 'https://blog.example/2024/allotment';
    const seen: string[] = [];
    const hidden = (el: Element): boolean => {
      seen.push(el.localName);
      return el.localName !== 'p';
    };
    expect(detect('article-plain.html', url).isArticle).toBe(true);
    const result = detect('article-plain.html', url, hidden);
    expect(seen).toContain('p');
    expect(result.isArticle).toBe(false);
    expect(codes(result)).toContain('not-readerable');
  });
});
