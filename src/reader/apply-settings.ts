/**
 * Settings → the view's root: numbers become CSS custom properties, choices become data
 * attributes that reader.css keys on (AboutReader's body classes, as variables).
 */
import { RANGES, THEMES, type Settings } from '../shared/settings-schema.ts';

/** The family name our bundled OpenDyslexic is registered under (never a remote font). */
export const DYSLEXIC_FAMILY = 'Declutter OpenDyslexic';

export const FONT_STACKS: Record<Settings['font'], string> = {
  serif: "Georgia, 'Iowan Old Style', 'Noto Serif', 'Times New Roman', serif",
  sans: "'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', sans-serif",
  dyslexic: `'${DYSLEXIC_FAMILY}', 'OpenDyslexic', sans-serif`,
  system: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
};

export function applySettings(root: HTMLElement, settings: Settings): void {
  root.dataset.theme = settings.theme;
  root.dataset.font = settings.font;
  root.dataset.align = settings.align;
  root.dataset.highlight = settings.highlightQuotes;
  root.style.setProperty('--dc-font', FONT_STACKS[settings.font]);
  root.style.setProperty('--dc-size', `${settings.fontSize}px`);
  root.style.setProperty('--dc-width', `${settings.width}ch`);
  root.style.setProperty('--dc-line', String(settings.lineHeight));
}

/** The next theme for the in-view "T" key, in the order the settings list them. */
export function nextTheme(theme: Settings['theme']): Settings['theme'] {
  return THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length]!;
}

/** One step of text size up or down, kept inside the schema's range. */
export function stepFontSize(size: number, direction: 1 | -1): number {
  const { min, max, step } = RANGES.fontSize;
  return Math.min(max, Math.max(min, size + direction * step));
}
