/**
 * The size guard on the extreme pages. Budget (stated in SECURITY.md): a page past 200,000
 * elements, 300 levels of nesting or 1,500,000 characters of text is refused with `too-large`
 * after one linear walk; anything smaller is extracted. Times are measured by
 * scripts/budget-check.ts, not asserted here.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract-article.ts';
import { DEFAULT_LIMITS, guardDocument, measureDocument } from '../../src/core/guard-budget.ts';
import { hostileFixture, nestedPage, paragraphsPage, quotesParagraphPage } from './pages.ts';

const URL = 'https://news.example/story';
const parse = (html: string) => new JSDOM(html, { url: URL }).window.document;

describe('guard-budget', () => {
  it('refuses the 30,000-paragraph page for its text size', () => {
    const refused = guardDocument(parse(paragraphsPage(30_000)));
    expect(refused?.reason).toBe('too-large');
    expect(refused?.message).toMatch(/characters of text/);
  });

  it('refuses the 5,000-deep page for its nesting', () => {
    const doc = parse(nestedPage(5_000));
    expect(measureDocument(doc)).toEqual({ over: 'maxDepth', value: DEFAULT_LIMITS.maxDepth + 1 });
    expect(guardDocument(doc)?.message).toMatch(/nested more than 300 deep/);
  });

  it('counts depth exactly: the limit itself passes, one more fails', () => {
    // html > body > main > article > N divs > p: the p sits at depth N + 5.
    const doc = parse(nestedPage(20));
    expect(measureDocument(doc, { ...DEFAULT_LIMITS, maxDepth: 25 }).over).toBeNull();
    expect(measureDocument(doc, { ...DEFAULT_LIMITS, maxDepth: 24 }).over).toBe('maxDepth');
  });

  it('honours the core maxElements option', () => {
    const doc = parse(paragraphsPage(50));
    expect(guardDocument(doc, { maxElements: 40 })?.message).toMatch(/more than 40 elements/);
    expect(guardDocument(doc)).toBeNull();
  });

  it('does not count script text (inline JSON can be megabytes on real news sites)', () => {
    const json = `<script type="application/json">${'x'.repeat(2_000_000)}</script>`;
    expect(guardDocument(parse(`<!doctype html><body><p>story</p>${json}</body>`))).toBeNull();
  });

  it.each(['script-payloads.html', 'hostile-metadata.html', 'rtl.html', 'spa-rewrite.html'])(
    'lets an ordinary page through: %s',
    (name) => {
      expect(guardDocument(parse(hostileFixture(name)))).toBeNull();
    },
  );

  it('a page of 2,000 quotes in one paragraph is extracted with every quote', () => {
    const result = extractArticle(parse(quotesParagraphPage(2_000)), { url: URL });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.quotes).toHaveLength(2_000);
    expect(result.article.quotes[1_999]!.text).toBe('We stayed 1999,');
  });

  it('a 300-deep page just under the limit is still extracted', () => {
    const doc = parse(nestedPage(DEFAULT_LIMITS.maxDepth - 10));
    expect(guardDocument(doc)).toBeNull();
    const result = extractArticle(doc, { url: URL });
    expect(result.ok).toBe(true);
  });

  it('the core alone on the 5,000-deep page stops without throwing (today: an error result)', () => {
    // Until guard-budget is wired in, the stack overflows inside the core and the catch-all
    // turns it into `error`; with the guard it is `too-large` before any work.
    const result = extractArticle(parse(nestedPage(5_000)), { url: URL });
    expect(result.ok).toBe(false);
  });
});
