import type { Quote } from '../types.ts';

/**
 * Speech quotes grouped by speaker, in order of first appearance; unattributed ones last. The
 * same words from the same speaker are listed once: a headline that repeats a body quote
 * ("Trump calls … a 'betrayal'" and "… as a “betrayal”") at the body's, where the quote has its
 * context; a pull quote that repeats the text at its first place.
 */
export function groupBySpeaker(
  quotes: readonly Quote[],
): { speaker: string | null; quotes: Quote[] }[] {
  const key = (q: Quote): string => `${q.speaker ?? ''}\u0000${wordsOf(q.text)}`;
  const inBody = new Set(quotes.filter((q) => q.paragraph >= 0 && q.kind !== 'term').map(key));
  const listed = new Set<string>();
  const groups = new Map<string | null, Quote[]>();
  for (const q of quotes) {
    if (q.kind === 'term') continue;
    const k = key(q);
    if (listed.has(k) || (q.paragraph < 0 && inBody.has(k))) continue;
    listed.add(k);
    const speaker = q.speaker ?? null;
    const list = groups.get(speaker) ?? [];
    list.push(q);
    groups.set(speaker, list);
  }
  const out = [...groups].map(([speaker, list]) => ({ speaker, quotes: list }));
  return [...out.filter((g) => g.speaker !== null), ...out.filter((g) => g.speaker === null)];
}

/** A quote's words, lower case, without marks and punctuation: what makes two quotes the same. */
function wordsOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A quote ready to paste: “…” — Speaker, in Title <url>. */
export function formatQuoteForCopy(quote: Quote, source: { title: string; url: string }): string {
  const text = quote.text.replace(/^[\s“”"«»„‘’'「」『』]+|[\s“”"«»„‘’'「」『』]+$/g, '');
  const who = quote.speaker ? ` — ${quote.speaker}` : '';
  const where = source.title ? `${who ? ',' : ' —'} in ${source.title}` : '';
  const url = source.url ? ` <${source.url}>` : '';
  return `“${text}”${who}${where}${url}`;
}
