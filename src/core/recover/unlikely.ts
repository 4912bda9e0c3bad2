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

/**
 * Removes the blocks under `root` whose class or id names chrome, the way Readability's first
 * pass does (not inside tables or code, never a link), except a block that holds one of the
 * `keep` texts: a paragraph Readability kept is article text whatever its wrapper is called.
 */
export function dropUnlikely(root: Element, keep: ReadonlySet<string>): void {
  for (const el of [...root.querySelectorAll('[class], [id]')]) {
    if (!root.contains(el) || el.localName === 'a' || el.closest('table, code')) continue;
    const match = `${el.getAttribute('class') ?? ''} ${el.id}`;
    if (!CHROME_CLASS.test(match) || MAYBE.test(match)) continue;
    const text = normText(el);
    if ([...keep].some((k) => text.includes(k))) continue;
    el.remove();
  }
}
