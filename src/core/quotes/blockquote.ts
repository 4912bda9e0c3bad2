import { sourceBefore } from './source-before.ts';
import { hasVerb } from './cues.ts';
import { isNameParticle, parsePerson, type Person } from './names.ts';
import { rx } from './letters.ts';

const DASH_LINE = /(?:^|\n)\s*[—–―-]{1,2}\s*([^\n(@]{2,80})/;

/**
 * The speaker of a blockquote: a `<cite>` or a closing "— Name" byline inside it (tweets:
 * "— Name (@handle) date"), else the lead-in paragraph before it ("Smith wrote on Twitter:").
 */
export function blockquoteSpeaker(block: Element): Person | null {
  const cite = descendants(block, CREDIT)[0];
  if (cite?.textContent?.trim()) {
    const who = parsePerson(cleanByline(cite.textContent));
    if (who) return who;
  }
  const lines = descendants(block, LINE)
    .map((p) => p.textContent ?? '')
    .filter((t) => t.trim());
  const tail = lines.length > 0 ? lines[lines.length - 1]! : (block.textContent ?? '');
  const dash =
    DASH_LINE.exec(tail.split('\n').slice(-3).join('\n')) ?? DASH_LINE.exec(lastLine(block));
  const credit = dash && cleanByline(dash[1]!);
  // A credit that describes someone ("— Senior engineer at a startup") names no one.
  if (credit && isNameShaped(credit)) {
    const who = parsePerson(credit);
    if (who) return who;
  }
  return leadIn(block);
}

const CREDIT = new Set(['cite', 'footer', 'figcaption']);
const LINE = new Set(['p', 'div']);

/**
 * The elements under `root` with one of these names, in document order: a manual walk, because
 * a selector query compiles its selector on first use (25-35 ms of the first markQuotes call in
 * jsdom) and is slow after that too.
 */
export function descendants(root: Element, names: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  let node: Element | null = root.firstElementChild;
  while (node) {
    if (names.has(node.localName)) out.push(node);
    let next: Element | null = node.firstElementChild;
    while (!next && node && node !== root) {
      next = node.nextElementSibling;
      if (!next) node = node.parentElement;
    }
    if (node === root) break;
    node = next;
  }
  return out;
}

function lastLine(block: Element): string {
  const text = block.textContent ?? '';
  const i = Math.max(
    text.lastIndexOf('—'),
    text.lastIndexOf('–'),
    text.lastIndexOf('―'),
    text.lastIndexOf('--'),
  );
  return i >= 0 && text.length - i < 120 ? `\n${text.slice(i)}` : '';
}

const LOWER_WORD = rx(String.raw`^\p{Ll}`, 'u');

/** Capitalised words only, or name particles between them ("Jean de La Fontaine"). */
function isNameShaped(credit: string): boolean {
  return credit.split(/\s+/).every((w) => !LOWER_WORD.re.test(w) || isNameParticle(w));
}

function cleanByline(text: string): string {
  return text
    .replace(/\(@[^)]*\)|@\w+/g, ' ')
    .replace(
      /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b.*$/,
      '',
    )
    .replace(/[—–―]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .split(/,\s*/)[0]!;
}

const SENTENCE_GAP = rx(String.raw`(?<=[.!?])\s+(?=\p{Lu})`, 'u');

/** The paragraph just before the blockquote (climbing out of wrappers) when it frames a quote. */
function leadIn(block: Element): Person | null {
  let node: Element | null = block;
  while (node && !node.previousElementSibling) node = node.parentElement;
  const prev = node?.previousElementSibling;
  const text = (prev?.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const sentence = text.split(SENTENCE_GAP.re).pop()!;
  if (!hasVerb(sentence)) return null;
  const src = sourceBefore(sentence.replace(/[:：]$/, ' '));
  // Pronouns and role nouns are left to the reader here: a lead-in seldom repeats a name.
  return src && typeof src === 'object' && !('roleNoun' in src) ? src : null;
}
