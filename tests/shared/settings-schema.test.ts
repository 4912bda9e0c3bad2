import { describe, expect, it } from 'vitest';
import { DEFAULTS, normalize, RANGES } from '../../src/shared/settings-schema.ts';

describe('settings schema', () => {
  it('gives the defaults for nothing stored', () => {
    expect(normalize(undefined)).toEqual(DEFAULTS);
    expect(normalize(null)).toEqual(DEFAULTS);
    expect(normalize('garbage')).toEqual(DEFAULTS);
  });

  it('keeps every valid value a user saved', () => {
    const saved = {
      theme: 'sepia',
      font: 'dyslexic',
      fontSize: 24,
      width: 80,
      lineHeight: 1.8,
      align: 'justify',
      highlightQuotes: 'speech',
    };
    expect(normalize({ ...saved, version: 1 })).toEqual(saved);
  });

  it('repairs a corrupt field to its default without dropping the others', () => {
    const got = normalize({ theme: 'neon', font: 42, fontSize: 'huge', width: 70, version: 1 });
    expect(got.theme).toBe(DEFAULTS.theme);
    expect(got.font).toBe(DEFAULTS.font);
    expect(got.fontSize).toBe(DEFAULTS.fontSize);
    expect(got.width).toBe(70);
  });

  it('clamps numbers into range instead of losing them', () => {
    expect(normalize({ fontSize: 500 }).fontSize).toBe(RANGES.fontSize.max);
    expect(normalize({ lineHeight: 0.1 }).lineHeight).toBe(RANGES.lineHeight.min);
    expect(normalize({ width: '72' }).width).toBe(72);
  });

  it('drops unknown keys and foreign prototypes', () => {
    const got = normalize(
      JSON.parse('{"__proto__": {"theme": "dark"}, "evil": 1, "theme": "dark"}'),
    );
    expect(Object.keys(got).sort()).toEqual(Object.keys(DEFAULTS).sort());
    expect(got.theme).toBe('dark');
  });
});
