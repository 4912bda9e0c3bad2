import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleToHtmlFile, fileNameFor } from '../../src/reader/export-file.ts';
import { articleToMarkdown } from '../../src/reader/export-markdown.ts';
import { renderArticle } from '../../src/reader/render-article.ts';
import { renderState, withDelayedLoading } from '../../src/reader/states.ts';
import { sampleArticle } from './fixtures.ts';
import { t } from './translate.ts';

describe('export', () => {
  const article = sampleArticle({ title: 'Talks collapse' });
  const root = renderArticle(document, article, { t });
  const body = root.querySelector('.dc-body')!;

  it('writes Markdown with the header, the quotes as the article has them, and no notes', () => {
    const md = articleToMarkdown(article, body);
    expect(
      md.startsWith(
        '# Talks collapse\n\n*Ana Ruiz · The Example · 2021-04-19*\n\n<https://news.example/story>',
      ),
    ).toBe(true);
    expect(md).toContain('The minister said: “We will not sign.”');
    expect(md).toContain('> Not now, not ever.');
    expect(md).not.toContain('Quote by');
    expect(md).not.toContain('alert');
  });

  it('exports a marked title as plain text, and keeps its marks in the saved page', () => {
    const marked = sampleArticle({
      title: 'Talks collapse: ‘Not now’',
      titleHtml:
        'Talks collapse: <q class="dc-quote" data-kind="speech" data-speaker="Jo Park" data-quote-id="dc-q-t1">‘Not now’</q>',
    });
    const markedRoot = renderArticle(document, marked, { t });
    const md = articleToMarkdown(marked, markedRoot.querySelector('.dc-body')!);
    expect(md.startsWith('# Talks collapse: ‘Not now’\n')).toBe(true);
    const saved = new DOMParser().parseFromString(
      articleToHtmlFile(marked, markedRoot, ''),
      'text/html',
    );
    expect(saved.title).toBe('Talks collapse: ‘Not now’');
    expect(saved.querySelector('h1 q[data-quote-id="dc-q-t1"]')?.textContent).toBe('‘Not now’');
    expect(fileNameFor(marked.title, 'md')).toBe('Talks-collapse-Not-now.md');
  });

  it('saves one self-contained HTML file: styles inline, no script, link to the source', () => {
    const html = articleToHtmlFile(article, root, '.dc-app{color:red}');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.title).toBe('Talks collapse');
    expect(doc.querySelector('style')?.textContent).toBe('.dc-app{color:red}');
    expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(
      'https://news.example/story',
    );
    expect(doc.querySelector('script, [tabindex]')).toBeNull();
    expect(doc.querySelector('q[data-speaker="Jo Park"]')).not.toBeNull();
  });

  it('saves the theme and typography of the view it came from', () => {
    const app = document.createElement('div');
    app.className = 'dc-app';
    app.dataset.theme = 'sepia';
    app.style.setProperty('--dc-size', '22px');
    const inView = renderArticle(document, article, { t });
    app.append(inView);
    const doc = new DOMParser().parseFromString(
      articleToHtmlFile(article, inView, ''),
      'text/html',
    );
    const root = doc.querySelector<HTMLElement>('body > .dc-app')!;
    expect(root.dataset.theme).toBe('sepia');
    expect(root.style.getPropertyValue('--dc-size')).toBe('22px');
    expect(root.querySelector('.dc-article')).not.toBeNull();
  });

  it('names files after the title, safely', () => {
    expect(fileNameFor('Talks: “collapse” / 2021', 'html')).toBe('Talks-collapse-2021.html');
    expect(fileNameFor('***', 'md')).toBe('article.md');
  });
});

describe('states', () => {
  afterEach(() => vi.useRealTimers());

  it('explains a non-article with its reasons and a Try anyway button', () => {
    const retry = vi.fn();
    const box = renderState(document, t, 'no-article', { details: ['Too little text'], retry });
    expect(box.querySelector('h1')?.textContent).toBe(t('stateNoArticle'));
    expect(box.querySelector('li')?.textContent).toBe('Too little text');
    box.querySelector<HTMLButtonElement>('#try-anyway')!.click();
    expect(retry).toHaveBeenCalledOnce();
  });

  it('names restricted pages for what they are', () => {
    const box = renderState(document, t, 'restricted');
    expect(box.textContent).toContain('about:');
    expect(box.querySelector('#try-anyway')).toBeNull();
  });

  it('shows loading only when the work outlasts the delay', async () => {
    vi.useFakeTimers();
    const show = vi.fn();
    let finish!: (v: string) => void;
    const slow = withDelayedLoading(new Promise<string>((ok) => (finish = ok)), show, 300);
    await vi.advanceTimersByTimeAsync(299);
    expect(show).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(show).toHaveBeenCalledOnce();
    finish('done');
    expect(await slow).toBe('done');

    const fastShow = vi.fn();
    expect(await withDelayedLoading(Promise.resolve(1), fastShow, 300)).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(fastShow).not.toHaveBeenCalled();
  });
});
