/**
 * Wires the shared view into an extension page (popup or full tab): settings from storage.sync,
 * live updates from every other view, the UI's language and direction, and the ready signal.
 */
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/settings.ts';
import { t, uiLanguage } from './i18n.ts';
import { inlineCss } from './styles.ts';
import type { ToolbarActions } from './toolbar.ts';
import { createReaderView, type ReaderView } from './view.ts';

export async function mountPageView(actions: ToolbarActions): Promise<ReaderView> {
  document.documentElement.lang = uiLanguage();
  document.documentElement.dir = t('@@bidi_dir');
  const view = createReaderView(document, {
    t,
    locale: uiLanguage(),
    settings: await loadSettings(),
    saveSettings: (change) => void saveSettings(change).catch(() => undefined),
    actions,
    css: inlineCss,
    print: () => window.print(),
    stateTarget: document.body,
    keyTarget: document,
  });
  document.body.replaceChildren(view.root);
  onSettingsChanged(view.applySettings);
  return view;
}

/** Marks the page ready for tests and tools, whatever happened. */
export function markReady(): void {
  document.body.dataset.ready = '1';
}
