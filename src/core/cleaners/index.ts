import type { RemovedBlock } from '../types.ts';

export interface CleanContext {
  /** Where removed timestamps and bylines are handed to the metadata step. */
  found: { dates: string[]; bylines: string[] };
  removed: RemovedBlock[];
}

/**
 * Chrome Readability lets through, removed from its output in this order.
 * Each step is one module named after what it removes.
 */
export function cleanArticle(root: Element, ctx: CleanContext): void {
  void root;
  void ctx;
}
