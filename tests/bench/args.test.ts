import { describe, expect, it } from 'vitest';
import { SECTIONS, isFullRun, parseArgs } from '../../scripts/bench/args.ts';

describe('bench options', () => {
  it('runs every section by default, and that is a full run', () => {
    const o = parseArgs([]);
    expect(o.only).toEqual([...SECTIONS]);
    expect(isFullRun(o)).toBe(true);
  });

  it('takes --only as a list, in either spelling, kept in section order', () => {
    expect(parseArgs(['--only', 'weight,quality']).only).toEqual(['quality', 'weight']);
    expect(parseArgs(['--only=browser']).only).toEqual(['browser']);
    expect(isFullRun(parseArgs(['--only', 'speed']))).toBe(false);
  });

  it('--quick and --fixtures are not full runs', () => {
    expect(isFullRun(parseArgs(['--quick']))).toBe(false);
    expect(isFullRun(parseArgs(['--fixtures']))).toBe(false);
  });

  it('refuses unknown options and sections', () => {
    expect(() => parseArgs(['--only', 'colour'])).toThrow(/quality\|speed/);
    expect(() => parseArgs(['--fast'])).toThrow(/unknown option/);
    expect(() => parseArgs(['--out'])).toThrow(/needs a value/);
  });
});
