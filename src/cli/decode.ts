/**
 * Bytes of a saved page to text, the way a browser would pick the encoding: a byte-order mark,
 * then `<meta charset>` / `<meta http-equiv="Content-Type">` / `<?xml encoding>` in the first
 * bytes, then UTF-8 if the bytes are valid UTF-8, else windows-1252 (the web's legacy default).
 */
export interface Decoded {
  text: string;
  /** The encoding actually used, as TextDecoder names it ("utf-8", "windows-1252", "shift_jis"). */
  charset: string;
}

/** The HTML spec prescans 1024 bytes; real pages put long comments first, so look further. */
const PRESCAN_BYTES = 4096;
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)/i;

export function sniffCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  const label = (META_CHARSET.exec(head) ?? XML_ENCODING.exec(head))?.[1]?.toLowerCase();
  if (!label) return null;
  // A page that says UTF-16 in ASCII bytes cannot be UTF-16 (the HTML spec makes it UTF-8).
  if (/^utf-?16/.test(label)) return 'utf-8';
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null; // unknown label: fall through to the byte check
  }
}

export function decodeHtml(bytes: Uint8Array): Decoded {
  const charset = sniffCharset(bytes);
  if (charset) return { text: new TextDecoder(charset).decode(bytes), charset };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), charset: 'windows-1252' };
  }
}
