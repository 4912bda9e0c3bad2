/**
 * Removes the author box after the text ends: the author's name on its own line and a short
 * biography starting with it ("Phil Helsel is a reporter for NBC News.", "Emiliano joined pv
 * magazine in March 2017."). Authors come from the page (`ctx.hints.authors`).
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

/** How far after the last paragraph an author box may sit; beyond it lie other articles. */
const TAIL = 6;

export function removeAuthorBios(root: Element, ctx: CleanContext): void {
  const names = (ctx.hints?.authors ?? [])
    .flatMap((a) => a.split(/\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b)\s*/i))
    .map(phraseKey)
    .filter((n) => wordCount(n) >= 2);
  if (!names.length) return;
  const blocks = leafBlocks(root);
  // A bio is itself a sentence, so it may be the "last paragraph"; look back a little too.
  const { last } = proseSpan(blocks);
  for (const block of blocks.slice(Math.max(0, last - 1), last + 1 + TAIL)) {
    const text = leafText(block);
    const key = phraseKey(text);
    const first = names.find(
      (n) => key === n || key.startsWith(`${n} `) || key.startsWith(`${n.split(' ')[0]} `),
    );
    if (!first || wordCount(text) > 60) continue;
    const isName = key === first;
    const isBio =
      /^\S+(?: \S+){0,3} (?:is|was|has|joined|writes|covers|reports|ist|schreibt|est|écrit|es|escribe|è|scrive|é|escreve|werkt|schrijft)\b/i.test(
        text,
      );
    if (isName || isBio) removeAndRecord(block, 'byline', ctx, root);
  }
}
