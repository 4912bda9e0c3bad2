const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/**
 * Whitespace collapsed and leftover entities decoded: JSON-LD and some meta tags carry
 * HTML-escaped text ("Full &#038; Part Time", "Maria &amp; Katerina") that the parser never saw.
 */
export function cleanText(text: string | null | undefined): string {
  return (text ?? '')
    .replace(
      /&(?:#(\d{1,6})|#x([\da-f]{1,5})|([a-z]{2,5}));/gi,
      (entity, dec?: string, hex?: string, name?: string) => {
        if (dec || hex) {
          const code = dec ? Number(dec) : parseInt(hex!, 16);
          return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
        }
        return NAMED_ENTITIES[name!.toLowerCase()] ?? entity;
      },
    )
    .replace(/\s+/g, ' ')
    .trim();
}
