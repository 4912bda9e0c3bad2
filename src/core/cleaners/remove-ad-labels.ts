/**
 * Removes the labels an ad slot leaves behind once its ad is gone: "Advertisement",
 * "Anzeige", "Publicité", "Publicidad", "Pubblicità", "Advertentie", alone on their line.
 */
import { leafBlocks, leafText, phraseKey, removeAndRecord } from './blocks.ts';
import type { CleanContext } from './context.ts';

const AD_LABELS = new Set([
  'advertisement',
  'advertisment',
  'advertising',
  'ad',
  'sponsored',
  'anzeige',
  'werbung',
  'publicité',
  'publicidad',
  'pubblicità',
  'publicidade',
  'advertentie',
]);

export function removeAdLabels(root: Element, ctx: CleanContext): void {
  for (const block of leafBlocks(root)) {
    if (!root.contains(block) || /^h\d$/.test(block.localName)) continue;
    if (AD_LABELS.has(phraseKey(leafText(block)))) removeAndRecord(block, 'other', ctx, root);
  }
}
