/**
 * Removes in-page tables of contents ("Table of Contents", "Inhaltsverzeichnis", "Sommaire"):
 * lists whose links all jump to anchors on the same page. The reader's own outline replaces
 * them, and as text they repeat every heading.
 */
import { leafBlocks, leafText, removeAndRecord, smallBox, textOf, wordCount } from './blocks.ts';
import type { CleanContext } from './context.ts';
import { TOC_HEADINGS, isPhrase } from './phrases.ts';

/** A link to a fragment of this very page, written relative or resolved by Readability. */
function isInPageLink(a: Element): boolean {
  const href = a.getAttribute('href') ?? '';
  if (href.startsWith('#')) return href.length > 1;
  const base = a.ownerDocument.baseURI.split('#')[0];
  return !!base && href.startsWith(`${base}#`);
}

/**
 * Names of a contents list that never head anything else. "Contents" or "Índice" alone may be
 * a real section ("Contents of the box"), so a label left without its list is only taken when
 * it says what it is.
 */
const TOC_LABELS = ['table of contents', 'inhaltsverzeichnis', 'inhoudsopgave', 'sommaire'];

export function removeTablesOfContents(root: Element, ctx: CleanContext): void {
  removeContentsLists(root, ctx);
  // A label whose list was built by a script that never ran, or dropped by Readability.
  const blocks = leafBlocks(root);
  blocks.forEach((block, i) => {
    if (!isPhrase(leafText(block), TOC_LABELS)) return;
    const next = blocks[i + 1];
    if (next && next.closest('ul, ol') && root.contains(next)) return;
    removeAndRecord(block, 'table-of-contents', ctx, root);
  });
}

function removeContentsLists(root: Element, ctx: CleanContext): void {
  for (const list of root.querySelectorAll('ol, ul')) {
    if (!root.contains(list) || list.parentElement?.closest('ol, ul')) continue;
    const links = [...list.querySelectorAll('a[href]')];
    if (links.length < 3 || !links.every(isInPageLink)) continue;
    // Every word is a link: a contents list, not footnotes with prose around their anchors.
    const linked = links.reduce((n, a) => n + textOf(a).length, 0);
    if (linked < textOf(list).length * 0.9) continue;
    // Entries are headings; a list of linked sentences ("Key takeaways") is a summary.
    if ([...list.querySelectorAll('li')].some((li) => wordCount(textOf(li)) > 8)) continue;
    // The line right before the list, when it names it ("Table of Contents").
    const blocks = leafBlocks(root);
    const before = blocks[blocks.findIndex((b) => list.contains(b)) - 1];
    const heading = before && isPhrase(leafText(before), TOC_HEADINGS) ? before : undefined;
    removeAndRecord(
      smallBox(list, root, wordCount(textOf(list)) + 4),
      'table-of-contents',
      ctx,
      root,
    );
    if (heading && root.contains(heading)) removeAndRecord(heading, 'table-of-contents', ctx, root);
  }
}
