/**
 * Removes breadcrumbs and navigation at the head of the article: `nav` elements, "Home › World ›
 * Europe" trails, and runs of short link-only lines before the first paragraph.
 */
import {
  isProse,
  leafBlocks,
  leafText,
  linkDensity,
  proseSpan,
  removeAndRecord,
  wordCount,
} from './blocks.ts';
import type { CleanContext } from './context.ts';
import { BREADCRUMB_HOME } from './phrases.ts';

/** The accessibility link to the content, left as text when its target is gone. */
const SKIP_LINK =
  /^(?:skip to (?:the )?(?:main )?content|skip to main|zum inhalt springen|aller au contenu(?: principal)?|saltar al contenido(?: principal)?|vai al contenuto|ir para o conteúdo|naar de inhoud)\W*$/i;

const TRAIL = /\s*(?:›|»|>|\/|\||→|·|•)\s*/;

function isTrail(text: string): boolean {
  const parts = text.split(TRAIL).filter(Boolean);
  return (
    parts.length >= 2 &&
    parts.length <= 8 &&
    parts.every((p) => wordCount(p) <= 5) &&
    BREADCRUMB_HOME.includes(parts[0]!.toLowerCase())
  );
}

const isShortLink = (b: Element): boolean => {
  const text = leafText(b);
  return wordCount(text) <= 4 && linkDensity(b, text) > 0.9;
};

/**
 * A section label above the headline ("Opinion Columnist", "REVIEW", "SmartNews"): one to three
 * title-case or capital words with no sentence, before the text begins. A heading right above
 * the first paragraph introduces the text and stays; list items are content, not labels.
 */
function isSectionLabel(block: Element, next: Element | undefined, head: Element[]): boolean {
  const text = leafText(block);
  if (/^(?:li|dt|dd|td|th)$/.test(block.localName) || /[\d.!?:;,]/.test(text)) return false;
  // A line over a list is the list's heading ("Key Takeaways"), not a kicker over the headline.
  if (next && next.localName === 'li' && !block.contains(next)) return false;
  if (/^h\d$/.test(block.localName)) {
    if (next && isProse(next)) return false;
    // Several headings of one rank are sections whose content has no running text (formulas,
    // pictures, tables); a label over the headline is a single line.
    if (head.filter((b) => b.localName === block.localName).length >= 3) return false;
  }
  const words = text.split(/\s+/);
  return words.length <= 3 && words.every((w) => /^[\p{Lu}][\p{L}'’&-]*$/u.test(w));
}

export function removeBreadcrumbs(root: Element, ctx: CleanContext): void {
  for (const nav of root.querySelectorAll('nav')) removeAndRecord(nav, 'breadcrumbs', ctx, root);
  const blocks = leafBlocks(root);
  const { first } = proseSpan(blocks);
  const head = blocks.slice(0, first);
  const short = head.map(isShortLink);
  // Without running text there are no edges: a page of short lines is all the article has.
  const hasProse = first < blocks.length;
  head.forEach((block, i) => {
    if (
      isTrail(leafText(block)) ||
      SKIP_LINK.test(leafText(block)) ||
      (hasProse && isSectionLabel(block, head[i + 1] ?? blocks[first], head))
    ) {
      removeAndRecord(block, 'breadcrumbs', ctx, root);
    } else if (short[i] && (short[i - 1] || short[i + 1] || i === 0)) {
      // Short link-only lines before the text begins: a section label, a trail or a menu.
      removeAndRecord(block, 'breadcrumbs', ctx, root);
    }
  });
}
