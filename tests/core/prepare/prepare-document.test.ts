import { describe, expect, it } from 'vitest';
import { removeStyledPixels } from '../../../src/core/guard-pixels.ts';
import { prepareDocument } from '../../../src/core/prepare/index.ts';
import { applySiteRules } from '../../../src/core/prepare/apply-site-rules.ts';
import { promoteLazyImages } from '../../../src/core/prepare/promote-lazy-images.ts';
import { revealStreamedContent } from '../../../src/core/prepare/reveal-streamed-content.ts';
import { unhideMainContent } from '../../../src/core/prepare/unhide-main-content.ts';
import type { RemovedBlock } from '../../../src/core/types.ts';

const STORY = '<p>The harbour authority approved the new ferry timetable on Tuesday.</p>'.repeat(
  12,
);

/** A page that needs every step: pixels, a streamed boundary, a hiding wrapper, lazy images, chrome. */
const PAGE = `<!doctype html><head><style>p{}</style><script>window.x=1</script></head><body>
  <div id="onetrust-consent-sdk"><p>We value your privacy</p></div>
  <img src="https://t.example/p.gif" style="width:1px;height:1px">
  <!--$?--><template id="B:0"></template><div class="skeleton">Loading</div><!--/$-->
  <div style="display:none" class="wrapper"><article>${STORY}
    <img src="data:image/gif;base64,R0lGOD" data-src="https://img.example/a.jpg">
    <img src="blank.gif"><noscript><img src="https://img.example/b.jpg"></noscript>
    <span class="mw-editsection">[edit]</span>
  </article></div>
  <div hidden id="S:0"><p>Streamed paragraph.</p><ins class="adsbygoogle"></ins></div>
</body>`;

describe('prepareDocument', () => {
  it.each(['https://news.example/a', 'https://en.wikipedia.org/wiki/Ferry'])(
    'leaves %s exactly as the five steps run one after another do',
    (url) => {
      const one = new DOMParser().parseFromString(PAGE, 'text/html');
      const oneRemoved: RemovedBlock[] = [];
      prepareDocument(one, url, oneRemoved);

      const seq = new DOMParser().parseFromString(PAGE, 'text/html');
      const seqRemoved: RemovedBlock[] = [];
      removeStyledPixels(seq);
      revealStreamedContent(seq);
      unhideMainContent(seq);
      promoteLazyImages(seq);
      applySiteRules(seq, url, seqRemoved);

      expect(one.documentElement.outerHTML).toBe(seq.documentElement.outerHTML);
      expect(oneRemoved).toEqual(seqRemoved);
      // And the steps did their work.
      const html = one.documentElement.outerHTML;
      expect(html).not.toMatch(
        /<script|<style|p\.gif|onetrust|skeleton|adsbygoogle|display:\s*none/,
      );
      expect(html).toContain('Streamed paragraph.');
      expect(html).toContain('src="https://img.example/a.jpg"');
      expect(html).toContain('src="https://img.example/b.jpg"');
      expect(html.includes('[edit]')).toBe(!url.includes('wikipedia'));
    },
  );
});
