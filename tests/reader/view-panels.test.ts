import { describe, expect, it, vi } from 'vitest';
import { renderQuotesPanel } from '../../src/reader/quotes-panel.ts';
import { placeRestored, renderRemovedPanel } from '../../src/reader/removed-panel.ts';
import { renderArticle } from '../../src/reader/render-article.ts';
import { sampleArticle } from './fixtures.ts';
import { t } from './translate.ts';

describe('quotes panel', () => {
  it('groups speech and block quotes by speaker, unattributed last, without terms', () => {
    const panel = renderQuotesPanel(document, sampleArticle(), {
      t,
      reveal: vi.fn(),
      copy: vi.fn(async () => true),
      announce: vi.fn(),
    });
    const groups = Array.from(panel.querySelectorAll('.dc-speaker'), (g) => ({
      name: g.querySelector('h3')?.firstChild?.textContent,
      ids: Array.from(g.querySelectorAll('li'), (li) => li.dataset.quoteId),
    }));
    expect(groups).toEqual([
      { name: 'Jo Park', ids: ['dc-q-1', 'dc-q-4'] },
      { name: 'Speaker not named', ids: ['dc-q-3'] },
    ]);
  });

  it('reveals a quote on click and copies it with speaker, title and link', async () => {
    const reveal = vi.fn();
    const copy = vi.fn(async (_text: string) => true);
    const announce = vi.fn();
    const panel = renderQuotesPanel(document, sampleArticle(), { t, reveal, copy, announce });
    panel.querySelector<HTMLButtonElement>('#dc-go-dc-q-1')!.click();
    expect(reveal).toHaveBeenCalledWith('dc-q-1');
    panel.querySelector<HTMLButtonElement>('#dc-copy-dc-q-1')!.click();
    await vi.waitFor(() => expect(announce).toHaveBeenCalledWith('Quote copied with its source.'));
    const copied = copy.mock.calls[0]![0];
    expect(copied).toContain('We will not sign.');
    expect(copied).toContain('Jo Park');
    expect(copied).toContain('https://news.example/story');
  });

  it('says so when an article has no quotes', () => {
    const ctx = { t, reveal: vi.fn(), copy: vi.fn(), announce: vi.fn() };
    const panel = renderQuotesPanel(document, sampleArticle({ quotes: [] }), ctx);
    expect(panel.querySelector('.dc-panel-empty')?.textContent).toBe(t('quotesEmpty'));
  });
});

describe('what was removed', () => {
  const setup = () => {
    const article = sampleArticle();
    const root = renderArticle(document, article, { t });
    const body = root.querySelector<HTMLElement>('.dc-body')!;
    const panel = renderRemovedPanel(document, article.removed, body, t);
    return { body, panel };
  };

  it('lists each removed block with its reason', () => {
    const { panel } = setup();
    const rows = Array.from(panel.querySelectorAll('li[data-reason]'), (li) => [
      li.querySelector('.dc-reason')?.textContent,
      li.querySelector('.dc-removed-text')?.textContent,
    ]);
    expect(rows).toEqual([
      ['Share buttons', 'Share on Facebook'],
      ['Related links', 'More stories'],
    ]);
  });

  it('restores a block into the view, sanitized, at the top or bottom by its reason', () => {
    const { body, panel } = setup();
    panel.querySelector<HTMLButtonElement>('#dc-restore-1')!.click();
    panel.querySelector<HTMLButtonElement>('#dc-restore-0')!.click();
    const restored = body.querySelectorAll<HTMLElement>('.dc-restored');
    expect(Array.from(restored, (r) => r.dataset.reason)).toEqual(['share-bar', 'related-links']);
    expect(body.firstElementChild?.classList.contains('dc-restored')).toBe(true);
    expect(body.lastElementChild?.classList.contains('dc-restored')).toBe(true);
    expect(body.querySelector('.dc-restored script, .dc-restored [onclick]')).toBeNull();
    expect(body.querySelector('.dc-restored ul > li a')?.getAttribute('href')).toBe(
      'https://fb.example/',
    );
    const button = panel.querySelector<HTMLButtonElement>('#dc-restore-0')!;
    expect([button.disabled, button.textContent]).toEqual([true, 'Restored']);
  });

  it('puts a block back before the paragraph it was removed from when the core says which', () => {
    const { body } = setup();
    const block = document.createElement('div');
    placeRestored(body, block, { reason: 'timestamp', text: '', beforeBlock: 1 });
    expect(block.nextElementSibling?.textContent).toContain('Critics called it');
  });
});
