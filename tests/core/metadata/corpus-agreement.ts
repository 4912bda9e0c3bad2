import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { CORPUS_DIR } from '../../../scripts/lib/corpus.ts';
import { extractMetadata, parseDate, tidyByline } from '../../../src/core/metadata/index.ts';
import { foldAccents } from '../../../src/core/metadata/month-names.ts';

/** Readability's test suite serves every page from this URL. */
const PAGE_URL = 'http://fakehost/test/page.html';
export const READABILITY_DIR = join(CORPUS_DIR, 'readability');

export interface ExpectedMetadata {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
  dir?: string | null;
}

export interface FieldResult {
  slug: string;
  field: 'title' | 'byline' | 'siteName' | 'publishedTime' | 'lang' | 'dir';
  expected: string;
  actual: string | null;
  agree: boolean;
}

const squash = (s: string): string => foldAccents(s).replace(/[^\p{L}\p{N}]+/gu, '');
const SEPARATOR = /\s+(?:\||-|–|—|·|•|::|»|«|\/)\s+/;

/** Equal, or ours is a run of the expected title's separator segments (site name removed on purpose). */
export function titleAgrees(expected: string, actual: string): boolean {
  if (squash(expected) === squash(actual)) return true;
  const parts = expected.split(SEPARATOR);
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j <= parts.length; j++) {
      if (squash(parts.slice(i, j).join(' ')) === squash(actual)) return true;
    }
  }
  return false;
}

/** Same instant, or the same day when either side has no time of day. */
export function dateAgrees(expected: string, actual: string | null): boolean {
  const want = parseDate(expected);
  if (!want || !actual) return false;
  if (want.length === 10 || actual.length === 10) return want.slice(0, 10) === actual.slice(0, 10);
  return Date.parse(want) === Date.parse(actual);
}

export function readabilitySlugs(): string[] {
  if (!existsSync(READABILITY_DIR)) return [];
  return readdirSync(READABILITY_DIR)
    .filter((slug) => existsSync(join(READABILITY_DIR, slug, 'expected-metadata.json')))
    .sort();
}

/** Compares our header with Readability's expected metadata, field by field, where it has a value. */
export function compareSlug(slug: string): FieldResult[] {
  const dir = join(READABILITY_DIR, slug);
  const html = readFileSync(join(dir, 'source.html'), 'utf8');
  const expected = JSON.parse(
    readFileSync(join(dir, 'expected-metadata.json'), 'utf8'),
  ) as ExpectedMetadata;
  const dom = new JSDOM(html, { url: PAGE_URL });
  const doc = dom.window.document;
  const parsed = new Readability(doc.cloneNode(true) as Document).parse() ?? {
    title: null,
    byline: null,
    siteName: null,
    excerpt: null,
    lang: null,
    dir: null,
    publishedTime: null,
  };
  const header = extractMetadata(
    doc,
    parsed,
    { dates: [], bylines: [] },
    { url: PAGE_URL, now: new Date('2025-01-01T00:00:00Z') },
  );
  dom.window.close();
  const results: FieldResult[] = [];
  const push = (
    field: FieldResult['field'],
    exp: string | null | undefined,
    actual: string | null,
    agree: (e: string) => boolean,
  ): void => {
    const e = exp?.trim();
    if (e) results.push({ slug, field, expected: e, actual, agree: agree(e) });
  };
  push('title', expected.title, header.title, (e) => titleAgrees(e, header.title));
  push('byline', expected.byline, header.byline, (e) => {
    // Readability's byline keeps extras ("By Kelli Miller WebMD Health News"); ours may be the clean core of it.
    const want = squash(tidyByline(e).join(' ') || e);
    const got = squash(header.authors.join(' '));
    return (
      got.length > 0 && (want === got || (want.includes(got) && got.length >= want.length / 2))
    );
  });
  push(
    'siteName',
    expected.siteName,
    header.siteName,
    (e) => !!header.siteName && squash(e) === squash(header.siteName),
  );
  push('publishedTime', expected.publishedTime, header.published, (e) =>
    dateAgrees(e, header.published),
  );
  push('lang', expected.lang, header.lang, (e) => e.toLowerCase() === header.lang?.toLowerCase());
  push('dir', expected.dir, header.dir, (e) => e === header.dir);
  return results;
}
