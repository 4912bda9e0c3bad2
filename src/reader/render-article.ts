/**
 * Article → DOM, shared by the popup, the full-tab page and in-place mode. Metadata only ever
 * becomes text; the body is sanitized again at the point of display (the core sanitized it in
 * the page's context, which we do not trust), and the title keeps nothing but its text and the
 * quote marks.
 */
import { sanitizeToFragment } from '../core/sanitize.ts';
import type { Article } from '../core/types.ts';
import { el, type Translate } from './dom.ts';
import { decorateQuotes } from './decorate-quotes.ts';

export function formatDate(iso: string | null, locale?: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  // A date without a time is a calendar day, not UTC midnight: shown as is in every time zone.
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

function timeEl(doc: Document, iso: string, label: string, cls: string): HTMLTimeElement {
  const time = el(doc, 'time', { class: cls, datetime: iso }, label);
  return time;
}

/** The header line: byline · published · updated · reading time, each only when known. */
function metaLine(doc: Document, article: Article, t: Translate, locale?: string): HTMLElement {
  const meta = el(doc, 'p', { class: 'dc-meta' });
  const parts: Node[] = [];
  const byline = article.authors.length > 1 ? article.authors.join(', ') : article.byline;
  if (byline) parts.push(el(doc, 'span', { class: 'dc-byline' }, byline));
  const published = formatDate(article.published, locale);
  if (published && article.published) {
    parts.push(timeEl(doc, article.published, t('published', published), 'dc-date'));
  }
  const modified = formatDate(article.modified, locale);
  // "Updated" only when it says something the published date does not.
  if (modified && article.modified && modified !== published) {
    parts.push(timeEl(doc, article.modified, t('updated', modified), 'dc-updated'));
  }
  const minutes = String(Math.max(1, article.readingMinutes));
  parts.push(el(doc, 'span', { class: 'dc-reading-time' }, t('readingTime', minutes)));
  parts.forEach((part, i) => {
    if (i) meta.append(doc.createTextNode(' · '));
    meta.append(part);
  });
  return meta;
}

export interface RenderOptions {
  t: Translate;
  /** The UI locale for dates (the reader's language, not the article's). */
  locale?: string;
}

/** Builds the reading view of an article inside `doc` and returns its root element. */
export function renderArticle(
  doc: Document,
  article: Article,
  options: RenderOptions,
): HTMLElement {
  const { t, locale } = options;
  const root = el(doc, 'article', { class: 'dc-article' });
  if (article.lang) root.lang = article.lang;
  root.dir = article.dir ?? 'auto';
  root.setAttribute('aria-labelledby', 'dc-title');

  const header = el(doc, 'header', { class: 'dc-header' });
  if (article.siteName) header.append(el(doc, 'p', { class: 'dc-site' }, article.siteName));
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const heading = el(doc, 'h1', { class: 'dc-title', id: 'dc-title' });
  const marked = win && markedTitle(doc, article, win);
  if (marked) heading.append(marked);
  else heading.textContent = article.title || hostOf(article.url);
  header.append(heading, metaLine(doc, article, t, locale));

  const body = el(doc, 'div', { class: 'dc-body' });
  body.append(win ? sanitizeToFragment(article.html, win) : doc.createTextNode(article.text));
  root.append(header, body);
  // Title quotes are decorated like the body's; the notes go beside both.
  root.append(decorateQuotes(root, t));
  return root;
}

/** The quote attributes a title mark keeps; everything else of the mark is dropped. */
const MARK_ATTRS = ['class', 'data-kind', 'data-speaker', 'data-role', 'data-quote-id'];

/**
 * The title with its quote marks (`Article.titleHtml`), rebuilt from the sanitized HTML as text
 * and `<q class="dc-quote">` only: a title has no links, images or styling. Null when there is no
 * marked title or its text is not the plain title (then the plain title is shown).
 */
function markedTitle(
  doc: Document,
  article: Article,
  win: Window & typeof globalThis,
): DocumentFragment | null {
  if (!article.titleHtml || !article.title) return null;
  const out = doc.createDocumentFragment();
  for (const node of sanitizeToFragment(article.titleHtml, win).childNodes) {
    const mark = node as Element;
    if (node.nodeType === 1 && mark.localName === 'q' && mark.classList.contains('dc-quote')) {
      const q = doc.createElement('q');
      for (const name of MARK_ATTRS) {
        const value = mark.getAttribute(name);
        if (value !== null) q.setAttribute(name, value);
      }
      q.textContent = mark.textContent;
      out.append(q);
    } else if (node.nodeType === 1 || node.nodeType === 3) {
      out.append(doc.createTextNode(node.textContent ?? ''));
    }
  }
  return out.textContent === article.title ? out : null;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
