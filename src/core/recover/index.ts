import { candidates } from './candidates.ts';
import { restoreHeadings } from './headings.ts';
import { restoreIntro } from './intro.ts';
import { normText, readableLength } from './prose.ts';
import { reparse } from './reparse.ts';
import { ATTEMPTS, looksLikeFragment, retryReadability } from './retry.ts';
import { keptParagraphs, sourceContainer, type SourcePick } from './source-container.ts';
import { stripContainer } from './strip.ts';

/** A container is worth a look when it holds this many times the pick's text, plus SLACK. */
const RATIO = 1.4;
const SLACK = 300;
/** A recovery is kept when it reads at least this many times the pick's text... */
const GAIN = 1.5;
/** ...and still holds this share of the paragraphs Readability picked. */
const COVERAGE = 0.9;

/**
 * Second opinion on Readability's pick. Readability scores paragraphs and keeps the best
 * container; on some pages it cuts blocks out of the story by their class names ("widget",
 * "media") or keeps one fragment of a story split into sibling blocks. `recoverContent` finds
 * the pick's paragraphs in the untouched source page and returns a replacement body (an element
 * of `body.ownerDocument`) when a container around them clearly holds more of the story, else
 * null. When none does and the page's long paragraphs outside the pick hold at least as much
 * text as the whole pick, Readability gets another go with one of its heuristics off, each on a
 * copy from `fresh`. It runs on every page: the common path reads raw text lengths only.
 */
export function recoverContent(
  source: Document,
  body: Element,
  fresh: () => Document = () => source.cloneNode(true) as Document,
): Element | null {
  const kept = keptParagraphs(body);
  if (!kept.size) return null;
  const pick = sourceContainer(source, kept);
  const raw = body.textContent?.length ?? 0;
  const keep = new Set([...kept].map((t) => t.replace(/\s+/g, ' ').trim()));
  // Measured once, after the headings and the opening are back: the recoveries must beat that.
  let length: number | undefined;
  const picked = () => (length ??= readableLength(body));
  const widened = pick && widen(source, body, pick, raw, keep, picked);
  if (widened) return widened;
  if (!looksLikeFragment(source, kept, raw, pick?.othersLength)) return null;
  for (const flags of ATTEMPTS) {
    const again = retryReadability(fresh(), flags, body.ownerDocument, keep);
    if (again && isBetter(again, picked(), keep)) return again;
  }
  return null;
}

/** The containers around the pick's paragraphs in the source page, reparsed or stripped. */
function widen(
  source: Document,
  body: Element,
  pick: SourcePick,
  raw: number,
  keep: ReadonlySet<string>,
  picked: () => number,
): Element | null {
  // The pick's own section headings first: a recovery below keeps them, as it keeps paragraphs.
  restoreHeadings(pick, body);
  restoreIntro(pick, body);
  const found = candidates(pick, {
    rough: raw * RATIO + SLACK,
    roughContinuation: raw * (GAIN - 1),
    exact: () => ({
      length: picked() * RATIO + SLACK,
      continuation: picked() * (GAIN - 1),
    }),
  });
  const into = body.ownerDocument;
  for (const { container, reparse: mayReparse, strip } of found) {
    // Readability again, without class weights: trusted on the containers it would pick itself.
    const again = mayReparse ? reparse(source, container, into, keep) : null;
    if (again && isBetter(again, picked(), keep)) return again;
    // Our own strip, only when the extra text continues the story in the same kind of block.
    if (!strip) continue;
    const stripped = stripContainer(container, into, source.baseURI, keep);
    if (isBetter(stripped, picked(), keep)) return stripped;
  }
  return null;
}

function isBetter(out: Element, picked: number, keep: ReadonlySet<string>): boolean {
  if (readableLength(out) < picked * GAIN) return false;
  const text = normText(out);
  let covered = 0;
  for (const k of keep) if (text.includes(k)) covered++;
  return covered >= keep.size * COVERAGE;
}
