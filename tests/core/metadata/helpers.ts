import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { extractMetadata, type ArticleHeader } from '../../../src/core/metadata/index.ts';
import type { ExtractOptions } from '../../../src/core/types.ts';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/metadata');

export function docFrom(html: string, url = 'https://news.example/2021/04/story'): Document {
  return new JSDOM(html, { url }).window.document;
}

/** Runs the metadata step as extractArticle does: Readability on a clone, then our header. */
export function headerOf(
  html: string,
  options: ExtractOptions = {},
  found: { dates: string[]; bylines: string[] } = { dates: [], bylines: [] },
): ArticleHeader {
  const url = options.url ?? 'https://news.example/2021/04/story';
  const doc = docFrom(html, url);
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  const fields = parsed ?? {
    title: null,
    byline: null,
    siteName: null,
    excerpt: null,
    lang: null,
    dir: null,
    publishedTime: null,
  };
  return extractMetadata(doc, fields, found, { url, ...options });
}

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}
