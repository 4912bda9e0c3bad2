/**
 * Offsets in minutes east of UTC for the abbreviations news sites print in datelines.
 * Ambiguous ones are resolved toward news usage: IST is India (most "IST" datelines are Indian
 * outlets), CST is US Central. "ET"/"CT"/"MT"/"PT" follow US daylight saving, see `usOffset`.
 */
const FIXED: Record<string, number> = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  WET: 0,
  WEST: 60,
  BST: 60,
  IST: 330,
  CET: 60,
  MEZ: 60,
  CEST: 120,
  MESZ: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  EAT: 180,
  CAT: 120,
  SAST: 120,
  WAT: 60,
  PKT: 300,
  ICT: 420,
  WIB: 420,
  HKT: 480,
  SGT: 480,
  AWST: 480,
  JST: 540,
  KST: 540,
  ACST: 570,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
  AST: -240,
  ADT: -180,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
};

/** Standard offsets of the US generic zones; daylight time adds an hour. */
const US_GENERIC: Record<string, number> = { ET: -300, CT: -360, MT: -420, PT: -480 };

export const TIME_ZONE_PATTERN = new RegExp(
  `\\b(${[...Object.keys(FIXED), ...Object.keys(US_GENERIC)].sort((a, b) => b.length - a.length).join('|')})\\b`,
);

/** Offset for an abbreviation at a given local date (needed for the US generic zones). */
export function zoneOffset(abbr: string, year: number, month: number, day: number): number | null {
  const fixed = FIXED[abbr];
  if (fixed !== undefined) return fixed;
  const generic = US_GENERIC[abbr];
  if (generic === undefined) return null;
  return isUsDaylightTime(year, month, day) ? generic + 60 : generic;
}

/** US daylight time: second Sunday of March to first Sunday of November (since 2007). */
function isUsDaylightTime(year: number, month: number, day: number): boolean {
  if (month < 3 || month > 11) return false;
  if (month > 3 && month < 11) return true;
  const firstSunday = (m: number): number =>
    1 + ((7 - new Date(Date.UTC(year, m - 1, 1)).getUTCDay()) % 7);
  return month === 3 ? day >= firstSunday(3) + 7 : day < firstSunday(11);
}
