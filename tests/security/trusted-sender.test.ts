/**
 * The background's sender rule with fake senders: a page's content script may only report its
 * status; opening, storing and reading articles is for our own extension pages.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { id: 'our-id', getURL: (p: string) => `chrome-extension://our-id/${p}` },
  },
}));

const { acceptSender, isTrustedSender } = await import('../../src/background/trusted-sender.ts');
import type { MessageName } from '../../src/shared/messages.ts';

const self = { id: 'our-id', origin: 'chrome-extension://our-id/' };
const popup = {
  id: 'our-id',
  url: 'chrome-extension://our-id/src/popup/index.html?tab=3',
  origin: 'chrome-extension://our-id',
};
const readerTab = {
  id: 'our-id',
  url: 'chrome-extension://our-id/src/page/index.html?key=k',
  tab: { id: 9 } as never,
};
const firefoxPage = { id: 'our-id', url: 'moz-extension://uuid/src/popup/index.html' };
const content = {
  id: 'our-id',
  url: 'https://news.example/story',
  origin: 'https://news.example',
  tab: { id: 3 } as never,
  frameId: 0,
};
const contentInFrame = { ...content, frameId: 7 };
const otherExtension = { id: 'evil-id', url: 'chrome-extension://evil-id/x.html' };
const spoofedUrl = { ...content, url: 'chrome-extension://our-id/src/popup/index.html' };
const noId = { url: 'chrome-extension://our-id/src/popup/index.html' };

const EXTENSION_ONLY: MessageName[] = [
  'reader:open-tab',
  'reader:get-stored',
  'article:extract',
  'reader:toggle',
];

describe('trusted sender', () => {
  it.each(EXTENSION_ONLY)('%s: accepted from our extension pages only', (name) => {
    expect(isTrustedSender(name, popup, self)).toBe(true);
    expect(isTrustedSender(name, readerTab, self)).toBe(true);
    expect(isTrustedSender(name, content, self)).toBe(false);
    expect(isTrustedSender(name, contentInFrame, self)).toBe(false);
    expect(isTrustedSender(name, otherExtension, self)).toBe(false);
    expect(isTrustedSender(name, noId, self)).toBe(false);
  });

  it('page:status: accepted from a tab top frame content script only', () => {
    expect(isTrustedSender('page:status', content, self)).toBe(true);
    expect(isTrustedSender('page:status', contentInFrame, self)).toBe(false);
    expect(isTrustedSender('page:status', popup, self)).toBe(false);
    expect(isTrustedSender('page:status', { ...content, tab: undefined }, self)).toBe(false);
    expect(isTrustedSender('page:status', otherExtension, self)).toBe(false);
  });

  it('a content script whose URL claims to be ours is caught by its origin (Chrome)', () => {
    expect(isTrustedSender('reader:get-stored', spoofedUrl, self)).toBe(false);
  });

  it('another extension origin never counts as ours (Firefox origin layout)', () => {
    const ff = { id: 'our-id', origin: 'moz-extension://uuid/' };
    expect(isTrustedSender('reader:open-tab', firefoxPage, ff)).toBe(true);
    expect(
      isTrustedSender('reader:open-tab', { ...firefoxPage, url: 'moz-extension://other/x' }, ff),
    ).toBe(false);
  });

  it('acceptSender wires the rule to this extension', () => {
    expect(acceptSender('reader:get-stored', popup)).toBe(true);
    expect(acceptSender('reader:get-stored', content)).toBe(false);
    expect(acceptSender('page:status', content)).toBe(true);
  });
});
