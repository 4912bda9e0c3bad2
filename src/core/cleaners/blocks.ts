/**
 * The structural vocabulary the cleaners share: leaf blocks, word counts, link density, prose,
 * the head and tail edges of the article, and one way to remove and record a block.
 */
import { blockText } from '../block-text.ts';
import type { RemovalReason } from '../types.ts';
import type { CleanContext } from './context.ts';

const BLOCK_TAGS = new Set(
  'address article aside blockquote dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);

/** Elements that carry meaning without text: a block holding one is never "empty". */
const MEDIA = 'img,picture,video,audio,iframe,svg,canvas,object,embed,math,table';

export const isBlock = (el: Element): boolean => BLOCK_TAGS.has(el.localName);

/** Whether a node holds any visible character; stops at the first (a big container answers at once). */
export function hasText(node: Node): boolean {
  const walker = (node.ownerDocument ?? (node as Document)).createTreeWalker(node, 4);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (/\S/.test((text as Text).data)) return true;
  }
  return false;
}

/** Text of a node with whitespace collapsed. */
export const textOf = (node: Node): string => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

const memos: Map<string, unknown>[] = [];

/**
 * Forgets the remembered answers: called once per article, so one extraction never reads what
 * another computed (a benchmark that extracts a page twice must time the work twice).
 */
export function forgetTexts(): void {
  for (const memo of memos) memo.clear();
}

/**
 * Remembers a string function's answers: the cleaners ask about the same few hundred block texts
 * again and again (each of twenty steps counts their words), and a Unicode regex over a long
 * paragraph costs more than a lookup. Bounded, so a huge page cannot grow it without end.
 */
function memoized(fn: (text: string) => number): (text: string) => number;
function memoized(fn: (text: string) => string): (text: string) => string;
function memoized<T>(fn: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  memos.push(seen);
  return (text) => {
    let value = seen.get(text);
    if (value === undefined) {
      if (seen.size >= 4096) seen.clear();
      value = fn(text);
      seen.set(text, value);
    }
    return value;
  };
}

export const wordCount = memoized(
  (text: string): number => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length,
);

/** Share of an element's text that sits inside links (Readability's link density). */
export function linkDensity(el: Element, text = textOf(el)): number {
  if (!text) return 0;
  let linked = 0;
  // Tag lookups, not a selector query: jsdom's selector engine costs more than the rest here.
  const links = el.getElementsByTagName('a');
  for (let i = 0, n = links.length; i < n; i++) linked += textOf(links[i]!).length;
  if (el.localName === 'a') linked = text.length;
  return Math.min(1, linked / text.length);
}

/**
 * Blocks with text and no block inside them, in document order: the paragraphs, list items,
 * headings and captions a reader sees as lines. Computed once per root and filtered as cleaners
 * remove blocks (removal never makes a new leaf with text), since every cleaner asks for them.
 */
export function leafBlocks(root: Element): Element[] {
  const cached = leafCache.get(root);
  if (cached) {
    // Re-checked only after a change: 21 cleaners ask, and most remove nothing.
    if (cached.version !== changes) {
      cached.blocks = cached.blocks.filter((b) => root.contains(b));
      cached.version = changes;
    }
    return [...cached.blocks];
  }
  const out: Element[] = [];
  const walk = (el: Element): boolean => {
    let hasBlockChild = false;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (walk(child) || isBlock(child)) hasBlockChild = true;
    }
    if (!hasBlockChild && isBlock(el) && el !== root && leafText(el)) out.push(el);
    return hasBlockChild;
  };
  walk(root);
  leafCache.set(root, { blocks: out, version: changes });
  return [...out];
}

const leafCache = new WeakMap<Element, { blocks: Element[]; version: number }>();
/** Counts tree changes made by cleaners, anywhere: a cached block list is re-checked after any. */
let changes = 0;

/** Every change a cleaner makes to the tree goes through here (removeAndRecord calls it). */
export function noteChange(): void {
  changes++;
}
const textCache = new WeakMap<Element, string>();
const proseCache = new WeakMap<Element, boolean>();

/** `textOf` for blocks, cached: the cleaners read the same lines many times. */
export function leafText(el: Element): string {
  let text = textCache.get(el);
  if (text === undefined) {
    text = textOf(el);
    textCache.set(el, text);
  }
  return text;
}

/** A paragraph of running text: long enough, a sentence end, and not mostly links. */
export function isProse(el: Element): boolean {
  let prose = proseCache.get(el);
  if (prose === undefined) {
    const text = leafText(el);
    prose =
      wordCount(text) >= 18 &&
      /[.!?…:;"”»)]/.test(text) &&
      linkDensity(el, text) < 0.5 &&
      !/^h\d$/.test(el.localName);
    proseCache.set(el, prose);
  }
  return prose;
}

/** Index of the first and last prose block; blocks outside that span are the article's edges. */
export function proseSpan(blocks: Element[]): { first: number; last: number } {
  let first = -1;
  let last = -1;
  blocks.forEach((b, i) => {
    if (isProse(b)) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return first < 0 ? { first: blocks.length, last: -1 } : { first, last };
}

/**
 * Removes an element, records it, and removes ancestors left without text or media, so no empty
 * shells remain in the reading view.
 */
export function removeAndRecord(
  el: Element,
  reason: RemovalReason,
  ctx: CleanContext,
  root: Element,
): void {
  if (!el.parentElement || el === root || !root.contains(el)) return;
  const text = blockText(el).replace(/\n/g, ' ');
  ctx.removed.push({ reason, text, html: el.outerHTML });
  let parent: Element | null = el.parentElement;
  el.remove();
  noteChange();
  // An inline removal ("Click to tweet") changes the text of the blocks around it.
  for (let up: Element | null = parent; up; up = up.parentElement) {
    textCache.delete(up);
    proseCache.delete(up);
  }
  while (parent && parent !== root && !hasText(parent) && !parent.querySelector(MEDIA)) {
    const up: Element | null = parent.parentElement;
    parent.remove();
    parent = up;
  }
}

/** Whether a node's text has more than `max` words, reading no further than it must. */
function wordsExceed(node: Node, max: number): boolean {
  const walker = (node.ownerDocument ?? (node as Document)).createTreeWalker(node, 4);
  let words = 0;
  let carry = '';
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    // A word may run across text nodes ("<b>Ho</b>me"): count each node with what ended the last.
    const chunk = carry + (text as Text).data;
    const parts = chunk.split(/[^\p{L}\p{N}]+/u);
    carry = parts.pop() ?? '';
    words += parts.filter(Boolean).length;
    if (words + (carry ? 1 : 0) > max) return true;
  }
  return false;
}

/**
 * The largest ancestor of `el` below `root` that is still a small box around it: at most
 * `maxWords` words and no prose paragraph other than `el` itself. Used to take a newsletter or
 * cookie box away whole, with its button and heading, instead of leaving crumbs.
 */
export function smallBox(el: Element, root: Element, maxWords: number): Element {
  let box = el;
  for (let up = el.parentElement; up && up !== root; up = up.parentElement) {
    if (wordsExceed(up, maxWords)) break;
    if (leafBlocks(up).some((b) => b !== el && !el.contains(b) && isProse(b))) break;
    box = up;
  }
  return box;
}

/** Lower-cased text without trailing punctuation, arrows and counters, for phrase matching. */
export const phraseKey = memoized((text: string): string =>
  text
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .trim(),
);
