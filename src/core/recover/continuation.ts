import { normText } from './prose.ts';
import { byTag } from '../dom/find-elements.ts';

/**
 * The source paragraphs Readability did not keep that continue the story: they sit in the same
 * kind of wrapper as the ones it kept (same tag, a class in common), as the blocks of a story a
 * CMS cut up do, while comments and teasers have wrappers of their own. Teaser cards and
 * paragraphs made of links never count. The shape test comes first: it only reads attributes.
 */
export function continuation(found: readonly Element[], others: readonly Element[]): Element[] {
  const shapes = new Map<string, string[]>();
  for (const p of found) {
    const parent = p.parentElement;
    if (parent && !isTeaser(parent)) shapes.set(shapeKey(parent), classList(parent));
  }
  const sameShape = (el: Element): boolean => {
    const mine = classList(el);
    for (const [key, theirs] of shapes) {
      if (!key.startsWith(`${el.localName}|`)) continue;
      if (!theirs.length && !mine.length) return true;
      if (theirs.some((c) => mine.includes(c))) return true;
    }
    return false;
  };
  return others.filter((p) => {
    const parent = p.parentElement;
    return !!parent && sameShape(parent) && !isTeaser(parent) && !mostlyLinks(p);
  });
}

/** Characters of `paragraphs` inside `container`. */
export function lengthWithin(container: Element, paragraphs: readonly Element[]): number {
  let n = 0;
  for (const p of paragraphs) if (container.contains(p)) n += normText(p).length;
  return n;
}

const classList = (el: Element): string[] =>
  (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
const shapeKey = (el: Element): string => `${el.localName}|${el.getAttribute('class') ?? ''}`;

function mostlyLinks(p: Element): boolean {
  let linked = 0;
  for (const a of byTag(p, 'a')) linked += a.textContent?.length ?? 0;
  return !!p.parentElement?.closest('a') || linked > (p.textContent?.length ?? 0) / 2;
}

/**
 * A teaser card: besides its paragraphs the block holds a link with text of its own (the
 * headline of another story). A story's chunks link only from inside their sentences.
 */
function isTeaser(el: Element): boolean {
  let linked = 0;
  for (const a of byTag(el, 'a')) {
    if (!a.closest('p')) linked += normText(a).length;
  }
  return linked >= 15;
}
