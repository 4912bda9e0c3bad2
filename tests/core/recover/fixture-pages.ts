// Helpers for the recover tests: pages of our own writing, and Readability's pick on them.
import { Readability } from '@mozilla/readability';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { blockText } from '../../../src/core/block-text.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/recover');

/** A fixture page from tests/fixtures/recover, parsed at `url`. */
export const load = (name: string, url = 'https://news.example/story'): Document =>
  new JSDOM(readFileSync(join(DIR, name), 'utf8'), { url }).window.document;

/** Readability's pick as the pipeline gets it: on a clone, serializer returning the element. */
export function pick(doc: Document): Element {
  const parsed = new Readability(doc.cloneNode(true) as Document, {
    keepClasses: false,
    serializer: (el: Node) => el,
  }).parse();
  return parsed!.content as unknown as Element;
}

/** An element's text, one block per entry. */
export const lines = (el: Element): string[] => blockText(el).split('\n');
