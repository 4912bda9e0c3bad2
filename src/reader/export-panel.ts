/** The export panel: copy as Markdown, save as HTML, print (where printing the view works). */
import type { Article } from '../core/types.ts';
import { button, el, type Translate } from './dom.ts';
import { articleToMarkdown } from './export-markdown.ts';
import { articleToHtmlFile, copyText, downloadText, fileNameFor } from './export-file.ts';

export interface ExportContext {
  t: Translate;
  /** The rendered article root (what the reader sees, restored blocks included). */
  root: HTMLElement;
  body: HTMLElement;
  css: string;
  /** Where temporary elements (download link, copy fallback) may be attached. */
  scratch: Node;
  announce(message: string): void;
  /** Absent in place: printing there would print the page under the view. */
  print?: () => void;
}

export function renderExportPanel(doc: Document, article: Article, ctx: ExportContext) {
  const { t } = ctx;
  const panel = el(doc, 'section', { class: 'dc-panel', id: 'dc-export-panel' });
  panel.setAttribute('aria-labelledby', 'dc-export-title');
  panel.append(el(doc, 'h2', { id: 'dc-export-title' }, t('exportTitle')));
  const row = el(doc, 'div', { class: 'dc-export-actions' });
  row.append(
    button(doc, 'export-markdown', t('exportMarkdown'), async () => {
      const ok = await copyText(doc, ctx.scratch, articleToMarkdown(article, ctx.body));
      ctx.announce(t(ok ? 'markdownCopied' : 'copyFailed'));
    }),
    button(doc, 'export-html', t('exportHtml'), () => {
      const html = articleToHtmlFile(article, ctx.root, ctx.css);
      downloadText(doc, ctx.scratch, fileNameFor(article.title, 'html'), html, 'text/html');
      ctx.announce(t('htmlSaved'));
    }),
  );
  if (ctx.print) row.append(button(doc, 'export-print', t('exportPrint'), ctx.print));
  panel.append(row);
  return panel;
}
