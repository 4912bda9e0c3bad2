import { isChrome, normText } from './prose.ts';
import { dropUnlikely } from './unlikely.ts';

/** Elements that are never article content, whatever their text. */
const NEVER =
  'script,style,noscript,template,iframe,object,embed,input,textarea,select,button,svg,link,meta';

const MEDIA = 'img,picture,video,audio';

/**
 * A copy of `container` in `into` with the chrome a container carries removed: blocks Readability
 * calls unlikely by class, navigation, asides, forms, buttons, hidden nodes, scripts, blocks made
 * of links, empty shells. Links and images point to absolute URLs, as in Readability's output.
 * The cleaners that run after it take the rest (share bars, bylines, related links) as they do
 * for Readability's pick. `keep` are texts of paragraphs Readability kept, never removed.
 */
export function stripContainer(
  container: Element,
  into: Document,
  baseURI: string,
  keep: ReadonlySet<string>,
): Element {
  const copy = into.importNode(container, true) as Element;
  dropUnlikely(copy, keep);
  for (const el of [...copy.querySelectorAll(NEVER)]) el.remove();
  for (const el of [...copy.querySelectorAll('*')]) {
    if (!copy.contains(el)) continue;
    if ((el.localName !== 'a' && isChrome(el)) || isHiddenByStyle(el)) el.remove();
  }
  for (const el of [...copy.querySelectorAll('ul, ol, div, section, p')].reverse()) {
    if (copy.contains(el) && isLinkList(el)) el.remove();
  }
  for (const card of teaserCards(copy, keep)) card.remove();
  for (const el of [...copy.querySelectorAll('*')].reverse()) {
    if (el.localName === 'br' || el.localName === 'hr' || el.matches(MEDIA)) continue;
    if (!el.textContent?.trim() && !el.querySelector(MEDIA)) el.remove();
  }
  absolutize(copy, baseURI);
  for (const el of [copy, ...copy.querySelectorAll('[class], [id], [style]')]) {
    el.removeAttribute('class');
    el.removeAttribute('id');
    el.removeAttribute('style');
  }
  const wrap = into.createElement('div');
  wrap.append(copy);
  return wrap;
}

function isHiddenByStyle(el: Element): boolean {
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** A block whose text is mostly links: a menu, a tag list, a teaser list. */
function isLinkList(el: Element): boolean {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return false;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) {
    linked += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  }
  return linked / text.length > 0.6;
}

function absolutize(root: Element, baseURI: string): void {
  const fix = (el: Element, attr: string) => {
    const value = el.getAttribute(attr);
    if (!value || value.startsWith('#')) return;
    try {
      el.setAttribute(attr, new URL(value, baseURI).href);
    } catch {
      el.removeAttribute(attr);
    }
  };
  for (const a of root.querySelectorAll('a[href]')) fix(a, 'href');
  for (const el of root.querySelectorAll('img[src], source[src], video[src], audio[src]')) {
    fix(el, 'src');
  }
}

/**
 * Teaser cards: a heading that is all link (another story's headline) with at most a short
 * blurb beside it, in a small block holding none of the pick's paragraphs.
 */
function teaserCards(root: Element, keep: ReadonlySet<string>): Element[] {
  const cards: Element[] = [];
  for (const h of root.querySelectorAll('h2, h3, h4, h5, h6')) {
    const text = normText(h);
    const link = h.querySelector('a');
    const card = h.parentElement;
    if (!text || !link || normText(link).length < text.length * 0.9) continue;
    if (!card || card === root || normText(card).length > 400) continue;
    const cardText = normText(card);
    if ([...keep].some((k) => cardText.includes(k))) continue;
    cards.push(card);
  }
  return cards;
}
