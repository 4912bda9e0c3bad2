import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/index.ts';

const SAMPLE = join(import.meta.dirname, '../../../samples/huawei-5g.html');
const URL = 'https://harbourcourier.example/uk/20210419/trump-johnson-huawei-betrayal-5g.html';
const TITLE = "Trump calls Johnson's Huawei decision a 'betrayal'";

function header(html: string) {
  const doc = new JSDOM(html, { url: URL }).window.document;
  const result = extractArticle(doc, { url: URL, now: new Date('2021-04-20T12:00:00Z') });
  if (!result.ok) throw new Error(`no article: ${result.message}`);
  return result.article;
}

describe('the bundled sample article header', () => {
  it('has the headline without the site name and the seed story date', () => {
    const article = header(readFileSync(SAMPLE, 'utf8'));
    expect(article.title).toBe(TITLE);
    expect(article.published).toBe('2021-04-19T15:42:00Z');
    expect(article.siteName).toBe('The Harbour Courier');
  });

  it('still finds the date from the visible dateline when the page carries no date metadata', () => {
    const bare = readFileSync(SAMPLE, 'utf8')
      .replace(/<meta[^>]*(?:published|modified)_time[^>]*>/g, '')
      .replace(/<script type="application\/ld\+json">[^]*?<\/script>/g, '')
      .replace(/\sdatetime="[^"]*"/g, '');
    expect(bare).not.toContain('2021-04-19T');
    const article = header(bare);
    expect(article.title).toBe(TITLE);
    expect(article.published).toBe('2021-04-19T15:42:00Z');
  });
});

// The sample is part of the product (it ships for `npm start`), so it must exist.
it('the sample exists', () => {
  expect(existsSync(SAMPLE)).toBe(true);
});

describe('sample article header: no byline that only repeats the site', () => {
  it('drops an Organization author equal to the site name', () => {
    const html = readFileSync(SAMPLE, 'utf8');
    const result = extractArticle(
      new JSDOM(html, { url: 'https://harbourcourier.example/x' }).window.document,
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.article.siteName).toBe('The Harbour Courier');
    expect(result.article.byline).toBeNull();
  });
});
