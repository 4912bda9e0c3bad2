/**
 * The reader view shared by the popup, the full-tab page and in-place mode: toolbar, panels,
 * the article (or a state that explains itself) and an announcer for screen readers. Storage and
 * messaging stay with the caller, so this module runs the same in a page, a shadow root or jsdom.
 */
import type { Article } from '../core/types.ts';
import type { Settings } from '../shared/settings-schema.ts';
import { applySettings } from './apply-settings.ts';
import { syncQuoteFocus } from './decorate-quotes.ts';
import { el, type Translate } from './dom.ts';
import { renderExportPanel } from './export-panel.ts';
import { copyText } from './export-file.ts';
import { handleViewKey } from './keys.ts';
import { findQuoteMark, renderQuotesPanel } from './quotes-panel.ts';
import { renderRemovedPanel } from './removed-panel.ts';
import { renderArticle } from './render-article.ts';
import { renderSettingsPanel } from './settings-panel.ts';
import { renderState, type StateName, type StateOptions } from './states.ts';
import { renderToolbar, type ToolbarActions } from './toolbar.ts';

export interface ViewOptions {
  t: Translate;
  locale?: string;
  settings: Settings;
  /** Persists a change; the view applies it at once and again when storage reports it. */
  saveSettings(change: Partial<Settings>): void;
  actions: ToolbarActions;
  /** Reader styles, inlined into "Save as HTML". */
  css: string;
  print?: () => void;
  /** Escape with no panel open (in-place mode leaves). */
  onEscape?: () => void;
  /** Where the view reports its state (`data-state`); defaults to the app root. */
  stateTarget?: HTMLElement;
  /** Where in-view keys are heard: the document for pages (focus may be on <body>). */
  keyTarget?: EventTarget;
}

export interface ReaderView {
  root: HTMLElement;
  showArticle(article: Article): void;
  showState(state: StateName, options?: StateOptions): void;
  applySettings(settings: Settings): void;
}

export function createReaderView(doc: Document, options: ViewOptions): ReaderView {
  const { t } = options;
  let settings = options.settings;
  const root = el(doc, 'div', { class: 'dc-app' });
  const toolbar = renderToolbar(doc, t, options.actions);
  const view = el(doc, 'main', { id: 'view', class: 'dc-view' });
  const announcer = el(doc, 'p', { class: 'dc-sr', role: 'status', 'aria-live': 'polite' });
  root.append(toolbar.nav, toolbar.panels, view, announcer);
  const announce = (message: string) => {
    announcer.textContent = '';
    // A new text node each time, so the same message twice is announced twice.
    announcer.append(doc.createTextNode(message));
  };
  const setState = (state: string) => ((options.stateTarget ?? root).dataset.state = state);

  const change = (patch: Partial<Settings>) => {
    apply({ ...settings, ...patch });
    options.saveSettings(patch);
  };
  const preview = (patch: Partial<Settings>) => apply({ ...settings, ...patch });
  const settingsPanel = renderSettingsPanel(doc, t, settings, change, preview);
  toolbar.setPanel('settings', settingsPanel.element);

  const apply = (next: Settings) => {
    settings = next;
    applySettings(root, next);
    settingsPanel.update(next);
    syncQuoteFocus(view, next.highlightQuotes);
  };
  apply(settings);
  /** Article actions and panels exist only while an article is shown. */
  const clearArticleTools = () => {
    toolbar.setEnabled(false);
    for (const name of ['quotes', 'removed', 'export'] as const) toolbar.setPanel(name, null);
  };
  clearArticleTools();

  (options.keyTarget ?? root).addEventListener('keydown', (e) => {
    const event = e as KeyboardEvent;
    if (event.key === 'Escape' && toolbar.openPanel()) return toolbar.open(null);
    if (event.key === 'Escape' && options.onEscape) return options.onEscape();
    const patch = handleViewKey(event, settings);
    if (patch) {
      event.preventDefault();
      change(patch);
      announce(patch.theme ? t(`theme_${patch.theme}`) : t('sizeNow', String(patch.fontSize)));
    }
  });

  return {
    root,
    showArticle(article) {
      const articleRoot = renderArticle(doc, article, { t, locale: options.locale });
      const body = articleRoot.querySelector<HTMLElement>('.dc-body')!;
      view.replaceChildren(articleRoot);
      syncQuoteFocus(view, settings.highlightQuotes);
      const reveal = (id: string) => {
        // The title's quotes too (`dc-q-tN`), so search the whole article.
        const mark = findQuoteMark(articleRoot, id);
        if (!mark) return;
        mark.scrollIntoView({ block: 'center' });
        if (!mark.hasAttribute('tabindex')) mark.tabIndex = -1;
        mark.focus({ preventScroll: true });
        mark.classList.add('dc-flash');
        mark.addEventListener('blur', () => mark.classList.remove('dc-flash'), { once: true });
      };
      const copy = (text: string) => copyText(doc, root, text);
      const quotesPanel = renderQuotesPanel(doc, article, { t, reveal, copy, announce });
      // As many as the panel lists (a headline repeating a body quote is listed once).
      toolbar.setPanel('quotes', quotesPanel, quotesPanel.querySelectorAll('li').length);
      toolbar.setPanel(
        'removed',
        renderRemovedPanel(doc, article.removed, body, t),
        article.removed.length,
      );
      const exportCtx = {
        t,
        root: articleRoot,
        body,
        css: options.css,
        scratch: root,
        announce,
        print: options.print,
      };
      toolbar.setPanel('export', renderExportPanel(doc, article, exportCtx));
      toolbar.setEnabled(true);
      setState('article');
    },
    showState(state, stateOptions) {
      clearArticleTools();
      view.replaceChildren(renderState(doc, t, state, stateOptions));
      setState(state);
    },
    applySettings: apply,
  };
}
