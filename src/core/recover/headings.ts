import { byTag } from '../dom/find-elements.ts';
import { isChrome, normText } from './prose.ts';
import type { SourcePick } from './source-container.ts';

const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'];
/** Longer than this, a "heading" is a styled paragraph or a whole teaser. */
export const MAX_HEADING = 150;

/**
 * Puts back the section headings Readability dropped between paragraphs it kept. Its first pass
 * removes any block whose class merely contains "header" (`header-anchor-post`, `section-header`
 * on a story's own `<h3>`s), so the reader lost the outline of the story while every paragraph
 * stayed. A heading comes back only right before the source paragraph that follows it, when
 * that paragraph is in the pick and nothing with the heading's text already precedes it there.
 * Works on raw text and tag lookups in the pick's source container only.
 */
export function restoreHeadings(pick: SourcePick, body: Element): void {
  const paragraphs = new Map<string, Element>();
  for (const p of byTag(body, 'p')) paragraphs.set(p.textContent ?? '', p);
  if (!paragraphs.size) return;
  let present: Set<string> | undefined;
  for (const tag of HEADINGS) {
    for (const h of byTag(pick.container, tag)) {
      const next = h.nextElementSibling;
      if (!next || next.localName !== 'p') continue;
      const target = paragraphs.get(next.textContent ?? '');
      if (!target) continue;
      // Without the anchor mark some headings carry ("#", "¶", "§").
      const text = normText(h).replace(/\s*[#¶§🔗]+$/u, '');
      if (!text || text.length > MAX_HEADING || hidden(h, pick.container)) continue;
      present ??= new Set(HEADINGS.flatMap((t) => byTag(body, t).map(normText)));
      const before = target.previousElementSibling;
      if (present.has(text) || (before && normText(before) === text)) continue;
      const copy = body.ownerDocument.createElement(tag);
      copy.textContent = text;
      target.before(copy);
      present.add(text);
    }
  }
}

/** Whether the heading or a wrapper up to the container is chrome or hidden. */
function hidden(h: Element, container: Element): boolean {
  for (let el: Element | null = h; el && el !== container; el = el.parentElement) {
    if (isChrome(el)) return true;
    const style = el.getAttribute('style') ?? '';
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  }
  return false;
}
