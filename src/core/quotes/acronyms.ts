/**
 * "l’Agence régionale de santé (ARS) … précise l’ARS", "the Environmental Protection Agency (EPA)
 * … EPA said": a body the text spells out once and then calls by its initials speaks under the
 * full name, as a person under the full name given first.
 */

const ACRONYM = /^[A-ZÀ-Þ]{2,6}$/;
// Small words a body's initials skip ("Agence régionale de santé" is ARS).
const SKIPPED = new Set(
  'of the for and on in de du des la le les et für der die das und van het en voor di del della dei e y el los las do da dos das'.split(
    ' ',
  ),
);

/** The full name a text spells out before "(ACR)", if its initials are the acronym's. */
export function spelledOut(acronym: string, text: string): string | null {
  if (!ACRONYM.test(acronym)) return null;
  const at = text.indexOf(`(${acronym})`);
  if (at < 0) return null;
  const words = text
    .slice(Math.max(0, at - 120), at)
    .trim()
    .split(/\s+/);
  // The shortest run of words before the bracket whose initials spell the acronym.
  for (let from = words.length - 1; from >= 0 && words.length - from <= 10; from--) {
    const run = words.slice(from);
    const initials = run
      .filter((w) => !SKIPPED.has(w.toLowerCase()))
      .map((w) =>
        w
          .replace(/^[ldLD][’']/, '')
          .charAt(0)
          .toUpperCase(),
      )
      .join('');
    const head = run[0]!.replace(/^[ldLD][’']/, '');
    if (initials === acronym && head.charAt(0) !== head.charAt(0).toLowerCase())
      return run.join(' ').replace(/^[ldLD][’']/, '');
    if (initials.length > acronym.length) return null;
  }
  return null;
}
