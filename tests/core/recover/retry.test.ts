import { describe, expect, it } from 'vitest';
import { lines, load, pick } from './fixture-pages.ts';
import { blockText } from '../../../src/core/block-text.ts';
import { recoverContent } from '../../../src/core/recover/index.ts';
import { ATTEMPTS, retryReadability } from '../../../src/core/recover/retry.ts';

// Pages of our own writing where plain Readability 0.6.0 keeps only the opening of the page's
// text: one of its heuristics (the unlikely-class strip with class weights, or the conditional
// cleaning) throws the rest away, and the pick is a small share of the page's prose.

describe('recoverContent: a pick that is a fragment of the page', () => {
  it('takes the list a "footer"-named block holds when the pick is only its introduction', () => {
    const doc = load('list-in-footer-block.html');
    const body = pick(doc);
    // The premise: Readability keeps the three paragraphs of introduction and none of the cards.
    expect(blockText(body)).toContain('The harbour has never had so many good places');
    expect(blockText(body)).not.toContain('Harbour Kitchen');
    const out = recoverContent(doc, body);
    expect(out).not.toBeNull();
    const text = lines(out!);
    const at = (start: string) => text.findIndex((l) => l.startsWith(start));
    expect(at('The harbour has never had')).toBe(0);
    for (const name of ['Harbour Kitchen', 'Salt and Smoke', 'Kettle Yard', 'Tide Table']) {
      expect(text).toContain(name);
    }
    expect(at('A beach hut with six stools')).toBeGreaterThan(at('Tide Table'));
    // The site's own header and footer stay out, and no class comes back with the retry.
    expect(blockText(out!)).not.toMatch(/All rights reserved|Guides|Bay Eats is/);
    expect(out!.querySelector('[class]')).toBeNull();
    expect(out!.ownerDocument).toBe(body.ownerDocument);
  });

  it('takes the blocks the conditional cleaning dropped for their credit links', () => {
    const doc = load('cleaned-cards.html');
    const body = pick(doc);
    expect(blockText(body)).toContain('Webcams let you see the park');
    expect(blockText(body)).not.toContain('The falls drop more than');
    const out = recoverContent(doc, body);
    expect(out).not.toBeNull();
    const text = blockText(out!);
    expect(text).toContain('Webcams let you see the park');
    for (const start of ['The falls drop more than', 'This camera stands on a dome']) {
      expect(text).toContain(start);
    }
    expect(text).not.toMatch(/Privacy|Plan your visit/);
  });

  it('runs Readability again only on a pick that is a fragment of the page', () => {
    let copies = 0;
    const counting = (doc: Document) => () => {
      copies++;
      return doc.cloneNode(true) as Document;
    };
    // A story whose paragraphs Readability all kept: the page's other prose is a caption and a
    // sidebar, far shorter than the pick, so no copy of the page is made.
    const whole = load('dropped-headings.html');
    recoverContent(whole, pick(whole), counting(whole));
    expect(copies).toBe(0);
    const fragment = load('list-in-footer-block.html');
    expect(recoverContent(fragment, pick(fragment), counting(fragment))).not.toBeNull();
    expect(copies).toBeGreaterThan(0);
  });

  it('does not count a comment thread as story the pick missed', () => {
    // The comments outweigh the story; without them the page's other prose is two teasers.
    let copies = 0;
    const doc = load('story-with-comments.html');
    const fresh = () => {
      copies++;
      return doc.cloneNode(true) as Document;
    };
    expect(recoverContent(doc, pick(doc), fresh)).toBeNull();
    expect(copies).toBe(0);
  });

  it('drops the comment thread a retry without class tests keeps', () => {
    const doc = load('story-with-comments.html');
    const keep = new Set([
      'The city council voted on Thursday to turn the old tram depot into a covered market, ending ten years of argument about one of the largest empty buildings in the centre.',
    ]);
    for (const flags of ATTEMPTS) {
      const out = retryReadability(doc.cloneNode(true) as Document, flags, doc, keep);
      expect(blockText(out!)).toContain('The city council voted on Thursday');
      expect(blockText(out!)).not.toMatch(/Reader \d|grandfather worked in the depot/);
      expect(out!.querySelector('[class]')).toBeNull();
    }
  });

  it('leaves the source page untouched', () => {
    const doc = load('list-in-footer-block.html');
    const before = doc.documentElement.outerHTML;
    recoverContent(doc, pick(doc));
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
