/**
 * The page's own navigation, which Readability should never read: `<nav>` menus, and sidebars
 * (`<aside>`) and site footers (`<footer>`) that sit outside the page's `<article>`/`<main>`,
 * plus inline `<svg>` icons. HTML gives these elements exactly this meaning, Readability never
 * picks them, and the sanitizer drops every `<svg>`; yet on a news page they are a quarter of
 * the elements, and Readability scores and cleans every one of them.
 *
 * Inside the article an `<aside>` is a fact box and a `<footer>` a caption or a note, so those
 * stay. Pages misuse landmarks too (the whole story in an `<aside>`), so an element holding a
 * large share of the page's text is never taken.
 */
import { walkElements } from '../dom/walk-elements.ts';

/** Share of the page's text above which a landmark is the page's content, not its chrome. */
const CONTENT_SHARE = 0.3;

/** Below this much text a landmark cannot be a page's content (nor hold a share worth measuring). */
const SMALL_TEXT = 300;

const ANYWHERE = new Set(['nav', 'svg']);
const OUTSIDE_ARTICLE = new Set(['aside', 'footer']);

export interface SiteChromeFinder {
  /** Sees every element once, in document order, with its depth (any consistent origin). */
  visit(el: Element, depth: number): void;
  /** The chrome found, given the length of the page's readable text. */
  found(pageText: number): Element[];
}

export function findSiteChrome(): SiteChromeFinder {
  const candidates: Element[] = [];
  // Depths of the open <article>/<main> elements on the walk's path.
  const articles: number[] = [];
  return {
    visit(el, depth) {
      while (articles.length && articles[articles.length - 1]! >= depth) articles.pop();
      const tag = el.localName;
      if (tag === 'article' || tag === 'main') articles.push(depth);
      else if (ANYWHERE.has(tag) || (OUTSIDE_ARTICLE.has(tag) && !articles.length)) {
        candidates.push(el);
      }
    },
    found(pageText) {
      return candidates.filter((el) => {
        const length = (el.textContent ?? '').length;
        return length < SMALL_TEXT || length < pageText * CONTENT_SHARE;
      });
    },
  };
}

/** Removes the site chrome from a document in place (extraction instead leaves it out of its clone). */
export function removeSiteChrome(doc: Document): void {
  if (!doc.documentElement) return;
  const finder = findSiteChrome();
  walkElements(doc.documentElement, finder.visit);
  for (const el of finder.found((doc.body?.textContent ?? '').length)) el.remove();
}
