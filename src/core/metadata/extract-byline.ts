import { byAttribute, type AttributeLookup } from '../dom/find-elements.ts';
import { ldTypes, type LdNode } from './json-ld.ts';
import { type MetaTags } from './meta-tags.ts';
import { tidyByline } from './tidy-byline.ts';

export interface BylineSources {
  doc: Document;
  /** Attribute lookups on `doc` sharing one walk; `byAttribute` when absent. */
  find?: AttributeLookup;
  meta: MetaTags;
  article: LdNode | null;
  /** Bylines the cleaners took out of the body. */
  found: string[];
  parsedByline: string | null | undefined;
}

/** Person names from JSON-LD `author`, which may be a string, an object or an array of either. */
function ldAuthors(article: LdNode | null): { people: string[]; organisations: string[] } {
  const people: string[] = [];
  const organisations: string[] = [];
  const raw = article?.['author'] ?? article?.['creator'];
  for (const item of Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]) {
    if (typeof item === 'string') people.push(item);
    else if (item && typeof item === 'object') {
      const node = item as LdNode;
      const name = typeof node['name'] === 'string' ? node['name'] : null;
      if (!name) continue;
      if (
        ldTypes(node).includes('Organization') ||
        ldTypes(node).includes('NewsMediaOrganization')
      ) {
        organisations.push(name);
      } else people.push(name);
    }
  }
  return { people, organisations };
}

function metaAuthors(meta: MetaTags): string[] {
  const keys = [
    'author',
    'article:author',
    'dc.creator',
    'dcterms.creator',
    'parsely-author',
    'sailthru.author',
    'byl',
    'citation_author',
  ];
  // article:author is often a profile URL rather than a name.
  return keys.flatMap((key) => meta.get(key) ?? []).filter((v) => !/^https?:|^\/\//.test(v));
}

const inAuthor = (el: Element): boolean => {
  for (let up = el.parentElement; up; up = up.parentElement) {
    if (up.getAttribute('itemprop') === 'author') return true;
  }
  return false;
};

/** `[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"]`, in page order. */
function pageAuthors(find: AttributeLookup): string[] {
  const els = find({ rel: ['author'], itemprop: ['author', 'name'] }).filter(
    (el) => el.getAttribute('itemprop') !== 'name' || inAuthor(el),
  );
  return els
    .slice(0, 6)
    .map((el) => el.getAttribute('content') ?? el.textContent ?? '')
    .filter((t) => t.trim().length > 1 && t.trim().length < 100);
}

/**
 * Author names, first source that yields any: JSON-LD people, meta author, the visible byline
 * the cleaners removed, rel=author / itemprop=author, Readability's byline, and only then a
 * JSON-LD organisation (a publisher credited as author says little).
 */
export function extractAuthors(src: BylineSources): string[] {
  const ld = ldAuthors(src.article);
  // Thunks: the page's own markup is only searched when the cheaper sources say nothing.
  const sources: (() => string[])[] = [
    () => ld.people,
    () => metaAuthors(src.meta),
    () => src.found,
    () => pageAuthors(src.find ?? ((wanted, limit) => byAttribute(src.doc, wanted, limit))),
    () => (src.parsedByline ? [src.parsedByline] : []),
    () => ld.organisations,
  ];
  for (const source of sources) {
    const names: string[] = [];
    for (const raw of source()) {
      for (const name of tidyByline(raw)) {
        if (!names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
      }
    }
    if (names.length) return names.slice(0, 10);
  }
  return [];
}
