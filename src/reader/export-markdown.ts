/**
 * The view as Markdown, from the rendered (sanitized, possibly restored-into) body, so what is
 * copied is what the reader saw. Quote marks are the article's own characters, so they survive.
 */
import type { Article } from '../core/types.ts';

const escapeInline = (s: string): string => s.replace(/([\\`*_[\]])/g, '\\$1');
const squash = (s: string): string => s.replace(/\s+/g, ' ');

function inline(node: Node): string {
  if (node.nodeType === 3) return escapeInline(squash(node.textContent ?? ''));
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const inner = () => Array.from(el.childNodes, inline).join('');
  switch (el.localName) {
    case 'strong':
    case 'b':
      return wrap('**', inner());
    case 'em':
    case 'i':
    case 'cite':
      return wrap('*', inner());
    case 'code':
    case 'kbd':
      return '`' + (el.textContent ?? '').replace(/`/g, '\u02cb') + '`';
    case 'br':
      return '  \n';
    case 'a': {
      const href = el.getAttribute('href');
      const text = inner().trim();
      return href && text ? `[${text}](${href.replace(/\)/g, '%29')})` : text;
    }
    case 'img': {
      const src = el.getAttribute('src');
      return src ? `![${escapeInline(el.getAttribute('alt') ?? '')}](${src})` : '';
    }
    case 'span':
      // Our own speaker notes and hover labels are not article text.
      return el.closest('[hidden]') ? '' : inner();
    default:
      return inner();
  }
}

function wrap(mark: string, text: string): string {
  const trimmed = text.trim();
  return trimmed ? `${mark}${trimmed}${mark}` : '';
}

function blocks(el: Element, out: string[], prefix = ''): void {
  for (const child of Array.from(el.children)) {
    const name = child.localName;
    if (child.hasAttribute('hidden')) continue;
    if (/^h[1-6]$/.test(name)) out.push(`${'#'.repeat(Number(name[1]))} ${inline(child).trim()}`);
    else if (name === 'p' || name === 'figcaption') pushText(out, inline(child), prefix);
    else if (name === 'pre')
      out.push('```\n' + (child.textContent ?? '').replace(/\n$/, '') + '\n```');
    else if (name === 'hr') out.push('---');
    else if (name === 'blockquote') {
      const inner: string[] = [];
      blocks(child, inner);
      if (!inner.length) pushText(inner, inline(child));
      out.push(inner.join('\n\n').replace(/^/gm, '> '));
    } else if (name === 'ul' || name === 'ol') {
      const items = Array.from(child.children).filter((li) => li.localName === 'li');
      const lines = items.map(
        (li, i) => `${name === 'ol' ? `${i + 1}.` : '-'} ${inline(li).trim()}`,
      );
      out.push(lines.join('\n'));
    } else if (name === 'img' || name === 'picture') pushText(out, inline(child));
    else if (
      child.querySelector('p,h1,h2,h3,h4,h5,h6,ul,ol,blockquote,pre,figure,div,section,table,img')
    )
      blocks(child, out, prefix);
    else pushText(out, inline(child), prefix);
  }
}

function pushText(out: string[], text: string, prefix = ''): void {
  const trimmed = text.replace(/[ \t]+\n/g, '  \n').trim();
  if (trimmed) out.push(prefix + trimmed);
}

/** Title, byline line, source link, then the body blocks. */
export function articleToMarkdown(article: Article, body: Element): string {
  const out: string[] = [`# ${escapeInline(squash(article.title).trim())}`];
  const meta = [article.byline, article.siteName, article.published?.slice(0, 10)].filter(Boolean);
  if (meta.length) out.push(`*${escapeInline(meta.join(' · '))}*`);
  out.push(`<${article.url}>`);
  blocks(body, out);
  return out.join('\n\n') + '\n';
}
