import { describe, expect, it, vi } from 'vitest';
import { createReaderView } from '../../src/reader/view.ts';
import { DEFAULTS } from '../../src/shared/settings-schema.ts';
import { sampleArticle } from './fixtures.ts';
import { t } from './translate.ts';

function mount() {
  const saveSettings = vi.fn();
  const openTab = vi.fn();
  const view = createReaderView(document, {
    t,
    settings: DEFAULTS,
    saveSettings,
    actions: { openTab },
    css: '',
  });
  document.body.replaceChildren(view.root);
  return {
    view,
    saveSettings,
    openTab,
    $: <E extends Element = HTMLElement>(s: string) => view.root.querySelector<E & HTMLElement>(s)!,
  };
}

describe('the reader view', () => {
  it('has landmarks and keeps article actions off until there is an article', () => {
    const { view, $ } = mount();
    expect($('nav').getAttribute('aria-label')).toBe('Reader tools');
    expect($('main#view')).toBeTruthy();
    expect($('aside').getAttribute('aria-label')).toBe('Reader panels');
    expect($<HTMLButtonElement>('#open-tab').disabled).toBe(true);
    expect($<HTMLButtonElement>('#panel-quotes').disabled).toBe(true);
    view.showArticle(sampleArticle());
    expect(view.root.dataset.state).toBe('article');
    expect($<HTMLButtonElement>('#open-tab').disabled).toBe(false);
    expect($('#panel-quotes').textContent).toBe('Quotes (3)');
    expect($('#panel-removed').textContent).toBe('Removed (2)');
  });

  it('opens one panel at a time as a disclosure; Escape closes it and returns focus', () => {
    const { view, $ } = mount();
    view.showArticle(sampleArticle());
    $('#panel-settings').click();
    expect($('#panel-settings').getAttribute('aria-expanded')).toBe('true');
    expect($('#dc-slot-settings').hidden).toBe(false);
    $('#panel-quotes').click();
    expect($('#panel-settings').getAttribute('aria-expanded')).toBe('false');
    expect($('#dc-slot-settings').hidden).toBe(true);
    expect(document.activeElement?.id).toBe('dc-quotes-title');
    document.activeElement!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
    );
    expect($('#dc-slot-quotes').hidden).toBe(true);
    expect(document.activeElement?.id).toBe('panel-quotes');
  });

  it('applies a setting at once and saves only the change', () => {
    const { view, saveSettings, $ } = mount();
    view.showArticle(sampleArticle());
    const select = $<HTMLSelectElement>('#dc-set-theme');
    select.value = 'dark';
    select.dispatchEvent(new Event('change'));
    expect(view.root.dataset.theme).toBe('dark');
    expect(saveSettings).toHaveBeenCalledWith({ theme: 'dark' });
  });

  it('reflects a change made in another view, and turns quote tab stops off with highlighting', () => {
    const { view, $ } = mount();
    view.showArticle(sampleArticle());
    view.applySettings({ ...DEFAULTS, fontSize: 24, highlightQuotes: 'off' });
    expect($<HTMLInputElement>('#dc-set-fontSize').value).toBe('24');
    expect(view.root.dataset.highlight).toBe('off');
    expect($('q[data-quote-id="dc-q-1"]').hasAttribute('tabindex')).toBe(false);
    view.applySettings(DEFAULTS);
    expect($<HTMLElement>('q[data-quote-id="dc-q-1"]').tabIndex).toBe(0);
  });

  it('lists a title quote in the quotes panel and reveals its mark in the heading', () => {
    const { view, $ } = mount();
    const article = sampleArticle();
    view.showArticle({
      ...article,
      title: 'Park: ‘Not now’ as talks collapse',
      titleHtml:
        'Park: <q class="dc-quote" data-kind="speech" data-speaker="Jo Park" data-quote-id="dc-q-t1">‘Not now’</q> as talks collapse',
      quotes: [
        { id: 'dc-q-t1', text: 'Not now', kind: 'speech', speaker: 'Jo Park', paragraph: -1 },
        ...article.quotes,
      ],
    });
    expect($('#panel-quotes').textContent).toBe('Quotes (4)');
    const mark = $('h1.dc-title q[data-quote-id="dc-q-t1"]');
    mark.scrollIntoView = vi.fn();
    $('#panel-quotes').click();
    $<HTMLButtonElement>('#dc-go-dc-q-t1').click();
    expect(mark.scrollIntoView).toHaveBeenCalled();
    expect(document.activeElement).toBe(mark);
    expect(mark.classList.contains('dc-flash')).toBe(true);
  });

  it('changes the text size from the keyboard and announces it', () => {
    const { view, saveSettings, $ } = mount();
    view.showArticle(sampleArticle());
    $('.dc-title').dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true }));
    expect(saveSettings).toHaveBeenCalledWith({ fontSize: 20 });
    expect($('[role=status]').textContent).toBe('Text size 20');
  });

  it('takes the article tools away again when a state replaces the article', () => {
    const { view, $ } = mount();
    view.showArticle(sampleArticle());
    view.showState('error', { details: ['boom'] });
    expect(view.root.dataset.state).toBe('error');
    expect($<HTMLButtonElement>('#open-tab').disabled).toBe(true);
    expect($<HTMLButtonElement>('#panel-quotes').disabled).toBe(true);
    expect($<HTMLButtonElement>('#panel-settings').disabled).toBe(false);
  });
});
