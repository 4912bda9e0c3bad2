import { sourceBefore } from './attribute-speaker.ts';
import { hasVerb } from './cues.ts';
import { parsePerson, type Person } from './names.ts';

const DASH_LINE = /(?:^|\n)\s*[—–―-]{1,2}\s*([^\n(@]{2,80})/;

/**
 * The speaker of a blockquote: a `<cite>` or a closing "— Name" byline inside it (tweets:
 * "— Name (@handle) date"), else the lead-in paragraph before it ("Smith wrote on Twitter:").
 */
export function blockquoteSpeaker(block: Element): Person | null {
  const cite = block.querySelector('cite, footer, figcaption');
  if (cite?.textContent?.trim()) {
    const who = parsePerson(cleanByline(cite.textContent));
    if (who) return who;
  }
  const lines = Array.from(block.querySelectorAll('p, div'))
    .map((p) => p.textContent ?? '')
    .filter((t) => t.trim());
  const tail = lines.length > 0 ? lines[lines.length - 1]! : (block.textContent ?? '');
  const dash =
    DASH_LINE.exec(tail.split('\n').slice(-3).join('\n')) ?? DASH_LINE.exec(lastLine(block));
  if (dash) {
    const who = parsePerson(cleanByline(dash[1]!));
    if (who) return who;
  }
  return leadIn(block);
}

function lastLine(block: Element): string {
  const text = block.textContent ?? '';
  const i = Math.max(text.lastIndexOf('—'), text.lastIndexOf('–'), text.lastIndexOf('―'));
  return i >= 0 && text.length - i < 120 ? `\n${text.slice(i)}` : '';
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

/** The paragraph just before the blockquote (climbing out of wrappers) when it frames a quote. */
function leadIn(block: Element): Person | null {
  let node: Element | null = block;
  while (node && !node.previousElementSibling) node = node.parentElement;
  const prev = node?.previousElementSibling;
  const text = (prev?.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const sentence = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).pop()!;
  if (!hasVerb(sentence)) return null;
  const src = sourceBefore(sentence.replace(/[:：]$/, ' '));
  // Pronouns and role nouns are left to the reader here: a lead-in seldom repeats a name.
  return src && typeof src === 'object' && !('roleNoun' in src) ? src : null;
}
