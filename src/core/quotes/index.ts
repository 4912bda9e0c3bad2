import type { Quote } from '../types.ts';
import { markQuotesIn } from './mark-quotes.ts';

export { analyzeText, type FoundQuote } from './analyze.ts';
export { findQuotes, spanText, type QuoteSpan } from './find-quotes.ts';
export { formatQuoteForCopy, groupBySpeaker } from './panel.ts';

/** Finds quotations in the article body, wraps them in quote markup and lists them. */
export function markQuotes(root: Element): Quote[] {
  try {
    return markQuotesIn(root);
  } catch {
    // Quotes are an enhancement: a bug here must never cost the reader the article.
    return [];
  }
}
