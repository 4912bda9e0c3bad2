import { ldText, ldTypes, type LdNode } from './json-ld.ts';
import { firstMeta, type MetaTags } from './meta-tags.ts';
import { cleanText } from './clean-text.ts';

export interface SiteNameSources {
  meta: MetaTags;
  article: LdNode | null;
  ld: LdNode[];
  parsedSiteName: string | null | undefined;
  url: string | undefined;
}

/** The host without "www.", e.g. "theguardian.com"; null for non-web URLs. */
export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    if (!/^https?:$/.test(protocol) || !hostname) return null;
    return hostname.replace(/^www\d?\./, '');
  } catch {
    return null;
  }
}

/** The label a site is known by in its host: "news.bbc.co.uk" → "bbc", "theverge.com" → "theverge". */
export function hostLabel(host: string): string {
  const labels = host.split('.');
  const tld = labels.length >= 3 && /^[a-z]{2}$/.test(labels.at(-1)!) && labels.at(-2)!.length <= 3;
  const rest = labels.slice(0, tld ? -2 : -1);
  return rest.at(-1) ?? host;
}

/**
 * The publication's name: og:site_name, then the JSON-LD publisher (or the WebSite node),
 * then Readability's guess, then the host so the reader always has something to show.
 */
export function extractSiteName(src: SiteNameSources): string | null {
  const website = src.ld.find((n) => ldTypes(n).includes('WebSite'));
  const name = [
    firstMeta(
      src.meta,
      'og:site_name',
      'application-name',
      'al:ios:app_name',
      'apple-mobile-web-app-title',
    ),
    ldText(src.article?.['publisher']),
    ldText(website?.['name']),
    src.parsedSiteName,
  ]
    // A URL given as the name ("http://www.tmz.com") still names the site by its host.
    .map((n) => (/^https?:\/\//i.test(cleanText(n)) ? (hostOf(cleanText(n)) ?? '') : cleanText(n)))
    // Handles and overly long strings are not names.
    .find((n) => n && n.length <= 80 && !n.startsWith('@'));
  return name ?? hostOf(src.url);
}
