/** Removes cookie notices ("We use cookies…", "Wir verwenden Cookies…") with their buttons. */
import { leafBlocks, leafText, removeAndRecord, smallBox, wordCount } from './blocks.ts';
import type { CleanContext } from './context.ts';
import { COOKIE_PHRASES } from './phrases.ts';

export function removeCookieNotices(root: Element, ctx: CleanContext): void {
  for (const block of leafBlocks(root)) {
    if (!root.contains(block)) continue;
    const text = leafText(block);
    if (wordCount(text) <= 80 && COOKIE_PHRASES.test(text)) {
      removeAndRecord(smallBox(block, root, 100), 'cookie-notice', ctx, root);
    }
  }
}
