/**
 * Removes the page's own navigation before Readability reads it: `<nav>` menus, and sidebars
 * (`<aside>`) and site footers (`<footer>`) that sit outside the page's `<article>`/`<main>`,
 * plus inline `<svg>` icons. HTML gives these elements exactly this meaning, Readability never
 * picks them, and the sanitizer drops every `<svg>`; yet on a news page they are a quarter of
 * the elements, and Readability scores and cleans every one of them.
 *
 * Inside the article an `<aside>` is a fact box and a `<footer>` a caption or a note, so those
 * stay. Pages misuse landmarks too (the whole story in an `<aside>`), so an element holding a
 * large share of the page's text is never removed.
 */
import { runStep, type PrepareStep } from './step.ts';

/** Share of the page's text above which a landmark is the page's content, not its chrome. */
const CONTENT_SHARE = 0.3;

/** Below this much text a landmark cannot be a page's content (nor hold a share worth measuring). */
const SMALL_TEXT = 300;

const ANYWHERE = new Set(['nav', 'svg']);
const OUTSIDE_ARTICLE = new Set(['aside', 'footer']);

export function siteChromeStep(doc: Document): PrepareStep {
  const found: Element[] = [];
  // Depths of the open <article>/<main> elements on the walk's path.
  const articles: number[] = [];
  return {
    visit(el, depth) {
      while (articles.length && articles[articles.length - 1]! >= depth) articles.pop();
      const tag = el.localName;
      if (tag === 'article' || tag === 'main') articles.push(depth);
      else if (ANYWHERE.has(tag) || (OUTSIDE_ARTICLE.has(tag) && !articles.length)) found.push(el);
      return false;
    },
    apply() {
      if (!found.length) return;
      let total = -1;
      for (const el of found) {
        const length = (el.textContent ?? '').length;
        if (length >= SMALL_TEXT) {
          if (total < 0) total = (doc.body?.textContent ?? '').length;
          if (length >= total * CONTENT_SHARE) continue;
        }
        el.remove();
      }
    },
  };
}

export function removeSiteChrome(doc: Document): void {
  runStep(doc.documentElement, siteChromeStep(doc));
}
