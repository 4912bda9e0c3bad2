import { describe, expect, it } from 'vitest';
import { LIMITS, check, exitStatus, verdict } from '../../scripts/bench/budgets.ts';

describe('budget checks', () => {
  it('holds a max budget at the limit and breaks it above', () => {
    expect(check(LIMITS.everyPageGzip, 15_000).ok).toBe(true);
    expect(check(LIMITS.everyPageGzip, 15_001).ok).toBe(false);
    expect(check(LIMITS.readerVisible, 299.9).ok).toBe(true);
    expect(check(LIMITS.detectionMainThread, 5.2).ok).toBe(false);
  });

  it('meets a min bar at the limit and misses it below', () => {
    expect(check(LIMITS.aebPrecision, 0.96).ok).toBe(true);
    expect(check(LIMITS.aebPrecision, 0.9599).ok).toBe(false);
  });

  it('leaves what was not measured undecided', () => {
    const c = check(LIMITS.readerVisible, null);
    expect(c.ok).toBeNull();
    expect(c.shown).toBe('not measured');
    expect(verdict(c)).toBe('not measured');
    expect(check(LIMITS.readerVisible, NaN).ok).toBeNull();
  });

  it('fails the run on a broken budget, and on a missed bar only when strict', () => {
    const budgetOk = check(LIMITS.everyPageGzip, 9_000);
    const budgetBroken = check(LIMITS.everyPageGzip, 20_000);
    const barMissed = check(LIMITS.pipelineCost, 1.6);
    expect(exitStatus([budgetOk, barMissed])).toBe(0);
    expect(exitStatus([budgetOk, barMissed], true)).toBe(1);
    expect(exitStatus([budgetBroken])).toBe(1);
    expect(exitStatus([check(LIMITS.readerVisible, null)], true)).toBe(0);
    expect(verdict(budgetBroken)).toBe('BROKEN');
    expect(verdict(barMissed)).toBe('missed');
    expect(verdict(budgetOk)).toBe('holds');
  });

  it('states the three budgets of issue 7 as hard limits', () => {
    const hard = Object.values(LIMITS).filter((l) => l.hard);
    expect(hard.map((l) => [l.limit, l.source])).toEqual([
      [15_000, 'issue 7'],
      [300, 'issue 7'],
      [5, 'issue 7'],
    ]);
  });
});
