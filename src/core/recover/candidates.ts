import { continuation, lengthWithin } from './continuation.ts';
import { readableLength } from './prose.ts';
import type { SourcePick } from './source-container.ts';
import { byTag } from '../dom/find-elements.ts';

export interface Candidate {
  container: Element;
  /**
   * Whether Readability may judge the container again: true for the pick's own container and
   * the story element around it, whose chrome Readability's class tests would not miss.
   */
  reparse: boolean;
  /** Whether our own strip may take the container: its extra text continues the story. */
  strip: boolean;
}

export interface Limits {
  /** Raw characters (`textContent`) a container must hold: the cheap first test. */
  rough: number;
  /** Raw characters of long paragraphs outside the pick a split story needs at least. */
  roughContinuation: number;
  /** The real thresholds, computed on demand: readable characters, continuation characters. */
  exact: () => { length: number; continuation: number };
}

/**
 * Where the rest of the story may be, widest first: the semantic story element around the
 * pick (`<article>`, `itemprop=articleBody`), the nearest ancestor holding clearly more text
 * than the pick (a story the CMS cut into sibling blocks), and the pick's own container (blocks
 * Readability dropped inside it). On most pages none qualifies, so the cheap tests on raw text
 * lengths come before any walk of the tree.
 */
export function candidates(pick: SourcePick, limits: Limits): Candidate[] {
  const { container: lca, found, others } = pick;
  let exact: ReturnType<Limits['exact']> | undefined;
  const holds = (el: Element) =>
    roughLength(el) >= limits.rough && readableLength(el) >= (exact ??= limits.exact()).length;
  let cont: Element[] | undefined;
  const continues = (el: Element) =>
    lengthWithin(el, (cont ??= continuation(found, others))) >=
    (exact ??= limits.exact()).continuation;

  const out: Candidate[] = [];
  const story = lca.closest('article, [itemprop="articleBody"]');
  if (story && story !== lca && holds(story)) {
    out.push({ container: story, reparse: true, strip: continues(story) });
  }
  // A split story: worth a walk up only when the page has enough long paragraphs besides.
  const body = lca.ownerDocument.body;
  if (pick.othersLength >= limits.roughContinuation && continues(body)) {
    for (let up = lca.parentElement; up && up !== body && up !== story; up = up.parentElement) {
      if (continues(up) && holds(up)) {
        out.push({ container: up, reparse: false, strip: true });
        break;
      }
    }
  }
  if (holds(lca)) out.push({ container: lca, reparse: true, strip: continues(lca) });
  return out;
}

/** Raw text length without inline scripts and styles, which weigh a lot in some containers. */
function roughLength(el: Element): number {
  let n = el.textContent?.length ?? 0;
  for (const tag of ['script', 'style']) {
    for (const s of byTag(el, tag)) n -= s.textContent?.length ?? 0;
  }
  return n;
}
