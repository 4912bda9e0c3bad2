/**
 * Removes in-page tables of contents ("Table of Contents", "Inhaltsverzeichnis", "Sommaire"):
 * lists whose links all jump to anchors on the same page. The reader's own outline replaces
 * them, and as text they repeat every heading.
 */
import {
  leafBlocks,
  leafText,
  phraseKey,
  removeAndRecord,
  smallBox,
  textOf,
  wordCount,
} from './blocks.ts';
import type { CleanContext } from './context.ts';
import { TOC_HEADINGS, isPhrase } from './phrases.ts';

/** A link to a fragment of this very page, written relative or resolved by Readability. */
function isInPageLink(a: Element): boolean {
  const href = a.getAttribute('href') ?? '';
  if (href.startsWith('#')) return href.length > 1;
  const base = a.ownerDocument.baseURI.split('#')[0];
  return !!base && href.startsWith(`${base}#`);
}

/**
 * Names of a contents list that never head anything else. "Contents" or "Índice" alone may be
 * a real section ("Contents of the box"), so a label left without its list is only taken when
 * it says what it is.
 */
const TOC_LABELS = [
  'table of contents',
  'table of content',
  'inhaltsverzeichnis',
  'inhoudsopgave',
  'sommaire',
];

export function removeTablesOfContents(root: Element, ctx: CleanContext): void {
  removeContentsLists(root, ctx);
  removeListedHeadings(root, ctx);
  removeJumpLinks(root, ctx);
  // A label whose list was built by a script that never ran, or dropped by Readability.
  const blocks = leafBlocks(root);
  blocks.forEach((block, i) => {
    if (!isPhrase(leafText(block), TOC_LABELS)) return;
    const next = blocks[i + 1];
    if (next && next.closest('ul, ol') && root.contains(next)) return;
    removeAndRecord(block, 'table-of-contents', ctx, root);
  });
}

function removeContentsLists(root: Element, ctx: CleanContext): void {
  for (const list of root.querySelectorAll('ol, ul')) {
    if (!root.contains(list) || list.parentElement?.closest('ol, ul')) continue;
    const links = [...list.querySelectorAll('a[href]')];
    if (links.length < 3 || !links.every(isInPageLink)) continue;
    // Every word is a link: a contents list, not footnotes with prose around their anchors.
    const linked = links.reduce((n, a) => n + textOf(a).length, 0);
    if (linked < textOf(list).length * 0.9) continue;
    // Entries are headings; a list of linked sentences ("Key takeaways") is a summary.
    if ([...list.querySelectorAll('li')].some((li) => wordCount(textOf(li)) > 8)) continue;
    // The line right before the list, when it names it ("Table of Contents").
    const blocks = leafBlocks(root);
    const before = blocks[blocks.findIndex((b) => list.contains(b)) - 1];
    const heading = before && isPhrase(leafText(before), TOC_HEADINGS) ? before : undefined;
    removeAndRecord(
      smallBox(list, root, wordCount(textOf(list)) + 4),
      'table-of-contents',
      ctx,
      root,
    );
    if (heading && root.contains(heading)) removeAndRecord(heading, 'table-of-contents', ctx, root);
  }
}

/** An entry's own words, without the entries nested under it. */
function ownText(li: Element): string {
  let text = '';
  for (const node of li.childNodes) {
    const el = node.nodeType === 1 ? (node as Element) : null;
    if (el && (el.localName === 'ul' || el.localName === 'ol')) continue;
    text += ` ${node.textContent ?? ''}`;
  }
  return text;
}

/** A heading's words without the numbering a contents list may add or drop ("2. Fares"). */
const headingKey = (text: string): string => phraseKey(text).replace(/^\d{1,2}[.):]?\s+/, '');

const CONTENTS_LABELS = [...TOC_HEADINGS, ...TOC_LABELS];

/**
 * A list under a contents label whose entries repeat the article's headings, though its links
 * are gone (a script jumps to them), go elsewhere or wrap several lines each: it is the outline
 * the reader already shows. Without the headings to match, the label alone is no proof.
 */
function removeListedHeadings(root: Element, ctx: CleanContext): void {
  const blocks = leafBlocks(root);
  blocks.forEach((label, i) => {
    const text = leafText(label);
    if (text.length > 30 || !root.contains(label) || !isPhrase(text, CONTENTS_LABELS)) return;
    let list = blocks[i + 1]?.closest('ul, ol');
    if (!list || !root.contains(list)) return;
    for (let up = list.parentElement?.closest('ul, ol'); up && root.contains(up);) {
      list = up;
      up = up.parentElement?.closest('ul, ol');
    }
    const entries = [...list.querySelectorAll('li')]
      .map((li) => headingKey(ownText(li)))
      .filter((e) => /\p{L}/u.test(e));
    if (entries.length < 3) return;
    const headings = new Set(
      [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')]
        .filter((h) => !list.contains(h))
        .map((h) => headingKey(textOf(h))),
    );
    if (entries.filter((e) => headings.has(e)).length < entries.length * 0.7) return;
    removeAndRecord(list, 'table-of-contents', ctx, root);
    removeAndRecord(label, 'table-of-contents', ctx, root);
  });
}

/**
 * Links back up the page: the other half of a contents list, repeated after each section.
 * The reader has no top to go back to, and no menu to skip.
 */
const BACK_TO_TOP = [
  'back to top',
  'back to the top',
  'to top',
  'go to top',
  'return to top',
  'scroll to top',
  'jump to top',
  'nach oben',
  'zurück nach oben',
  'zum seitenanfang',
  'retour en haut',
  'retour en haut de page',
  'haut de page',
  'volver arriba',
  'ir arriba',
  'torna su',
  "torna all'inizio",
  'voltar ao topo',
  'terug naar boven',
  'naar boven',
];
/** Skip links, the same kind of jump, for keyboards and screen readers on the live page. */
const SKIP_LINKS = [
  'skip to content',
  'skip to main content',
  'skip to main',
  'skip to navigation',
  'skip to article',
  'jump to content',
  'jump to main content',
  'zum inhalt springen',
  'direkt zum inhalt',
  'zum hauptinhalt springen',
  'aller au contenu',
  'aller au contenu principal',
  'passer au contenu',
  'saltar al contenido',
  'ir al contenido',
  'ir al contenido principal',
  'vai al contenuto',
  'salta al contenuto',
  'pular para o conteúdo',
  'ir para o conteúdo',
  'naar de inhoud',
  'spring naar de inhoud',
  'ga naar de inhoud',
];
/** Words that mean "back up" only on an in-page link ("Top", "Up", an arrow). */
const BARE_UP = ['top', 'up', 'oben', 'haut', 'arriba', 'topo', 'boven'];
const UP_LINKS = [...BACK_TO_TOP, ...SKIP_LINKS, ...BARE_UP];
const JUMP_LINES = [...BACK_TO_TOP, ...SKIP_LINKS];
const ARROW_UP = /^[↑⬆⇧▲]$/u;

function removeJumpLinks(root: Element, ctx: CleanContext): void {
  // Links first: one may sit loose at the end of a section, outside any line a reader sees.
  for (const a of [...root.getElementsByTagName('a')]) {
    if (!root.contains(a)) continue;
    // Most links go elsewhere: only one with a fragment is worth a closer look.
    if (!(a.getAttribute('href') ?? '').includes('#')) continue;
    if (!(a.getAttribute('href') === '#' || isInPageLink(a))) continue;
    if (a.querySelector('img, svg, picture')) continue;
    const text = textOf(a);
    if (text.length > 30) continue;
    if (!isPhrase(text, UP_LINKS) && !ARROW_UP.test(text)) continue;
    removeAndRecord(a, 'table-of-contents', ctx, root);
  }
  // A button whose script scrolls up: only the words say what it does.
  for (const block of leafBlocks(root)) {
    const text = leafText(block);
    if (text.length <= 30 && isPhrase(text, JUMP_LINES)) {
      removeAndRecord(block, 'table-of-contents', ctx, root);
    }
  }
}
