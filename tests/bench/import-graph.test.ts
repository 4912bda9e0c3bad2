import { describe, expect, it } from 'vitest';
import {
  everyPageFiles,
  loaderImports,
  resolveSpecifier,
  staticImports,
} from '../../scripts/bench/import-graph.ts';

describe('static imports of bundled chunks', () => {
  it('finds import and re-export statements, not dynamic import()', () => {
    const code =
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/extract.js"])))=>i.map(i=>d[i]);' +
      'import{a as e,c as t}from"./messages-A.js";import"./side-effect.js";import*as ns from"./ns.js";' +
      'import def,{x}from"./mixed.js";export{y}from"../up.js";export*from"./all.js";' +
      'const f=()=>import("./lazy.js");n(()=>import("./extract.js"),__vite__mapDeps([0]))';
    expect(staticImports(code).sort()).toEqual(
      [
        '../up.js',
        './all.js',
        './messages-A.js',
        './mixed.js',
        './ns.js',
        './side-effect.js',
      ].sort(),
    );
  });

  it('finds the chunk a crxjs loader always imports', () => {
    const loader =
      '(async()=>{const{onExecute}=await import(/* @vite-ignore */ chrome.runtime.getURL("assets/src-content.js"));})()';
    expect(loaderImports(loader)).toEqual(['assets/src-content.js']);
  });

  it('resolves specifiers against the importing file', () => {
    expect(resolveSpecifier('assets/a.js', './b.js')).toBe('assets/b.js');
    expect(resolveSpecifier('assets/x/a.js', '../b.js')).toBe('assets/b.js');
    expect(resolveSpecifier('assets/a.js', '/c.js')).toBe('c.js');
  });
});

describe('files run on every page load', () => {
  it('follows loaders and static imports, and stops at dynamic imports', () => {
    const files: Record<string, string> = {
      'assets/loader.js': 'import(chrome.runtime.getURL("assets/content.js"))',
      'assets/content.js': 'import{a}from"./messages.js";const go=()=>import("./extract.js");',
      'assets/messages.js': 'import"./runtime.js";',
      'assets/runtime.js': '',
      'assets/extract.js': 'import"./sanitize.js";',
      'assets/sanitize.js': '',
    };
    const manifest = { content_scripts: [{ js: ['assets/loader.js'], css: ['assets/c.css'] }] };
    expect(everyPageFiles(manifest, (p) => files[p] ?? null)).toEqual([
      'assets/loader.js',
      'assets/c.css',
      'assets/content.js',
      'assets/messages.js',
      'assets/runtime.js',
    ]);
  });

  it('is empty without content scripts', () => {
    expect(everyPageFiles({}, () => '')).toEqual([]);
  });
});
