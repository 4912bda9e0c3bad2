import { Readability } from '@mozilla/readability';
import { byTag } from '../dom/find-elements.ts';
import { dropDiscussion, inDiscussion } from './discussion.ts';
import { MIN_PARAGRAPH } from './source-container.ts';

/**
 * A pick is a fragment when the page's long paragraphs outside it hold at least this many times
 * its own text. On a story page they rarely do: what lies outside the story is menus, teasers
 * and captions, short or made of links.
 */
const FRAGMENT = 1;

/**
 * Whether Readability's pick looks like a fragment of a page whose text lies elsewhere: the long
 * paragraphs (raw `textContent`) it did not keep against its own raw length. `othersLength` is
 * that sum when the pick was found in the source: the cheap first test.
 */
export function looksLikeFragment(
  source: Document,
  kept: ReadonlySet<string>,
  raw: number,
  othersLength: number | undefined,
): boolean {
  if (othersLength !== undefined && othersLength < raw * FRAGMENT) return false;
  // A comment thread under a short story is no story the pick missed, and the retries would
  // only drop it again: its paragraphs do not count. This walk runs on the few pages left.
  let others = 0;
  for (const p of byTag(source, 'p')) {
    const text = p.textContent ?? '';
    if (text.length < MIN_PARAGRAPH || kept.has(text)) continue;
    if (!inDiscussion(p, source.documentElement)) others += text.length;
  }
  return others >= raw * FRAGMENT;
}

/**
 * Readability 0.6.0's flags. They are private (its own retry clears them one by one, but only
 * when a pick is under 500 characters), so they are set on the instance; a Readability without
 * them gets no retry rather than a wrong one.
 */
const STRIP_UNLIKELYS = 1;
const WEIGHT_CLASSES = 2;
const CLEAN_CONDITIONALLY = 4;
const ALL = STRIP_UNLIKELYS | WEIGHT_CLASSES | CLEAN_CONDITIONALLY;

/**
 * The retries, one heuristic off at a time, the narrowest first: class weights alone (a story
 * block whose class scores against it), both class tests (a story in a block named "footer",
 * which the strip drops before any weighing), then the conditional cleaning (story blocks
 * dropped for their share of links or images, as cards with credit links are).
 */
export const ATTEMPTS: readonly number[] = [
  ALL & ~WEIGHT_CLASSES,
  ALL & ~WEIGHT_CLASSES & ~STRIP_UNLIKELYS,
  ALL & ~CLEAN_CONDITIONALLY,
];

/** The classes the first pass keeps (extract-article's `classesToPreserve`). */
const CAPTIONS: ReadonlySet<string> = new Set(['caption', 'wp-caption-text']);

/**
 * Readability on `fresh` (a copy of the page it may consume) with `flags`, its content imported
 * into `into`. Without its class tests it would keep a comment thread beside a short story, so
 * blocks named after discussion are dropped (never one holding a `keep` text); then the classes
 * go, captions' excepted, as in the first pass.
 */
export function retryReadability(
  fresh: Document,
  flags: number,
  into: Document,
  keep: ReadonlySet<string>,
): Element | null {
  const reader = new Readability(fresh, {
    keepClasses: true,
    serializer: (el: Node) => el,
    disableJSONLD: true,
  }) as Readability<Node> & { _flags?: number };
  if (typeof reader._flags !== 'number') return null;
  reader._flags = flags;
  const content = reader.parse()?.content as unknown as Element | null | undefined;
  if (!content) return null;
  dropDiscussion(content, keep);
  for (const el of [content, ...content.querySelectorAll('[class]')]) {
    const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter((c) => CAPTIONS.has(c));
    if (classes.length) el.setAttribute('class', classes.join(' '));
    else el.removeAttribute('class');
  }
  return into.importNode(content, true) as Element;
}
