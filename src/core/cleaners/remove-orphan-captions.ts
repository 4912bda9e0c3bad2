/**
 * Removes captions whose image is gone: a `figcaption` in a figure with no image, video or
 * embed left (Readability drops lazy or scripted images but keeps their caption).
 */
import { removeAndRecord } from './blocks.ts';
import type { CleanContext } from './context.ts';

const VISUAL = 'img,picture,video,iframe,svg,canvas,object,embed,audio,table,pre,math';

export function removeOrphanCaptions(root: Element, ctx: CleanContext): void {
  for (const caption of root.querySelectorAll('figcaption')) {
    const figure = caption.closest('figure') ?? caption.parentElement;
    if (figure && !figure.querySelector(VISUAL)) {
      removeAndRecord(figure === root ? caption : figure, 'orphan-caption', ctx, root);
    }
  }
}
