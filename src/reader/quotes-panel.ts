/**
 * The quotes panel: every speech (and block) quote grouped by speaker, in order of first
 * appearance; a quote's text jumps to it in the article, "Copy" puts it on the clipboard with
 * its speaker, the article's title and link.
 */
import { formatQuoteForCopy, groupBySpeaker } from '../core/quotes/index.ts';
import type { Article } from '../core/types.ts';
import { button, el, type Translate } from './dom.ts';

export interface QuotesPanelContext {
  t: Translate;
  /** Scrolls the article to the quote with this id and focuses it. */
  reveal(quoteId: string): void;
  copy(text: string): Promise<boolean>;
  announce(message: string): void;
}

export function renderQuotesPanel(doc: Document, article: Article, ctx: QuotesPanelContext) {
  const { t } = ctx;
  const panel = el(doc, 'section', { class: 'dc-panel', id: 'dc-quotes-panel' });
  panel.setAttribute('aria-labelledby', 'dc-quotes-title');
  panel.append(el(doc, 'h2', { id: 'dc-quotes-title' }, t('quotesTitle')));
  const groups = groupBySpeaker(article.quotes);
  if (!groups.length) {
    panel.append(el(doc, 'p', { class: 'dc-panel-empty' }, t('quotesEmpty')));
    return panel;
  }
  const source = { title: article.title, url: article.url };
  for (const group of groups) {
    const section = el(doc, 'section', { class: 'dc-speaker' });
    const name = group.speaker ?? t('speakerUnknown');
    const heading = el(doc, 'h3', { class: 'dc-speaker-name' }, name);
    heading.append(el(doc, 'span', { class: 'dc-count' }, ` (${group.quotes.length})`));
    // The role the core trimmed off the name ("White House chief of staff") says who they are.
    const role = group.quotes.find((q) => q.role)?.role;
    if (role) heading.append(el(doc, 'span', { class: 'dc-role' }, role));
    const list = el(doc, 'ul', { class: 'dc-quote-list' });
    for (const quote of group.quotes) {
      const item = el(doc, 'li', { 'data-quote-id': quote.id });
      const go = button(doc, `dc-go-${quote.id}`, quote.text, () => ctx.reveal(quote.id));
      go.classList.add('dc-quote-link');
      go.setAttribute('aria-description', t('quoteGoTo'));
      if (quote.role) item.dataset.role = quote.role;
      const copy = button(doc, `dc-copy-${quote.id}`, t('copy'), async () => {
        const ok = await ctx.copy(formatQuoteForCopy(quote, source));
        ctx.announce(t(ok ? 'quoteCopied' : 'copyFailed'));
      });
      copy.classList.add('dc-small');
      copy.setAttribute('aria-label', t('copyQuoteBy', name));
      item.append(go, copy);
      list.append(item);
    }
    section.append(heading, list);
    panel.append(section);
  }
  return panel;
}

/**
 * The first mark of a quote in the article, title included (multi-paragraph quotes have one mark
 * per paragraph).
 */
export function findQuoteMark(root: ParentNode, quoteId: string): HTMLElement | null {
  for (const mark of root.querySelectorAll<HTMLElement>('[data-quote-id]')) {
    if (mark.dataset.quoteId === quoteId) return mark;
  }
  return null;
}
