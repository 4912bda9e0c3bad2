import { Readability } from '@mozilla/readability';
import { dropUnlikely } from './unlikely.ts';

/**
 * Runs Readability again on a document holding only `container`, so a recovered container gets
 * the same cleanup as Readability's own pick (forms, link lists, hidden nodes, relative links).
 * Readability cut the container down by its class weights ("widget", "media", "hidden" count
 * against a block), which the second pass must not repeat: it drops chrome by class and id the
 * way Readability's first pass does, then the classes and ids, so only structure is weighed.
 * `keep` are texts of paragraphs Readability kept: no block holding one is dropped.
 */
export function reparse(
  source: Document,
  container: Element,
  into: Document,
  keep: ReadonlySet<string>,
): Element | null {
  const doc = source.implementation.createHTMLDocument(source.title);
  const base = doc.createElement('base');
  base.href = source.baseURI;
  doc.head.append(base);
  const copy = doc.importNode(container, true) as Element;
  dropUnlikely(copy, keep);
  for (const el of [copy, ...copy.querySelectorAll('[class], [id]')]) {
    el.removeAttribute('class');
    el.removeAttribute('id');
  }
  doc.body.append(copy);
  const parsed = new Readability(doc, { keepClasses: false, serializer: (el: Node) => el }).parse();
  const content = parsed?.content as unknown as Element | null | undefined;
  return content ? (into.importNode(content, true) as Element) : null;
}
