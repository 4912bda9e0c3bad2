/**
 * Who may send what. A web page's content script may only report its status; everything that
 * opens, stores or reads articles must come from our own extension pages.
 */
import type { MessageName } from '../shared/messages.ts';
import { browser, type Runtime } from '../shared/platform.ts';

/** Messages a web page's content script may send. */
const FROM_CONTENT: ReadonlySet<MessageName> = new Set(['page:status']);

export interface Self {
  /** `runtime.id`. */
  id: string;
  /** `runtime.getURL('')`, e.g. `chrome-extension://<id>/`. */
  origin: string;
}

/**
 * The rule itself, without the WebExtension API, so tests can feed it any sender. A content
 * script runs inside a page the attacker controls, so it is trusted with nothing but its report.
 */
export function isTrustedSender(
  name: MessageName,
  sender: Runtime.MessageSender,
  self: Self,
): boolean {
  if (sender.id !== self.id) return false;
  const url = typeof sender.url === 'string' ? sender.url : '';
  const fromExtensionPage = url.startsWith(self.origin);
  // Chrome also says where the sender lives; when it does, it must agree with the URL.
  const origin = (sender as { origin?: unknown }).origin;
  if (typeof origin === 'string' && origin !== 'null') {
    if (fromExtensionPage !== self.origin.startsWith(origin)) return false;
  }
  if (FROM_CONTENT.has(name)) {
    // Only the top frame's content script reports; an iframe of the page must not set the badge.
    const topFrame = sender.frameId === undefined || sender.frameId === 0;
    return !fromExtensionPage && sender.tab?.id !== undefined && topFrame;
  }
  return fromExtensionPage;
}

let self: Self | undefined;

export function acceptSender(name: MessageName, sender: Runtime.MessageSender): boolean {
  self ??= { id: browser.runtime.id, origin: browser.runtime.getURL('') };
  return isTrustedSender(name, sender, self);
}
