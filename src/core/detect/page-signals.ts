import { byTag } from '../dom/find-elements.ts';
import { isArticleNode, ldTypes, readJsonLd } from '../metadata/json-ld.ts';
import { reason, type DetectReason } from './reasons.ts';

const NEWS_TYPE = /NewsArticle$/;
/** Page types that list other pages rather than being one story. */
const LISTING_TYPE =
  /^(?:CollectionPage|SearchResultsPage|ItemList|ProfilePage|ImageGallery|MediaGallery|ProductCollection|Product|Store|FAQPage)$/;
/** A paragraph this long is prose, not a teaser or a caption. */
const PROSE_CHARS = 80;
/** Enough to tell "a few" from "many" without walking a huge page. */
const MAX_PARAGRAPHS = 300;

/** Fewer non-space characters than this and the page is empty. */
export const EMPTY_PAGE_CHARS = 100;

export interface PageSignals {
  textLength: number;
  paragraphs: number;
  reasons: DetectReason[];
}

/** Our own signals: structured data, Open Graph, <article>, paragraphs, forms, pictures. */
export function pageSignals(doc: Document, isVisible: (el: Element) => boolean): PageSignals {
  const reasons: DetectReason[] = [];
  const textLength = visibleText(doc, EMPTY_PAGE_CHARS);

  const ld = readJsonLd(doc);
  const article = ld.find(isArticleNode);
  if (article) {
    const news = ldTypes(article).some((t) => NEWS_TYPE.test(t));
    reasons.push(reason(news ? 'json-ld-news-article' : 'json-ld-article', 2));
  } else if (ld.some((n) => ldTypes(n).some((t) => LISTING_TYPE.test(t)))) {
    reasons.push(reason('json-ld-listing', -2));
  }

  const ogType = doc.querySelector('meta[property="og:type" i]')?.getAttribute('content');
  if (ogType && /^article$/i.test(ogType.trim())) reasons.push(reason('og-article', 1));

  reasons.push(...articleElements(doc));

  const paragraphs = proseParagraphs(doc, isVisible);
  if (paragraphs >= 5) reasons.push(reason('paragraphs', 1, paragraphs));
  else if (paragraphs < 2) reasons.push(reason('few-paragraphs', -1, paragraphs));

  // Articles often carry a comment sign-in form or a strip of thumbnails; only a page with
  // little prose besides is a login page or a gallery.
  if (paragraphs < 3 && hasLoginForm(doc, isVisible)) reasons.push(reason('login-form', -3));
  const images = doc.getElementsByTagName('img').length;
  if (paragraphs < 3 && images >= 8) reasons.push(reason('gallery', -2, images));

  return { textLength, paragraphs, reasons };
}

/**
 * One `<article>` holding the text is a story; many of similar size are a list of teasers
 * (a section front). Related-story cards beside one long article do not count against it.
 */
function articleElements(doc: Document): DetectReason[] {
  const articles = byTag(doc, 'article').slice(0, 50);
  if (articles.length === 0) return [];
  const lengths = articles.map((a) => (a.textContent ?? '').length);
  const total = lengths.reduce((a, b) => a + b, 0);
  const longest = Math.max(...lengths);
  if (articles.length >= 6 && longest < total / 2) {
    return [reason('many-teasers', -2, articles.length)];
  }
  return longest > 500 ? [reason('article-element', 1)] : [];
}

function proseParagraphs(doc: Document, isVisible: (el: Element) => boolean): number {
  const all = doc.getElementsByTagName('p');
  let count = 0;
  for (let i = 0; i < all.length && i < MAX_PARAGRAPHS; i++) {
    const p = all[i]!;
    if ((p.textContent ?? '').trim().length < PROSE_CHARS) continue;
    // Readerable skips list items too: teaser lists are not prose.
    if (p.closest('li') || !isVisible(p)) continue;
    count++;
  }
  return count;
}

/** A visible password field outside any dialog: the page is a sign-in page. */
function hasLoginForm(doc: Document, isVisible: (el: Element) => boolean): boolean {
  for (const input of Array.from(doc.querySelectorAll('input[type="password" i]'))) {
    if (
      input.closest(
        'dialog, [role="dialog"], [aria-modal], [hidden], template, [style*="display: none"], [style*="display:none"]',
      )
    )
      continue;
    if (isVisible(input) && isVisible(input.parentElement ?? input)) return true;
  }
  return false;
}

/**
 * Non-space characters of body text outside scripts and styles, counted only up to `enough`:
 * on a big page the answer is known after a few text nodes, so this stays cheap.
 */
function visibleText(doc: Document, enough: number): number {
  if (!doc.body) return 0;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  let count = 0;
  for (let node = walker.nextNode(); node && count < enough; node = walker.nextNode()) {
    const parent = node.parentElement?.localName;
    if (parent === 'script' || parent === 'style' || parent === 'noscript' || parent === 'template')
      continue;
    count += (node.nodeValue ?? '').replace(/\s+/g, '').length;
  }
  return count;
}
