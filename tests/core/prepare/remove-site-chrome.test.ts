import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract-article.ts';
import { removeSiteChrome } from '../../../src/core/prepare/remove-site-chrome.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/prepare');
const fixture = (name: string): Document =>
  new DOMParser().parseFromString(readFileSync(join(DIR, name), 'utf8'), 'text/html');

describe('removeSiteChrome', () => {
  it('removes the menus, the sidebar, the site footer and every icon', () => {
    const d = fixture('site-chrome.html');
    removeSiteChrome(d);
    expect(d.querySelectorAll('nav, svg, .sidebar, .site-footer')).toHaveLength(0);
    expect(d.body.textContent).not.toMatch(/Most read|All rights reserved|Sailing|Privacy/);
  });

  it("keeps the article's own fact box and notes, and every paragraph of the story", () => {
    const d = fixture('site-chrome.html');
    const story = [...d.querySelectorAll('article p')].map((p) => p.textContent);
    removeSiteChrome(d);
    expect(d.querySelector('.fact-box')?.textContent).toContain('1,900 passengers');
    expect(d.querySelector('.article-notes')?.textContent).toContain('amended on 3 May');
    expect([...d.querySelectorAll('article p')].map((p) => p.textContent)).toEqual(story);
  });

  it('keeps a landmark that holds the story itself', () => {
    const d = fixture('story-in-aside.html');
    removeSiteChrome(d);
    expect(d.querySelector('aside')?.textContent).toContain('112 steps');
    expect(d.querySelector('nav')).toBeNull();
  });

  it('leaves extraction of the story whole', () => {
    const result = extractArticle(fixture('site-chrome.html'), { url: 'https://news.example/s' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const words of ['05:40', 'third early sailing', 'amended on 3 May']) {
      expect(result.article.text).toContain(words);
    }
    expect(result.article.text).not.toMatch(/Most read|All rights reserved|Sailing\b/);
  });
});
