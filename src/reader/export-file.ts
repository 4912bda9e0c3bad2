/**
 * "Save as HTML": one self-contained file of the view as it is now (restored blocks included),
 * with the reader styles inlined and no script, built with DOM methods (no string HTML from the
 * page). Also the download and clipboard helpers the view uses.
 */
import type { Article } from '../core/types.ts';

export function articleToHtmlFile(article: Article, root: HTMLElement, css: string): string {
  const doc = root.ownerDocument.implementation.createHTMLDocument('');
  doc.title = article.title;
  if (article.lang) doc.documentElement.lang = article.lang;
  const meta = doc.createElement('meta');
  meta.setAttribute('charset', 'utf-8');
  doc.head.prepend(meta);
  const source = doc.createElement('link');
  source.rel = 'canonical';
  source.href = article.url;
  const style = doc.createElement('style');
  style.textContent = css;
  doc.head.append(source, style);
  const clone = doc.importNode(root, true) as HTMLElement;
  for (const n of clone.querySelectorAll('[tabindex]')) n.removeAttribute('tabindex');
  // The theme and typography live on the view's root (.dc-app): carry them over, our own
  // attributes only, so the file looks like the view it was saved from.
  const app = doc.createElement('div');
  app.className = 'dc-app';
  const view = root.closest('.dc-app');
  for (const name of ['data-theme', 'data-font', 'data-align', 'data-highlight', 'style']) {
    const value = view?.getAttribute(name);
    if (value) app.setAttribute(name, value);
  }
  app.append(clone);
  doc.body.style.margin = '0';
  doc.body.append(app);
  return '<!doctype html>\n' + doc.documentElement.outerHTML;
}

/** A file name from the title: letters, digits and dashes only, never empty. */
export function fileNameFor(title: string, ext: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${base || 'article'}.${ext}`;
}

/** Downloads text as a file through a blob link (no downloads permission needed). */
export function downloadText(
  doc: Document,
  parent: Node,
  name: string,
  text: string,
  type: string,
) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  parent.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: the download reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Copies text; falls back to a selected textarea where the async clipboard is refused. */
export async function copyText(doc: Document, parent: Node, text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('aria-hidden', 'true');
    area.style.cssText = 'position:fixed;opacity:0;inset:0 auto auto 0;';
    parent.appendChild(area);
    area.select();
    const ok = doc.execCommand('copy');
    area.remove();
    return ok;
  }
}
