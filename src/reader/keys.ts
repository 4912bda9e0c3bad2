/**
 * In-view keys: + and − change the text size, T cycles the theme. Keys typed into a control, or
 * with a modifier held (browser shortcuts), are left alone.
 */
import type { Settings } from '../shared/settings-schema.ts';
import { nextTheme, stepFontSize } from './apply-settings.ts';

export function handleViewKey(event: KeyboardEvent, settings: Settings): Partial<Settings> | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return null;
  const target = event.composedPath()[0] as Element | undefined;
  if (target?.closest?.('input, select, textarea, [contenteditable]')) return null;
  switch (event.key) {
    case '+':
    case '=':
      return { fontSize: stepFontSize(settings.fontSize, 1) };
    case '-':
    case '_':
      return { fontSize: stepFontSize(settings.fontSize, -1) };
    case 't':
    case 'T':
      return { theme: nextTheme(settings.theme) };
    default:
      return null;
  }
}
