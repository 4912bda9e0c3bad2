/**
 * The dyslexia-friendly font for in-place mode. A shadow root ignores @font-face, so the font is
 * registered with the page's document (from bytes we read ourselves, so the page's CSP has no
 * say) only while the reader shows it, and taken out again when the reader leaves.
 */
import fontPath from '@fontsource/opendyslexic/files/opendyslexic-latin-400-normal.woff2?url';
import { DYSLEXIC_FAMILY } from '../reader/apply-settings.ts';
import { browser } from '../shared/platform.ts';

let face: FontFace | null = null;

async function load(): Promise<FontFace> {
  const url = browser.runtime.getURL(fontPath.replace(/^\//, ''));
  const bytes = await (await fetch(url)).arrayBuffer();
  return new FontFace(DYSLEXIC_FAMILY, bytes);
}

export function useReaderFont(wanted: boolean, signal: AbortSignal): void {
  if (!wanted || face || signal.aborted) return;
  load()
    .then((loaded) => {
      if (signal.aborted || face) return;
      face = loaded;
      document.fonts.add(loaded);
      signal.addEventListener('abort', () => {
        document.fonts.delete(loaded);
        face = null;
      });
    })
    .catch(() => {
      // The view falls back to the next font in the stack; reading goes on.
    });
}
