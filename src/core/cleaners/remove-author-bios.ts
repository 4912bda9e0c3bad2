/**
 * Removes the author box after the text ends: the author's name on its own line and a short
 * biography starting with it ("Phil Helsel is a reporter for NBC News.", "Emiliano joined pv
 * magazine in March 2017."). Authors come from the page (`ctx.hints.authors`).
 */
import {
  isProse,
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
  removeNamedBio(root, ctx);
  removeUnnamedBio(root, ctx);
}

function removeNamedBio(root: Element, ctx: CleanContext): void {
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

/** "About the author", "Über den Autor", "Written by": a label over the author box. */
const BIO_LABEL =
  /^(?:about the (?:author|writer|contributor)s?|about me|meet the author|the author|author|written by|über (?:den|die) autor(?:in)?|über mich|à propos de l['’]auteur|l['’]auteur|sobre (?:el|la|o|a) autor[a]?|sobre mim|sull['’]autore|l['’]autore|over de auteur)$/iu;
/** The same label glued before the biography: "About the author: Craig Hull is …". */
const BIO_PREFIX =
  /^\*?\s*(?:about the (?:author|writer)|author bio|über den autor|à propos de l['’]auteur|sobre el autor|sobre o autor)\s*[:–—-]\s*/iu;
/** A person's name: a title, one to four capitalised words or initials, credentials after it. */
const NAME =
  "(?:(?:Dr|Mr|Mrs|Ms|Prof)\\.? )?\\p{Lu}[\\p{Ll}'’-]+(?:[ -](?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]+)){0,3}(?:, (?:[A-Z]{2,5}|Ph\\.?D\\.?|M\\.?D\\.?|Jr\\.?)(?:, [A-Z]{2,5})*,?)?";
/** A biography's opening: the name and what the person is or has done. */
const BIO_OPENING = new RegExp(
  `^(?:With (?:over|more than|nearly) [\\w-]+ years\\b[^.]{0,120}, \\p{Lu}\\p{Ll}+ (?:has|is)\\b|${NAME} (?:(?:is|was) (?:a|an|the|currently|also|one|our)\\b|has (?:been|spent|worked|written|over|more than|\\d)|(?:founded|co-founded|joined|holds|specializes|specialises|serves as|teaches|writes|covers|leads|runs|started|first became|brings|stands as)\\b)|(?:[Hh]i|[Hh]ello|[Hh]ey)(?: there| everyone| friends)?[!,.]*\\s*(?:I['’]m|I am|[Mm]y name is) \\p{Lu}|[Mm]y name is \\p{Lu})`,
  'u',
);
/** What a biography says: a trade, a founding, a career. */
const CAREER =
  /\b(?:writer|editor|journalist|reporter|author|founder|founded|co-founded|owner|contributor|contributing|photographer|expert|specialist|consultant|professor|director|manager|analyst|correspondent|columnist|blogger|blog|coach|engineer|researcher|designer|dietitian|nutritionist|physician|nurse|provider|creator|producer|host|ceo|cto|cfo|president|attorney|lawyer|strategist|marketer|teacher|instructor|trainer|years of experience|career)\b/i;
/** The box goes on about the same person: by name or pronoun, or a link line (site, profile). */
const PRONOUN_START = /^(?:he|she|they|his|her|their|when (?:he|she|they|not))\b/i;

/**
 * The author box of a page that does not name its author in its metadata: a biography (a name,
 * what the person is, a trade) closing the article, with the label or name line above it and
 * the lines about the same person after it. Without a label, nothing but the box may follow.
 */
function removeUnnamedBio(root: Element, ctx: CleanContext): void {
  const blocks = leafBlocks(root);
  const n = blocks.length;
  for (let i = Math.max(1, n - 5); i < n; i++) {
    const text = leafText(blocks[i]!);
    const labelled = BIO_PREFIX.test(text) || BIO_LABEL.test(phraseKey(leafText(blocks[i - 1]!)));
    const bio = text.replace(BIO_PREFIX, '').replace(/^\*\s*/, '');
    // Under its label, a box need not open with the name ("Geri Mileva, an engineer and writer
    // at …, specializes in …"); without one it must.
    const opens = BIO_OPENING.test(bio) || (labelled && i >= n - 3);
    if (!opens || !CAREER.test(bio) || wordCount(bio) > 150) continue;
    const first = /^(?:with [^,]+, )?(\p{Lu}\p{Ll}+)/iu.exec(
      bio.replace(
        /^(?:hi|hello|hey)\W+(?:there\W+)?(?:i['’]m|i am|my name is)\s+|^my name is\s+/i,
        '',
      ),
    )?.[1];
    const rest = blocks.slice(i + 1);
    const aboutSame = (b: Element) => {
      const t = leafText(b);
      return (
        !isProse(b) ||
        PRONOUN_START.test(t) ||
        (first !== undefined && t.includes(first) && wordCount(t) <= 150)
      );
    };
    if (!labelled && !rest.every(aboutSame)) continue;
    const box = [blocks[i]!];
    // Above it: the label, or the name on its own line.
    const above = blocks[i - 1]!;
    const aboveText = leafText(above);
    if (
      BIO_LABEL.test(phraseKey(aboveText)) ||
      (first &&
        aboveText.startsWith(first) &&
        wordCount(aboveText) <= 5 &&
        !/[.!?]$/.test(aboveText))
    ) {
      box.unshift(above);
    }
    for (const b of rest) {
      if (!aboutSame(b)) break;
      box.push(b);
    }
    for (const b of box) removeAndRecord(b, 'byline', ctx, root);
    return;
  }
}
