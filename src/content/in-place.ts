/**
 * In-place reader mode: the reading view covers the page inside a closed shadow root attached to
 * one element of our own, so the page's styles cannot reach it and nothing of the page is changed:
 * no attribute, no style, no global. Leaving removes that element and puts scroll position and
 * focus back; the page's DOM and form state were never touched, so they come back exactly.
 */
import { extractArticle } from '../core/extract-article.ts';
import { t, uiLanguage } from '../reader/i18n.ts';
import { inlineCss } from '../reader/styles.ts';
import { createReaderView } from '../reader/view.ts';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/settings.ts';
import { useReaderFont } from './in-place-font.ts';
import {
  adoptStyles,
  containFocus,
  hostStyle,
  isolateEvents,
  raiseToTopLayer,
} from './in-place-host.ts';

interface Active {
  host: HTMLElement;
  scrollX: number;
  scrollY: number;
  focused: Element | null;
  controller: AbortController;
}

let active: Active | null = null;

function leave(): void {
  if (!active) return;
  const { host, scrollX, scrollY, focused, controller } = active;
  active = null;
  controller.abort();
  host.remove();
  // Focus first: Firefox may scroll a refocused field into view despite preventScroll.
  if (focused instanceof HTMLElement && focused.isConnected) focused.focus({ preventScroll: true });
  const restore = () => window.scrollTo({ left: scrollX, top: scrollY, behavior: 'instant' });
  restore();
  holdScroll(restore);
}

/**
 * Firefox scrolls the refocused field into view some frames after we put the position back
 * (when it settles focus). For a short while, a scroll the user did not make is undone; any
 * wheel, key or pointer input hands the page back to the user at once.
 */
function holdScroll(restore: () => void, ms = 1000): void {
  const hold = new AbortController();
  const opts = { capture: true, passive: true, signal: hold.signal };
  window.addEventListener('scroll', restore, opts);
  for (const type of ['wheel', 'keydown', 'pointerdown', 'touchstart']) {
    window.addEventListener(type, () => hold.abort(), opts);
  }
  setTimeout(() => hold.abort(), ms);
}

async function enter(): Promise<void> {
  const controller = new AbortController();
  const { signal } = controller;
  const host = document.createElement('declutter-reader');
  host.setAttribute('style', hostStyle);
  const shadow = host.attachShadow({ mode: 'closed' });
  adoptStyles(shadow, inlineCss);
  containFocus(shadow, signal);
  isolateEvents(shadow, signal);

  const settings = await loadSettings();
  const view = createReaderView(document, {
    t,
    locale: uiLanguage(),
    settings,
    saveSettings: (change) => void saveSettings(change).catch(() => undefined),
    actions: { toggleInPlace: leave, inPlaceLabel: 'leaveInPlace' },
    css: inlineCss,
    onEscape: leave,
  });
  view.root.setAttribute('role', 'dialog');
  view.root.setAttribute('aria-modal', 'true');
  view.root.setAttribute('aria-label', t('inPlaceLabel'));
  view.root.lang = uiLanguage();
  shadow.append(view.root);
  const applyAll = (s: typeof settings) => {
    view.applySettings(s);
    useReaderFont(s.font === 'dyslexic', signal);
  };
  applyAll(settings);
  onSettingsChanged(applyAll, signal);

  const result = extractArticle(document, { url: location.href, now: new Date() });
  if (result.ok) view.showArticle(result.article);
  else view.showState(result.reason, { details: [result.message] });

  active = {
    host,
    scrollX: window.scrollX,
    scrollY: window.scrollY,
    focused: document.activeElement,
    controller,
  };
  // Escape leaves even when focus is still on the page under the view (e.g. after a click).
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && !event.composedPath().includes(host)) leave();
    },
    { capture: true, signal },
  );
  document.documentElement.append(host);
  raiseToTopLayer(host);
  host.dataset.state = view.root.dataset.state ?? '';
  shadow.querySelector<HTMLElement>('.dc-button:not(:disabled)')?.focus({ preventScroll: true });
}

/** Turns in-place reader mode on, off, or over (when `on` is undefined); returns the new state. */
export async function toggleInPlace(
  on: boolean | undefined,
  signal: AbortSignal,
): Promise<boolean> {
  signal.addEventListener('abort', leave, { once: true });
  const want = on ?? !active;
  if (want && !active) await enter();
  if (!want && active) leave();
  return Boolean(active);
}

/** Whether in-place mode is on (for the popup's button label and the keyboard command). */
export const isInPlaceActive = (): boolean => active !== null;
