/**
 * Measures of running text: what a reader would read in a subtree, leaving out links, chrome
 * containers and hidden nodes, so a container full of menus and teasers does not look long.
 */

/** Containers whose text is page chrome however long it is. */
const CHROME = new Set([
  'nav',
  'aside',
  'footer',
  'form',
  'header',
  'menu',
  'dialog',
  'button',
  'select',
  'script',
  'style',
  'noscript',
  'template',
  'a',
]);

/** Collapsed text of a node. */
export const normText = (node: Node): string =>
  (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Whether an element is chrome or hidden by its own tag and attributes. */
export function isChrome(el: Element): boolean {
  if (CHROME.has(el.localName)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  return role === 'navigation' || role === 'complementary' || role === 'contentinfo';
}

/** Characters of readable, unlinked text under `root` (whitespace runs count as one). */
export function readableLength(root: Element): number {
  let n = 0;
  const walk = (el: Element): void => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) n += (c.nodeValue ?? '').replace(/\s+/g, ' ').length;
      else if (c.nodeType === 1 && !isChrome(c as Element)) walk(c as Element);
    }
  };
  walk(root);
  return n;
}
