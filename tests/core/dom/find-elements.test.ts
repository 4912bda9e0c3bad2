import { describe, expect, it } from 'vitest';
import {
  attributeLookup,
  byAttribute,
  byTag,
  firstByTag,
} from '../../../src/core/dom/find-elements.ts';
import { STOP, walkElements } from '../../../src/core/dom/walk-elements.ts';

const doc = (body: string): Document =>
  new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');

const PAGE = `
  <header><a rel="author" href="/a">Ann Lee</a><time pubdate datetime="2021-04-19">19 April</time></header>
  <main role="main"><article>
    <div itemprop="author" itemscope><span itemprop="name">Ann Lee</span></div>
    <p>Text <span pubdate="x">not a time</span></p>
    <meta itemprop="datePublished" content="2021-04-19T15:42:00Z">
  </article></main>
  <aside><span itemprop="name">Someone else</span></aside>`;

describe('walkElements', () => {
  it('visits every element in document order with its depth, and skips a subtree on request', () => {
    const d = doc('<div><p><b>x</b></p><ul><li>a</li></ul></div><footer><p>f</p></footer>');
    const seen: string[] = [];
    walkElements(d.body, (el, depth) => {
      seen.push(`${el.localName}${depth}`);
      return el.localName === 'ul';
    });
    expect(seen).toEqual(['div1', 'p2', 'b3', 'ul2', 'footer1', 'p2']);
  });

  it('ends the walk when a visitor answers STOP', () => {
    const d = doc('<div><p><b>x</b></p></div><ul><li>a</li></ul>');
    const seen: string[] = [];
    walkElements(d.body, (el) => {
      seen.push(el.localName);
      return el.localName === 'b' ? STOP : false;
    });
    expect(seen).toEqual(['div', 'p', 'b']);
  });

  it('finds the elements selector queries find, in the same order', () => {
    const d = doc(PAGE);
    const walked: Element[] = [];
    walkElements(d.documentElement, (el) => void walked.push(el));
    expect(walked).toEqual(Array.from(d.querySelectorAll('html *')));
  });
});

describe('element lookups', () => {
  it('byTag and firstByTag match getElementsByTagName', () => {
    const d = doc(PAGE);
    expect(byTag(d, 'span')).toEqual(Array.from(d.querySelectorAll('span')));
    expect(firstByTag(d, 'article')).toBe(d.querySelector('article'));
    expect(firstByTag(d, 'table')).toBeNull();
  });

  it('byAttribute matches the equivalent selector, values exact, `true` for any value', () => {
    const d = doc(PAGE);
    expect(byAttribute(d, { rel: ['author'], itemprop: ['author'] })).toEqual(
      Array.from(d.querySelectorAll('[rel="author"], [itemprop="author"]')),
    );
    expect(byAttribute(d, { pubdate: true })).toEqual(Array.from(d.querySelectorAll('[pubdate]')));
    expect(byAttribute(d, { itemprop: ['Author'] })).toEqual([]);
    expect(byAttribute(d, { itemprop: true }, 2)).toHaveLength(2);
  });

  it('attributeLookup answers like byAttribute, walking the page once for all its attributes', () => {
    const d = doc(PAGE);
    const find = attributeLookup(d, ['itemprop', 'rel', 'pubdate', 'role']);
    const wanted: Record<string, readonly string[] | true>[] = [
      { rel: ['author'], itemprop: ['author', 'name'] },
      { itemprop: ['datePublished'], pubdate: true },
      { role: ['main'] },
      { property: ['og:title'] }, // not among its attributes: falls back to its own walk
    ];
    for (const w of wanted) expect(find(w)).toEqual(byAttribute(d, w));
    expect(find({ itemprop: true }, 1)).toEqual(byAttribute(d, { itemprop: true }, 1));
  });
});
