/**
 * Removes copyright lines after the text ends ("Copyright © 2019 Press TV. All rights
 * reserved.", "무단전재 및 재배포 금지"): the site's footer, not the story.
 */
import { leafBlocks, leafText, proseSpan, removeAndRecord, wordCount } from './blocks.ts';
import type { CleanContext } from './context.ts';

const NOTICE =
  /^(?:copyright|©|\(c\)|ⓒ)|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|무단전재|無断転載|版权所有/i;

export function removeCopyrightNotices(root: Element, ctx: CleanContext): void {
  const blocks = leafBlocks(root);
  const { last } = proseSpan(blocks);
  for (const block of blocks.slice(last + 1)) {
    const text = leafText(block);
    if (wordCount(text) <= 30 && NOTICE.test(text)) removeAndRecord(block, 'copyright', ctx, root);
  }
}
