import { describe, expect, it } from 'vitest';
import { lines, load, pick } from './fixture-pages.ts';
import { blockText } from '../../../src/core/block-text.ts';
import { extractArticle } from '../../../src/core/extract-article.ts';
import { recoverContent } from '../../../src/core/recover/index.ts';

// Pages of our own writing, each built so that plain Readability 0.6.0 misses part of the story
// (or, for the negatives, gets it right while the page holds plenty of other prose).

describe('recoverContent', () => {
  it('brings back story blocks Readability dropped for their class names', () => {
    const doc = load('widget-blocks.html');
    const body = pick(doc);
    // The premise: plain Readability loses the five plant descriptions.
    expect(blockText(body)).not.toContain('ZZ plant');
    const out = recoverContent(doc, body);
    expect(out).not.toBeNull();
    const text = lines(out!);
    for (const name of ['Snake plant', 'ZZ plant', 'Cast-iron plant', 'Peace lily', 'Pothos']) {
      expect(text).toContain(name);
    }
    // What Readability kept is still there, in order, and no page chrome came back.
    expect(text.indexOf('Snake plant')).toBeGreaterThan(
      text.findIndex((l) => l.startsWith('Winter light is thin')),
    );
    expect(text.findIndex((l) => l.startsWith('Whatever you choose'))).toBe(text.length - 1);
    expect(blockText(out!)).not.toMatch(/Garden Notes|All rights reserved|Tools/);
    // Built in the pick's document, images with absolute addresses.
    expect(out!.ownerDocument).toBe(body.ownerDocument);
    expect(out!.querySelector('img')?.getAttribute('src')).toBe(
      'https://news.example/img/snake.jpg',
    );
  });

  it('joins a story split into sibling blocks, without the teasers beside it', () => {
    const doc = load('split-story.html');
    const body = pick(doc);
    expect(blockText(body)).not.toContain('Engineers expect the bridge to reopen');
    const out = recoverContent(doc, body);
    expect(out).not.toBeNull();
    const text = blockText(out!);
    expect(text).toContain('Engineers expect the bridge to reopen in July.');
    expect(text).toContain('Not everyone is happy.');
    expect(text).toContain('Maria Santos');
    expect(text).not.toContain('Lifeboat crew rescues');
    expect(text).not.toContain('double the number of spaces');
    expect(text).not.toMatch(/Bay News|All rights reserved|Sport/);
  });

  it('leaves a right pick alone when the rest of the article is comments and teasers', () => {
    const doc = load('story-with-comments.html');
    const body = pick(doc);
    expect(blockText(body)).toContain('The city council voted on Thursday');
    expect(recoverContent(doc, body)).toBeNull();
  });

  it('leaves the source page untouched', () => {
    const doc = load('split-story.html');
    const before = doc.documentElement.outerHTML;
    recoverContent(doc, pick(doc));
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('recoverContent: section headings', () => {
  it('puts back the headings Readability dropped for a "header" class, before their paragraphs', () => {
    const doc = load('dropped-headings.html');
    const body = pick(doc);
    // The premise: plain Readability keeps the paragraphs but drops the story's headings.
    expect(blockText(body)).toContain('The captain has worked the night route');
    expect(lines(body)).not.toContain('The crew');
    recoverContent(doc, body);
    const text = lines(body);
    const at = (start: string) => text.findIndex((l) => l.startsWith(start));
    expect(at('The crew')).toBe(at('The captain has worked') - 1);
    expect(at('The passengers')).toBe(at('Most of the passengers') - 1);
    expect(at('What comes next')).toBe(at('The harbour authority has promised') - 1);
    // Each once, with its rank, and no anchor text with it.
    expect(text.filter((l) => l === 'The crew')).toHaveLength(1);
    expect(body.querySelector('h3')?.textContent).toBe('The crew');
    expect(blockText(body)).not.toContain('#');
  });

  it('leaves out hidden headings and headings over paragraphs Readability did not keep', () => {
    const doc = load('dropped-headings.html');
    const body = pick(doc);
    recoverContent(doc, body);
    const text = blockText(body);
    expect(text).not.toContain('Hidden heading');
    expect(text).not.toContain('Most read');
    expect(text).not.toContain('Lifeboat crew');
  });
});

describe('recoverContent: the opening paragraphs', () => {
  it('puts back the opening Readability scored apart, between the title and the text', () => {
    const doc = load('intro-apart.html');
    const body = pick(doc);
    // The premise: plain Readability keeps the body block and drops the opening one.
    expect(blockText(body)).not.toContain('For sixty years');
    recoverContent(doc, body);
    const text = lines(body);
    const at = (start: string) => text.findIndex((l) => l.startsWith(start));
    expect(at('For sixty years')).toBe(0);
    expect(at('What follows is the story')).toBe(1);
    expect(at('The old quay sheds')).toBe(2);
    // The caption above the opening, the sidebar and the footer stay out.
    expect(blockText(body)).not.toMatch(/first clinker dinghy on the slip|Lifeboat crew|Bay News/);
  });

  it('leaves a lone paragraph above the text alone: a standfirst, not a missed opening', () => {
    const doc = load('standfirst-apart.html');
    const body = pick(doc);
    recoverContent(doc, body);
    expect(blockText(body)).not.toContain('For sixty years');
  });
});

describe('extractArticle with recovery', () => {
  it('returns the whole split story, cleaned, as the article text', () => {
    const doc = load('split-story.html', 'https://bay.example/ferry');
    const result = extractArticle(doc, { url: 'https://bay.example/ferry', quotes: false });
    if (!result.ok) throw new Error(result.message);
    const text = result.article.text.split('\n');
    expect(text[text.length - 1]).toMatch(/^For now the queue at half past six/);
    expect(text.some((l) => l.startsWith('The harbour authority added a second boat'))).toBe(true);
    expect(result.article.text).not.toContain('More from the bay');
  });
});
