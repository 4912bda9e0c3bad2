/**
 * Which built files run on every page load: the manifest's content scripts, the chunk each
 * loader always imports, and everything those import statically. Dynamic `import()` of other
 * chunks (extraction, the in-place reader) is loaded only on request and is left out. Pure.
 */

/** Relative specifiers of the static `import … from "x"`, `import "x"` and `export … from "x"`. */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  // Bundler output: `import{a as e}from"./m.js"`, `import"./m.js"`, `export*from"./m.js"`.
  const re =
    /(?:^|[;}\s])(?:import|export)\s*(?:(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*as\s+[\w$]+|\*)?\s*from\s*|(?=["']))["'](\.{0,2}\/[^"']+)["']/g;
  for (const m of code.matchAll(re)) found.add(m[1]!);
  return [...found];
}

/**
 * Chunks a content-script loader imports unconditionally: crxjs writes
 * `import(chrome.runtime.getURL("assets/…js"))`; the paths are relative to the package root.
 */
export function loaderImports(code: string): string[] {
  const found = new Set<string>();
  const re =
    /import\(\s*(?:\/\*[^]*?\*\/\s*)?(?:chrome|browser)\.runtime\.getURL\(\s*["']([^"']+)["']\s*\)/g;
  for (const m of code.matchAll(re)) found.add(m[1]!);
  return [...found];
}

/** Joins a relative specifier onto the package path of the file that imports it. */
export function resolveSpecifier(from: string, spec: string): string {
  if (spec.startsWith('/')) return spec.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const seg of spec.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

interface ManifestLike {
  content_scripts?: { js?: string[]; css?: string[] }[];
}

/**
 * Package paths of every file a page load runs: content scripts (js and css), the chunks their
 * loaders import, and the static import closure of those. `read` returns a file's text or null.
 */
export function everyPageFiles(
  manifest: ManifestLike,
  read: (path: string) => string | null,
): string[] {
  const seen = new Set<string>();
  const queue: string[] = [];
  const add = (p: string) => {
    const path = p.replace(/^\/+/, '');
    if (!seen.has(path)) {
      seen.add(path);
      queue.push(path);
    }
  };
  for (const cs of manifest.content_scripts ?? []) {
    for (const js of cs.js ?? []) add(js);
    for (const css of cs.css ?? []) add(css);
  }
  while (queue.length) {
    const path = queue.shift()!;
    if (!path.endsWith('.js')) continue;
    const code = read(path);
    if (code === null) continue;
    for (const chunk of loaderImports(code)) add(chunk);
    for (const spec of staticImports(code)) add(resolveSpecifier(path, spec));
  }
  return [...seen];
}
