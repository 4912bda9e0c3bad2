/**
 * Removes captions whose image is gone: a `figcaption` in a figure with no image, video,
 * embed or text of its own left (Readability drops lazy or scripted images but keeps their caption).
 */
import { removeAndRecord, textOf } from './blocks.ts';
import { isPhotoCredit } from './remove-photo-credits.ts';
import type { CleanContext } from './context.ts';

const VISUAL = 'img,picture,video,iframe,svg,canvas,object,embed,audio,table,pre,math';

export function removeOrphanCaptions(root: Element, ctx: CleanContext): void {
  for (const caption of root.querySelectorAll('figcaption')) {
    const figure = caption.closest('figure') ?? caption.parentElement;
    // A figure of text (a pull quote, a code listing) is not an image that went missing.
    // Its own text may be the credit of the picture that went missing ("Image copyright Getty").
    const own = figure ? textOf(figure).replace(textOf(caption), '').trim() : '';
    if (figure && !figure.querySelector(VISUAL) && (own.length < 3 || isPhotoCredit(own))) {
      removeAndRecord(figure === root ? caption : figure, 'orphan-caption', ctx, root);
    }
  }
}
