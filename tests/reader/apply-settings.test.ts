import { describe, expect, it } from 'vitest';
import { applySettings, nextTheme, stepFontSize } from '../../src/reader/apply-settings.ts';
import { handleViewKey } from '../../src/reader/keys.ts';
import { DEFAULTS, RANGES } from '../../src/shared/settings-schema.ts';

describe('applySettings', () => {
  it('turns settings into data attributes and custom properties on the view root', () => {
    const root = document.createElement('div');
    applySettings(root, {
      ...DEFAULTS,
      theme: 'sepia',
      font: 'dyslexic',
      fontSize: 22,
      width: 70,
      lineHeight: 1.8,
      align: 'justify',
      highlightQuotes: 'speech',
    });
    expect({ ...root.dataset }).toEqual({
      theme: 'sepia',
      font: 'dyslexic',
      align: 'justify',
      highlight: 'speech',
    });
    expect(root.style.getPropertyValue('--dc-size')).toBe('22px');
    expect(root.style.getPropertyValue('--dc-width')).toBe('70ch');
    expect(root.style.getPropertyValue('--dc-line')).toBe('1.8');
    expect(root.style.getPropertyValue('--dc-font')).toContain('Declutter OpenDyslexic');
  });

  it('cycles the themes and keeps the size inside its range', () => {
    expect([nextTheme('auto'), nextTheme('light'), nextTheme('dark'), nextTheme('sepia')]).toEqual([
      'light',
      'dark',
      'sepia',
      'auto',
    ]);
    expect(stepFontSize(RANGES.fontSize.max, 1)).toBe(RANGES.fontSize.max);
    expect(stepFontSize(RANGES.fontSize.min, -1)).toBe(RANGES.fontSize.min);
    expect(stepFontSize(19, 1)).toBe(20);
  });
});

describe('in-view keys', () => {
  const press = (key: string, init: KeyboardEventInit = {}, target: Element = document.body) => {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, ...init });
    let patch: unknown = 'not heard';
    target.addEventListener(
      'keydown',
      (e) => (patch = handleViewKey(e as KeyboardEvent, DEFAULTS)),
      { once: true },
    );
    target.dispatchEvent(event);
    return patch;
  };

  it('changes size with + and − and the theme with T', () => {
    expect(press('+')).toEqual({ fontSize: 20 });
    expect(press('-')).toEqual({ fontSize: 18 });
    expect(press('t')).toEqual({ theme: 'light' });
  });

  it('leaves keys alone in form controls and with modifiers (browser shortcuts)', () => {
    const input = document.body.appendChild(document.createElement('input'));
    expect(press('+', {}, input)).toBeNull();
    expect(press('+', { ctrlKey: true })).toBeNull();
    expect(press('t', { altKey: true })).toBeNull();
    input.remove();
  });
});
