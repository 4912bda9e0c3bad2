import { describe, expect, it } from 'vitest';
import { formatDate, renderArticle } from '../../src/reader/render-article.ts';
import { sampleArticle } from './fixtures.ts';
import { t } from './translate.ts';

const render = (overrides = {}) =>
  renderArticle(document, sampleArticle(overrides), { t, locale: 'en-GB' });

describe('renderArticle', () => {
  it('puts metadata in as text, never as markup', () => {
    const root = render();
    expect(root.querySelector('.dc-title')?.textContent).toBe(
      'Talks <img src=x onerror=alert(1)> collapse',
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.dc-byline')?.textContent).toBe('Ana Ruiz');
    expect(root.querySelector('.dc-site')?.textContent).toBe('The Example');
  });

  it('shows published and updated dates and the reading time', () => {
    const meta = render().querySelector('.dc-meta')!;
    expect(meta.querySelector('.dc-date')?.getAttribute('datetime')).toBe('2021-04-19T15:42:00Z');
    expect(meta.querySelector('.dc-date')?.textContent).toMatch(/^Published 19 April 2021/);
    expect(meta.querySelector('.dc-updated')?.textContent).toMatch(/^Updated 20 April 2021/);
    expect(meta.textContent).toContain('1 min read');
  });

  it('leaves out "Updated" when there is no separate update time', () => {
    expect(render({ modified: null }).querySelector('.dc-updated')).toBeNull();
  });

  it('sanitizes the body again and keeps the quote markup', () => {
    const root = render();
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('q[data-kind="speech"][data-speaker="Jo Park"]')).not.toBeNull();
    expect(root.querySelector('q[data-kind="term"]')).not.toBeNull();
  });

  it('makes attributed quotes reachable by keyboard and named for screen readers', () => {
    const root = render();
    const speech = root.querySelector<HTMLElement>('q[data-quote-id="dc-q-1"]')!;
    expect(speech.tabIndex).toBe(0);
    expect(speech.dataset.who).toBe('Jo Park, Minister');
    const note = root.querySelector(`#${speech.getAttribute('aria-describedby')}`);
    expect(note?.textContent).toBe('Quote by Jo Park, Minister');
    const unnamed = root.querySelector<HTMLElement>('q[data-quote-id="dc-q-3"]')!;
    expect(root.querySelector(`#${unnamed.getAttribute('aria-describedby')}`)?.textContent).toBe(
      'Speaker not named',
    );
    // Terms carry no speaker and are no tab stop.
    expect(root.querySelector('q[data-kind="term"]')?.hasAttribute('tabindex')).toBe(false);
    // The notes are not article text.
    expect(root.querySelector('.dc-body')?.textContent).not.toContain('Quote by');
  });

  describe('the title’s quotes', () => {
    const title = 'Park: ‘We will not sign’ as talks collapse';
    const titleHtml =
      'Park: <q class="dc-quote" data-kind="speech" data-speaker="Jo Park" data-role="Minister" data-quote-id="dc-q-t1">‘We will not sign’</q> as talks collapse';
    const quote = {
      id: 'dc-q-t1',
      text: 'We will not sign',
      kind: 'speech' as const,
      speaker: 'Jo Park',
      role: 'Minister',
      paragraph: -1,
    };

    it('shows the marked title with the body’s quote markup, decorated like the body', () => {
      const root = render({ title, titleHtml, quotes: [quote, ...sampleArticle().quotes] });
      const h1 = root.querySelector<HTMLElement>('h1.dc-title')!;
      expect(h1.textContent).toBe(title);
      const mark = h1.querySelector<HTMLElement>('q.dc-quote')!;
      expect(mark.dataset).toMatchObject({
        kind: 'speech',
        speaker: 'Jo Park',
        quoteId: 'dc-q-t1',
      });
      expect(mark.tabIndex).toBe(0);
      expect(mark.dataset.who).toBe('Jo Park, Minister');
      expect(root.querySelector(`#${mark.getAttribute('aria-describedby')}`)?.textContent).toBe(
        'Quote by Jo Park, Minister',
      );
      // The notes stay out of the heading, which names the article (aria-labelledby).
      expect(h1.querySelector('.dc-speaker-notes')).toBeNull();
    });

    it('keeps nothing of titleHtml but its text and the quote marks', () => {
      const hostile =
        '<img src=x onerror=alert(1)><a href="https://evil.example/">Park</a>: <q class="dc-quote other" data-kind="speech" onclick="x()" style="color:red"><b>‘We will not sign’</b></q><script>alert(1)</script> as talks collapse';
      const root = render({ title, titleHtml: hostile });
      const h1 = root.querySelector('h1.dc-title')!;
      expect(h1.textContent).toBe(title);
      expect(h1.querySelectorAll('*')).toHaveLength(1);
      const mark = h1.querySelector('q')!;
      expect(mark.getAttribute('class')).toBe('dc-quote');
      expect(mark.hasAttribute('onclick')).toBe(false);
      expect(mark.hasAttribute('style')).toBe(false);
    });

    it('falls back to the plain title when titleHtml is missing or says something else', () => {
      const other = render({ title, titleHtml: 'Something <q class="dc-quote">else</q>' });
      expect(other.querySelector('h1')!.textContent).toBe(title);
      expect(other.querySelector('h1 q')).toBeNull();
      const none = render({ title, titleHtml: '' });
      expect(none.querySelector('h1')!.textContent).toBe(title);
      const untitled = render({ title: '', titleHtml: '' });
      expect(untitled.querySelector('h1')!.textContent).toBe('news.example');
    });
  });

  it('lays out right-to-left articles right to left, in their language', () => {
    const root = render({ dir: 'rtl', lang: 'ar' });
    expect(root.dir).toBe('rtl');
    expect(root.lang).toBe('ar');
    expect(render({ dir: null }).dir).toBe('auto');
  });
});

describe('formatDate', () => {
  it('shows a date without a time as that calendar day in every time zone', () => {
    expect(formatDate('2024-06-25', 'en-US')).toBe('June 25, 2024');
  });

  it('shows a full timestamp with its time', () => {
    expect(formatDate('2021-04-19T15:42:00Z', 'en-US')).toMatch(/April 19, 2021/);
  });
});
