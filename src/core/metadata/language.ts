import { firstByTag } from '../dom/find-elements.ts';
import { ldText, type LdNode } from './json-ld.ts';
import { firstMeta, type MetaTags } from './meta-tags.ts';

/** Languages written right to left (primary subtags). */
const RTL_LANGS = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ku-arab',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);
const RTL_SCRIPT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/g;
const LETTER = /\p{L}/gu;

export interface LanguageSources {
  doc: Document;
  meta: MetaTags;
  article: LdNode | null;
  parsedLang: string | null | undefined;
  parsedDir: string | null | undefined;
}

/** "en_gb" → "en-GB", "EN" → "en"; null when it is not a language tag. */
export function normalizeLang(value: string | null | undefined): string | null {
  const tag = value?.split(/[,;]/)[0]?.trim().replace(/_/g, '-');
  if (!tag || !/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag)) return null;
  return tag
    .split('-')
    .map((part, i) =>
      i === 0
        ? part.toLowerCase()
        : part.length === 2
          ? part.toUpperCase()
          : part.length === 4
            ? part[0]!.toUpperCase() + part.slice(1).toLowerCase()
            : part.toLowerCase(),
    )
    .join('-');
}

export function isRtlLang(lang: string | null): boolean {
  if (!lang) return false;
  const lower = lang.toLowerCase();
  return RTL_LANGS.has(lower.split('-')[0]!) || /-(?:arab|hebr|thaa|syrc)\b/.test(lower);
}

/**
 * The page's language: `<html lang>`, Content-Language, og:locale, JSON-LD inLanguage, then
 * Readability's reading.
 */
export function extractLang(src: LanguageSources): string | null {
  const root = src.doc.documentElement;
  const candidates = [
    root?.getAttribute('lang'),
    root?.getAttribute('xml:lang'),
    firstMeta(src.meta, 'content-language', 'language', 'dc.language', 'dcterms.language'),
    firstMeta(src.meta, 'og:locale'),
    ldText(src.article?.['inLanguage']),
    src.parsedLang,
  ];
  for (const candidate of candidates) {
    const lang = normalizeLang(candidate);
    if (lang) return lang;
  }
  return null;
}

/**
 * Text direction: an explicit `dir` (Readability's, found on the article's ancestors, then
 * `<html>`/`<body>`), else from the language, else from the script of the title.
 */
export function extractDir(src: LanguageSources, lang: string | null): 'ltr' | 'rtl' | null {
  const explicit = [
    src.parsedDir,
    src.doc.documentElement?.getAttribute('dir'),
    src.doc.body?.getAttribute('dir'),
  ]
    .map((d) => d?.trim().toLowerCase())
    .find((d) => d === 'rtl' || d === 'ltr');
  if (explicit === 'rtl' || explicit === 'ltr') return explicit;
  if (lang) return isRtlLang(lang) ? 'rtl' : 'ltr';
  // No declaration at all: a title mostly in Arabic or Hebrew script reads right to left.
  const sample = src.doc.title || firstByTag(src.doc, 'h1')?.textContent || '';
  const letters = sample.match(LETTER)?.length ?? 0;
  const rtl = sample.match(RTL_SCRIPT)?.length ?? 0;
  return letters > 0 && rtl / letters > 0.5 ? 'rtl' : null;
}
