import { foldAccents, MONTHS } from './month-names.ts';
import { parseRelativeDate, YESTERDAY } from './relative-date.ts';
import { TIME_ZONE_PATTERN, zoneOffset } from './time-zones.ts';

export interface ParseDateOptions {
  /** Clock for relative dates ("1 day ago") and for datelines without a year. */
  now?: Date;
  /** Read 04/05/2021 as April 5 (US usage) instead of 4 May. */
  monthFirst?: boolean;
}

const ISO =
  /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?/;
const NUMERIC_DATE = /(?<![\d:])(\d{1,4})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{2,4})(?![\d:])/;
const CLOCK =
  /(?<![\d.:])(\d{1,2})\s*(?:[:.]|h(?=\s*\d))\s*(\d{2})(?:\s*[:.]\s*(\d{2}))?(?:\s*([ap])\.?\s*m\b\.?)?/i;
const HOUR_AMPM = /(?<![\d.:])(\d{1,2})\s*([ap])\.?\s*m\b\.?/i;
const OFFSET =
  /(?:\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b)|(?:^|\s)([+-])(\d{2}):?(\d{2})\b/;

/**
 * Parses a date as pages print it into ISO 8601 UTC: `2021-04-19T15:42:00Z`, or `2021-04-19`
 * when the text carries no time of day (inventing midnight would show a false time).
 * Handles ISO strings, glued datelines ("15:42 GMT19 April 2021"), month names in EN, DE, FR,
 * ES, IT, PT and NL, numeric dates, time-zone abbreviations and offsets, and relative dates.
 *
 * @example
 * parseDate('15:42 GMT19 April 2021'); // '2021-04-19T15:42:00Z'
 * parseDate('19. April 2021, 17:42 Uhr MESZ'); // '2021-04-19T15:42:00Z'
 */
export function parseDate(input: string, options: ParseDateOptions = {}): string | null {
  const text = input.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (!text || text.length > 200) return null;
  // An ISO date that fails validation ("0001-01-01T00:00:00Z", a CMS placeholder) is no date at
  // all; reading it again as written text would invent one.
  const iso = parseIso(text);
  if (iso !== undefined) return iso;
  return parseRelativeDate(text, options.now) ?? parseWritten(text, options);
}

/** undefined: not ISO; null: ISO but not a real date. */
function parseIso(text: string): string | null | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, zone] = m;
  if (h === undefined) return dateOnly(+y!, +mo!, +d!);
  const offset = zone ? parseOffsetToken(zone) : 0;
  return compose(+y!, +mo!, +d!, +h, +mi!, s ? +s : 0, offset);
}

function parseOffsetToken(zone: string): number {
  if (zone === 'Z' || zone === 'UTC' || zone === 'GMT') return 0;
  const m = /([+-])(\d{2}):?(\d{2})?/.exec(zone);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (+m[2]! * 60 + +(m[3] ?? 0));
}

/** Datelines in words or numbers: find the date, then the clock, then the zone. */
function parseWritten(original: string, options: ParseDateOptions): string | null {
  // Split glued tokens ("GMT19", "15h42", "3pm") so the patterns see separate words.
  let text = original.replace(/(\p{L})(?=\d)/gu, '$1 ').replace(/(\d)(?=\p{L})/gu, '$1 ');
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;

  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const ymd = numericDate(numeric[1]!, numeric[2]!, +numeric[3]!, numeric[4]!, options);
    if (ymd) {
      [year, month, day] = ymd;
      text = text.replace(numeric[0], ' ');
    }
  }
  if (month === undefined) {
    const named = namedDate(text);
    if (named) {
      ({ month, day } = named);
      year = named.year;
      text = named.rest;
    }
  }

  const clock = readClock(text);
  const zone = readZone(clock ? clock.rest : text);
  if (month === undefined || day === undefined) {
    // A clock alone ("Updated 9:41 AM") means today, on the page's clock.
    if (!clock || !options.now) return null;
    const daysBack = YESTERDAY.test(foldAccents(original)) ? 1 : 0;
    return todayAt(clock, zone, options.now, daysBack);
  }
  if (year === undefined) {
    if (!options.now) return null;
    year = options.now.getUTCFullYear();
    // "19 April" read in January means last April.
    if (Date.UTC(year, month - 1, day) > options.now.getTime() + 86_400_000) year -= 1;
  }
  if (!clock) return dateOnly(year, month, day);
  const offset = zone ? zone.offset(year, month, day) : 0;
  return compose(year, month, day, clock.hour, clock.minute, clock.second, offset);
}

function numericDate(
  first: string,
  sep: string,
  b: number,
  c: string,
  options: ParseDateOptions,
): [number, number, number] | null {
  const a = +first;
  if (first.length === 4) return [a, b, +c];
  if (first.length === 3) return null;
  if (c.length !== 4 && c.length !== 2) return null;
  const year = c.length === 2 ? 2000 + +c : +c;
  // Day first unless the numbers or the locale say otherwise; dots are never US order.
  const monthFirst = a <= 12 && (b > 12 || (sep === '/' && options.monthFirst === true));
  return monthFirst ? [year, a, b] : [year, b, a];
}

interface NamedDate {
  year: number | undefined;
  month: number;
  day: number;
  rest: string;
}

function namedDate(text: string): NamedDate | null {
  const words = Array.from(text.matchAll(/\p{L}+/gu));
  for (const word of words) {
    const key = foldAccents(word[0]);
    const month = MONTHS.get(key);
    if (month === undefined || (key.length < 3 && key !== 'mai')) continue;
    const start = word.index;
    const end = start + word[0].length;
    // Day before the month: "19 April", "19. April", "19th of April", "19 de abril".
    const before =
      /(?<![\d:.])(\d{1,2})(?:\s*(?:st|nd|rd|th|er|º|°)\b)?\.?\s*(?:of\s+|de\s+)?$/i.exec(
        text.slice(0, start),
      );
    // Day after the month: "April 19, 2021", "Apr. 19".
    const after = /^\.?\s*(\d{1,2})(?:\s*(?:st|nd|rd|th)\b)?(?![\d:.]\d)/i.exec(text.slice(end));
    let day: number | undefined;
    let consumed: [number, number] = [start, end];
    if (before && +before[1]! >= 1 && +before[1]! <= 31) {
      day = +before[1]!;
      consumed = [start - before[0].length, end];
    } else if (after && +after[1]! >= 1 && +after[1]! <= 31) {
      day = +after[1]!;
      consumed = [start, end + after[0].length];
    }
    if (day === undefined) continue;
    let rest = text.slice(0, consumed[0]) + ' ' + text.slice(consumed[1]);
    const yearMatch = /(?:^|[\s,.'’])(?:de\s+)?(\d{4})(?!\s*[:.h]\s*\d)(?!\d)/.exec(rest);
    let year: number | undefined;
    if (yearMatch && +yearMatch[1]! >= 1900 && +yearMatch[1]! <= 2100) {
      year = +yearMatch[1]!;
      rest = rest.replace(yearMatch[0], ' ');
    }
    return { year, month, day, rest };
  }
  return null;
}

interface Clock {
  hour: number;
  minute: number;
  second: number;
  rest: string;
}

function readClock(text: string): Clock | null {
  const m = CLOCK.exec(text) ?? HOUR_AMPM.exec(text);
  if (!m) return null;
  let hour = +m[1]!;
  const isHourOnly = m.length === 3;
  const minute = isHourOnly ? 0 : +m[2]!;
  const second = isHourOnly ? 0 : +(m[3] ?? 0);
  const ampm = (isHourOnly ? m[2] : m[4])?.toLowerCase();
  if (ampm === 'p' && hour < 12) hour += 12;
  if (ampm === 'a' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { hour, minute, second, rest: text.replace(m[0], ' ') };
}

interface Zone {
  offset: (year: number, month: number, day: number) => number;
}

function readZone(text: string): Zone | null {
  const offset = OFFSET.exec(text);
  if (offset) {
    const sign = (offset[1] ?? offset[4]) === '-' ? -1 : 1;
    const minutes = sign * (+(offset[2] ?? offset[5])! * 60 + +(offset[3] ?? offset[6] ?? 0));
    return { offset: () => minutes };
  }
  const abbr = TIME_ZONE_PATTERN.exec(text)?.[1];
  if (!abbr) return null;
  return { offset: (y, m, d) => zoneOffset(abbr, y, m, d) ?? 0 };
}

function todayAt(clock: Clock, zone: Zone | null, now: Date, daysBack: number): string | null {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() + 1;
  const d = now.getUTCDate();
  const offset = zone ? zone.offset(y, m, d) : 0;
  let ms = Date.UTC(y, m - 1, d, clock.hour, clock.minute, clock.second) - offset * 60_000;
  // A time later than now belongs to yesterday.
  if (ms > now.getTime() + 60_000) ms -= 86_400_000;
  ms -= daysBack * 86_400_000;
  return formatInstant(ms);
}

function validDay(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dateOnly(year: number, month: number, day: number): string | null {
  if (!validDay(year, month, day)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function compose(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  offsetMinutes: number,
): string | null {
  if (!validDay(year, month, day) || hour > 24 || minute > 59 || second > 60) return null;
  return formatInstant(
    Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000,
  );
}

/** `2021-04-19T15:42:00Z`: whole seconds, as the rest of the product shows them. */
export function formatInstant(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
