import { ldText, type LdNode } from './json-ld.ts';
import { firstMeta, type MetaTags } from './meta-tags.ts';
import { cleanText } from './clean-text.ts';
import { foldAccents } from './month-names.ts';
import { byTag } from '../dom/find-elements.ts';

/** " | ", " - ", " – ", " — ", " · ", " :: ", " » ", " / " between a headline and the site name. */
const SEPARATOR = /\s+(?:\||-|–|—|·|•|::|»|«|\/)\s+/;

export interface TitleSources {
  doc: Document;
  meta: MetaTags;
  article: LdNode | null;
  /** Readability's title, a last resort (its separator cut loses "Headline - a subtitle"). */
  parsedTitle: string | null | undefined;
  /** Every name the site goes by: og:site_name, publisher, host labels. */
  siteNames: string[];
}

/** Letters and digits only, accents folded, for comparing titles from different sources. */
function squash(text: string): string {
  return foldAccents(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

function isSiteName(segment: string, siteNames: string[]): boolean {
  const seg = squash(segment);
  if (seg.length < 2) return true;
  return siteNames.some((name) => {
    const site = squash(name);
    if (!site) return false;
    if (seg === site) return true;
    // "BBC News" vs host "bbc"; "The Verge" vs "theverge"; but never a long headline.
    const words = segment.split(/\s+/).length;
    return words <= 5 && (seg.includes(site) || (site.includes(seg) && seg.length >= 3));
  });
}

/**
 * Removes the site name from either end of a title: "Headline | Site", "Site - Headline",
 * "Headline — Section — Site".
 *
 * @example
 * stripSiteName('Huawei ban row | World | Sputnik', ['Sputnik']); // 'Huawei ban row | World'
 */
export function stripSiteName(title: string, siteNames: string[]): string {
  const parts = title.split(SEPARATOR);
  while (parts.length > 1 && isSiteName(parts[parts.length - 1]!, siteNames)) parts.pop();
  while (parts.length > 1 && isSiteName(parts[0]!, siteNames)) parts.shift();
  return rejoin(title, parts);
}

/** Joins kept segments with the separators the title used between them. */
function rejoin(title: string, parts: string[]): string {
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  const start = title.indexOf(first);
  const end = title.lastIndexOf(last) + last.length;
  return cleanText(start >= 0 && end > start ? title.slice(start, end) : parts.join(' - '));
}

/**
 * The headline as plain text. Prefers an `<h1>` that agrees with the metadata titles (it has
 * the page's own wording and no site suffix), then JSON-LD headline / og:title, then the
 * document title, each with the site name stripped.
 */
export function extractTitle(src: TitleSources): string {
  const metaTitles = [
    ldText(src.article?.['headline']),
    ldText(src.article?.['name']),
    firstMeta(src.meta, 'og:title'),
    firstMeta(src.meta, 'twitter:title'),
    firstMeta(src.meta, 'dc.title', 'dcterms.title', 'parsely-title', 'sailthru.title', 'title'),
    src.doc.title,
    src.parsedTitle,
  ]
    .map(cleanText)
    .filter(Boolean);

  const agreed = agreeingHeading(src.doc, metaTitles, src.siteNames);
  if (agreed) return agreed;

  const primary = metaTitles[0];
  if (!primary) return cleanText(src.parsedTitle);
  const stripped = stripSiteName(primary, src.siteNames);
  return SEPARATOR.test(stripped) ? dropUnknownSuffix(stripped) : stripped;
}

/**
 * "Lorem ipsum dolor sit amet – My website": a short capitalised last segment after a longer
 * headline is a site or section name even when we do not know the site. A lower-case segment
 * continues the headline ("Designing ATF - an async task framework") and stays.
 */
function dropUnknownSuffix(title: string): string {
  const parts = title.split(SEPARATOR);
  const last = parts[parts.length - 1]!;
  const head = parts.slice(0, -1).join(' ');
  const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
  if (words(last) <= 4 && words(head) >= 3 && !/^\p{Ll}/u.test(last)) {
    return rejoin(title, parts.slice(0, -1));
  }
  return title;
}

/** An h1 whose text equals a metadata title or one of its separator segments. */
function agreeingHeading(doc: Document, titles: string[], siteNames: string[]): string | null {
  const headings = byTag(doc, 'h1').slice(0, 5);
  const keys = new Set<string>();
  for (const title of titles) {
    keys.add(squash(title));
    keys.add(squash(stripSiteName(title, siteNames)));
    const parts = title.split(SEPARATOR);
    // Every run of consecutive segments: "A | B | C" → "A", "A | B", "B | C", …
    for (let i = 0; i < parts.length; i++) {
      for (let j = i + 1; j <= parts.length; j++) keys.add(squash(parts.slice(i, j).join(' ')));
    }
  }
  for (const heading of headings) {
    const text = cleanText(heading.textContent);
    const key = squash(text);
    if (key.length < 4 || text.length > 300 || isSiteName(text, siteNames)) continue;
    // Some sites print the site name in the h1 too ("Best exhibitions – Artlyst").
    if (keys.has(key)) return stripSiteName(text, siteNames);
  }
  return null;
}
