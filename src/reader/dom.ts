/** Tiny DOM builder for the view: text only ever goes in through textContent. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A button with a visible label; `id` lets tests and the keyboard reach it by a stable name. */
export function button(
  doc: Document,
  id: string,
  label: string,
  onClick: (event: MouseEvent) => void,
): HTMLButtonElement {
  const b = el(doc, 'button', { type: 'button', id, class: 'dc-button' }, label);
  b.addEventListener('click', onClick);
  return b;
}

/** Localized UI strings; extension pages and the content script both pass browser.i18n. */
export type Translate = (key: string, substitutions?: string | string[]) => string;
