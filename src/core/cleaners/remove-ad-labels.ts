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

/** Characters of the longest label with its punctuation ("ADVERTISEMENT:"). */
const MAX_LABEL = 20;

export function removeAdLabels(root: Element, ctx: CleanContext): void {
  for (const block of leafBlocks(root)) {
    if (!root.contains(block) || /^h\d$/.test(block.localName)) continue;
    // A label is one word: anything longer is read no further.
    const text = leafText(block);
    if (text.length > MAX_LABEL) continue;
    if (AD_LABELS.has(phraseKey(text))) removeAndRecord(block, 'ad-label', ctx, root);
  }
}
