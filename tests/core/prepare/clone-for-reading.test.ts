import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { measureDocument } from '../../../src/core/guard-budget.ts';
import { cloneWithout, readingCloner } from '../../../src/core/prepare/clone-for-reading.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const PAGES = {
  'site chrome fixture': 'tests/fixtures/prepare/site-chrome.html',
  'sample article': 'samples/huawei-5g.html',
};
const load = (file: string): Document =>
  new JSDOM(readFileSync(join(ROOT, file), 'utf8'), { url: 'https://news.example/2021/story' })
    .window.document;

/** The clone extraction makes, planned on the size guard's walk as extractArticle does. */
function readingClone(source: Document): Document {
  const cloner = readingCloner();
  const measured = measureDocument(source, undefined, cloner.visit);
  if (measured.over) throw new Error('fixture over the size limits');
  return cloner.clone(source, measured.text);
}

describe('readingCloner', () => {
  it.each(Object.entries(PAGES))(
    '%s: the copy is the page minus scripts, styles and site chrome',
    (_name, file) => {
      const source = load(file);
      const before = source.documentElement.outerHTML;
      const copy = readingClone(source);
      expect(copy.querySelectorAll('script, style, link, nav, svg')).toHaveLength(0);
      // The same as copying everything and removing those parts afterwards.
      const expected = source.cloneNode(true) as Document;
      for (const el of expected.querySelectorAll('script, style, link, nav, svg')) el.remove();
      for (const el of expected.querySelectorAll('aside, footer')) {
        if (!el.closest('article, main')) el.remove();
      }
      expect(copy.documentElement.outerHTML).toBe(expected.documentElement.outerHTML);
      expect(source.documentElement.outerHTML).toBe(before);
    },
  );

  it('keeps the URL, the doctype and the language, so links resolve as on the page', () => {
    const copy = readingClone(load(PAGES['site chrome fixture']));
    expect(copy.URL).toBe('https://news.example/2021/story');
    expect(copy.doctype?.name).toBe('html');
    expect(copy.compatMode).toBe('CSS1Compat');
    expect(copy.documentElement.lang).toBe('en');
    expect((copy.querySelector('a[href="/"]') as HTMLAnchorElement | null)?.href).toBe(
      'https://news.example/',
    );
  });
});

describe('cloneWithout', () => {
  it('copies template contents and comments whole, and is a plain deep clone when nothing is left out', () => {
    const source = new JSDOM(
      '<!doctype html><body><!-- note --><template id="B:0"><p>Streamed</p></template><div><script>x()</script><p>Kept</p></div></body>',
    ).window.document;
    const none = cloneWithout(source, []);
    expect(none.documentElement.outerHTML).toBe(source.documentElement.outerHTML);
    const copy = cloneWithout(source, [source.querySelector('script')!]);
    expect(copy.body.innerHTML).toBe(
      '<!-- note --><template id="B:0"><p>Streamed</p></template><div><p>Kept</p></div>',
    );
    expect((copy.querySelector('template') as HTMLTemplateElement).content.textContent).toBe(
      'Streamed',
    );
  });
});
