/**
 * Article → DOM, shared by the popup, the full-tab page and in-place mode. Metadata only ever
 * becomes text; the body is sanitized again at the point of display (the core sanitized it in
 * the page's context, which we do not trust).
 */
import { sanitizeToFragment } from '../core/sanitize.ts';
import type { Article } from '../core/types.ts';

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function formatDate(iso: string | null, locale?: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** Builds the reading view of an article inside `doc` and returns its root element. */
export function renderArticle(doc: Document, article: Article): HTMLElement {
  const root = el(doc, 'article', 'dc-article');
  if (article.lang) root.lang = article.lang;
  root.dir = article.dir ?? 'auto';

  const header = el(doc, 'header', 'dc-header');
  if (article.siteName) header.append(el(doc, 'p', 'dc-site', article.siteName));
  header.append(el(doc, 'h1', 'dc-title', article.title || new URL(article.url).hostname));
  const meta = el(doc, 'p', 'dc-meta');
  const parts: Node[] = [];
  if (article.byline) parts.push(el(doc, 'span', 'dc-byline', article.byline));
  const published = formatDate(article.published);
  if (published && article.published) {
    const time = el(doc, 'time', 'dc-date', published);
    time.dateTime = article.published;
    parts.push(time);
  }
  parts.push(el(doc, 'span', 'dc-reading-time', `${article.readingMinutes} min read`));
  parts.forEach((part, i) => {
    if (i) meta.append(doc.createTextNode(' · '));
    meta.append(part);
  });
  header.append(meta);

  const body = el(doc, 'div', 'dc-body');
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  body.append(win ? sanitizeToFragment(article.html, win) : doc.createTextNode(article.text));
  root.append(header, body);
  return root;
}
