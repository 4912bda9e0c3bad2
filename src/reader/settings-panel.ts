/**
 * Reading settings as a form: each control writes one field through `onChange` (which saves to
 * storage.sync); `update` reflects a change made elsewhere (another view, another device).
 */
import {
  ALIGNS,
  FONTS,
  HIGHLIGHTS,
  RANGES,
  THEMES,
  type Settings,
} from '../shared/settings-schema.ts';
import { el, type Translate } from './dom.ts';

type ChoiceKey = 'theme' | 'font' | 'align' | 'highlightQuotes';
type RangeKey = keyof typeof RANGES;

const CHOICES: [ChoiceKey, readonly string[]][] = [
  ['theme', THEMES],
  ['font', FONTS],
  ['align', ALIGNS],
  ['highlightQuotes', HIGHLIGHTS],
];
const NUMBERS: RangeKey[] = ['fontSize', 'width', 'lineHeight'];

export interface SettingsPanel {
  element: HTMLElement;
  update(settings: Settings): void;
}

export function renderSettingsPanel(
  doc: Document,
  t: Translate,
  initial: Settings,
  onChange: (change: Partial<Settings>) => void,
  onPreview: (change: Partial<Settings>) => void = onChange,
): SettingsPanel {
  const panel = el(doc, 'section', { class: 'dc-panel', id: 'dc-settings-panel' });
  panel.setAttribute('aria-labelledby', 'dc-settings-title');
  panel.append(el(doc, 'h2', { id: 'dc-settings-title' }, t('settingsTitle')));
  const form = el(doc, 'form', { class: 'dc-settings' });
  form.addEventListener('submit', (event) => event.preventDefault());
  const selects = new Map<ChoiceKey, HTMLSelectElement>();
  const ranges = new Map<RangeKey, [HTMLInputElement, HTMLOutputElement]>();

  for (const [key, values] of CHOICES) {
    const id = `dc-set-${key}`;
    const select = el(doc, 'select', { id, name: key });
    for (const value of values) select.append(el(doc, 'option', { value }, t(`${key}_${value}`)));
    select.addEventListener('change', () => onChange({ [key]: select.value } as Partial<Settings>));
    selects.set(key, select);
    form.append(row(doc, id, t(`setting_${key}`), select));
  }
  for (const key of NUMBERS) {
    const id = `dc-set-${key}`;
    const { min, max, step } = RANGES[key];
    const input = el(doc, 'input', { id, name: key, type: 'range' });
    Object.assign(input, { min: String(min), max: String(max), step: String(step) });
    const output = el(doc, 'output', { for: id });
    const patch = () => ({ [key]: Number(input.value) }) as Partial<Settings>;
    // Dragging previews live; only the released value is saved (storage.sync allows few writes).
    input.addEventListener('input', () => {
      output.textContent = input.value;
      onPreview(patch());
    });
    input.addEventListener('change', () => onChange(patch()));
    ranges.set(key, [input, output]);
    form.append(row(doc, id, t(`setting_${key}`), input, output));
  }
  panel.append(form, el(doc, 'p', { class: 'dc-keys-hint' }, t('keysHint')));

  const update = (s: Settings) => {
    for (const [key, select] of selects) select.value = s[key];
    for (const [key, [input, output]] of ranges) {
      // Rounded for display: 1.6000000000000003 is what 1.5 + 0.1 gives.
      const value = String(Math.round(s[key] * 100) / 100);
      if (doc.activeElement !== input) input.value = value;
      output.textContent = value;
    }
  };
  update(initial);
  return { element: panel, update };
}

function row(doc: Document, id: string, label: string, ...controls: HTMLElement[]): HTMLElement {
  const div = el(doc, 'div', { class: 'dc-setting' });
  div.append(el(doc, 'label', { for: id }, label), ...controls);
  return div;
}
