/**
 * Tracking pixels the page sized or hid with inline style. Readability strips `style` before the
 * sanitizer sees the image, so the sanitizer's 1×1 check cannot catch them; this runs on the
 * clone first. Wire-in (extract-article.ts, right after cloning):
 * `removeStyledPixels(doc);`
 */
const INVISIBLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0*)?\s*(?:;|$)|(?:width|height)\s*:\s*[01](?:\.\d+)?(?:px)?\s*(?:!important)?\s*(?:;|$))/i;

/** Removes `<img>`s whose inline style makes them invisible or at most 1px; returns how many. */
export function removeStyledPixels(root: Document | Element): number {
  let removed = 0;
  for (const img of Array.from(root.querySelectorAll('img[style]'))) {
    if (INVISIBLE.test(img.getAttribute('style') ?? '')) {
      img.remove();
      removed++;
    }
  }
  return removed;
}
