import { byTag } from '../dom/find-elements.ts';

export interface SourcePick {
  /** Lowest common ancestor of the paragraphs found. */
  container: Element;
  /** Texts of the paragraphs Readability kept (raw `textContent`). */
  kept: ReadonlySet<string>;
  /** The source paragraphs whose text Readability kept, in document order. */
  found: Element[];
  /** The other source paragraphs long enough to be prose, in document order. */
  others: Element[];
  /** Their raw characters. */
  othersLength: number;
}

/** Paragraphs shorter than this (raw characters) are never story text for the recovery. */
export const MIN_PARAGRAPH = 60;

/** Texts (raw `textContent`) of the pick's paragraphs long enough to be running text. */
export function keptParagraphs(body: Element): Set<string> {
  const kept = new Set<string>();
  for (const p of byTag(body, 'p')) {
    const text = p.textContent ?? '';
    if (text.length >= MIN_PARAGRAPH) kept.add(text);
  }
  return kept;
}

/**
 * The element of the source page that holds the paragraphs Readability kept: their lowest
 * common ancestor, found in one pass over the source's paragraphs comparing raw text
 * (Readability moves paragraphs, it does not rewrite their text). Null when too few of them
 * are found there. Works on raw `textContent` only: it runs on every page.
 */
export function sourceContainer(source: Document, kept: ReadonlySet<string>): SourcePick | null {
  if (!kept.size) return null;
  const found: Element[] = [];
  const others: Element[] = [];
  let othersLength = 0;
  for (const p of byTag(source, 'p')) {
    const text = p.textContent ?? '';
    if (text.length < MIN_PARAGRAPH) continue;
    if (kept.has(text)) found.push(p);
    else {
      others.push(p);
      othersLength += text.length;
    }
  }
  // A row of links in a paragraph at either end would stretch the container to the page's edges.
  while (found.length && mostlyLinks(found[0]!)) found.shift();
  while (found.length && mostlyLinks(found[found.length - 1]!)) found.pop();
  if (found.length < Math.min(2, kept.size)) return null;
  // In document order, the first and the last paragraph share the ancestor all of them share.
  let lca: Element | null = found[0]!;
  const last = found[found.length - 1]!;
  while (lca && !lca.contains(last)) lca = lca.parentElement;
  // One paragraph is no container: its parent holds the story it belongs to.
  if (lca && lca.localName === 'p') lca = lca.parentElement;
  return lca && lca !== source.body ? { container: lca, kept, found, others, othersLength } : null;
}

function mostlyLinks(p: Element): boolean {
  let linked = 0;
  for (const a of byTag(p, 'a')) linked += a.textContent?.length ?? 0;
  return linked > (p.textContent?.length ?? 0) / 2;
}
