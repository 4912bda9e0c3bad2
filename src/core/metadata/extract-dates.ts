import { byAttribute, byTag, firstByTag, type AttributeLookup } from '../dom/find-elements.ts';
import { walkElements } from '../dom/walk-elements.ts';
import { ldText, type LdNode } from './json-ld.ts';
import { firstMeta, type MetaTags } from './meta-tags.ts';
import { parseDate, type ParseDateOptions } from './parse-date.ts';

export interface ArticleDates {
  published: string | null;
  modified: string | null;
}

export interface DateSources {
  doc: Document;
  /** Attribute lookups on `doc` sharing one walk; `byAttribute` when absent. */
  find?: AttributeLookup;
  meta: MetaTags;
  article: LdNode | null;
  ld: LdNode[];
  /** Readability's own reading of the publish time. */
  parsedPublished: string | null | undefined;
  /** Datelines the cleaners took out of the body ("15:42 GMT19 April 2021", "Updated 9:41 AM"). */
  found: string[];
}

const PUBLISHED_META = [
  'article:published_time',
  'og:published_time',
  'article:published',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'published_time',
  'date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'dc.date.created',
  'citation_publication_date',
  'citation_date',
  'article.published',
  'cxenseparse:recs:publishtime',
];

const MODIFIED_META = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'article:modified',
  'last-modified',
  'lastmod',
  'dcterms.modified',
  'dc.date.modified',
  'article.updated',
];

/** "Updated …" in the languages we read. */
const UPDATED =
  /\b(?:updated|last updated|modified|edited|aktualisiert|geändert|mis à jour|modifié|actualizado|actualización|aggiornato|atualizado|atualização|bijgewerkt)\b/i;

const DURATION = /^(?:\d{1,2}:)?\d{1,2}:\d{2}$/;

/** Classes and ids that label a dateline on the page. */
const DATELINE_HINT =
  /(?:^|[\s_-])(?:date|dateline|time|timestamp|publish\w*|posted|pubdate|meta|byline)(?:$|[\s_-])/i;

/**
 * Published and modified instants, most trustworthy source first: JSON-LD, meta tags,
 * Readability, `<time datetime>`, the datelines the cleaners removed, then visible datelines.
 */
export function extractDates(src: DateSources, options: ParseDateOptions): ArticleDates {
  const find: AttributeLookup =
    src.find ?? ((wanted, limit) => byAttribute(src.doc, wanted, limit));
  const parse = (value: string | null | undefined): string | null =>
    value ? parseDate(value, options) : null;
  const pick = (...values: (string | null | undefined)[]): string | null => {
    for (const value of values) {
      const date = parse(value);
      if (date) return date;
    }
    return null;
  };

  const foundPublished = src.found.filter((d) => !UPDATED.test(d));
  const foundModified = src.found.filter((d) => UPDATED.test(d));
  const ldWithDate = src.article ?? src.ld.find((n) => n['datePublished'] !== undefined) ?? null;

  // Sources are read in stages so the DOM scans run only when the metadata has no answer.
  const published =
    pick(
      ldText(ldWithDate?.['datePublished']),
      ldText(ldWithDate?.['dateCreated']),
      ...PUBLISHED_META.map((key) => firstMeta(src.meta, key)),
      src.parsedPublished,
    ) ??
    pick(...timeElements(src.doc, 'published', find)) ??
    pick(...foundPublished) ??
    pick(...visibleDatelines(src.doc, find));
  let modified =
    pick(
      ldText(ldWithDate?.['dateModified']),
      ...MODIFIED_META.map((key) => firstMeta(src.meta, key)),
    ) ??
    pick(...timeElements(src.doc, 'modified', find)) ??
    pick(...foundModified);
  // A modification before publication (or equal to it) tells the reader nothing.
  if (modified && published && Date.parse(modified) <= Date.parse(published)) modified = null;
  return { published, modified };
}

/** `datetime` values of `<time>` elements, the explicitly labelled ones first. */
function timeElements(
  doc: Document,
  kind: 'published' | 'modified',
  find: AttributeLookup,
): string[] {
  const labelled =
    kind === 'published'
      ? find({
          itemprop: ['datePublished'],
          property: ['article:published_time'],
          pubdate: true,
        }).filter((el) => el.localName === 'time' || !el.hasAttribute('pubdate'))
      : find({ itemprop: ['dateModified'], property: ['article:modified_time'] });
  const values: string[] = [];
  for (const el of labelled.slice(0, 5)) {
    values.push(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent ?? '');
  }
  if (kind === 'published') {
    // Unlabelled <time>: the first one that is not an "Updated" stamp, as on most news sites,
    // in the article when it has one (a sidebar's times belong to other stories).
    const article = firstByTag(doc, 'article');
    const dated = (root: Document | Element) =>
      byTag(root, 'time').filter((time) => time.hasAttribute('datetime'));
    const inArticle = article ? dated(article) : [];
    for (const time of (inArticle.length ? inArticle : dated(doc)).slice(0, 10)) {
      if (UPDATED.test(`${textBefore(time)} ${time.className}`)) continue;
      values.push(time.getAttribute('datetime') ?? '');
    }
  }
  return values;
}

/**
 * Short text blocks whose class or id says "date", read as datelines; a last resort. The story's
 * own container is searched first, so a dated teaser in a sidebar does not date the article.
 */
function visibleDatelines(doc: Document, find: AttributeLookup): string[] {
  const roots = [
    firstByTag(doc, 'article'),
    firstByTag(doc, 'main') ?? find({ role: ['main'] }, 1)[0] ?? null,
    doc.body,
  ].filter((root): root is Element => root !== null);
  for (const root of roots) {
    const values: string[] = [];
    walkElements(root, (el) => {
      if (values.length >= 5) return true;
      const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
      if (label.length < 2 || !DATELINE_HINT.test(label)) return false;
      const text = el.textContent?.trim() ?? '';
      if (text.length < 4 || text.length > 120 || UPDATED.test(text)) return false;
      // A bare "3:42" in a .time element is a video's duration, not today at 03:42.
      if (DURATION.test(text)) return false;
      values.push(text);
      return false;
    });
    if (values.length) return values;
  }
  return [];
}

/** The few words printed just before an element ("Mis à jour le"), within its parent. */
function textBefore(el: Element): string {
  let text = '';
  for (let node = el.previousSibling; node && text.length < 40; node = node.previousSibling) {
    if (node.nodeType === 1 && (node as Element).localName === 'time') break;
    text = (node.textContent ?? '') + text;
  }
  return text.slice(-40);
}
