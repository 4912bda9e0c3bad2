/**
 * Removes share bars: blocks made only of share words ("Share", "Tweet", "Facebook", "Teilen",
 * share counts), lists whose links all go to share endpoints, "Share this article" prompts and
 * inline "Click to tweet" links.
 */
import { leafBlocks, leafText, removeAndRecord, smallBox, textOf, wordCount } from './blocks.ts';
import type { CleanContext } from './context.ts';
import { FOLLOW_PROMPT, SHARE_PHRASES, SHARE_URL, SHARE_WORDS, isPhrase } from './phrases.ts';

const isShareLink = (a: Element): boolean => {
  const href = a.getAttribute('href') ?? '';
  return SHARE_URL.some((re) => re.test(href));
};

function isShareWords(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[\s|·•/,:]+/)
    .filter((w) => w && !/^\d[\d.,]*[km]?$/.test(w));
  return words.length > 0 && words.length <= 12 && words.every((w) => SHARE_WORDS.has(w));
}

/** What a counter beside the share buttons counts: "1,693 views", "2.289 letture". */
const COUNTED =
  'views|reads|aufrufe|vues|lectures|visitas|visualizaciones|lecturas|letture|visualizzazioni|visualizações|leituras|weergaven|keer bekeken';
const VIEW_COUNT = new RegExp(`^\\d[\\d.,]*\\s*[km]?\\s*(?:${COUNTED})$`, 'i');
const COUNT_LABEL = new RegExp(`^(?:${COUNTED})$`, 'i');
const COUNT = /^\d[\d.,]*\s*[km]?$/i;

/** At least two links with an address, every one of them to a share endpoint. */
function allShareLinks(container: Element): boolean {
  // Tag lookups, not a selector query per container: this runs for every block of the article.
  const anchors = container.getElementsByTagName('a');
  let links = 0;
  for (let i = 0, n = anchors.length; i < n; i++) {
    const a = anchors[i]!;
    if (!a.hasAttribute('href')) continue;
    if (!isShareLink(a)) return false;
    links++;
  }
  return links >= 2;
}

export function removeShareBars(root: Element, ctx: CleanContext): void {
  // Containers whose every link is a share endpoint, however they are labelled.
  for (const list of root.querySelectorAll('ul, ol, div, p')) {
    if (!root.contains(list) || !allShareLinks(list)) continue;
    if (wordCount(textOf(list)) <= 20) {
      removeAndRecord(smallBox(list, root, 20), 'share-bar', ctx, root);
    }
  }
  const blocks = leafBlocks(root);
  blocks.forEach((block, i) => {
    const text = leafText(block);
    if (text.length > 30 || !/\p{L}$/u.test(text)) return;
    const counter = VIEW_COUNT.test(text);
    const before = blocks[i - 1];
    const split = !counter && COUNT_LABEL.test(text) && before && COUNT.test(leafText(before));
    // A view counter, whole or split over two lines ("2.289" above "letture"); not a table's.
    if (!(counter || split) || block.closest('td, th')) return;
    if (split && before) removeAndRecord(before, 'share-bar', ctx, root);
    removeAndRecord(block, 'share-bar', ctx, root);
  });
  for (const block of leafBlocks(root)) {
    const text = leafText(block);
    if (wordCount(text) > 25) continue;
    if (isShareWords(text) || isPhrase(text, SHARE_PHRASES) || FOLLOW_PROMPT.test(text)) {
      removeAndRecord(block, 'share-bar', ctx, root);
    }
  }
  // "Click To Tweet" links glued to the end of a quoted sentence; the sentence stays.
  for (const a of root.querySelectorAll('a')) {
    if (isPhrase(textOf(a), ['click to tweet', 'tweet this'])) {
      removeAndRecord(a, 'share-bar', ctx, root);
    }
  }
}
