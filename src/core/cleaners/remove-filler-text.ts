/**
 * Removes a template's dummy text left in a real page: "Lorem ipsum dolor sit amet…" blocks and
 * the labels that stand over them ("Head Line 1", "Heading Line"). Nobody wrote them for the
 * reader. A page made of nothing but filler (a layout demo, a test page) is left as it is: there
 * the filler is all there is to read.
 */
import { leafBlocks, leafText, removeAndRecord, wordCount } from './blocks.ts';
import type { CleanContext } from './context.ts';

const LOREM = /^\W*lorem ipsum\b/i;
/** A template's placeholder heading: a generic label, perhaps numbered. */
const LABEL = /^(?:head(?:ing)?\s?line|heading|headline|sub\s?heading|title|subtitle)(?:\s*\d+)?$/i;
/** Words of real text the page must keep besides the filler before any filler goes. */
const MIN_REAL_WORDS = 40;

export function removeFillerText(root: Element, ctx: CleanContext): void {
  const blocks = leafBlocks(root);
  const texts = blocks.map((b) => leafText(b).trim());
  if (!texts.some((t) => LOREM.test(t))) return;
  const filler = texts.map((t) => LOREM.test(t) || LABEL.test(t));
  const real = texts.reduce((n, t, i) => (filler[i] ? n : n + wordCount(t)), 0);
  if (real < MIN_REAL_WORDS) return;
  blocks.forEach((b, i) => {
    if (filler[i]) removeAndRecord(b, 'placeholder', ctx, root);
  });
}
