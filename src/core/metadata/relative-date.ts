import { foldAccents } from './month-names.ts';

const MINUTE = 60_000;
const UNIT_MS: Record<string, number> = {
  second: 1000,
  minute: MINUTE,
  hour: 60 * MINUTE,
  day: 1440 * MINUTE,
  week: 7 * 1440 * MINUTE,
  month: 30 * 1440 * MINUTE,
  year: 365 * 1440 * MINUTE,
};

/** Unit words (accents folded) in EN, DE, FR, ES, IT, PT, NL, singular and plural. */
const UNITS: [RegExp, string][] = [
  [/^(?:s|secs?|seconds?|sekunden?|secondes?|segundos?|secondi|seconden?)$/, 'second'],
  [/^(?:m|mins?|minutes?|minuten?|minutos?|minuti|minuto)$/, 'minute'],
  [/^(?:h|hrs?|hours?|stunden?|heures?|horas?|ore|ora|uur|uren)$/, 'hour'],
  [/^(?:d|days?|tagen?|tag|jours?|dias?|giorni|giorno|dagen?)$/, 'day'],
  [/^(?:w|wks?|weeks?|wochen?|semaines?|semanas?|settimane?|weken)$/, 'week'],
  [/^(?:months?|monaten?|monat|mois|mes(?:es)?|mesi|maanden?)$/, 'month'],
  [/^(?:years?|jahren?|jahr|ans?|annees?|anos?|anni|anno|jaar|jaren)$/, 'year'],
];

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  ein: 1,
  eine: 1,
  einem: 1,
  einer: 1,
  un: 1,
  une: 1,
  uno: 1,
  una: 1,
  um: 1,
  uma: 1,
  een: 1,
};

const N = '(\\d+|an?|one|eine[mr]?|ein|une?|un[oa]?|uma?|een)';
const U = '([a-z]+)\\.?';
/** "3 hours ago", "vor 3 Stunden", "il y a 3 heures", "hace 3 horas", "3 ore fa", "há 3 horas", "3 uur geleden". */
const AGO = [
  new RegExp(`\\b${N}\\s*${U}\\s+(?:ago|fa|geleden|atras)\\b`),
  new RegExp(`\\b(?:vor|il y a|hace|ha|faz)\\s+${N}\\s*${U}`),
];
export const YESTERDAY = /\b(?:yesterday|gestern|hier|ayer|ieri|ontem|gisteren)\b/;
const TODAY = /\b(?:today|heute|aujourd'hui|hoy|oggi|hoje|vandaag|just now|gerade eben)\b/;

/**
 * Resolves "Published 1 day ago", "vor 2 Stunden" or "yesterday" against `now`.
 * Day-scale answers keep the time of day only when the text gives one.
 */
export function parseRelativeDate(text: string, now: Date | undefined): string | null {
  if (!now) return null;
  const folded = foldAccents(text);
  for (const pattern of AGO) {
    const m = pattern.exec(folded);
    if (!m) continue;
    const unit = UNITS.find(([re]) => re.test(m[2]!))?.[1];
    if (!unit) continue;
    const count = /^\d+$/.test(m[1]!) ? +m[1]! : (NUMBER_WORDS[m[1]!] ?? 1);
    const ms = now.getTime() - count * UNIT_MS[unit]!;
    return UNIT_MS[unit]! >= UNIT_MS.day! ? isoDay(ms) : isoMinute(ms);
  }
  const hasClock = /\d{1,2}\s*[:.h]\s*\d{2}|\d\s*[ap]\.?m\b/i.test(folded);
  // With a clock ("Yesterday 9:41 AM") the written-date parser places the time on the day.
  if (YESTERDAY.test(folded) && !hasClock) return isoDay(now.getTime() - UNIT_MS.day!);
  if (TODAY.test(folded) && !hasClock) return isoDay(now.getTime());
  return null;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function isoMinute(ms: number): string {
  return new Date(Math.floor(ms / MINUTE) * MINUTE).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
