/**
 * Month names and common abbreviations, lower-case and without accents, for the languages our
 * readers meet most (EN, DE, FR, ES, IT, PT, NL). Index 1 = January.
 */
const NAMES: Record<number, string[]> = {
  1: [
    'january',
    'jan',
    'januar',
    'janner',
    'janvier',
    'janv',
    'enero',
    'ene',
    'gennaio',
    'gen',
    'janeiro',
    'januari',
  ],
  2: [
    'february',
    'feb',
    'februar',
    'fevrier',
    'fevr',
    'fev',
    'febrero',
    'febbraio',
    'fevereiro',
    'februari',
  ],
  3: ['march', 'mar', 'marz', 'maerz', 'mars', 'marzo', 'marco', 'maart', 'mrt'],
  4: ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  5: ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei'],
  6: ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho'],
  7: ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho'],
  8: ['august', 'aug', 'aout', 'agosto', 'ago', 'augustus'],
  9: [
    'september',
    'sep',
    'sept',
    'septembre',
    'septiembre',
    'setiembre',
    'settembre',
    'set',
    'setembro',
  ],
  10: [
    'october',
    'oct',
    'oktober',
    'okt',
    'octobre',
    'octubre',
    'ottobre',
    'ott',
    'outubro',
    'out',
  ],
  11: ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  12: [
    'december',
    'dec',
    'dezember',
    'dez',
    'decembre',
    'diciembre',
    'dic',
    'dicembre',
    'dezembro',
  ],
};

export const MONTHS: ReadonlyMap<string, number> = new Map(
  Object.entries(NAMES).flatMap(([month, names]) => names.map((n) => [n, Number(month)] as const)),
);

/** Lower-case, accents stripped: "Février" → "fevrier", "März" → "marz". */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
