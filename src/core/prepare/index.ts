/**
 * Readies Readability's clone in one walk: tracking pixels out, streamed content in place,
 * a page-hiding wrapper shown, lazy images real, site rules applied. (Scripts and the page's
 * navigation never reach the clone: see clone-for-reading.) Each step is its own module;
 * they share the walk because on a large page every extra pass over the DOM costs as much as
 * a good part of Readability itself.
 */
import { styledPixelsStep } from '../guard-pixels.ts';
import type { RemovedBlock } from '../types.ts';
import { siteRulesStep } from './apply-site-rules.ts';
import { lazyImagesStep } from './promote-lazy-images.ts';
import { streamedContentStep } from './reveal-streamed-content.ts';
import { mainContentStep } from './unhide-main-content.ts';
import { walkElements } from '../dom/walk-elements.ts';

export function prepareDocument(
  doc: Document,
  url: string | undefined,
  removed: RemovedBlock[],
): void {
  if (!doc.documentElement) return;
  // In the order they apply: each sees the page as the ones before it left it.
  const steps = [
    styledPixelsStep(),
    streamedContentStep(doc),
    mainContentStep(doc),
    lazyImagesStep(doc),
    siteRulesStep(doc, url, removed),
  ];
  walkElements(doc.documentElement, (el, depth) => {
    let skip = false;
    for (const step of steps) if (step.visit(el, depth)) skip = true;
    return skip;
  });
  for (const step of steps) step.apply();
}
