import { byTag } from '../dom/find-elements.ts';

/**
 * The page's `<meta>` values by lower-cased key. A tag may carry several keys
 * (`property="og:title twitter:title"`, seen on real pages), so each one is indexed.
 */
export type MetaTags = ReadonlyMap<string, string[]>;

export function readMetaTags(doc: Document): MetaTags {
  const tags = new Map<string, string[]>();
  for (const meta of byTag(doc, 'meta')) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    const keys = [
      meta.getAttribute('property'),
      meta.getAttribute('name'),
      meta.getAttribute('itemprop'),
      meta.getAttribute('http-equiv'),
    ]
      .filter((key): key is string => !!key)
      .flatMap((key) => key.toLowerCase().split(/\s+/));
    for (const key of new Set(keys)) {
      const list = tags.get(key);
      if (list) list.push(content);
      else tags.set(key, [content]);
    }
  }
  return tags;
}

/** First non-empty value for the first key that has one. */
export function firstMeta(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value) return value;
  }
  return null;
}
