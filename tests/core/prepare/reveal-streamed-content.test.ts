import { describe, expect, it } from 'vitest';
import { revealStreamedContent } from '../../../src/core/prepare/reveal-streamed-content.ts';

const doc = (body: string): Document =>
  new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');

describe('revealStreamedContent', () => {
  it('swaps a streamed boundary’s skeleton for its hidden content', () => {
    const d = doc(
      '<header>Site</header><!--$?--><template id="B:0"></template><main><div class="skeleton"></div></main><!--/$--><footer>Foot</footer>' +
        '<div hidden id="S:0"><main><p>The ferry timetable changes on Monday.</p></main></div>',
    );
    revealStreamedContent(d);
    expect(d.querySelector('[hidden]')).toBeNull();
    expect(d.querySelector('.skeleton')).toBeNull();
    expect(d.body.textContent).toBe('SiteThe ferry timetable changes on Monday.Foot');
  });

  it('keeps nested boundaries inside the skeleton range balanced', () => {
    const d = doc(
      '<!--$?--><template id="B:1"></template><div>load<!--$--><span>inner</span><!--/$--></div><!--/$--><p>After</p><div hidden id="S:1"><p>Real</p></div>',
    );
    revealStreamedContent(d);
    expect(d.body.textContent).toBe('RealAfter');
  });

  it('adds the content but keeps everything when the boundary has no closing comment', () => {
    const d = doc(
      '<template id="B:2"></template><p>Kept</p><div hidden id="S:2"><p>Real</p></div>',
    );
    revealStreamedContent(d);
    expect(d.body.textContent).toBe('RealKept');
  });

  it('fills a segment’s placeholder, also inside content streamed later', () => {
    const d = doc(
      '<main><!--$?--><template id="B:3"></template><p>Loading…</p><!--/$--></main>' +
        '<div hidden id="S:3"><h1>Index funds</h1><template id="P:1f"></template><p>Fees matter.</p></div>' +
        '<div hidden id="S:1f"><p>An index fund tracks a market index.</p></div>',
    );
    revealStreamedContent(d);
    expect(d.querySelector('[hidden], template')).toBeNull();
    expect(d.querySelector('main')!.textContent).toBe(
      'Index fundsAn index fund tracks a market index.Fees matter.',
    );
  });

  it('leaves ordinary hidden elements alone', () => {
    const d = doc(
      '<div hidden id="menu"><p>Menu</p></div><div hidden id="S:9"><p>No template</p></div>',
    );
    revealStreamedContent(d);
    expect(d.querySelectorAll('[hidden]')).toHaveLength(2);
  });
});
