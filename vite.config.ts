import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import { deriveManifest, type Target } from './scripts/build/derive-manifest.ts';

// `vite build --mode firefox` builds the Firefox package; any other mode builds Chrome's.
export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [crx({ manifest: deriveManifest(baseManifest, target), browser: target })],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      // The preload helper inserts <link rel=modulepreload> into the page when the content
      // script imports a chunk, which changes the page's DOM (in-place mode must not).
      modulePreload: false,
      rollupOptions: { input: { reader: 'src/page/index.html' } },
    },
  };
});
