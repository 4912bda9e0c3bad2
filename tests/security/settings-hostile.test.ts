/** Settings from storage written by an older version, another extension build, or corruption. */
import { describe, expect, it } from 'vitest';
import { DEFAULTS, normalize, RANGES, type Settings } from '../../src/shared/settings-schema.ts';

describe('settings normalize with hostile storage', () => {
  it.each<[string, unknown]>([
    ['array', ['dark']],
    ['number', 42],
    ['boolean', true],
    ['function-like string', 'function(){}'],
    ['date', new Date(0)],
    ['regexp', /x/],
  ])('%s in place of the object gives the defaults', (_name, raw) => {
    expect(normalize(raw)).toEqual(DEFAULTS);
  });

  it('repairs each corrupt field alone and keeps the good ones', () => {
    const got = normalize({
      theme: 'sepia',
      font: { toString: () => 'serif' },
      fontSize: Infinity,
      width: NaN,
      lineHeight: '1.8',
      align: ['justify'],
      highlightQuotes: 'speech',
      version: 1,
    });
    expect(got).toEqual<Settings>({
      ...DEFAULTS,
      theme: 'sepia',
      lineHeight: 1.8,
      highlightQuotes: 'speech',
    });
  });

  it('never lets markup, CSS or URLs through a choice field', () => {
    for (const evil of [
      'dark;background:url(https://attacker.test)',
      '<img src=x onerror=1>',
      'javascript:1',
      'DARK',
      ' dark',
    ]) {
      expect(normalize({ theme: evil, font: evil, align: evil }).theme).toBe(DEFAULTS.theme);
      expect(normalize({ font: evil }).font).toBe(DEFAULTS.font);
    }
  });

  it('clamps numbers from strings with junk or exponents instead of trusting them', () => {
    expect(normalize({ fontSize: '1e9' }).fontSize).toBe(RANGES.fontSize.max);
    expect(normalize({ fontSize: '-1e9' }).fontSize).toBe(RANGES.fontSize.min);
    expect(normalize({ fontSize: '20px' }).fontSize).toBe(DEFAULTS.fontSize);
  });

  it('ignores prototype pollution attempts and a future version', () => {
    const raw = JSON.parse(
      '{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}},"theme":"dark","version":99}',
    );
    const got = normalize(raw);
    expect(got.theme).toBe('dark');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(got).sort()).toEqual(Object.keys(DEFAULTS).sort());
  });
});
