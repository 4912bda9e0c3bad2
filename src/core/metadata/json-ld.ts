import { byTag } from '../dom/find-elements.ts';

/** One JSON-LD node, loosely typed: real pages put anything anywhere. */
export type LdNode = Record<string, unknown>;

const ARTICLE_TYPE =
  /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|ScholarlyArticle|TechArticle|Review|Blog)$/;

/**
 * Every node of every `application/ld+json` block, with `@graph` and arrays flattened.
 * Broken blocks are skipped: a page's bad JSON must not cost us its other metadata.
 */
export function readJsonLd(doc: Document): LdNode[] {
  const nodes: LdNode[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const node = value as LdNode;
    if (node['@type'] !== undefined) nodes.push(node);
    if (node['@graph'] !== undefined) visit(node['@graph'], depth + 1);
    // Some sites nest the article under mainEntity(OfPage) of a WebPage.
    if (node['mainEntity'] !== undefined && typeof node['mainEntity'] === 'object') {
      visit(node['mainEntity'], depth + 1);
    }
  };
  for (const script of byTag(doc, 'script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const raw = (script.textContent ?? '')
      .replace(/^\s*(?:\/\/\s*)?(?:<!--|<!\[CDATA\[)/, '')
      .replace(/(?:\/\/\s*)?(?:-->|\]\]>)\s*$/, '')
      .trim();
    if (!raw) continue;
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      /* invalid JSON-LD: ignore this block */
    }
  }
  return nodes;
}

export function ldTypes(node: LdNode): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, ''));
}

export function isArticleNode(node: LdNode): boolean {
  return ldTypes(node).some((t) => ARTICLE_TYPE.test(t));
}

/** The article node if there is one, otherwise the first node that has a headline. */
export function findArticleNode(nodes: LdNode[]): LdNode | null {
  return nodes.find(isArticleNode) ?? nodes.find((n) => typeof n['headline'] === 'string') ?? null;
}

/** A plain string value, or the `name`/`@value` of an object value. */
export function ldText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length ? ldText(value[0]) : null;
  if (value && typeof value === 'object') {
    const obj = value as LdNode;
    return ldText(obj['name'] ?? obj['@value']);
  }
  return null;
}
