/**
 * Repairs double-encoded text ("mojibake"): UTF-8 bytes that were decoded as Latin-1 or
 * Windows-1252 and encoded again, so “ reads `â\u0080\u009c` (or `â€œ`), é reads `Ã©` and a
 * no-break space reads `Â\u00a0`. Each such run is turned back into its bytes and decoded as
 * UTF-8, strictly: only a complete, valid multi-byte sequence is replaced.
 *
 * Real text must never be touched. A Portuguese "SÃO", a French "Â" or a German "ü" are letters
 * of their own, so a sequence is only repaired when the text shows mojibake unmistakably: a C1
 * control (U+0080–U+009F, which no real text holds) in a sequence, a three- or four-byte
 * sequence spelled with a Windows-1252 special (`â€œ`, `â€™`), or an uppercase `Â`/`Ã` in the
 * middle of a lowercase word (`cafÃ©`). Once the text (or the page) shows that, the weaker
 * two-byte spellings (`Ã©`, `Â£`, `Â©`) are repaired too.
 */

/** Windows-1252's characters for the bytes 0x80–0x9F that it defines (the rest are C1 controls). */
const CP1252: Readonly<Record<string, number>> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/** A continuation byte (0x80–0xBF) as Latin-1 or Windows-1252 spells it. */
const CONT =
  '[\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201A\\u201C-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]';

/** The cheap test every page runs: a lead byte (0xC2–0xF4) spelled before a continuation. */
const MAYBE = new RegExp(`[\\u00C2-\\u00F4]${CONT}`);

/**
 * A complete sequence: its lead byte says how many continuation bytes follow (0xC2–0xDF one,
 * 0xE0–0xEF two, 0xF0–0xF4 three). The character before it is captured (a lowercase letter
 * there makes `Ã©` unmistakable); a continuation right after it means the bytes are no valid
 * UTF-8 as a whole, and the sequence is left alone.
 */
const SEQUENCE = new RegExp(
  `(\\p{Ll}?)([\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3})(?!${CONT})`,
  'gu',
);

const C1 = /[\u0080-\u009F]/;
/** A Windows-1252 special: every one of them lies past Latin-1. */
const SPECIAL = /[\u0100-\uFFFF]/;

let decoder: TextDecoder | undefined;

/** The character a sequence spells, or null when its bytes are no valid UTF-8. */
function decode(sequence: string): string | null {
  const bytes = new Uint8Array(sequence.length);
  for (let i = 0; i < sequence.length; i++) {
    const code = sequence.charCodeAt(i);
    bytes[i] = code <= 0xff ? code : CP1252[sequence[i]!]!;
  }
  decoder ??= new TextDecoder('utf-8', { fatal: true });
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** Whether one sequence is mojibake beyond doubt, whatever the rest of the text holds. */
function unmistakable(before: string, sequence: string): boolean {
  if (C1.test(sequence)) return true;
  if (sequence.length >= 3 && SPECIAL.test(sequence)) return true;
  // An uppercase Â or Ã inside a lowercase word: "cafÃ©", "EspaÃ±a".
  return before !== '' && (sequence[0] === 'Â' || sequence[0] === 'Ã');
}

/**
 * Whether the text shows mojibake beyond doubt: one sequence of it that no real text holds.
 *
 * @example
 * showsMojibake('â\u0080\u009cHello,â\u0080\u009d she said'); // true
 * showsMojibake('SÃO PAULO'); // false
 */
export function showsMojibake(text: string): boolean {
  if (!MAYBE.test(text)) return false;
  for (const match of text.matchAll(SEQUENCE)) {
    if (unmistakable(match[1]!, match[2]!) && decode(match[2]!) !== null) return true;
  }
  return false;
}

/**
 * The text with its mojibake decoded back to the characters it spells. `pageShows` says the
 * page around the text already showed mojibake (see `showsMojibake`), so the text's weaker
 * sequences are repaired even when it holds no unmistakable one itself.
 *
 * @example
 * repairMojibake('â\u0080\u009cHello,â\u0080\u009d she said'); // '“Hello,” she said'
 * repairMojibake('cafÃ© au lait'); // 'café au lait'
 * repairMojibake('SÃO PAULO'); // unchanged
 */
export function repairMojibake(text: string, pageShows = false): string {
  if (!MAYBE.test(text)) return text;
  if (!pageShows && !showsMojibake(text)) return text;
  return text.replace(SEQUENCE, (whole, before: string, sequence: string) => {
    // German "Fuß“" spells the bytes DF 93, valid UTF-8 for a letter of N'Ko: a ß is left
    // alone unless a C1 control follows it.
    if (sequence[0] === 'ß' && !C1.test(sequence)) return whole;
    const char = decode(sequence);
    return char === null ? whole : before + char;
  });
}

/**
 * Repairs the mojibake of every text node under `root`, when the text under it shows mojibake
 * at all; answers whether it did, so the page's other strings (title, byline) can follow.
 * One walk of the text nodes with the cheap test on each; pages without mojibake stop there.
 */
export function repairMojibakeIn(root: Node): boolean {
  const suspects: Text[] = [];
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3 && MAYBE.test((node as Text).data)) suspects.push(node as Text);
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  if (!suspects.some((text) => showsMojibake(text.data))) return false;
  for (const text of suspects) {
    const repaired = repairMojibake(text.data, true);
    if (repaired !== text.data) text.data = repaired;
  }
  return true;
}

/** The header strings an article shows, repaired like its body. */
export interface HeaderStrings {
  title: string;
  byline: string | null;
  authors: string[];
  siteName: string | null;
  excerpt: string | null;
}

/**
 * The header with its strings repaired: each one when the page's body showed mojibake
 * (`pageShows`) or when the string itself does.
 */
export function repairHeader<T extends HeaderStrings>(header: T, pageShows: boolean): T {
  const fix = (s: string) => repairMojibake(s, pageShows);
  return {
    ...header,
    title: fix(header.title),
    byline: header.byline && fix(header.byline),
    authors: header.authors.map(fix),
    siteName: header.siteName && fix(header.siteName),
    excerpt: header.excerpt && fix(header.excerpt),
  };
}
