import { describe, expect, it } from 'vitest';
import { DEFAULTS, normalize, RANGES } from '../../src/shared/settings-schema.ts';

describe('normalize', () => {
  it('fills defaults for missing or unreadable storage', () => {
    expect(normalize(undefined)).toEqual(DEFAULTS);
    expect(normalize('garbage')).toEqual(DEFAULTS);
  });

  it('repairs one bad field and keeps every other value the user chose', () => {
    const stored = {
      version: 1,
      theme: 'neon',
      font: 'dyslexic',
      fontSize: 24,
      width: 80,
      lineHeight: 1.9,
      align: 'justify',
      highlightQuotes: 'speech',
    };
    const { version, ...chosen } = stored;
    expect(version).toBe(1);
    expect(normalize(stored)).toEqual({ ...chosen, theme: DEFAULTS.theme });
  });

  it('clamps numbers into range instead of dropping them, and reads numeric strings', () => {
    const s = normalize({ fontSize: 99, width: '50', lineHeight: 0.5 });
    expect([s.fontSize, s.width, s.lineHeight]).toEqual([
      RANGES.fontSize.max,
      50,
      RANGES.lineHeight.min,
    ]);
  });

  it('keeps values stored by an older version (no version field)', () => {
    expect(normalize({ theme: 'dark', fontSize: 21 })).toMatchObject({
      theme: 'dark',
      fontSize: 21,
    });
  });
});

describe('settings schema: blank values', () => {
  it('treats a blank stored number as corrupt, not as zero', () => {
    expect(normalize({ fontSize: '', width: '  ' })).toMatchObject({
      fontSize: DEFAULTS.fontSize,
      width: DEFAULTS.width,
    });
  });
});
