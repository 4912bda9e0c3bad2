import { attributeLookup } from '../dom/find-elements.ts';
import type { Article, ExtractOptions } from '../types.ts';
import type { CleanContext } from '../cleaners/index.ts';
import { extractAuthors } from './extract-byline.ts';
import { extractDates } from './extract-dates.ts';
import { extractSiteName, hostLabel, hostOf } from './extract-site-name.ts';
import { cleanText } from './clean-text.ts';
import { extractTitle } from './extract-title.ts';
import { findArticleNode, ldText, readJsonLd } from './json-ld.ts';
import { extractDir, extractLang } from './language.ts';
import { firstMeta, readMetaTags } from './meta-tags.ts';
import { joinAuthors } from './tidy-byline.ts';

export { countWords, readingMinutes } from './reading-time.ts';
export { parseDate } from './parse-date.ts';
export { tidyByline } from './tidy-byline.ts';

/** What Readability's parse() returns, the fields we read. */
export interface ReadabilityFields {
  title: string | null | undefined;
  byline: string | null | undefined;
  siteName: string | null | undefined;
  excerpt: string | null | undefined;
  lang: string | null | undefined;
  dir: string | null | undefined;
  publishedTime: string | null | undefined;
}

export type ArticleHeader = Pick<
  Article,
  | 'title'
  | 'byline'
  | 'authors'
  | 'siteName'
  | 'excerpt'
  | 'published'
  | 'modified'
  | 'lang'
  | 'dir'
>;

/**
 * Header fields from the source document (not Readability's clone, which has lost its head
 * metadata and datelines), Readability's guesses and what the cleaners took out of the body.
 *
 * @example
 * const header = extractMetadata(document, parsed, ctx.found, { url, now });
 * header.published; // '2021-04-19T15:42:00Z'
 */
export function extractMetadata(
  source: Document,
  parsed: ReadabilityFields,
  found: CleanContext['found'],
  options: ExtractOptions = {},
): ArticleHeader {
  const meta = readMetaTags(source);
  // Dates and bylines look for the same few attributes: one walk of the page answers both.
  const find = attributeLookup(source, ['itemprop', 'property', 'rel', 'pubdate', 'role']);
  const ld = readJsonLd(source);
  const article = findArticleNode(ld);
  const url = options.url ?? (/^https?:/.test(source.URL) ? source.URL : undefined);

  const siteName = extractSiteName({ meta, article, ld, parsedSiteName: parsed.siteName, url });
  const host = hostOf(url);
  const siteNames = [siteName, host, host && hostLabel(host)].filter((n): n is string => !!n);
  const title = extractTitle({ doc: source, meta, article, parsedTitle: parsed.title, siteNames });

  // An author that is the site itself (JSON-LD `Organization`) says nothing the header lacks.
  const authors = extractAuthors({
    doc: source,
    find,
    meta,
    article,
    found: found.bylines,
    parsedByline: parsed.byline,
  }).filter((a) => !siteNames.some((n) => n.toLowerCase() === a.toLowerCase()));
  const langSources = {
    doc: source,
    meta,
    article,
    parsedLang: parsed.lang,
    parsedDir: parsed.dir,
  };
  const lang = extractLang(langSources);
  const { published, modified } = extractDates(
    {
      doc: source,
      find,
      meta,
      article,
      ld,
      parsedPublished: parsed.publishedTime,
      found: found.dates,
    },
    { now: options.now ?? new Date(), monthFirst: lang === 'en-US' },
  );
  const excerpt =
    cleanText(parsed.excerpt) ||
    cleanText(
      firstMeta(meta, 'description', 'og:description') ?? ldText(article?.['description']),
    ) ||
    null;

  return {
    title,
    byline: joinAuthors(authors),
    authors,
    siteName,
    excerpt,
    published,
    modified,
    lang,
    dir: extractDir(langSources, lang),
  };
}
