/**
 * The keyboard command (Alt+Shift+R by default, changeable in the browser's shortcut settings):
 * toggles in-place reader mode on the tab it was pressed in.
 */
import type { Tabs } from '../shared/platform.ts';
import { toggleTab } from './toggle-tab.ts';

export const TOGGLE_COMMAND = 'toggle-reader';

export async function onCommand(command: string, tab?: Tabs.Tab): Promise<boolean> {
  if (command !== TOGGLE_COMMAND || tab?.id === undefined) return false;
  return toggleTab(tab.id).catch(() => false);
}
