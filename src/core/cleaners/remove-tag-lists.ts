/**
 * Removes tag lists ("ban, Huawei, China, 5G, United Kingdom, …", "Tags: Brexit · Trade") at the
 * edges of the article: a label such as "Tags" or "Themen", or a line of short comma- or
 * bullet-separated names after the last paragraph of running text.
 */
import {
  leafBlocks,
  leafText,
  linkDensity,
  proseSpan,
  removeAndRecord,
  wordCount,
} from './blocks.ts';
import type { CleanContext } from './context.ts';
import { TAG_LABELS, isPhrase } from './phrases.ts';

const LABELLED = new RegExp(`^(?:${TAG_LABELS.join('|')})\\s*[:|»›]`, 'i');

/** At least three short names separated by commas, pipes or bullets, and no sentence. */
export function isTagLine(text: string): boolean {
  if (wordCount(text) > 60 || /[.!?](?:\s|$)/.test(text.replace(/\b\p{Lu}\.|\d\.\d/gu, ''))) {
    return false;
  }
  const items = text.split(/\s*(?:,(?!\d)|[|•·;#])\s*|\s+\/\s+/).filter(Boolean);
  return items.length >= 3 && items.every((item) => wordCount(item) <= 4);
}

export function removeTagLists(root: Element, ctx: CleanContext): void {
  const blocks = leafBlocks(root);
  const { last } = proseSpan(blocks);
  blocks.forEach((block, i) => {
    if (!root.contains(block)) return;
    const text = leafText(block);
    if (LABELLED.test(text) && wordCount(text) <= 40) {
      removeAndRecord(block, 'tag-list', ctx, root);
      return;
    }
    const isLabel = isPhrase(text, TAG_LABELS);
    if (isLabel && i > last) {
      removeAndRecord(block, 'tag-list', ctx, root);
      // The tags themselves follow the label, one per line or in one line.
      for (let j = i + 1; j < blocks.length; j++) {
        const b = blocks[j]!;
        const t = leafText(b);
        if (wordCount(t) > 4 && !isTagLine(t)) break;
        if (linkDensity(b, t) < 0.5 && !isTagLine(t) && j > i + 1) break;
        removeAndRecord(b, 'tag-list', ctx, root);
      }
      return;
    }
    if (i > last && isTagLine(text)) {
      removeAndRecord(block, 'tag-list', ctx, root);
    }
  });
}
