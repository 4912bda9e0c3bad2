/** Why an input is not an HTML page, in words for a one-line message; null when it is one. */
export function notHtmlReason(bytes: Uint8Array, text: string): string | null {
  if (bytes.length === 0) return 'the file is empty';
  if (looksBinary(bytes)) return 'it is a binary file, not HTML';
  const start = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 65_536);
  if (/^[[{]/.test(start) && isJson(text)) return 'it is JSON, not HTML';
  if (/^<\?xml/i.test(start) && !/<html\b/i.test(start)) return 'it is XML, not HTML';
  if (!HTML_TAG.test(start)) return 'it looks like plain text, not HTML';
  return null;
}

/** Tags that only an HTML document (or fragment) would contain. */
const HTML_TAG =
  /<(?:!doctype\s+html|html|head|body|meta|title|p|div|article|main|section|header|span|a|h[1-6]|ul|ol|table|br|img)\b/i;

/** File signatures: PDF, ZIP (docx, epub…), PNG, GIF, JPEG, gzip. */
const MAGIC = [
  [0x25, 0x50, 0x44, 0x46],
  [0x50, 0x4b, 0x03, 0x04],
  [0x89, 0x50, 0x4e, 0x47],
  [0x47, 0x49, 0x46, 0x38],
  [0xff, 0xd8, 0xff],
  [0x1f, 0x8b],
];

/** NUL bytes do not occur in text encodings we decode (UTF-16 pages carry a BOM and are exempt). */
function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return false;
  }
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return true;
  if (MAGIC.some((magic) => magic.every((byte, i) => sample[i] === byte))) return true;
  // Text has few control characters besides tab, line feed, form feed and carriage return.
  let control = 0;
  for (const byte of sample)
    if (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) control++;
  return control > sample.length * 0.05;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
