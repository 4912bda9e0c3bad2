/**
 * Removes bylines and a repeated title at the head of the body ("By Paul Takahashi",
 * "Associated Press", "Von Anna Weber", the headline again). Bylines go to `ctx.found.bylines`
 * for the metadata step; the header shows them once.
 */
import {
  leafBlocks,
  leafText,
  phraseKey,
  proseSpan,
  removeAndRecord,
  wordCount,
} from './blocks.ts';
import type { CleanContext } from './context.ts';

const BY =
  /^(?:by|von|par|por|di|da|door|text|texto|testo|texte|written by|words by|reported by|story by|reporting by)\s*:?\s+\p{Lu}/iu;
const AGENCY_BYLINE =
  /^(?:associated press|the associated press|ap|reuters|afp|agence france-presse|dpa|efe|ansa|anp|pa media|bloomberg|upi|[\p{L} ]{2,40} wire services?|staff(?: and agencies)?|staff report|agencies)$/iu;

/** "By" alone on its line, the name having been a link Readability took away. */
const LONE_BY = /^(?:by|von|par|por|di|door)$/i;

function isByline(text: string, authors: string[]): boolean {
  if (wordCount(text) > 14 || /[.!?]$/.test(text)) return false;
  if (BY.test(text) || AGENCY_BYLINE.test(text) || LONE_BY.test(text)) return true;
  const key = phraseKey(text);
  return authors.some((a) => phraseKey(a) === key);
}

export function removeHeadBylines(root: Element, ctx: CleanContext): void {
  const blocks = leafBlocks(root);
  const { first } = proseSpan(blocks);
  const title = phraseKey(ctx.hints?.title ?? '');
  const authors = ctx.hints?.authors ?? [];
  for (const block of blocks.slice(0, Math.min(first, 8))) {
    const text = leafText(block);
    if (title && wordCount(text) >= 3 && phraseKey(text) === title) {
      removeAndRecord(block, 'title', ctx, root);
    } else if (isByline(text, authors)) {
      ctx.found.bylines.push(text);
      removeAndRecord(block, 'byline', ctx, root);
    }
  }
}
