import type { Quote } from '../types.ts';
import { markQuotesIn } from './mark-quotes.ts';

export { analyzeText, type FoundQuote } from './analyze.ts';
export { findQuotes, spanText, type QuoteSpan } from './find-quotes.ts';
export { formatQuoteForCopy, groupBySpeaker } from './panel.ts';

/**
 * Finds quotations in the article body, wraps them in quote markup and lists them. `writer`, the
 * article's one named author, is who "I" is in a first-person frame ("I asked him, “…”").
 */
export function markQuotes(root: Element, writer: string | null = null): Quote[] {
  try {
    return markQuotesIn(root, writer);
  } catch {
    // Quotes are an enhancement: a bug here must never cost the reader the article.
    return [];
  }
}
