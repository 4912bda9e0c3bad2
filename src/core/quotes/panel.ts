import type { Quote } from '../types.ts';

/** Speech quotes grouped by speaker, in order of first appearance; unattributed ones last. */
export function groupBySpeaker(
  quotes: readonly Quote[],
): { speaker: string | null; quotes: Quote[] }[] {
  const groups = new Map<string | null, Quote[]>();
  for (const q of quotes) {
    if (q.kind === 'term') continue;
    const key = q.speaker ?? null;
    const list = groups.get(key) ?? [];
    list.push(q);
    groups.set(key, list);
  }
  const out = [...groups].map(([speaker, list]) => ({ speaker, quotes: list }));
  return [...out.filter((g) => g.speaker !== null), ...out.filter((g) => g.speaker === null)];
}

/** A quote ready to paste: “…” — Speaker, in Title <url>. */
export function formatQuoteForCopy(quote: Quote, source: { title: string; url: string }): string {
  const text = quote.text.replace(/^[\s“”"«»„‘’'「」『』]+|[\s“”"«»„‘’'「」『』]+$/g, '');
  const who = quote.speaker ? ` — ${quote.speaker}` : '';
  const where = source.title ? `${who ? ',' : ' —'} in ${source.title}` : '';
  const url = source.url ? ` <${source.url}>` : '';
  return `“${text}”${who}${where}${url}`;
}
