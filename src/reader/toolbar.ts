/**
 * The toolbar and the panels it opens. Each panel button is a disclosure (aria-expanded,
 * aria-controls); one panel is open at a time and Escape closes it, returning focus to its button.
 */
import { button, el, type Translate } from './dom.ts';

export type PanelName = 'settings' | 'quotes' | 'removed' | 'export';
const PANELS: PanelName[] = ['settings', 'quotes', 'removed', 'export'];

export interface ToolbarActions {
  openTab?: () => void;
  /** In pages: toggle the source tab's in-place mode. In place: leave it. */
  toggleInPlace?: () => void;
  /** Label for the in-place button: "Reader mode on page" or "Leave reader mode". */
  inPlaceLabel?: 'toggleInPlace' | 'leaveInPlace';
}

export interface Toolbar {
  nav: HTMLElement;
  panels: HTMLElement;
  setPanel(name: PanelName, content: HTMLElement | null, count?: number): void;
  open(name: PanelName | null): void;
  openPanel(): PanelName | null;
  setEnabled(enabled: boolean): void;
}

export function renderToolbar(doc: Document, t: Translate, actions: ToolbarActions): Toolbar {
  const nav = el(doc, 'nav', { class: 'dc-toolbar', 'aria-label': t('toolbarLabel') });
  const panels = el(doc, 'aside', { class: 'dc-panels', 'aria-label': t('panelsLabel') });
  const actionButtons: HTMLButtonElement[] = [];
  if (actions.openTab) actionButtons.push(button(doc, 'open-tab', t('openTab'), actions.openTab));
  if (actions.toggleInPlace) {
    const label = t(actions.inPlaceLabel ?? 'toggleInPlace');
    actionButtons.push(button(doc, 'toggle-in-place', label, actions.toggleInPlace));
  }
  const toggles = new Map<PanelName, HTMLButtonElement>();
  const slots = new Map<PanelName, HTMLElement>();
  let current: PanelName | null = null;

  const open = (name: PanelName | null) => {
    current = name && slots.get(name)?.firstChild ? name : null;
    for (const [panel, toggle] of toggles) {
      const on = panel === current;
      toggle.setAttribute('aria-expanded', String(on));
      slots.get(panel)!.hidden = !on;
    }
    panels.hidden = current === null;
    if (current) slots.get(current)!.querySelector<HTMLElement>('h2')?.focus();
  };

  for (const name of PANELS) {
    const slot = el(doc, 'div', { id: `dc-slot-${name}`, class: 'dc-slot' });
    slot.hidden = true;
    slots.set(name, slot);
    panels.append(slot);
    const toggle = button(doc, `panel-${name}`, t(`panel_${name}`), () =>
      open(current === name ? null : name),
    );
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', slot.id);
    toggles.set(name, toggle);
  }
  nav.append(...actionButtons, el(doc, 'span', { class: 'dc-spacer' }), ...toggles.values());
  panels.hidden = true;

  panels.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !current) return;
    event.stopPropagation();
    const back = toggles.get(current);
    open(null);
    back?.focus();
  });

  return {
    nav,
    panels,
    setPanel(name, content, count) {
      const slot = slots.get(name)!;
      slot.replaceChildren(...(content ? [content] : []));
      // Headings get focus when a panel opens, so the keyboard lands inside it.
      content?.querySelector('h2')?.setAttribute('tabindex', '-1');
      const toggle = toggles.get(name)!;
      toggle.textContent = t(`panel_${name}`) + (count === undefined ? '' : ` (${count})`);
      toggle.disabled = !content;
      if (current === name && !content) open(null);
    },
    open,
    openPanel: () => current,
    setEnabled(enabled) {
      for (const b of actionButtons) b.disabled = !enabled;
    },
  };
}
