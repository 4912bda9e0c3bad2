/**
 * The copy of the page Readability works on (it rewrites its input), made without what no
 * reader sees: scripts, styles, stylesheet links and the site's own chrome (remove-site-chrome).
 * Cloning is a fifth of an extraction's time in jsdom, and these parts are often a third of a
 * page's elements; leaving them out of the copy is cheaper than copying and then removing them.
 *
 * The elements to leave out are found on the size guard's walk over the page, so this costs no
 * walk of its own. Subtrees holding none of them are copied whole by the DOM's deep clone; only
 * their ancestors are copied one by one.
 */
import { findSiteChrome } from './remove-site-chrome.ts';

const NEVER_READ = new Set(['script', 'style', 'link']);

export interface ReadingCloner {
  /** Sees every element of the source once, in document order, with its depth. */
  visit(el: Element, depth: number): void;
  /** The copy, given the length of the page's readable text (as the size guard measured it). */
  clone(source: Document, pageText: number): Document;
}

export function readingCloner(): ReadingCloner {
  const chrome = findSiteChrome();
  const unread: Element[] = [];
  return {
    visit(el, depth) {
      if (NEVER_READ.has(el.localName)) unread.push(el);
      else chrome.visit(el, depth);
    },
    clone(source, pageText) {
      return cloneWithout(source, [...unread, ...chrome.found(pageText)]);
    },
  };
}

/** A deep clone of `source` without the `left` elements (and their subtrees). */
export function cloneWithout(source: Document, left: readonly Element[]): Document {
  if (!left.length) return source.cloneNode(true) as Document;
  const leave = new Set<Node>(left);
  // Ancestors of a left-out element: the only nodes that cannot be cloned whole.
  const onPath = new Set<Node>();
  for (const el of left) {
    for (let up = el.parentNode; up && !onPath.has(up); up = up.parentNode) onPath.add(up);
  }
  // A document clone keeps the URL, content type and mode, so links still resolve the same.
  const copy = source.cloneNode(false) as Document;
  const cloneOf = (node: Node): Node => {
    if (!onPath.has(node)) return copy.importNode(node, true);
    const shallow = copy.importNode(node, false);
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (!leave.has(child)) shallow.appendChild(cloneOf(child));
    }
    return shallow;
  };
  for (let child = source.firstChild; child; child = child.nextSibling) {
    copy.appendChild(cloneOf(child));
  }
  return copy;
}
