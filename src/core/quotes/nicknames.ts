import type { QuoteSpan } from './find-quotes.ts';
import { rx } from './letters.ts';

// A nickname's words (one or two capitalised), a given name before it, a surname after it.
// (Spanish and Italian give it its article: Facundo "el Tanque" Medina.)
const NICKNAME = rx(
  String.raw`^[^\S\n]?(?:(?:el|il|la|lo|o|the)[^\S\n])?\p{Lu}[\p{L}.-]*(?:[^\S\n]\p{Lu}[\p{L}.-]*)?[^\S\n]?$`,
  'u',
);
const GIVEN_NAME_BEFORE = rx(String.raw`\p{Lu}\p{Ll}+[^\S\n]+$`, 'u');
const SURNAME_AFTER = rx(String.raw`^[^\S\n]+\p{Lu}`, 'u');

/**
 * The text with each quoted nickname between a given name and a surname blanked ("Darren 'Dazza'
 * McIntyre", "Luiz “Lula” Silva"), same length so offsets hold: the name the text goes on with is
 * the given name and surname ("McIntyre said" → Darren McIntyre), and the nickname, a term of
 * its own, would otherwise cut the run in two ("Dazza' McIntyre"). The text itself when it holds
 * none. Nicknames are among the quotes found (`spans`), so only those are looked at.
 */
export function withoutNicknames(text: string, spans: readonly QuoteSpan[]): string {
  let out = text;
  for (const { start, end, close } of spans) {
    if (close === null || end - start > 40) continue;
    if (!NICKNAME.re.test(text.slice(start + 1, end - 1))) continue;
    if (!GIVEN_NAME_BEFORE.re.test(text.slice(Math.max(0, start - 40), start))) continue;
    if (!SURNAME_AFTER.re.test(text.slice(end, end + 3))) continue;
    out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  }
  return out;
}
