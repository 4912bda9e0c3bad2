/**
 * Tracking pixels the page sized or hid with inline style. Readability strips `style` before the
 * sanitizer sees the image, so the sanitizer's 1×1 check cannot catch them; they go from the
 * clone first (a step of the shared prepare walk).
 */
import type { PrepareStep } from './prepare/step.ts';

const INVISIBLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0*)?\s*(?:;|$)|(?:width|height)\s*:\s*[01](?:\.\d+)?(?:px)?\s*(?:!important)?\s*(?:;|$))/i;

const isStyledPixel = (el: Element): boolean =>
  el.localName === 'img' && INVISIBLE.test(el.getAttribute('style') ?? '');

export function styledPixelsStep(): PrepareStep {
  const pixels: Element[] = [];
  return {
    visit(el) {
      if (isStyledPixel(el)) pixels.push(el);
    },
    apply() {
      for (const img of pixels) img.remove();
    },
  };
}

/** Removes `<img>`s whose inline style makes them invisible or at most 1px; returns how many. */
export function removeStyledPixels(root: Document | Element): number {
  const pixels = Array.from(root.querySelectorAll('img[style]')).filter(isStyledPixel);
  for (const img of pixels) img.remove();
  return pixels.length;
}
