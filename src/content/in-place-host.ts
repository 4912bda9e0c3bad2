/**
 * The one element in-place mode adds to a page, and its isolation: `all: initial` against page
 * rules that match any element, a constructed stylesheet (no <style> for a page CSP to block),
 * and events stopped at the shadow boundary so the page's own shortcuts do not fire while the
 * reader is typed into.
 */
export const hostStyle =
  'all: initial !important; display: block !important; position: fixed !important; ' +
  'inset: 0 !important; z-index: 2147483647 !important; overflow: auto !important; ' +
  'overscroll-behavior: contain !important; background: #fdfdfb !important;';

export function adoptStyles(shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    // Older engines (and some content-script sandboxes) refuse constructed sheets.
    const style = document.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}

const CONTAINED = ['keydown', 'keyup', 'keypress', 'input', 'change', 'copy', 'wheel'] as const;

export function isolateEvents(shadow: ShadowRoot, signal: AbortSignal): void {
  for (const type of CONTAINED) {
    shadow.addEventListener(type, (event) => event.stopPropagation(), { signal });
  }
}

const FOCUSABLE = 'button:not([disabled]), select, input, a[href], [tabindex="0"]';

/**
 * Keeps Tab inside the view while it covers the page: the host is the page's last element, so
 * without this Tab would walk into the hidden page behind it (aria-modal says the same to
 * assistive technology).
 */
export function containFocus(shadow: ShadowRoot, signal: AbortSignal): void {
  shadow.addEventListener(
    'keydown',
    (e) => {
      const event = e as KeyboardEvent;
      if (event.key !== 'Tab') return;
      const all = Array.from(shadow.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
        (el) => !el.closest('[hidden]'),
      );
      const first = all[0];
      const last = all[all.length - 1];
      const current = shadow.activeElement;
      if (!first || !last) return;
      if (event.shiftKey && current === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && current === last) {
        event.preventDefault();
        first.focus();
      }
    },
    { signal },
  );
}

/**
 * Pages stack their own overlays at the maximum z-index too (cookie walls, paywalls); a manual
 * popover sits in the top layer above all of them. Engines without the Popover API keep the
 * z-index, which wins ties because the host is the page's last element.
 */
export function raiseToTopLayer(host: HTMLElement): void {
  try {
    host.setAttribute('popover', 'manual');
    host.showPopover();
  } catch {
    host.removeAttribute('popover');
  }
}
