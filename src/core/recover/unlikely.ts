import { normText } from './prose.ts';

/**
 * Class and id words of page chrome: comment threads, sidebars, related links, footers, share
 * and newsletter boxes. Narrower than Readability's `unlikelyCandidates`, whose "header",
 * "extra" and "legends" also match accordion headers and caption lists inside stories.
 */
const CHROME_CLASS =
  /-ad-|ad-break|banner|breadcrumb|comment|disqus|footer|gdpr|menu|newsletter|pagination|popup|related|replies|share|sidebar|social|sponsor/i;
/** Readability's `okMaybeItsACandidate`: a wrapper named after content is not chrome. */
const MAYBE = /and|article|body|column|content|main|shadow/i;

/** The class and id words of an element, as Readability's tests read them. */
export const nameOf = (el: Element): string => `${el.getAttribute('class') ?? ''} ${el.id}`;

/**
 * Removes the blocks under `root` that `drops` picks by their name, outermost first, except a
 * block that holds one of the `keep` texts: a paragraph Readability kept is article text
 * whatever its wrapper is called.
 */
export function dropNamedBlocks(
  root: Element,
  keep: ReadonlySet<string>,
  drops: (el: Element, name: string) => boolean,
): void {
  for (const el of [...root.querySelectorAll('[class], [id]')]) {
    if (!root.contains(el) || !drops(el, nameOf(el))) continue;
    const text = normText(el);
    if ([...keep].some((k) => text.includes(k))) continue;
    el.remove();
  }
}

/**
 * Removes the blocks under `root` whose class or id names chrome, the way Readability's first
 * pass does (not inside tables or code, never a link), except those holding a `keep` text.
 */
export function dropUnlikely(root: Element, keep: ReadonlySet<string>): void {
  dropNamedBlocks(
    root,
    keep,
    (el, name) =>
      el.localName !== 'a' &&
      !el.closest('table, code') &&
      CHROME_CLASS.test(name) &&
      !MAYBE.test(name),
  );
}
