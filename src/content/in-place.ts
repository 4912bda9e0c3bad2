/**
 * In-place reader mode: the reading view covers the page inside a closed shadow root, so the
 * page's styles cannot reach it and the page's DOM is left as it was. Switching back removes
 * the host and restores scroll position and the one style we touched.
 */
import { extractArticle } from '../core/extract-article.ts';
import { renderArticle } from '../reader/render-article.ts';
import readerCss from '../reader/reader.css?inline';

interface Active {
  host: HTMLElement;
  scrollX: number;
  scrollY: number;
  overflow: string;
  onKey: (event: KeyboardEvent) => void;
}

let active: Active | null = null;

function leave(): void {
  if (!active) return;
  const { host, scrollX, scrollY, overflow, onKey } = active;
  active = null;
  host.remove();
  document.documentElement.style.overflow = overflow;
  if (!document.documentElement.getAttribute('style'))
    document.documentElement.removeAttribute('style');
  window.removeEventListener('keydown', onKey, true);
  window.scrollTo(scrollX, scrollY);
}

function enter(): boolean {
  const result = extractArticle(document, { url: location.href, now: new Date() });
  const host = document.createElement('declutter-reader');
  host.style.cssText =
    'all: initial; position: fixed; inset: 0; z-index: 2147483647; overflow: auto;';
  const shadow = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    readerCss.replaceAll(':root', ':host') +
      ':host{display:block;background:var(--dc-bg);color:var(--dc-fg);font-family:var(--dc-font);font-size:var(--dc-size);line-height:var(--dc-line)}',
  );
  shadow.adoptedStyleSheets = [sheet];
  if (result.ok) shadow.append(renderArticle(document, result.article));
  else {
    const p = document.createElement('p');
    p.className = 'dc-state';
    p.textContent = result.message;
    shadow.append(p);
  }
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') leave();
  };
  active = {
    host,
    scrollX: window.scrollX,
    scrollY: window.scrollY,
    overflow: document.documentElement.style.overflow,
    onKey,
  };
  document.documentElement.style.overflow = 'hidden';
  document.documentElement.append(host);
  window.addEventListener('keydown', onKey, true);
  return true;
}

/** Turns in-place reader mode on, off, or over (when `on` is undefined); returns the new state. */
export async function toggleInPlace(
  on: boolean | undefined,
  signal: AbortSignal,
): Promise<boolean> {
  signal.addEventListener('abort', leave, { once: true });
  const want = on ?? !active;
  if (want && !active) enter();
  if (!want && active) leave();
  return Boolean(active);
}
