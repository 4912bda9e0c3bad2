import { isProbablyArticle } from '../core/detect/is-probably-article.ts';
import type { ArticleVerdict } from '../shared/messages.ts';

/** Firefox's Readerable.js check: a node counts only if the layout gives it a box. */
function isVisible(node: Element): boolean {
  const el = node as HTMLElement;
  return el.offsetParent !== null || el.getClientRects().length > 0;
}

export function detectPage(doc: Document, url: string): ArticleVerdict {
  const { isArticle, reasons } = isProbablyArticle(doc, { url, isVisible });
  return { isArticle, reasons };
}
