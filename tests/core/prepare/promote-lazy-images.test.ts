import { describe, expect, it } from 'vitest';
import { isPlaceholder, promoteLazyImages } from '../../../src/core/prepare/promote-lazy-images.ts';

const doc = (body: string): Document =>
  new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');

describe('promoteLazyImages', () => {
  it.each([
    ['data-src', '<img src="data:image/gif;base64,R0lGOD" data-src="https://x.example/a.jpg">'],
    ['data-lazy-src', '<img src="/img/blank.gif" data-lazy-src="https://x.example/a.jpg">'],
    ['data-original', '<img data-original="https://x.example/a.jpg">'],
  ])('moves %s into src when src is a placeholder', (_name, html) => {
    const d = doc(html);
    promoteLazyImages(d);
    expect(d.querySelector('img')?.getAttribute('src')).toBe('https://x.example/a.jpg');
  });

  it('works on one element too (a container recovered from the page), and only inside it', () => {
    const d = doc(
      '<img id="out" data-src="https://x.example/out.jpg"><div id="box"><img data-src="https://x.example/in.jpg"><img src="blank.gif"><noscript><img src="https://x.example/ns.jpg"></noscript></div>',
    );
    promoteLazyImages(d.getElementById('box')!);
    const srcs = Array.from(d.querySelectorAll('#box img'), (img) => img.getAttribute('src'));
    expect(srcs).toEqual(['https://x.example/in.jpg', 'https://x.example/ns.jpg']);
    expect(d.getElementById('out')!.hasAttribute('src')).toBe(false);
  });

  it('moves data-srcset into srcset, also on <source>', () => {
    const d = doc(
      '<picture><source data-srcset="https://x.example/a.webp 1x"><img data-srcset="https://x.example/a.jpg 1x, https://x.example/b.jpg 2x"></picture>',
    );
    promoteLazyImages(d);
    expect(d.querySelector('source')?.getAttribute('srcset')).toBe('https://x.example/a.webp 1x');
    expect(d.querySelector('img')?.getAttribute('srcset')).toContain('b.jpg 2x');
  });

  it('keeps a real src even when a data-src is present', () => {
    const d = doc('<img src="https://x.example/real.jpg" data-src="https://x.example/other.jpg">');
    promoteLazyImages(d);
    expect(d.querySelector('img')?.getAttribute('src')).toBe('https://x.example/real.jpg');
  });

  it('replaces a lazy placeholder with the image in the following <noscript>', () => {
    const d = doc(
      '<figure><img src="data:image/gif;base64,R0lGOD" class="lazy"><noscript><img src="https://x.example/a.jpg" alt="A mast"></noscript><figcaption>A mast</figcaption></figure>',
    );
    promoteLazyImages(d);
    const imgs = d.querySelectorAll('img');
    expect(imgs).toHaveLength(1);
    expect(imgs[0]?.getAttribute('src')).toBe('https://x.example/a.jpg');
    expect(d.querySelector('noscript')).toBeNull();
  });

  it('leaves a <noscript> that holds no image, and a real image before it', () => {
    const d = doc(
      '<img src="https://x.example/real.jpg"><noscript><img src="https://x.example/a.jpg"></noscript><noscript><p>Enable JavaScript</p></noscript>',
    );
    promoteLazyImages(d);
    expect(d.querySelector('img')?.getAttribute('src')).toBe('https://x.example/real.jpg');
    expect(d.querySelectorAll('noscript')).toHaveLength(2);
  });

  it('tells placeholders from real pictures', () => {
    expect(isPlaceholder(null)).toBe(true);
    expect(isPlaceholder('data:image/gif;base64,R0lGOD')).toBe(true);
    expect(isPlaceholder('/assets/lazy-placeholder.png')).toBe(true);
    expect(isPlaceholder('https://x.example/photos/blanket-fort.jpg')).toBe(false);
    expect(isPlaceholder('https://x.example/a.jpg')).toBe(false);
  });
});
