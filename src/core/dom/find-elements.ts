/**
 * Cheap stand-ins for the few selector queries metadata runs on the whole source page. In jsdom
 * every `querySelectorAll` walks the page through a slow selector engine (1–4 ms on a news
 * page); tag lookups are indexed and a sibling walk with attribute reads is several times
 * cheaper. In browsers these cost about the same as the queries they replace.
 */
import { walkElements } from './walk-elements.ts';

/** Elements of one tag under `root`, in document order, as an array. */
export function byTag(root: Document | Element, tag: string): Element[] {
  const found: Element[] = [];
  const list = root.getElementsByTagName(tag);
  for (let i = 0, n = list.length; i < n; i++) found.push(list[i]!);
  return found;
}

/** The first element of a tag under `root`, or null. */
export function firstByTag(root: Document | Element, tag: string): Element | null {
  return root.getElementsByTagName(tag)[0] ?? null;
}

/**
 * Elements whose attribute `name` has one of `values` (exact match), in document order. One walk
 * answers several such lookups: `[itemprop="author"], [rel="author"]` is
 * `byAttribute(doc, {itemprop: ['author'], rel: ['author']})`; `true` takes any value.
 */
export function byAttribute(
  doc: Document,
  wanted: Readonly<Record<string, readonly string[] | true>>,
  limit = Infinity,
): Element[] {
  const found: Element[] = [];
  const names = Object.keys(wanted);
  const root = doc.documentElement;
  if (!root) return found;
  walkElements(root, (el) => {
    if (found.length >= limit) return true;
    for (const name of names) {
      const value = el.getAttribute(name);
      const values = wanted[name]!;
      if (value !== null && (values === true || values.includes(value))) {
        found.push(el);
        break;
      }
    }
    return false;
  });
  return found;
}

export type AttributeLookup = (
  wanted: Readonly<Record<string, readonly string[] | true>>,
  limit?: number,
) => Element[];

/**
 * `byAttribute` for several lookups on one page: the first lookup walks the page once for
 * every attribute in `names`, later ones filter what that walk found. Lookups of other
 * attributes walk on their own.
 */
export function attributeLookup(doc: Document, names: readonly string[]): AttributeLookup {
  let found: { el: Element; name: string; value: string }[] | null = null;
  const collect = () => {
    const list: { el: Element; name: string; value: string }[] = [];
    const root = doc.documentElement;
    if (root) {
      walkElements(root, (el) => {
        for (const name of names) {
          const value = el.getAttribute(name);
          if (value !== null) list.push({ el, name, value });
        }
      });
    }
    return list;
  };
  return (wanted, limit = Infinity) => {
    if (Object.keys(wanted).some((name) => !names.includes(name))) {
      return byAttribute(doc, wanted, limit);
    }
    found ??= collect();
    const out: Element[] = [];
    for (const { el, name, value } of found) {
      if (out.length >= limit) break;
      const values = wanted[name];
      // One element may carry several of the attributes; its entries sit next to each other.
      if (values && (values === true || values.includes(value)) && out.at(-1) !== el) {
        out.push(el);
      }
    }
    return out;
  };
}
