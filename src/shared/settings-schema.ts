/**
 * Reading settings: one schema with its defaults and migrations in one place
 * (webext-options-sync's shape). Each context reads storage directly; no message carries settings.
 */

export const THEMES = ['auto', 'light', 'dark', 'sepia'] as const;
export const FONTS = ['serif', 'sans', 'dyslexic', 'system'] as const;
export const ALIGNS = ['start', 'justify'] as const;
export const HIGHLIGHTS = ['all', 'speech', 'off'] as const;

export const DEFAULTS = {
  theme: 'auto' as (typeof THEMES)[number],
  font: 'serif' as (typeof FONTS)[number],
  /** Body text size in px. */
  fontSize: 19,
  /** Line length in `ch`. */
  width: 66,
  lineHeight: 1.6,
  align: 'start' as (typeof ALIGNS)[number],
  highlightQuotes: 'all' as (typeof HIGHLIGHTS)[number],
};

export type Settings = typeof DEFAULTS;

/** Bounds for numeric settings; out-of-range values are clamped, not dropped. */
export const RANGES = {
  fontSize: { min: 12, max: 36, step: 1 },
  width: { min: 40, max: 100, step: 2 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
} as const;

const CHOICES: { [K in keyof Settings]?: readonly string[] } = {
  theme: THEMES,
  font: FONTS,
  align: ALIGNS,
  highlightQuotes: HIGHLIGHTS,
};

export const SCHEMA_VERSION = 1;
export const STORAGE_KEY = 'settings';

type Stored = Record<string, unknown> & { version?: number };

/** Each migration lifts stored data one version up without losing a user's values. */
const MIGRATIONS: Record<number, (old: Stored) => Stored> = {};

/** Repairs stored data field by field: a corrupt field falls back to its default, the rest stay. */
export function normalize(raw: unknown): Settings {
  let stored: Stored = typeof raw === 'object' && raw !== null ? { ...(raw as Stored) } : {};
  for (let v = Number(stored.version) || 0; v < SCHEMA_VERSION; v++) {
    stored = MIGRATIONS[v]?.(stored) ?? stored;
  }
  const out: Settings = { ...DEFAULTS };
  for (const key of Object.keys(DEFAULTS) as (keyof Settings)[]) {
    const value = stored[key];
    const choices = CHOICES[key];
    if (choices) {
      if (typeof value === 'string' && choices.includes(value))
        (out as Record<string, unknown>)[key] = value;
    } else if (key in RANGES) {
      const range = RANGES[key as keyof typeof RANGES];
      // A blank string is corrupt, not zero (Number('') is 0).
      const n =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && value.trim() !== ''
            ? Number(value)
            : NaN;
      if (Number.isFinite(n)) {
        (out as Record<string, unknown>)[key] = Math.min(range.max, Math.max(range.min, n));
      }
    }
  }
  return out;
}
